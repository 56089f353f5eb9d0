import Domain
import Fluent
import Foundation

/// One organization's action plan for one plan period.
final class Plan: Model, @unchecked Sendable {
  static let schema = "plans"

  @ID(key: .id) var id: UUID?
  @Field(key: "org_code") var orgCode: String
  @Parent(key: "period_id") var period: PlanPeriod
  @Field(key: "status") var status: PlanStatus
  /// Bumped on every change to the plan or its projects.
  @Field(key: "version") var version: Int
  /// How many times the plan has been approved (= number of frozen versions).
  @Field(key: "approved_versions") var approvedVersions: Int
  @OptionalField(key: "submitted_at") var submittedAt: Date?
  @OptionalField(key: "submitted_by") var submittedBy: String?
  @OptionalField(key: "approved_at") var approvedAt: Date?
  @OptionalField(key: "approver_name") var approverName: String?
  @OptionalField(key: "approver_position") var approverPosition: String?
  @OptionalField(key: "return_comment") var returnComment: String?
  @Timestamp(key: "created_at", on: .create) var createdAt: Date?
  @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

  init() {}

  init(orgCode: String, periodID: UUID) {
    self.orgCode = orgCode
    self.$period.id = periodID
    self.status = .draft
    self.version = 1
    self.approvedVersions = 0
  }
}

/// A project, activity, measure or guideline of a plan. Removal is a soft delete.
final class PlanProject: Model, @unchecked Sendable {
  static let schema = "plan_projects"

  @ID(key: .id) var id: UUID?
  @Parent(key: "plan_id") var plan: Plan
  @Field(key: "number") var number: Int
  @Field(key: "type") var type: ProjectType
  @Field(key: "name") var name: String
  @Field(key: "dimension_number") var dimension: Int
  @OptionalField(key: "sub_mission_number") var subMission: String?
  /// JSON arrays of strings.
  @Field(key: "objectives") var objectivesJSON: String
  @Field(key: "method") var methodJSON: String
  @Field(key: "target_group") var targetGroup: String
  /// The national system's target groups, stored as `TargetGroup.stored`.
  @Field(key: "target_groups") var targetGroupCodes: String
  @Field(key: "responsible_unit") var responsibleUnit: String
  @Field(key: "note") var note: String
  @Field(key: "inconsistent") var inconsistent: Bool
  @OptionalField(key: "inconsistent_reason") var inconsistentReason: String?
  @OptionalField(key: "deleted_at") var deletedAt: Date?
  /// Optimistic lock: a save from a form opened before the last save is refused.
  @Field(key: "version") var version: Int
  @Timestamp(key: "created_at", on: .create) var createdAt: Date?
  @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
  @Children(for: \.$project) var budgets: [PlanProjectBudget]

  init() {}
}

/// A project's budget for one fiscal year; 0 (or no row) = ไม่ใช้งบประมาณ.
final class PlanProjectBudget: Model, @unchecked Sendable {
  static let schema = "plan_project_budgets"

  @ID(key: .id) var id: UUID?
  @Parent(key: "project_id") var project: PlanProject
  @Field(key: "fiscal_year") var fiscalYear: Int
  @Field(key: "amount_satang") var amountSatang: Int64

  init() {}

  init(projectID: UUID, fiscalYear: Int, amountSatang: Int64) {
    self.$project.id = projectID
    self.fiscalYear = fiscalYear
    self.amountSatang = amountSatang
  }
}

/// A plan frozen at approval: ฉบับที่ 1, ฉบับปรับปรุงครั้งที่ 1, …
final class PlanVersion: Model, @unchecked Sendable {
  static let schema = "plan_versions"

  @ID(key: .id) var id: UUID?
  @Parent(key: "plan_id") var plan: Plan
  @Field(key: "number") var number: Int
  @Field(key: "approved_at") var approvedAt: Date
  @Field(key: "approver_name") var approverName: String
  @Field(key: "approver_position") var approverPosition: String
  @Field(key: "project_count") var projectCount: Int
  /// JSON array of `ProjectSnapshot`.
  @Field(key: "snapshot") var snapshot: String
  /// The book's front matter as approved: JSON object of section → text (nil before books).
  @OptionalField(key: "book") var book: String?

  init() {}

  var label: String { PlanWorkflow.versionLabel(number) }
}
