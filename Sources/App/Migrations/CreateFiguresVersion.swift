import Fluent
import SQLKit

/// One counter, raised whenever a dashboard figure's inputs change for every round (a plan
/// created or changing status, organizations' active dates, the region map). Dashboards keep
/// their sums while it (and the round's own counter) stays the same, on every node.
struct CreateFiguresVersion: AsyncMigration {
  func prepare(on database: Database) async throws {
    try await database.schema("figures_version")
      .field("id", .int, .identifier(auto: false))
      .field("version", .int64, .required)
      .create()
    try await (database as! any SQLDatabase).raw("INSERT INTO figures_version (id, version) VALUES (1, 0)").run()
  }

  func revert(on database: Database) async throws {
    try await database.schema("figures_version").delete()
  }
}
