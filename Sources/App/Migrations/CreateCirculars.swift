import Fluent
import SQLKit

/// Circulars with acknowledgement (หนังสือเวียน): the letters (a relay points to the letter it
/// passes on and keeps its ancestors' ids in `ancestry`), their PDFs, the recipient
/// organizations frozen at posting time (read, acknowledged, acted) and the monitors' offices
/// that received a letter to relay it.
struct CreateCirculars: AsyncMigration {
  func prepare(on database: Database) async throws {
    try await database.schema("circulars")
      .id()
      .field("title", .string, .required)
      .field("number", .string, .required)
      .field("number_key", .string, .required)
      .field("letter_date", .datetime, .required)
      .field("summary", .string, .required)
      .field("action_requested", .string)
      .field("due_date", .datetime)
      .field("sender_scope", .string, .required)
      .field("sender_office", .string, .required)
      .field("sender_name", .string, .required)
      .field("sender_user_id", .uuid, .required)
      .field("audience_kind", .string, .required)
      .field("audience_text", .string, .required)
      .field("include_monitors", .bool, .required)
      .field("is_public", .bool, .required)
      .field("relayed_from", .uuid, .references("circulars", "id"))
      .field("ancestry", .string, .required)
      .field("recipient_count", .int, .required)
      .field("created_at", .datetime)
      .create()

    try await database.schema("circular_files")
      .id()
      .field("circular_id", .uuid, .required, .references("circulars", "id", onDelete: .cascade))
      .field("file_name", .string, .required)
      .field("size_bytes", .int, .required)
      .field("data", .data, .required)
      .unique(on: "circular_id")
      .create()

    try await database.schema("circular_recipients")
      .id()
      .field("circular_id", .uuid, .required, .references("circulars", "id", onDelete: .cascade))
      .field("org_code", .string, .required, .references("organizations", "code"))
      .field("read_at", .datetime)
      .field("read_by", .string)
      .field("acknowledged_at", .datetime)
      .field("acknowledged_by", .string)
      .field("acted_at", .datetime)
      .field("acted_by", .string)
      .field("action_note", .string)
      .unique(on: "circular_id", "org_code")
      .create()

    try await database.schema("circular_offices")
      .id()
      .field("circular_id", .uuid, .required, .references("circulars", "id", onDelete: .cascade))
      .field("office_key", .string, .required)
      .field("office_name", .string, .required)
      .field("read_at", .datetime)
      .field("read_by", .string)
      .unique(on: "circular_id", "office_key")
      .create()

    let sql = database as! any SQLDatabase
    try await sql.create(index: "circulars_sender_idx").on("circulars").column("sender_scope").run()
    try await sql.create(index: "circulars_relayed_idx").on("circulars").column("relayed_from").run()
    try await sql.create(index: "circulars_public_idx").on("circulars").column("is_public").column("letter_date").run()
    try await sql.create(index: "circular_recipients_org_idx").on("circular_recipients").column("org_code").run()
    try await sql.create(index: "circular_offices_key_idx").on("circular_offices").column("office_key").run()
  }

  func revert(on database: Database) async throws {
    try await database.schema("circular_offices").delete()
    try await database.schema("circular_recipients").delete()
    try await database.schema("circular_files").delete()
    try await database.schema("circulars").delete()
  }
}
