import Fluent
import Foundation

/// A plan period such as 2566–2570. `endYear` may be extended past `originalEndYear`.
final class PlanPeriod: Model, @unchecked Sendable {
  static let schema = "plan_periods"

  @ID(key: .id) var id: UUID?
  @Field(key: "code") var code: String
  @Field(key: "name") var name: String
  @Field(key: "start_year") var startYear: Int
  @Field(key: "end_year") var endYear: Int
  @Field(key: "original_end_year") var originalEndYear: Int
  @Field(key: "version") var version: Int
  /// When the period's plans are due (approved), midnight Bangkok of the due day; nil = not set.
  @OptionalField(key: "plan_due_date") var planDueDate: Date?
  @Children(for: \.$period) var dimensions: [PlanDimension]

  init() {}

  init(code: String, name: String, startYear: Int, endYear: Int) {
    self.code = code
    self.name = name
    self.startYear = startYear
    self.endYear = endYear
    self.originalEndYear = endYear
    self.version = 1
  }

  var fiscalYears: [Int] { Array(startYear...endYear) }
  var isExtended: Bool { endYear != originalEndYear }
}

final class PlanDimension: Model, @unchecked Sendable {
  static let schema = "plan_dimensions"

  @ID(key: .id) var id: UUID?
  @Parent(key: "period_id") var period: PlanPeriod
  @Field(key: "number") var number: Int
  @Field(key: "name") var name: String
  @Children(for: \.$dimension) var subMissions: [PlanSubMission]

  init() {}

  init(periodID: UUID, number: Int, name: String) {
    self.$period.id = periodID
    self.number = number
    self.name = name
  }
}

final class PlanSubMission: Model, @unchecked Sendable {
  static let schema = "plan_sub_missions"

  @ID(key: .id) var id: UUID?
  @Parent(key: "dimension_id") var dimension: PlanDimension
  @Field(key: "number") var number: String
  @Field(key: "name") var name: String
  @Field(key: "sort_order") var sortOrder: Int

  init() {}

  init(dimensionID: UUID, number: String, name: String, sortOrder: Int) {
    self.$dimension.id = dimensionID
    self.number = number
    self.name = name
    self.sortOrder = sortOrder
  }
}
