import Fluent
import Foundation

/// What a person typed into a form that arrived after their session had expired. Kept
/// server-side, keyed by that person and the form page, until they sign in again and the
/// form page takes it back.
final class FormDraft: Model, @unchecked Sendable {
  static let schema = "form_drafts"

  @ID(custom: "id", generatedBy: .user) var id: String?
  @OptionalField(key: "user_id") var userID: UUID?
  @Field(key: "path") var path: String
  @Field(key: "body") var body: String
  @Field(key: "created_at") var createdAt: Date

  init() {}
}
