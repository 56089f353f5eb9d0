import Foundation

extension Paths {
  static let pacc = "/pacc"
  static func pacc(year: Int) -> String { withQuery(pacc, [("fy", String(year))]) }
  static func paccIndicatorsCSV(_ year: Int) -> String { "/pacc/\(year)/indicators.csv" }
  static func paccIndicatorsXLSX(_ year: Int) -> String { "/pacc/\(year)/indicators.xlsx" }
  static func paccReport(_ year: Int) -> String { "/pacc/\(year)/report" }
  static func paccProgramme(_ year: Int) -> String { "/pacc/\(year)/programme" }
  static func paccActivity(_ year: Int, _ number: Int) -> String { "/pacc/\(year)/activities/\(number)" }
  static let paccInstall = "/pacc/programme/install"
  static let paccCases = "/pacc/cases"
  static func paccCases(year: Int) -> String { withQuery(paccCases, [("fy", String(year))]) }
  static let paccCasesCSV = "/pacc/cases.csv"
  static let paccNewCase = "/pacc/cases/new"
  static func paccNewCase(org: String) -> String { withQuery(paccNewCase, [("org", org)]) }
  static func paccCase(_ id: UUID) -> String { "/pacc/cases/\(id.uuidString)" }
  static func paccCaseSteps(_ id: UUID) -> String { paccCase(id) + "/steps" }
  static func paccFile(_ id: UUID) -> String { "/pacc/files/\(id.uuidString)" }
  static func organizationPacc(_ code: String) -> String { "/organizations/\(code)/pacc" }
  static func organizationPaccCase(_ code: String, _ id: UUID) -> String {
    "/organizations/\(code)/pacc/\(id.uuidString)"
  }
  static func organizationPaccReportBack(_ code: String, _ id: UUID) -> String {
    organizationPaccCase(code, id) + "/report-back"
  }
  static let paccSessions = "/pacc/sessions"
  static func paccSession(_ id: UUID) -> String { "/pacc/sessions/\(id.uuidString)" }
  static func paccSessionTrainees(_ id: UUID) -> String { paccSession(id) + "/trainees" }
  static func paccSessionImport(_ id: UUID) -> String { paccSession(id) + "/import" }
  static func paccSessionResults(_ id: UUID) -> String { paccSession(id) + "/results" }
  static func paccSessionCertificates(_ id: UUID) -> String { paccSession(id) + "/certificates" }
  static func paccCertificatePrint(_ number: String) -> String { "/pacc/certificates/\(number)/print" }
  static func paccCertificateRevoke(_ number: String) -> String { "/pacc/certificates/\(number)/revoke" }
  static let certificateCheck = "/certificates"
  static func certificateCheck(number: String, code: String) -> String {
    withQuery(certificateCheck, [("number", number), ("code", code)])
  }
  static func apiCertificate(_ number: String) -> String { "/api/v1/certificates/\(number)" }
  static let clinic = "/clinic"
  static let paccClinic = "/pacc/clinic"
  static func paccConsultation(_ id: UUID) -> String { "/pacc/clinic/\(id.uuidString)" }
  static let paccAgencies = "/pacc/agencies"
  static func paccAgencies(year: Int) -> String { withQuery(paccAgencies, [("fy", String(year))]) }
  static let paccAgenciesImport = "/pacc/agencies/import"
  static func paccAgencyYear(_ id: UUID) -> String { "/pacc/agencies/\(id.uuidString)/year" }
  static let paccOffices = "/admin/pacc-offices"
  static func paccAttachment(_ id: UUID) -> String { "/pacc/attachments/\(id.uuidString)" }
}
