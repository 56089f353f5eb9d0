import Fluent
import SQLKit

/// The integrity announcements register: the announcements (each version a row; a revision
/// points to the version it replaces), their signed scans (bytes in the database, like report
/// evidence) and the yearly reports of what was done under each measure.
struct CreateAnnouncements: AsyncMigration {
  func prepare(on database: Database) async throws {
    try await database.schema("announcements")
      .id()
      .field("organization_code", .string, .required, .references("organizations", "code"))
      .field("fiscal_year", .int, .required)
      .field("kind", .string, .required)
      .field("version", .int, .required)
      .field("title", .string, .required)
      .field("body", .string, .required)
      .field("signer_name", .string)
      .field("signer_position", .string)
      .field("state", .string, .required)
      .field("signed_on", .datetime)
      .field("published_on", .datetime)
      .field("withdrawn_on", .datetime)
      .field("withdraw_reason", .string)
      .field("supersedes_id", .uuid, .references("announcements", "id", onDelete: .setNull))
      .field("plan_project_id", .uuid, .references("plan_projects", "id", onDelete: .setNull))
      .field("created_by", .string, .required)
      .field("created_at", .datetime)
      .field("updated_at", .datetime)
      .create()

    try await database.schema("announcement_files")
      .id()
      .field("announcement_id", .uuid, .required, .references("announcements", "id", onDelete: .cascade))
      .field("file_name", .string, .required)
      .field("content_type", .string, .required)
      .field("size_bytes", .int, .required)
      .field("data", .data, .required)
      .field("uploaded_by", .string, .required)
      .field("created_at", .datetime)
      .unique(on: "announcement_id")
      .create()

    try await database.schema("announcement_reports")
      .id()
      .field("announcement_id", .uuid, .required, .references("announcements", "id", onDelete: .cascade))
      .field("fiscal_year", .int, .required)
      .field("text", .string, .required)
      .field("updated_by", .string, .required)
      .field("created_at", .datetime)
      .field("updated_at", .datetime)
      .unique(on: "announcement_id", "fiscal_year")
      .create()

    let sql = database as! any SQLDatabase
    try await sql.create(index: "announcements_org_year_idx").on("announcements")
      .column("organization_code").column("fiscal_year").run()
    try await sql.create(index: "announcements_project_idx").on("announcements").column("plan_project_id").run()
    // One revision per announcement, even when two people press "revise" at the same moment.
    try await sql.create(index: "announcements_supersedes_idx").unique().on("announcements").column("supersedes_id")
      .run()
  }

  func revert(on database: Database) async throws {
    try await database.schema("announcement_reports").delete()
    try await database.schema("announcement_files").delete()
    try await database.schema("announcements").delete()
  }
}
