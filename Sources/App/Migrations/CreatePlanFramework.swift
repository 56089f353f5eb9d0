import Fluent

/// Plan periods with their dimensions (มิติ) and sub-missions (ภารกิจตามมิติ).
struct CreatePlanFramework: AsyncMigration {
  func prepare(on database: Database) async throws {
    try await database.schema("plan_periods")
      .id()
      .field("code", .string, .required)
      .field("name", .string, .required)
      .field("start_year", .int, .required)
      .field("end_year", .int, .required)
      .field("original_end_year", .int, .required)
      .field("version", .int, .required)
      .unique(on: "code")
      .create()

    try await database.schema("plan_dimensions")
      .id()
      .field("period_id", .uuid, .required, .references("plan_periods", "id", onDelete: .cascade))
      .field("number", .int, .required)
      .field("name", .string, .required)
      .unique(on: "period_id", "number")
      .create()

    try await database.schema("plan_sub_missions")
      .id()
      .field("dimension_id", .uuid, .required, .references("plan_dimensions", "id", onDelete: .cascade))
      .field("number", .string, .required)
      .field("name", .string, .required)
      .field("sort_order", .int, .required)
      .unique(on: "dimension_id", "number")
      .create()
  }

  func revert(on database: Database) async throws {
    for table in ["plan_sub_missions", "plan_dimensions", "plan_periods"] {
      try await database.schema(table).delete()
    }
  }
}
