import Domain
import Fluent
import SQLKit
import Vapor

/// Evidence Sujarit itself holds for an item: a stable public link, or what is still missing.
struct OitSuppliedEvidence: Sendable {
  let source: OitSource
  let title: String
  let url: String?
  /// Why there is no link yet (Thai), when `url` is nil.
  let missing: String?
}

/// What Sujarit can publish for an organization's year: its approved action plan, its filed
/// 6- and 12-month reports, its published integrity announcements and (once the complaint
/// channel exists) its complaint statistics.
struct OitSourceQueries {
  let db: Database
  private var sql: any SQLDatabase { db as! any SQLDatabase }

  func supplied(_ code: String, _ year: Int, sources: Set<OitSource>) async throws -> [OitSource: [OitSuppliedEvidence]]
  {
    var result: [OitSource: [OitSuppliedEvidence]] = [:]
    for source in sources {
      switch source {
      case .actionPlan: result[source] = [try await plan(code, year)]
      case .halfYearReport: result[source] = [try await report(code, year, kind: .sixMonth, source: source)]
      case .yearReport: result[source] = [try await report(code, year, kind: .twelveMonth, source: source)]
      case .announcements: result[source] = try await announcements(code, year)
      case .riskRegister:
        // The register's latest published copy (what the public sees at that address).
        let published = try await RiskQueries(db: db).copies(code: code, year: year).first
        result[source] = [
          OitSuppliedEvidence(
            source: source,
            title: published.map { "ทะเบียนความเสี่ยงการทุจริต ปีงบประมาณ \(year) (ฉบับเผยแพร่ครั้งที่ \($0.number))" }
              ?? OitSource.riskRegister.thaiName,
            url: published.map { _ in Paths.riskRegister(code, year) },
            missing: published == nil ? "ยังไม่ได้เผยแพร่ทะเบียนความเสี่ยงการทุจริตของปี \(year) ในระบบ" : nil)
        ]
      case .complaintStatistics:
        // The channel Sujarit runs for every organization, and its published statistics.
        result[source] = [
          OitSuppliedEvidence(
            source: source, title: "ช่องทางร้องเรียนการทุจริตและประพฤติมิชอบ (ออนไลน์ แยกจากเรื่องร้องเรียนทั่วไป)",
            url: Paths.complaintForm(code), missing: nil),
          OitSuppliedEvidence(
            source: source, title: "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต ปีงบประมาณ \(year)",
            url: Paths.complaintStatistics(code, year), missing: nil),
        ]
      }
    }
    return result
  }

  private func plan(_ code: String, _ year: Int) async throws -> OitSuppliedEvidence {
    struct Row: Decodable { let code: String }
    let row = try await sql.raw(
      """
      SELECT pp.code FROM plans p JOIN plan_periods pp ON pp.id = p.period_id
      WHERE p.org_code = \(bind: code) AND pp.start_year <= \(bind: year) AND pp.end_year >= \(bind: year)
        AND p.approved_versions > 0
      ORDER BY pp.start_year DESC LIMIT 1
      """
    ).first(decoding: Row.self)
    guard let row else {
      return OitSuppliedEvidence(
        source: .actionPlan, title: OitSource.actionPlan.thaiName, url: nil,
        missing: "ยังไม่มีแผนปฏิบัติการป้องกันการทุจริตที่ผู้บริหารอนุมัติซึ่งครอบคลุมปี \(year)")
    }
    return OitSuppliedEvidence(
      source: .actionPlan, title: "แผนปฏิบัติการป้องกันการทุจริต ช่วงปี \(row.code) (ฉบับที่อนุมัติ)",
      url: Paths.plan(code, row.code), missing: nil)
  }

  private func report(_ code: String, _ year: Int, kind: RoundKind, source: OitSource) async throws
    -> OitSuppliedEvidence
  {
    struct Row: Decodable { let submitted_at: Date? }
    let row = try await sql.raw(
      """
      SELECT r.submitted_at FROM reports r JOIN report_rounds rr ON rr.id = r.round_id
      WHERE r.org_code = \(bind: code) AND rr.fiscal_year = \(bind: year) AND rr.kind = \(bind: kind.rawValue)
        AND r.status = \(bind: ReportStatus.submitted.rawValue)
      LIMIT 1
      """
    ).first(decoding: Row.self)
    guard let row else {
      return OitSuppliedEvidence(
        source: source, title: source.thaiName, url: nil,
        missing: "ยังไม่ได้ส่งรายงานผล\(kind.thaiName) ปี \(year) ในระบบ")
    }
    let day = row.submitted_at.map { " ส่งเมื่อ " + ThaiCalendar.longDate($0) } ?? ""
    return OitSuppliedEvidence(
      source: source, title: "\(source.thaiName) ปี \(year)\(day)", url: Paths.report(code, year, kind.rawValue),
      missing: nil)
  }

  private func announcements(_ code: String, _ year: Int) async throws -> [OitSuppliedEvidence] {
    let published = try await OitAnnouncementSource(db: db).published(organizationCode: code, fiscalYear: year)
    guard !published.isEmpty else {
      return [
        OitSuppliedEvidence(
          source: .announcements, title: OitSource.announcements.thaiName, url: nil,
          missing: "ยังไม่มีประกาศมาตรการที่เผยแพร่แล้วของปี \(year) ในทะเบียนประกาศ")
      ]
    }
    return published.map {
      OitSuppliedEvidence(
        source: .announcements, title: $0.title + " (เผยแพร่ " + ThaiCalendar.longDate($0.publishedOn) + ")",
        url: $0.url, missing: nil)
    }
  }
}

/// The integrity announcements register's current published announcements of a year: each
/// links to its signed scan when one is attached, else to its page.
struct OitAnnouncementSource {
  struct Published: Sendable {
    let title: String
    let publishedOn: Date
    let url: String
  }
  let db: Database
  func published(organizationCode: String, fiscalYear: Int) async throws -> [Published] {
    try await AnnouncementQueries(db: db).published(organizationCode: organizationCode, fiscalYear: fiscalYear).map {
      Published(
        title: $0.title, publishedOn: $0.publishedOn,
        url: $0.hasSignedFile
          ? Paths.announcementFile(organizationCode, $0.id) : Paths.announcement(organizationCode, $0.id))
    }
  }
}
