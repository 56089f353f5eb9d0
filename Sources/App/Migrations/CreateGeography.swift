import Fluent
import SQLKit

/// Provinces (with their NACC region) and every organization with its editable profile.
struct CreateGeography: AsyncMigration {
  func prepare(on database: Database) async throws {
    try await database.schema("provinces")
      .field("code", .string, .identifier(auto: false))
      .field("name_th", .string, .required)
      .field("name_en", .string, .required)
      .field("region", .int)
      .create()

    try await database.schema("organizations")
      .field("code", .string, .identifier(auto: false))
      .field("name", .string, .required)
      .field("type", .string, .required)
      .field("province_code", .string, .required, .references("provinces", "code"))
      .field("district", .string, .required)
      .field("parent_code", .string, .references("organizations", "code"))
      .field("active_from", .datetime)
      .field("active_until", .datetime)
      .field("latitude", .double)
      .field("longitude", .double)
      .field("search_text", .string, .required)
      .field("address", .string)
      .field("area_km2", .double)
      .field("population", .int)
      .field("income_satang", .int64)
      .field("executive_name", .string)
      .field("executive_position", .string)
      .field("clerk_name", .string)
      .field("coordinator_name", .string)
      .field("coordinator_position", .string)
      .field("coordinator_phone", .string)
      .field("coordinator_email", .string)
      .field("version", .int, .required)
      .field("updated_at", .datetime)
      .create()

    let sql = database as! SQLDatabase
    try await sql.create(index: "organizations_province_idx").on("organizations")
      .column("province_code").column("district").run()
    try await sql.create(index: "organizations_parent_idx").on("organizations").column("parent_code").run()
  }

  func revert(on database: Database) async throws {
    try await database.schema("organizations").delete()
    try await database.schema("provinces").delete()
  }
}
