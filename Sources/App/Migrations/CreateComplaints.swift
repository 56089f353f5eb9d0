import Fluent
import SQLKit

/// Corruption complaints (`Features/Complaints`): the cases, each step of their log with the
/// messages between handler and complainant, their evidence files, and the counters of the
/// public channel's rate limits. Contents, identity, messages and files are sealed by
/// `ComplaintVault`; only what the statistics count (state, dates, outcome, what it
/// concerned) is plain, and the receipt only as its digest.
struct CreateComplaints: AsyncMigration {
  func prepare(on database: Database) async throws {
    try await database.schema("complaints")
      .id()
      .field("organization_code", .string, .required, .references("organizations", "code"))
      .field("province_code", .string, .required)
      .field("about_executive", .bool, .required)
      .field("receipt_digest", .string, .required)
      .field("state", .string, .required)
      .field("outcome", .string)
      .field("concern", .string, .required)
      .field("anonymous", .bool, .required)
      .field("received_at", .datetime, .required)
      .field("received_on", .string, .required)
      .field("due_on", .string, .required)
      .field("fiscal_year", .int, .required)
      .field("closed_at", .datetime)
      .field("closed_on", .string)
      .field("delay_explained", .bool, .required)
      .field("awaiting_complainant", .bool, .required)
      .field("content", .string, .required)
      .field("identity", .string)
      .field("identity_erased_at", .datetime)
      .field("updated_at", .datetime, .required)
      .unique(on: "receipt_digest")
      .create()

    try await database.schema("complaint_events")
      .id()
      .field("complaint_id", .uuid, .required, .references("complaints", "id", onDelete: .cascade))
      .field("at", .datetime, .required)
      .field("kind", .string, .required)
      .field("actor", .string, .required)
      .field("for_complainant", .bool, .required)
      .field("state", .string)
      .field("body", .string)
      .create()

    try await database.schema("complaint_files")
      .id()
      .field("complaint_id", .uuid, .required, .references("complaints", "id", onDelete: .cascade))
      .field("from_complainant", .bool, .required)
      .field("name", .string, .required)
      .field("content_type", .string, .required)
      .field("size_bytes", .int, .required)
      .field("data", .data, .required)
      .field("created_at", .datetime, .required)
      .create()

    try await database.schema("complaint_throttle")
      .field("key", .string, .identifier(auto: false))
      .field("attempts", .int64, .required)
      .field("window_start", .double, .required)
      .create()

    let sql = database as! any SQLDatabase
    try await sql.create(index: "complaints_org_year_idx").on("complaints")
      .column("organization_code").column("fiscal_year").run()
    try await sql.create(index: "complaints_province_idx").on("complaints")
      .column("province_code").column("about_executive").run()
    try await sql.create(index: "complaint_events_case_idx").on("complaint_events").column("complaint_id").run()
    try await sql.create(index: "complaint_files_case_idx").on("complaint_files").column("complaint_id").run()
  }

  func revert(on database: Database) async throws {
    for table in ["complaint_throttle", "complaint_files", "complaint_events", "complaints"] {
      try await database.schema(table).delete()
    }
  }
}
