import Domain
import Fluent
import SQLKit

/// Filed copies of confirmed reports (`report_filings`), the national system's project fields
/// (target groups on projects, "in the ordinance budget" on entries), the level thresholds per
/// round kind and the dashboards' totals by target group. Every report already submitted is
/// frozen here from its plan as it stands, as its first filed copy.
struct CreateReportFilings: AsyncMigration {
  func prepare(on database: Database) async throws {
    try await database.schema("plan_projects")
      .field("target_groups", .string, .required, .sql(.default(""))).update()
    try await database.schema("report_entries").field("in_ordinance", .bool).update()

    try await database.schema("report_filings")
      .id()
      .field("report_id", .uuid, .required, .references("reports", "id", onDelete: .cascade))
      .field("org_code", .string, .required)
      .field("round_id", .uuid, .required)
      .field("sequence", .int, .required)
      .field("filed_at", .datetime, .required)
      .field("confirmed_by", .string, .required)
      .field("late", .bool, .required)
      .field("content", .string, .required)
      .field("size_bytes", .int, .required)
      .unique(on: "report_id", "sequence")
      .create()

    try await database.schema("level_thresholds")
      .field("kind", .int, .identifier(auto: false))
      .field("high_hundredths", .int64, .required)
      .field("medium_hundredths", .int64, .required)
      .field("updated_by", .string, .required)
      .field("updated_at", .datetime)
      .create()
    let sql = database as! any SQLDatabase
    for kind in RoundKind.allCases {
      let defaults = LevelThresholds.defaults(for: kind)
      try await sql.raw(
        """
        INSERT INTO level_thresholds (kind, high_hundredths, medium_hundredths, updated_by)
        VALUES (\(bind: kind.rawValue), \(bind: defaults.high), \(bind: defaults.medium), 'ค่าเริ่มต้นของระบบ')
        """
      ).run()
    }

    try await database.schema("report_target_stats")
      .id()
      .field("report_id", .uuid, .required, .references("reports", "id", onDelete: .cascade))
      .field("round_id", .uuid, .required)
      .field("org_code", .string, .required)
      .field("target_group", .string, .required)
      .field("projects", .int, .required)
      .field("in_progress", .int, .required)
      .field("completed", .int, .required)
      .field("cannot", .int, .required)
      .field("budget_satang", .int64, .required)
      .field("disbursed_satang", .int64, .required)
      .create()
    try await sql.create(index: "report_target_stats_round_idx").on("report_target_stats").column("round_id").run()

    try await FilingQueries(db: database).freezeSubmitted()
  }

  func revert(on database: Database) async throws {
    try await database.schema("report_target_stats").delete()
    try await database.schema("level_thresholds").delete()
    try await database.schema("report_filings").delete()
    try await database.schema("report_entries").deleteField("in_ordinance").update()
    try await database.schema("plan_projects").deleteField("target_groups").update()
  }
}
