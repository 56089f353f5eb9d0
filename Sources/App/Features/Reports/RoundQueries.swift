import Domain
import Fluent
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

  func exists(year: Int, kind: RoundKind) async throws -> Bool {
    try await ReportRound.query(on: db).filter(\.$fiscalYear == year).filter(\.$kind == kind).count() > 0
  }

  func create(year: Int, kind: RoundKind, dueDate: Date, actor: AuditActor) async throws -> ReportRound {
    try await db.writeTransaction { db in
      let round = ReportRound(fiscalYear: year, kind: kind, dueDate: dueDate)
      try await round.create(on: db)
      try await AuditLog.record(
        on: db, actor: actor, action: "สร้างรอบการรายงาน", entity: Self.entity, entityID: round.slug,
        after: ["รอบ": round.title, "กำหนดส่ง": ThaiCalendar.longDate(dueDate)])
      return round
    }
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
