import Fluent
import SQLKit

/// NACC's yearly ITA results per organization (`ita_results`, scores as integer hundredths,
/// the total stored for SQL sorting and averages), the tools' weights per year
/// (`ita_weights`) and the improvement measures an organization sets after its results
/// (`ita_measures`).
struct CreateItaResults: AsyncMigration {
  func prepare(on database: Database) async throws {
    try await database.schema("ita_weights")
      .field("fiscal_year", .int, .identifier(auto: false))
      .field("iit", .int64, .required)
      .field("eit", .int64, .required)
      .field("oit", .int64, .required)
      .field("updated_by", .string, .required)
      .field("updated_at", .datetime)
      .create()

    var results = database.schema("ita_results")
      .id()
      .field("organization_code", .string, .required, .references("organizations", "code"))
      .field("fiscal_year", .int, .required)
    for number in 1...10 { results = results.field(.string("i\(number)"), .int64) }
    try await results
      .field("iit_respondents", .int64)
      .field("eit_respondents", .int64)
      .field("total_hundredths", .int64)
      .field("level", .string)
      .field("passed", .bool, .required)
      .field("source", .string, .required)
      .field("updated_by", .string, .required)
      .field("updated_at", .datetime)
      .unique(on: "organization_code", "fiscal_year")
      .create()
    let sql = database as! any SQLDatabase
    try await sql.create(index: "ita_results_year_idx").on("ita_results").column("fiscal_year").run()

    try await database.schema("ita_measures")
      .id()
      .field("organization_code", .string, .required, .references("organizations", "code"))
      .field("fiscal_year", .int, .required)
      .field("indicator", .int)
      .field("title", .string, .required)
      .field("owner_name", .string, .required)
      .field("owner_position", .string, .required)
      .field("due_date", .datetime)
      .field("status", .string, .required)
      .field("note", .string, .required)
      .field("project_id", .uuid, .references("plan_projects", "id", onDelete: .setNull))
      .field("announcement_id", .uuid)
      .field("created_at", .datetime)
      .field("updated_at", .datetime)
      .create()
    try await sql.create(index: "ita_measures_org_idx").on("ita_measures").column("organization_code")
      .column("fiscal_year").run()
  }

  func revert(on database: Database) async throws {
    try await database.schema("ita_measures").delete()
    try await database.schema("ita_results").delete()
    try await database.schema("ita_weights").delete()
  }
}
