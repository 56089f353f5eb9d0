import Domain
import Fluent
import Foundation
import SQLKit
import Vapor

/// Office areas, agencies, the programme year and the indicator counts.
struct PaccQueries {
  let db: Database

  func officeOverrides() async throws -> [String: Int] {
    var out: [String: Int] = [:]
    for row in try await PaccProvinceOffice.query(on: db).all() { if let code = row.id { out[code] = row.office } }
    return out
  }

  func office(ofProvince code: String) async throws -> PaccOffice? {
    PaccOfficeMap.office(of: code, overrides: try await officeOverrides())
  }

  /// Moves a province to another office (national admin), audited.
  func setOffice(_ office: PaccOffice, province: String, actor: AuditActor) async throws {
    try await db.writeTransaction { db in
      let before = try await PaccProvinceOffice.find(province, on: db)
      let old = PaccOfficeMap.office(of: province, overrides: before.map { [province: $0.office] } ?? [:])
      if let before { try await before.delete(on: db) }
      if PaccOfficeMap.defaults[province] != office.number {
        try await PaccProvinceOffice(province: province, office: office.number).create(on: db)
      }
      try await AuditLog.record(
        on: db, actor: actor, action: "กำหนดสำนักงาน ป.ป.ท. ที่รับผิดชอบจังหวัด", entity: "pacc_province_office",
        entityID: province, before: ["สำนักงาน": old?.shortName ?? "—"], after: ["สำนักงาน": office.shortName])
    }
  }

  func units(offices: [Int]? = nil) async throws -> [PaccUnit] {
    var query = PaccUnit.query(on: db)
    if let offices { query = query.filter(\.$office ~~ offices) }
    return try await query.sort(\.$name).all()
  }

  func programme(_ fiscalYear: Int) async throws -> PaccProgramme? {
    try await PaccProgramme.query(on: db).filter(\.$fiscalYear == fiscalYear).first()
  }

  func activities(of programme: PaccProgramme) async throws -> [PaccActivity] {
    try await PaccActivity.query(on: db).filter(\.$programmeID == programme.requireID()).sort(\.$number).all()
  }

  func activityReports(_ activityIDs: [UUID]) async throws -> [PaccActivityReport] {
    guard !activityIDs.isEmpty else { return [] }
    return try await PaccActivityReport.query(on: db).filter(\.$activityID ~~ activityIDs).all()
  }

  /// Loads a programme definition (the 2567 one ships) unless that year already has one.
  @discardableResult
  func install(_ definition: PaccProgrammeDefinition, actor: AuditActor) async throws -> Bool {
    if try await programme(definition.fiscalYear) != nil { return false }
    try await db.writeTransaction { db in
      let programme = PaccProgramme()
      programme.id = UUID()
      programme.fiscalYear = definition.fiscalYear
      programme.name = definition.name
      programme.budgetSatang = Int64(definition.budgetBaht) * 100
      programme.targetsJSON = String(decoding: try JSONEncoder().encode(definition.targets), as: UTF8.self)
      try await programme.create(on: db)
      for item in definition.activities {
        let activity = PaccActivity()
        activity.programmeID = programme.id!
        activity.number = item.number
        activity.name = item.name
        activity.description = item.description
        activity.allocationsJSON = PaccActivity.encode(item.allocations.mapValues { Money(satang: Int64($0) * 100) })
        try await activity.create(on: db)
      }
      try await AuditLog.record(
        on: db, actor: actor, action: "เปิดโครงการ ป.ป.ท. ประจำปี", entity: "pacc_programme",
        entityID: String(definition.fiscalYear), after: ["โครงการ": definition.name])
    }
    return true
  }

  /// Saves an office's plan and summary of an activity.
  func saveReport(
    _ input: PaccActivityReportInput, activity: PaccActivity, office: PaccOffice, actor: AuditActor,
    files: [PaccUpload] = []
  ) async throws {
    try await db.writeTransaction { db in
      let existing = try await PaccActivityReport.query(on: db).filter(\.$activityID == activity.requireID())
        .filter(\.$office == office.number).first()
      let report = existing ?? PaccActivityReport()
      report.activityID = try activity.requireID()
      report.office = office.number
      report.plannedFrom = input.plannedFrom
      report.plannedTo = input.plannedTo
      report.place = input.place
      report.targetParticipants = input.targetParticipants
      report.done = input.done
      report.participants = input.participants
      report.spentSatang = input.spent?.satang
      report.problems = input.problems
      report.updatedBy = actor.name
      try await report.save(on: db)
      try await PaccFileQueries.add(files, to: .activityReport, id: try report.requireID(), by: actor, on: db)
      var after = input.auditFields
      after["ไฟล์แนบ"] = files.isEmpty ? nil : files.map(\.fileName).joined(separator: ", ")
      try await AuditLog.record(
        on: db, actor: actor, action: "บันทึกแผน/สรุปผลกิจกรรม \(activity.number) (\(office.shortName))",
        entity: "pacc_activity_report", entityID: report.id?.uuidString ?? "", after: after)
    }
  }

  /// Every office's counts for the year (offices without anything count zero).
  func counts(fiscalYear: Int) async throws -> [PaccOffice: PaccCounts] {
    let sql = db as! any SQLDatabase
    var out = Dictionary(uniqueKeysWithValues: PaccOffice.all.map { ($0, PaccCounts()) })
    struct CaseRow: Decodable {
      let office: Int
      let cases: Int
      let visited: Int?
      let improved: Int?
      let units: Int
    }
    let cases = try await sql.raw(
      """
      SELECT office, COUNT(*) AS cases,
        SUM(CASE WHEN visited THEN 1 ELSE 0 END) AS visited,
        SUM(CASE WHEN outcome = 'improved' AND reported_back THEN 1 ELSE 0 END) AS improved,
        COUNT(DISTINCT CASE WHEN visited THEN COALESCE(org_code, \(unsafeRaw: Self.uuidText("unit_id"))) END) AS units
      FROM pacc_cases WHERE fiscal_year = \(bind: fiscalYear) GROUP BY office
      """
    ).all(decoding: CaseRow.self)
    for row in cases {
      guard let office = PaccOffice(row.office) else { continue }
      out[office]?.cases = row.cases
      out[office]?.visitedCases = row.visited ?? 0
      out[office]?.improvedCases = row.improved ?? 0
      out[office]?.unitsReached = row.units
    }
    struct TraineeRow: Decodable {
      let office: Int
      let attended: Int?
      let passed: Int?
    }
    let trainees = try await sql.raw(
      """
      SELECT s.office AS office, SUM(CASE WHEN t.attended THEN 1 ELSE 0 END) AS attended,
        SUM(CASE WHEN t.attended AND t.score IS NOT NULL AND t.score >= s.pass_mark THEN 1 ELSE 0 END) AS passed
      FROM pacc_trainees t JOIN pacc_sessions s ON s.id = t.session_id
      WHERE s.fiscal_year = \(bind: fiscalYear) GROUP BY s.office
      """
    ).all(decoding: TraineeRow.self)
    for row in trainees {
      guard let office = PaccOffice(row.office) else { continue }
      out[office]?.attended = row.attended ?? 0
      out[office]?.passed = row.passed ?? 0
    }
    struct AgencyRow: Decodable {
      let office: Int
      let targets: Int
      let declared: Int?
      let ita: Int?
    }
    let agencies = try await sql.raw(
      """
      SELECT u.office AS office, COUNT(*) AS targets,
        SUM(CASE WHEN y.no_gift_on IS NOT NULL THEN 1 ELSE 0 END) AS declared,
        SUM(CASE WHEN y.ita_hundredths >= 8500 THEN 1 ELSE 0 END) AS ita
      FROM pacc_units u LEFT JOIN pacc_unit_years y ON y.unit_id = u.id AND y.fiscal_year = \(bind: fiscalYear)
      WHERE u.kind = \(bind: PaccUnitKind.department.rawValue) GROUP BY u.office
      """
    ).all(decoding: AgencyRow.self)
    for row in agencies {
      guard let office = PaccOffice(row.office) else { continue }
      out[office]?.targetAgencies = row.targets
      out[office]?.declaredAgencies = row.declared ?? 0
      out[office]?.itaPassingAgencies = row.ita ?? 0
    }
    return out
  }

  /// A uuid column as text on either database (for COALESCE with a text column).
  static func uuidText(_ column: String) -> String { "CAST(\(column) AS TEXT)" }
}
