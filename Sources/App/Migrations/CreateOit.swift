import Domain
import Fluent
import SQLKit

/// The OIT checklist per fiscal year (data, not code: items renumber every year) and each
/// organization's workspace: one entry per item (state, owner, due date), its evidence (links,
/// files kept in the database like report evidence, text) and the executive's review. Entries
/// refer to items by code, so re-importing a year's checklist keeps the work done.
struct CreateOit: AsyncMigration {
  func prepare(on database: Database) async throws {
    try await database.schema("oit_checklists")
      .field("fiscal_year", .int, .identifier(auto: false))
      .field("is_template", .bool, .required)
      .field("version", .int, .required)
      .field("note", .string, .required)
      .field("updated_by", .string, .required)
      .field("updated_at", .datetime, .required)
      .create()
    try await database.schema("oit_items")
      .id()
      .field("fiscal_year", .int, .required, .references("oit_checklists", "fiscal_year", onDelete: .cascade))
      .field("code", .string, .required)
      .field("number", .int, .required)
      .field("indicator", .int, .required)
      .field("sub_indicator", .string, .required)
      .field("title", .string, .required)
      .field("required_text", .string, .required)
      .field("evidence_kinds", .string, .required)
      .field("sources", .string, .required)
      .unique(on: "fiscal_year", "code")
      .create()
    try await database.schema("oit_entries")
      .field("org_code", .string, .required, .references("organizations", "code"))
      .field("fiscal_year", .int, .required)
      .field("item_code", .string, .required)
      .field("state", .string, .required)
      .field("owner_user_id", .uuid, .references("users", "id", onDelete: .setNull))
      .field("owner_name", .string, .required)
      .field("owner_position", .string, .required)
      .field("due_date", .datetime)
      .field("note", .string, .required)
      .field("updated_by", .string, .required)
      .field("updated_at", .datetime, .required)
      .compositeIdentifier(over: "org_code", "fiscal_year", "item_code")
      .create()
    try await database.schema("oit_evidence")
      .id()
      .field("org_code", .string, .required, .references("organizations", "code"))
      .field("fiscal_year", .int, .required)
      .field("item_code", .string, .required)
      .field("kind", .string, .required)
      .field("url", .string)
      .field("body", .string)
      .field("file_name", .string)
      .field("content_type", .string)
      .field("size_bytes", .int)
      .field("data", .data)
      .field("link_status", .int)
      .field("link_problem", .string)
      .field("link_checked_at", .datetime)
      .field("created_by", .string, .required)
      .field("created_at", .datetime, .required)
      .create()
    try await database.schema("oit_reviews")
      .field("org_code", .string, .required, .references("organizations", "code"))
      .field("fiscal_year", .int, .required)
      .field("reviewed_by", .string, .required)
      .field("reviewed_at", .datetime, .required)
      .field("items", .int, .required)
      .field("published", .int, .required)
      .compositeIdentifier(over: "org_code", "fiscal_year")
      .create()
    let sql = database as! any SQLDatabase
    try await sql.create(index: "oit_evidence_item_idx").on("oit_evidence")
      .column("org_code").column("fiscal_year").column("item_code").run()
    try await sql.create(index: "oit_entries_year_idx").on("oit_entries").column("fiscal_year").run()
    try await sql.create(index: "oit_entries_owner_idx").on("oit_entries").column("owner_user_id").run()
    for year in OitDefaults.years {
      guard let items = OitDefaults.items(for: year) else { continue }
      try await OitChecklistQueries(db: database).insert(
        year: year, items: items, template: true, note: OitDefaults.templateNote,
        actor: AuditActor(id: nil, name: "ระบบ (ชุดตั้งต้น)", address: nil),
        audited: false)
    }
  }

  func revert(on database: Database) async throws {
    for table in ["oit_reviews", "oit_evidence", "oit_entries", "oit_items", "oit_checklists"] {
      try await database.schema(table).delete()
    }
  }
}
