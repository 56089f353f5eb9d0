import Domain
import Fluent
import Foundation
import SQLKit
import Vapor

/// Who did a write: a signed-in user, an anonymous visitor (failed login), or the system.
struct AuditActor: Sendable {
  let id: UUID?
  let name: String
  let address: String?

  static let system = AuditActor(id: nil, name: "ระบบ", address: nil)

  static func of(_ request: Request) -> AuditActor {
    guard let user = request.currentUser else {
      return AuditActor(id: nil, name: "ผู้ไม่ได้เข้าสู่ระบบ", address: request.clientAddress)
    }
    return AuditActor(id: user.id, name: "\(user.displayName) (\(user.username))", address: request.clientAddress)
  }
}

/// The append-only record of every write. Call it inside the same transaction as the write.
enum AuditLog {
  static func record(
    on db: Database, actor: AuditActor, action: String, entity: String, entityID: String,
    orgCode: String? = nil, before: [String: String]? = nil, after: [String: String]? = nil
  ) async throws {
    try await event(
      actor: actor, action: action, entity: entity, entityID: entityID, orgCode: orgCode,
      before: before, after: after
    ).create(on: db)
  }

  /// Writes events in one plain INSERT (no model reflection: saves on the deadline hot path).
  static func insert(_ events: [AuditEvent], on db: Database) async throws {
    guard !events.isEmpty else { return }
    let rows: [SQLQueryString] = try events.map { event in
      """
      (\(bind: try event.requireID()), \(bind: event.at), \(bind: event.actorID), \(bind: event.actorName), \
      \(bind: event.action), \(bind: event.entity), \(bind: event.entityID), \(bind: event.orgCode), \
      \(bind: event.before), \(bind: event.after), \(bind: event.address))
      """
    }
    let insert: SQLQueryString = """
      INSERT INTO audit_events (id, "at", actor_id, actor_name, "action", entity, entity_id, org_code, "before", \
      "after", address) VALUES
      """
    try await (db as! any SQLDatabase).raw(insert + " " + rows.joined(separator: ", ")).run()
  }

  /// An unsaved event, for writing many in one statement (`[AuditEvent].create(on:)`).
  /// With both `before` and `after`, only the fields that differ are kept.
  static func event(
    actor: AuditActor, action: String, entity: String, entityID: String,
    orgCode: String? = nil, before: [String: String]? = nil, after: [String: String]? = nil
  ) -> AuditEvent {
    var before = before
    var after = after
    if let old = before, let new = after {
      let changed = Set(old.keys).union(new.keys).filter { old[$0] != new[$0] }
      before = old.filter { changed.contains($0.key) }
      after = new.filter { changed.contains($0.key) }
    }
    let event = AuditEvent()
    event.id = UUID()
    event.at = Date()
    event.actorID = actor.id
    event.actorName = actor.name
    event.action = action
    event.entity = entity
    event.entityID = entityID
    event.orgCode = orgCode
    event.before = before.map(json)
    event.after = after.map(json)
    event.address = actor.address
    return event
  }

  static func fields(_ json: String?) -> [String: String] {
    guard let json, let data = json.data(using: .utf8) else { return [:] }
    return (try? JSONDecoder().decode([String: String].self, from: data)) ?? [:]
  }

  private static func json(_ fields: [String: String]) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return (try? encoder.encode(fields)).flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
  }
}

struct AuditQueries {
  let db: Database
  static let pageSize = 50

  /// Everything recorded about one record, oldest first.
  func history(entity: String, id: String) async throws -> [AuditEvent] {
    try await AuditEvent.query(on: db).filter(\.$entity == entity).filter(\.$entityID == id).sort(\.$at).all()
  }

  func page(orgCode: String?, paging requested: Paging) async throws -> (
    events: [AuditEvent], total: Int, paging: Paging
  ) {
    let query = AuditEvent.query(on: db)
    if let orgCode { query.filter(\.$orgCode == orgCode) }
    let total = try await query.count()
    let paging = requested.within(total: total)
    let events = try await query.sort(\.$at, .descending).range(paging.range).all()
    return (events, total, paging)
  }
}
