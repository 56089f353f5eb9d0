import Fluent
import SQLKit

/// The plan book's front matter (`plan_book_sections`, frozen with each approved version in
/// `plan_versions.book`) and the corruption-risk register: the working register
/// (`risk_registers`, `risk_items`), its published copies (`risk_copies`, never changed) and the
/// latest published risks as rows for area counts (`risk_published_items`).
struct CreatePlanBookAndRisks: AsyncMigration {
  func prepare(on database: Database) async throws {
    let sql = database as! any SQLDatabase
    try await database.schema("plan_book_sections")
      .id()
      .field("plan_id", .uuid, .required, .references("plans", "id", onDelete: .cascade))
      .field("section", .string, .required)
      .field("body", .string, .required)
      .field("updated_by", .string, .required)
      .field("updated_at", .datetime)
      .unique(on: "plan_id", "section")
      .create()
    try await database.schema("plan_versions").field("book", .string).update()

    try await database.schema("risk_registers")
      .id()
      .field("organization_code", .string, .required, .references("organizations", "code"))
      .field("fiscal_year", .int, .required)
      .field("copies", .int, .required)
      .field("changed_since_copy", .bool, .required)
      .field("updated_at", .datetime)
      .unique(on: "organization_code", "fiscal_year")
      .create()
    try await database.schema("risk_items")
      .id()
      .field("register_id", .uuid, .required, .references("risk_registers", "id", onDelete: .cascade))
      .field("number", .int, .required)
      .field("category", .string, .required)
      .field("process", .string, .required)
      .field("event", .string, .required)
      .field("who", .string, .required)
      .field("likelihood", .int, .required)
      .field("impact", .int, .required)
      .field("level", .string, .required)
      .field("measures", .string, .required)
      .field("project_id", .uuid, .references("plan_projects", "id", onDelete: .setNull))
      .field("announcement_id", .uuid)
      .field("owner", .string, .required)
      .field("status", .string, .required)
      .field("follow_up_first", .string, .required)
      .field("follow_up_second", .string, .required)
      .field("created_at", .datetime)
      .field("updated_at", .datetime)
      .create()
    try await sql.create(index: "risk_items_register_idx").on("risk_items").column("register_id").run()
    try await database.schema("risk_copies")
      .id()
      .field("register_id", .uuid, .required, .references("risk_registers", "id", onDelete: .cascade))
      .field("organization_code", .string, .required)
      .field("fiscal_year", .int, .required)
      .field("number", .int, .required)
      .field("published_at", .datetime, .required)
      .field("published_by", .string, .required)
      .field("content", .string, .required)
      .unique(on: "register_id", "number")
      .create()
    try await database.schema("risk_published_items")
      .id()
      .field("organization_code", .string, .required, .references("organizations", "code"))
      .field("fiscal_year", .int, .required)
      .field("category", .string, .required)
      .field("level", .string, .required)
      .field("event", .string, .required)
      .create()
    try await sql.create(index: "risk_published_items_year_idx").on("risk_published_items").column("fiscal_year")
      .column("organization_code").run()
  }

  func revert(on database: Database) async throws {
    for table in ["risk_published_items", "risk_copies", "risk_items", "risk_registers", "plan_book_sections"] {
      try await database.schema(table).delete()
    }
    try await database.schema("plan_versions").deleteField("book").update()
  }
}
