import Fluent
import SQLKit

/// A counter per round, raised when a report of that round is confirmed or returned, and one
/// for plans (row 2 of `figures_version`): a confirmation or a plan approval during the
/// deadline then recomputes only what it changes, not the ten-round trend of every round.
struct CreateFiguresRoundVersion: AsyncMigration {
  func prepare(on database: Database) async throws {
    try await database.schema("figures_round_version")
      .field("round_id", .uuid, .identifier(auto: false))
      .field("version", .int64, .required)
      .create()
    try await (database as! any SQLDatabase).raw("INSERT INTO figures_version (id, version) VALUES (2, 0)").run()
  }

  func revert(on database: Database) async throws {
    try await database.schema("figures_round_version").delete()
    try await (database as! any SQLDatabase).raw("DELETE FROM figures_version WHERE id = 2").run()
  }
}
