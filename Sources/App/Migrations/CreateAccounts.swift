import Fluent
import SQLKit

/// Users, their one-time activation codes, database-held sessions and login attempts.
struct CreateAccounts: AsyncMigration {
  func prepare(on database: Database) async throws {
    try await database.schema("users")
      .id()
      .field("username", .string, .required)
      .field("display_name", .string, .required)
      .field("position", .string)
      .field("role", .string, .required)
      .field("org_code", .string, .references("organizations", "code"))
      .field("province_code", .string, .references("provinces", "code"))
      .field("district", .string)
      .field("region", .int)
      .field("password_hash", .string)
      .field("must_set_password", .bool, .required)
      .field("is_disabled", .bool, .required)
      .field("created_at", .datetime)
      .field("last_login_at", .datetime)
      .unique(on: "username")
      .create()

    try await database.schema("activation_codes")
      .id()
      .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
      .field("code_hash", .string, .required)
      .field("expires_at", .datetime, .required)
      .field("used_at", .datetime)
      .field("issued_by", .uuid)
      .field("created_at", .datetime)
      .create()

    try await database.schema("user_sessions")
      .field("token_hash", .string, .identifier(auto: false))
      .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
      .field("created_at", .datetime, .required)
      .field("last_seen_at", .datetime, .required)
      .field("expires_at", .datetime, .required)
      .create()

    try await database.schema("login_attempts")
      .id()
      .field("username", .string, .required)
      .field("address", .string, .required)
      .field("succeeded", .bool, .required)
      .field("at", .datetime, .required)
      .create()

    let sql = database as! SQLDatabase
    try await sql.create(index: "users_org_idx").on("users").column("org_code").run()
    try await sql.create(index: "activation_codes_user_idx").on("activation_codes").column("user_id").run()
    try await sql.create(index: "user_sessions_user_idx").on("user_sessions").column("user_id").run()
    try await sql.create(index: "login_attempts_username_idx").on("login_attempts")
      .column("username").column("at").run()
    try await sql.create(index: "login_attempts_address_idx").on("login_attempts")
      .column("address").column("at").run()
  }

  func revert(on database: Database) async throws {
    for table in ["login_attempts", "user_sessions", "activation_codes", "users"] {
      try await database.schema(table).delete()
    }
  }
}
