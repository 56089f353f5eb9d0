import Fluent

/// Reporting rounds of each fiscal year and per-organization deadline extensions.
struct CreateReportRounds: AsyncMigration {
  func prepare(on database: Database) async throws {
    try await database.schema("report_rounds")
      .id()
      .field("fiscal_year", .int, .required)
      .field("kind", .int, .required)
      .field("due_date", .datetime, .required)
      .field("window_open", .bool, .required)
      .field("opened_at", .datetime)
      .field("closed_at", .datetime)
      .field("created_at", .datetime)
      .unique(on: "fiscal_year", "kind")
      .create()

    try await database.schema("report_extensions")
      .id()
      .field("round_id", .uuid, .required, .references("report_rounds", "id", onDelete: .cascade))
      .field("org_code", .string, .required, .references("organizations", "code"))
      .field("until", .datetime, .required)
      .field("reason", .string, .required)
      .field("granted_by", .string, .required)
      .field("created_at", .datetime)
      .unique(on: "round_id", "org_code")
      .create()
  }

  func revert(on database: Database) async throws {
    try await database.schema("report_extensions").delete()
    try await database.schema("report_rounds").delete()
  }
}
