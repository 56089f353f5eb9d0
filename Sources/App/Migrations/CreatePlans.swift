import Fluent
import SQLKit

/// Plans, their projects with per-year budgets, frozen approved versions, saved form drafts,
/// and an index for reading one record's history from the audit log.
struct CreatePlans: AsyncMigration {
  func prepare(on database: Database) async throws {
    try await database.schema("plans")
      .id()
      .field("org_code", .string, .required, .references("organizations", "code"))
      .field("period_id", .uuid, .required, .references("plan_periods", "id"))
      .field("status", .string, .required)
      .field("version", .int, .required)
      .field("approved_versions", .int, .required)
      .field("submitted_at", .datetime)
      .field("submitted_by", .string)
      .field("approved_at", .datetime)
      .field("approver_name", .string)
      .field("approver_position", .string)
      .field("return_comment", .string)
      .field("created_at", .datetime)
      .field("updated_at", .datetime)
      .unique(on: "org_code", "period_id")
      .create()

    try await database.schema("plan_projects")
      .id()
      .field("plan_id", .uuid, .required, .references("plans", "id", onDelete: .cascade))
      .field("number", .int, .required)
      .field("type", .string, .required)
      .field("name", .string, .required)
      .field("dimension_number", .int, .required)
      .field("sub_mission_number", .string)
      .field("objectives", .string, .required)
      .field("method", .string, .required)
      .field("target_group", .string, .required)
      .field("responsible_unit", .string, .required)
      .field("note", .string, .required)
      .field("inconsistent", .bool, .required)
      .field("inconsistent_reason", .string)
      .field("deleted_at", .datetime)
      .field("version", .int, .required)
      .field("created_at", .datetime)
      .field("updated_at", .datetime)
      .create()

    try await database.schema("plan_project_budgets")
      .id()
      .field("project_id", .uuid, .required, .references("plan_projects", "id", onDelete: .cascade))
      .field("fiscal_year", .int, .required)
      .field("amount_satang", .int64, .required)
      .unique(on: "project_id", "fiscal_year")
      .create()

    try await database.schema("plan_versions")
      .id()
      .field("plan_id", .uuid, .required, .references("plans", "id", onDelete: .cascade))
      .field("number", .int, .required)
      .field("approved_at", .datetime, .required)
      .field("approver_name", .string, .required)
      .field("approver_position", .string, .required)
      .field("project_count", .int, .required)
      .field("snapshot", .string, .required)
      .unique(on: "plan_id", "number")
      .create()

    try await database.schema("form_drafts")
      .field("id", .string, .identifier(auto: false))
      .field("path", .string, .required)
      .field("body", .string, .required)
      .field("created_at", .datetime, .required)
      .create()

    let sql = database as! SQLDatabase
    try await sql.create(index: "plan_projects_plan_idx").on("plan_projects").column("plan_id").run()
    try await sql.create(index: "plans_period_idx").on("plans").column("period_id").column("status").run()
    try await sql.create(index: "audit_events_entity_idx").on("audit_events").column("entity").column("entity_id").run()
  }

  func revert(on database: Database) async throws {
    for table in ["form_drafts", "plan_versions", "plan_project_budgets", "plan_projects", "plans"] {
      try await database.schema(table).delete()
    }
    try await (database as! SQLDatabase).drop(index: "audit_events_entity_idx").run()
  }
}
