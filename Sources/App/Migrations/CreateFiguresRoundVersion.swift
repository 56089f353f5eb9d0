import Fluent

/// A counter per round, raised when a report of that round is confirmed or returned: a
/// confirmation during the deadline then recomputes only its own round's dashboard figures
/// (and its point of the ten-round trend), not every round's.
struct CreateFiguresRoundVersion: AsyncMigration {
  func prepare(on database: Database) async throws {
    try await database.schema("figures_round_version")
      .field("round_id", .uuid, .identifier(auto: false))
      .field("version", .int64, .required)
      .create()
  }

  func revert(on database: Database) async throws {
    try await database.schema("figures_round_version").delete()
  }
}
