import Fluent
import Foundation

/// One written front-matter section of a plan's book; no row = not written.
final class PlanBookSectionRecord: Model, @unchecked Sendable {
  static let schema = "plan_book_sections"

  @ID(key: .id) var id: UUID?
  @Parent(key: "plan_id") var plan: Plan
  /// A `Domain.PlanBookSection` raw value.
  @Field(key: "section") var section: String
  @Field(key: "body") var body: String
  @Field(key: "updated_by") var updatedBy: String
  @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

  init() {}
}
