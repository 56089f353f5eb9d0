import Fluent
import SQLKit

/// Sign-in attempt counters (one row per pair, account and address; see
/// `LoginThrottleQueries`), replacing the per-attempt `login_attempts` rows, which were
/// counted and then written in two steps (not atomic) and never purged.
struct CreateLoginThrottle: AsyncMigration {
  func prepare(on database: Database) async throws {
    try await database.schema("login_throttle")
      .field("key", .string, .identifier(auto: false))
      .field("attempts", .int64, .required)
      .field("window_start", .double, .required)
      .field("blocked_until", .double, .required)
      .create()
    try await database.schema("login_attempts").delete()
  }

  func revert(on database: Database) async throws {
    try await database.schema("login_throttle").delete()
    try await database.schema("login_attempts")
      .id()
      .field("username", .string, .required)
      .field("address", .string, .required)
      .field("succeeded", .bool, .required)
      .field("at", .datetime, .required)
      .create()
  }
}
