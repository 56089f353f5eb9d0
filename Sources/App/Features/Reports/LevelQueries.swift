import Domain
import Fluent
import SQLKit
import Vapor

/// The implementation-level thresholds per round kind (national admins edit them).
struct LevelQueries {
  let db: Database
  static let entity = "level_thresholds"

  /// Both kinds' thresholds (a kind without a row keeps the national system's defaults).
  func all() async throws -> [RoundKind: LevelThresholds] {
    struct Row: Decodable {
      let kind: Int
      let high_hundredths: Int64
      let medium_hundredths: Int64
    }
    var result = Dictionary(uniqueKeysWithValues: RoundKind.allCases.map { ($0, LevelThresholds.defaults(for: $0)) })
    let rows = try await (db as! any SQLDatabase).raw(
      "SELECT kind, high_hundredths, medium_hundredths FROM level_thresholds"
    ).all(decoding: Row.self)
    for row in rows {
      if let kind = RoundKind(rawValue: row.kind) {
        result[kind] = LevelThresholds(high: row.high_hundredths, medium: row.medium_hundredths)
      }
    }
    return result
  }

  func set(_ kind: RoundKind, _ thresholds: LevelThresholds, actor: AuditActor) async throws {
    let before = try await all()[kind] ?? .defaults(for: kind)
    try await db.writeTransaction { db in
      let sql = db as! any SQLDatabase
      try await sql.raw(
        """
        INSERT INTO level_thresholds (kind, high_hundredths, medium_hundredths, updated_by, updated_at)
        VALUES (\(bind: kind.rawValue), \(bind: thresholds.high), \(bind: thresholds.medium), \(bind: actor.name), \
        \(bind: Date()))
        ON CONFLICT (kind) DO UPDATE SET high_hundredths = \(bind: thresholds.high), \
        medium_hundredths = \(bind: thresholds.medium), updated_by = \(bind: actor.name), updated_at = \(bind: Date())
        """
      ).run()
      try await AuditLog.record(
        on: db, actor: actor, action: "แก้ไขเกณฑ์ระดับการนำแผนไปปฏิบัติ", entity: Self.entity,
        entityID: String(kind.rawValue), before: ["เกณฑ์": before.rule(kind)], after: ["เกณฑ์": thresholds.rule(kind)])
      // Dashboards show levels of their sums: recompute them.
      try await StatsQueries.figuresChanged(on: db)
    }
  }
}

extension Request {
  /// The thresholds of every round kind, kept a few seconds (cleared by national-admin writes).
  func levelThresholds() async throws -> [RoundKind: LevelThresholds] {
    try await application.readCache.value("level thresholds") { try await LevelQueries(db: db).all() }
  }

  func levelThresholds(_ kind: RoundKind) async throws -> LevelThresholds {
    try await levelThresholds()[kind] ?? .defaults(for: kind)
  }
}
