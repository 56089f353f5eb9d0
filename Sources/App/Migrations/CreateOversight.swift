import Fluent
import SQLKit

/// Pre-aggregated figures for the oversight dashboards, written when a report is confirmed
/// (one row per report and one per report × dimension × sub-mission), and reminders.
struct CreateOversight: AsyncMigration {
  func prepare(on database: Database) async throws {
    try await database.schema("report_stats")
      .id()
      .field("report_id", .uuid, .required, .references("reports", "id", onDelete: .cascade))
      .field("org_code", .string, .required)
      .field("round_id", .uuid, .required)
      .field("projects", .int, .required)
      .field("pending", .int, .required)
      .field("in_progress", .int, .required)
      .field("completed", .int, .required)
      .field("cannot", .int, .required)
      .field("budget_satang", .int64, .required)
      .field("disbursed_satang", .int64, .required)
      .unique(on: "report_id")
      .create()

    try await database.schema("report_group_stats")
      .id()
      .field("report_id", .uuid, .required, .references("reports", "id", onDelete: .cascade))
      .field("round_id", .uuid, .required)
      .field("org_code", .string, .required)
      .field("dimension", .int, .required)
      .field("sub_mission", .string, .required)
      .field("projects", .int, .required)
      .field("in_progress", .int, .required)
      .field("completed", .int, .required)
      .field("cannot", .int, .required)
      .field("budget_satang", .int64, .required)
      .field("disbursed_satang", .int64, .required)
      .create()

    try await database.schema("reminders")
      .id()
      .field("org_code", .string, .required, .references("organizations", "code"))
      .field("round_id", .uuid, .required, .references("report_rounds", "id", onDelete: .cascade))
      .field("day", .string, .required)
      .field("sent_at", .datetime, .required)
      .field("sent_by", .string, .required)
      .field("channel", .string, .required)
      .field("message", .string, .required)
      .field("seen_at", .datetime)
      .unique(on: "org_code", "day")
      .create()

    let sql = database as! any SQLDatabase
    try await sql.create(index: "report_stats_round_idx").on("report_stats").column("round_id").run()
    try await sql.create(index: "report_group_stats_round_idx").on("report_group_stats").column("round_id").run()
    try await sql.create(index: "reminders_round_idx").on("reminders").column("round_id").run()
    try await sql.create(index: "organizations_district_idx").on("organizations").column("province_code")
      .column("district").run()
  }

  func revert(on database: Database) async throws {
    try await database.schema("reminders").delete()
    try await database.schema("report_group_stats").delete()
    try await database.schema("report_stats").delete()
  }
}
