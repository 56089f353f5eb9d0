import Fluent
import SQLKit

/// Form drafts belong to the person whose session had just expired (not to a browser
/// cookie anyone can make up): drafts kept the old way are dropped.
struct CreateDraftOwners: AsyncMigration {
  func prepare(on database: Database) async throws {
    try await database.query(FormDraft.self).delete()
    try await database.schema("form_drafts").field("user_id", .uuid).update()
    try await (database as! any SQLDatabase).create(index: "form_drafts_user_idx").on("form_drafts")
      .column("user_id").run()
  }

  func revert(on database: Database) async throws {
    try await (database as! any SQLDatabase).drop(index: "form_drafts_user_idx").run()
    try await database.schema("form_drafts").deleteField("user_id").update()
  }
}
