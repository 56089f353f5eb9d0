import Domain
import Fluent
import SQLKit
import Vapor

/// One counted project's line in a report, with what was entered (nil = no entry yet).
struct ReportRow {
  let projectID: UUID
  let number: Int
  var type: ProjectType = .project
  let name: String
  let dimension: Int
  let subMission: String?
  let planBudget: Money
  let entry: ReportEntryValues?
  /// The entry's version; 0 when nothing was entered.
  let version: Int
  var evidenceCount = 0
  var targetGroups: [TargetGroup] = []

  var values: ReportEntryValues { entry ?? ReportEntryValues(progress: nil, budget: planBudget) }
}

/// A row typed in a form or read from a file, to be saved if nobody saved it since `expectedVersion`.
struct EntryChange {
  let projectID: UUID
  let values: ReportEntryValues
  let expectedVersion: Int
}

enum EntryOutcome: Equatable {
  case saved(version: Int)
  case unchanged(version: Int)
  /// Somebody else saved the row first; nothing was written.
  case conflict(current: ReportEntryValues, version: Int)
}

/// Reads and writes round reports. Every write runs in one transaction with its audit records.
struct ReportQueries {
  let db: Database
  static let reportEntity = "report"
  static let entryEntity = "report_entry"

  func report(org: String, roundID: UUID) async throws -> Report? {
    try await Report.query(on: db).filter(\.$orgCode == org).filter(\.$round.$id == roundID).first()
  }

  func reports(org: String) async throws -> [Report] {
    try await Report.query(on: db).filter(\.$orgCode == org).all()
  }

  /// An organization's reports in a state, with their rounds (for the home page's to-do list).
  func reports(org: String, status: ReportStatus) async throws -> [(Report, ReportRound)] {
    try await Report.query(on: db).filter(\.$orgCode == org).filter(\.$status == status).with(\.$round).all()
      .map { ($0, $0.round) }
  }

  /// The organization's plan for the period and its extension in the round, in one read.
  func standing(org: String, periodID: UUID, roundID: UUID) async throws -> (planID: UUID?, extensionUntil: Date?) {
    struct Standing: Decodable {
      let plan_id: UUID?
      let until: Date?
    }
    let row = try await (db as! any SQLDatabase).raw(
      """
      SELECT (SELECT id FROM plans WHERE org_code = \(bind: org) AND period_id = \(bind: periodID)) AS plan_id,
        (SELECT MAX(until) FROM report_extensions WHERE org_code = \(bind: org) AND round_id = \(bind: roundID)) AS until
      """
    ).first(decoding: Standing.self)
    return (row?.plan_id, row?.until)
  }

  /// Starts an organization's report. A 12-month report begins with the same year's 6-month
  /// entries (the page says so); a report that already exists is returned as it is.
  func open(org: String, round: ReportRound, actor: AuditActor) async throws -> Report {
    let roundID = try round.requireID()
    do {
      return try await db.writeTransaction { db in
        let report = Report(orgCode: org, roundID: roundID)
        report.id = UUID()
        var copied: [ReportEntry] = []
        if round.kind == .twelveMonth,
          let sixMonth = try await ReportQueries(db: db).sixMonthReport(org: org, of: round)
        {
          copied = try await ReportEntry.query(on: db).filter(\.$report.$id == sixMonth.requireID()).all().map {
            let entry = ReportEntry()
            entry.$report.id = report.id!
            entry.projectID = $0.projectID
            entry.apply($0.values)
            entry.version = 1
            entry.updatedBy = "คัดลอกจากรอบ 6 เดือน"
            return entry
          }
        }
        report.prefilled = !copied.isEmpty
        try await report.create(on: db)
        for chunk in copied.chunked(PlanImportQueries.batchSize) { try await chunk.create(on: db) }
        try await AuditLog.record(
          on: db, actor: actor, action: "เริ่มรายงานผล", entity: Self.reportEntity, entityID: report.id!.uuidString,
          orgCode: org,
          after: ["รอบ": round.title]
            + (copied.isEmpty ? [:] : ["ข้อมูลตั้งต้น": "คัดลอก \(copied.count) รายการจากรอบ 6 เดือน"]))
        return report
      }
    } catch {
      // Two first saves at once: the other one created it.
      if let existing = try await report(org: org, roundID: roundID) { return existing }
      throw error
    }
  }

  private func sixMonthReport(org: String, of round: ReportRound) async throws -> Report? {
    guard
      let sixMonth = try await ReportRound.query(on: db).filter(\.$fiscalYear == round.fiscalYear)
        .filter(\.$kind == .sixMonth).first()
    else { return nil }
    return try await report(org: org, roundID: sixMonth.requireID())
  }

  func saveOverall(
    _ report: Report, problems: String, suggestions: String, name: String, position: String,
    actor: AuditActor
  ) async throws {
    try await db.writeTransaction { db in
      try await Self.lockWritable(report, on: db)
      let before = Self.overallFields(report)
      report.problems = problems
      report.suggestions = suggestions
      report.reporterName = name
      report.reporterPosition = position
      try await report.update(on: db)
      try await AuditLog.record(
        on: db, actor: actor, action: "บันทึกปัญหาอุปสรรคและผู้รายงาน", entity: Self.reportEntity,
        entityID: report.requireID().uuidString, orgCode: report.orgCode, before: before,
        after: Self.overallFields(report))
    }
  }

  /// Moves the report through the workflow; the state is checked again inside the transaction
  /// so two clicks (or two people) cannot both succeed.
  func transition(
    _ report: Report, _ action: ReportAction, actor: AuditActor, note: String? = nil,
    update: @escaping @Sendable (Report) -> Void = { _ in }
  ) async throws {
    try await db.writeTransaction { db in
      try await Self.lock(report, on: db)
      guard let fresh = try await Report.find(report.requireID(), on: db) else { throw Abort(.notFound) }
      let before = fresh.status
      switch ReportWorkflow.apply(action, to: fresh.status, everSubmitted: fresh.firstSubmittedAt != nil) {
      case .failure(let refusal): throw Abort(.conflict, reason: refusal.message)
      case .success(let status):
        fresh.status = status
        update(fresh)
        try await fresh.update(on: db)
        // Dashboard totals exist only for submitted reports.
        if action == .returnForRevision { try await StatsQueries(db: db).remove(fresh) }
        report.status = fresh.status
        var after = ["สถานะ": status.thaiName]
        if let note { after["หมายเหตุ"] = note }
        try await AuditLog.record(
          on: db, actor: actor, action: Self.actionName(action), entity: Self.reportEntity,
          entityID: fresh.requireID().uuidString, orgCode: fresh.orgCode, before: ["สถานะ": before.thaiName],
          after: after)
      }
    }
  }

  /// The executive's confirmation: the report is submitted, locks and is filed as a frozen copy.
  /// Lateness is judged on the first confirmation only. The lines are read inside the
  /// transaction (after the report's lock), so the copy is exactly what was confirmed; their
  /// totals go to the dashboard figures.
  func confirm(
    _ report: Report, planID: UUID?, heading: FilingQueries.Heading, by name: String, actor: AuditActor
  ) async throws {
    let now = Date()
    let dueDate = heading.round.dueDate
    try await db.writeTransaction { db in
      try await ReportQueries(db: db).transition(report, .confirm, actor: actor) { report in
        report.submittedAt = now
        if report.firstSubmittedAt == nil {
          report.firstSubmittedAt = now
          report.late = RoundAccess.isLate(submittedAt: now, dueDate: dueDate)
        }
        report.confirmedBy = name
        report.returnComment = nil
      }
      guard let fresh = try await Report.find(report.requireID(), on: db) else { throw Abort(.notFound) }
      let rows = try await ReportQueries(db: db).rows(
        planID: planID, report: fresh, year: heading.round.fiscalYear, evidence: false, live: true)
      report.filedCopy = try await FilingQueries(db: db).file(fresh, rows: rows, heading: heading, filedAt: now)
      try await StatsQueries(db: db).write(fresh, rows: rows)
    }
  }

  /// Everything that happened to the report (status changes, imports), oldest first.
  func history(of report: Report) async throws -> [AuditEvent] {
    try await AuditQueries(db: db).history(entity: Self.reportEntity, id: report.requireID().uuidString)
  }

  func entryHistory(of report: Report, project: UUID) async throws -> [AuditEvent] {
    try await AuditQueries(db: db).history(entity: Self.entryEntity, id: Self.entryKey(report.requireID(), project))
  }

  // MARK: - Helpers

  static func entryKey(_ report: UUID, _ project: UUID) -> String { "\(report.uuidString)/\(project.uuidString)" }

  static func auditFields(_ values: ReportEntryValues) -> [String: String] {
    [
      "สถานะ": values.statusLabel, "เหตุผล": values.reasonLabel, "งบประมาณ": values.budget.formatted,
      "เบิกจ่าย": values.disbursed.formatted, "บรรจุในข้อบัญญัติ": OrdinanceAnswer.text(values.inOrdinance),
      "หมายเหตุ": values.note,
    ]
  }

  private static func overallFields(_ report: Report) -> [String: String] {
    [
      "ปัญหาอุปสรรค": report.problems, "ข้อเสนอแนะ": report.suggestions, "ผู้รายงาน": report.reporterName,
      "ตำแหน่ง": report.reporterPosition,
    ]
  }

  private static func actionName(_ action: ReportAction) -> String {
    switch action {
    case .send: return "ส่งรายงานให้ผู้บริหารยืนยัน"
    case .confirm: return "ผู้บริหารยืนยันและส่งรายงาน"
    case .sendBack: return "ผู้บริหารส่งรายงานกลับให้เจ้าหน้าที่"
    case .returnForRevision: return "ผู้กำกับดูแลส่งรายงานกลับให้แก้ไข"
    }
  }

  /// Takes the report's row lock before anything is read: every write to one report runs one
  /// after the other (PostgreSQL waits on the row; SQLite on its single writer, via the busy
  /// timeout), so the version checks that follow see the other save's result.
  static func lock(_ report: Report, on db: Database) async throws {
    try await (db as! any SQLDatabase).raw(
      "UPDATE reports SET version = version + 1 WHERE id = \(bind: try report.requireID())"
    ).run()
  }

  /// `lock`, and a Thai 409 if the report was sent or submitted meanwhile (one statement).
  static func lockWritable(_ report: Report, on db: Database) async throws {
    struct Locked: Decodable { let status: ReportStatus }
    guard
      let locked = try await (db as! any SQLDatabase).raw(
        "UPDATE reports SET version = version + 1 WHERE id = \(bind: try report.requireID()) RETURNING status"
      ).first(decoding: Locked.self)
    else { throw Abort(.notFound) }
    guard locked.status == .draft || locked.status == .returned else {
      throw Abort(.conflict, reason: "รายงานอยู่ในสถานะ \(locked.status.thaiName) แล้ว จึงแก้ไขไม่ได้")
    }
  }
}

extension Dictionary where Key == String, Value == String {
  static func + (lhs: Self, rhs: Self) -> Self { lhs.merging(rhs) { _, new in new } }
}
