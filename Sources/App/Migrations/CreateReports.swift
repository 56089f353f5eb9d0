import Fluent
import SQLKit

/// Each organization's report for a round, its per-project entries and evidence files.
/// Evidence lives in the database so that every app node serves the same files.
struct CreateReports: AsyncMigration {
  func prepare(on database: Database) async throws {
    try await database.schema("reports")
      .id()
      .field("org_code", .string, .required, .references("organizations", "code"))
      .field("round_id", .uuid, .required, .references("report_rounds", "id"))
      .field("status", .string, .required)
      .field("version", .int, .required)
      .field("problems", .string, .required)
      .field("suggestions", .string, .required)
      .field("reporter_name", .string, .required)
      .field("reporter_position", .string, .required)
      .field("prefilled", .bool, .required)
      .field("sent_at", .datetime)
      .field("sent_by", .string)
      .field("submitted_at", .datetime)
      .field("first_submitted_at", .datetime)
      .field("confirmed_by", .string)
      .field("late", .bool, .required)
      .field("return_comment", .string)
      .field("returned_by", .string)
      .field("created_at", .datetime)
      .field("updated_at", .datetime)
      .unique(on: "org_code", "round_id")
      .create()

    try await database.schema("report_entries")
      .id()
      .field("report_id", .uuid, .required, .references("reports", "id", onDelete: .cascade))
      .field("project_id", .uuid, .required, .references("plan_projects", "id"))
      .field("progress", .string)
      .field("reason", .string)
      .field("reason_text", .string, .required)
      .field("budget_satang", .int64, .required)
      .field("disbursed_satang", .int64, .required)
      .field("note", .string, .required)
      .field("version", .int, .required)
      .field("updated_by", .string, .required)
      .field("updated_at", .datetime)
      .unique(on: "report_id", "project_id")
      .create()

    try await database.schema("report_evidence")
      .id()
      .field("report_id", .uuid, .required, .references("reports", "id", onDelete: .cascade))
      .field("project_id", .uuid, .required, .references("plan_projects", "id"))
      .field("file_name", .string, .required)
      .field("content_type", .string, .required)
      .field("size_bytes", .int, .required)
      .field("data", .data, .required)
      .field("uploaded_by", .string, .required)
      .field("created_at", .datetime)
      .create()

    let sql = database as! any SQLDatabase
    try await sql.create(index: "reports_round_idx").on("reports").column("round_id").run()
    try await sql.create(index: "report_evidence_report_idx").on("report_evidence").column("report_id").run()
  }

  func revert(on database: Database) async throws {
    try await database.schema("report_evidence").delete()
    try await database.schema("report_entries").delete()
    try await database.schema("reports").delete()
  }
}
