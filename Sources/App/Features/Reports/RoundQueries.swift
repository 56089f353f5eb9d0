import Domain
import Fluent
import SQLKit
import Vapor

/// Reporting rounds and deadline extensions; every change is audited.
struct RoundQueries {
  let db: Database
  static let entity = "report_round"

  func all() async throws -> [ReportRound] {
    try await ReportRound.query(on: db).sort(\.$fiscalYear, .descending).sort(\.$kind).all()
  }

  /// A round by its slug ("2568-6"), or a Thai 404.
  func require(_ slug: String) async throws -> ReportRound {
    let parts = slug.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 2, let kind = RoundKind(rawValue: parts[1]),
      let round = try await ReportRound.query(on: db).filter(\.$fiscalYear == parts[0]).filter(\.$kind == kind).first()
    else { throw Abort(.notFound, reason: "ไม่พบรอบการรายงาน \(slug)") }
    return round
  }

  func find(year: Int, kind: RoundKind) async throws -> ReportRound? {
    try await ReportRound.query(on: db).filter(\.$fiscalYear == year).filter(\.$kind == kind).first()
  }

  /// Creates the round asked for (and opens its window when `open`), or returns the one that
  /// already exists exactly as it is (`created` false). The admin page, `POST /api/v1/rounds`
  /// and `sujarit rounds create` all come here.
  func ensure(_ request: RoundRequest, open: Bool, actor: AuditActor) async throws -> (
    round: ReportRound, created: Bool
  ) {
    do {
      return try await db.writeTransaction { db in
        if let existing = try await RoundQueries(db: db).find(year: request.fiscalYear, kind: request.kind) {
          return (existing, false)
        }
        let round = ReportRound(fiscalYear: request.fiscalYear, kind: request.kind, dueDate: request.dueDate)
        if open {
          round.windowOpen = true
          round.openedAt = Date()
        }
        try await round.create(on: db)
        try await AuditLog.record(
          on: db, actor: actor, action: "สร้างรอบการรายงาน", entity: Self.entity, entityID: round.slug,
          after: [
            "รอบ": round.title, "กำหนดส่ง": ThaiCalendar.longDate(request.dueDate),
            "สถานะ": open ? "เปิดรับรายงาน" : "ปิดรับรายงาน",
          ])
        return (round, true)
      }
    } catch {
      // Created at the same moment by someone else (the unique year and kind refused ours).
      if let existing = try await find(year: request.fiscalYear, kind: request.kind) { return (existing, false) }
      throw error
    }
  }

  /// Submitted reports per round id (for `sujarit rounds list`).
  func submittedCounts() async throws -> [UUID: Int] {
    struct Row: Decodable {
      let round_id: UUID
      let reports: Int
    }
    let rows = try await (db as! any SQLDatabase).raw(
      """
      SELECT round_id, COUNT(*) AS reports FROM reports WHERE status = \(bind: ReportStatus.submitted.rawValue)
      GROUP BY round_id
      """
    ).all(decoding: Row.self)
    return Dictionary(rows.map { ($0.round_id, $0.reports) }) { first, _ in first }
  }

  func setWindow(_ round: ReportRound, open: Bool, actor: AuditActor) async throws {
    try await db.writeTransaction { db in
      let before = ["สถานะ": round.windowOpen ? "เปิดรับรายงาน" : "ปิดรับรายงาน"]
      round.windowOpen = open
      if open { round.openedAt = Date() } else { round.closedAt = Date() }
      try await round.update(on: db)
      try await AuditLog.record(
        on: db, actor: actor, action: open ? "เปิดรับรายงาน" : "ปิดรับรายงาน", entity: Self.entity, entityID: round.slug,
        before: before, after: ["สถานะ": open ? "เปิดรับรายงาน" : "ปิดรับรายงาน"])
    }
  }

  func setDueDate(_ round: ReportRound, to date: Date, actor: AuditActor) async throws {
    try await db.writeTransaction { db in
      let before = ["กำหนดส่ง": ThaiCalendar.longDate(round.dueDate)]
      round.dueDate = date
      try await round.update(on: db)
      try await AuditLog.record(
        on: db, actor: actor, action: "เปลี่ยนกำหนดส่งรายงาน", entity: Self.entity, entityID: round.slug,
        before: before, after: ["กำหนดส่ง": ThaiCalendar.longDate(date)])
    }
  }

  func extensions(of round: ReportRound) async throws -> [ReportExtension] {
    try await ReportExtension.query(on: db).filter(\.$round.$id == round.requireID()).sort(\.$orgCode).all()
  }

  /// Grants (or moves) an organization's extension for the round.
  func grant(_ round: ReportRound, org: String, until: Date, reason: String, actor: AuditActor) async throws {
    try await db.writeTransaction { db in
      let existing = try await ReportExtension.query(on: db).filter(\.$round.$id == round.requireID())
        .filter(\.$orgCode == org).first()
      let ext = existing ?? ReportExtension()
      let before = existing.map { ["ขยายถึง": ThaiCalendar.longDate($0.until)] }
      ext.$round.id = try round.requireID()
      ext.orgCode = org
      ext.until = until
      ext.reason = reason
      ext.grantedBy = actor.name
      try await ext.save(on: db)
      try await AuditLog.record(
        on: db, actor: actor, action: "ขยายเวลาส่งรายงาน", entity: Self.entity, entityID: round.slug, orgCode: org,
        before: before, after: ["ขยายถึง": ThaiCalendar.longDate(until), "เหตุผล": reason])
    }
  }

  func revoke(_ id: UUID?, in round: ReportRound, actor: AuditActor) async throws {
    try await db.writeTransaction { db in
      guard let id,
        let ext = try await ReportExtension.query(on: db).filter(\.$id == id)
          .filter(\.$round.$id == round.requireID()).first()
      else { throw Abort(.notFound, reason: "ไม่พบการขยายเวลานี้") }
      try await ext.delete(on: db)
      try await AuditLog.record(
        on: db, actor: actor, action: "ยกเลิกการขยายเวลา", entity: Self.entity, entityID: round.slug,
        orgCode: ext.orgCode,
        before: ["ขยายถึง": ThaiCalendar.longDate(ext.until)])
    }
  }
}
