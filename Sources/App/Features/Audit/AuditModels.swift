import Fluent
import Foundation

/// One write, by whom, when, and the fields before and after (JSON objects).
final class AuditEvent: Model, @unchecked Sendable {
  static let schema = "audit_events"

  @ID(key: .id) var id: UUID?
  @Field(key: "at") var at: Date
  @OptionalField(key: "actor_id") var actorID: UUID?
  @Field(key: "actor_name") var actorName: String
  @Field(key: "action") var action: String
  @Field(key: "entity") var entity: String
  @Field(key: "entity_id") var entityID: String
  @OptionalField(key: "org_code") var orgCode: String?
  @OptionalField(key: "before") var before: String?
  @OptionalField(key: "after") var after: String?
  @OptionalField(key: "address") var address: String?

  init() {}
}
