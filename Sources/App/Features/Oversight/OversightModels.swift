import Domain
import Fluent
import Foundation

/// A submitted report's totals, written at confirmation so dashboards never re-read entries.
final class ReportStat: Model, @unchecked Sendable {
  static let schema = "report_stats"

  @ID(key: .id) var id: UUID?
  @Field(key: "report_id") var reportID: UUID
  @Field(key: "org_code") var orgCode: String
  @Field(key: "round_id") var roundID: UUID
  @Field(key: "projects") var projects: Int
  @Field(key: "pending") var pending: Int
  @Field(key: "in_progress") var inProgress: Int
  @Field(key: "completed") var completed: Int
  @Field(key: "cannot") var cannot: Int
  @Field(key: "budget_satang") var budgetSatang: Int64
  @Field(key: "disbursed_satang") var disbursedSatang: Int64

  init() {}
}

/// A submitted report's totals per dimension and sub-mission ("" = none).
final class ReportGroupStat: Model, @unchecked Sendable {
  static let schema = "report_group_stats"

  @ID(key: .id) var id: UUID?
  @Field(key: "report_id") var reportID: UUID
  @Field(key: "round_id") var roundID: UUID
  @Field(key: "org_code") var orgCode: String
  @Field(key: "dimension") var dimension: Int
  @Field(key: "sub_mission") var subMission: String
  @Field(key: "projects") var projects: Int
  @Field(key: "in_progress") var inProgress: Int
  @Field(key: "completed") var completed: Int
  @Field(key: "cannot") var cannot: Int
  @Field(key: "budget_satang") var budgetSatang: Int64
  @Field(key: "disbursed_satang") var disbursedSatang: Int64

  init() {}
}

/// A reminder to report (topic `report`, with its round) or to have the period's plan
/// approved (topic `plan`, with its period), at most one per organization, topic and (Bangkok)
/// day. Delivered by e-mail when SMTP is configured, and always shown in the app until the
/// officer has seen it.
final class Reminder: Model, @unchecked Sendable {
  static let schema = "reminders"

  @ID(key: .id) var id: UUID?
  @Field(key: "org_code") var orgCode: String
  @Field(key: "topic") var topic: String
  @OptionalField(key: "round_id") var roundID: UUID?
  @OptionalField(key: "period_id") var periodID: UUID?
  @Field(key: "day") var day: String
  @Field(key: "sent_at") var sentAt: Date
  @Field(key: "sent_by") var sentBy: String
  @Field(key: "channel") var channel: String
  @Field(key: "message") var message: String
  @OptionalField(key: "seen_at") var seenAt: Date?

  init() {}
}

/// A submitted report's totals per target group ("" = none chosen); a project with several
/// groups counts in each.
final class ReportTargetStat: Model, @unchecked Sendable {
  static let schema = "report_target_stats"

  @ID(key: .id) var id: UUID?
  @Field(key: "report_id") var reportID: UUID
  @Field(key: "round_id") var roundID: UUID
  @Field(key: "org_code") var orgCode: String
  @Field(key: "target_group") var targetGroup: String
  @Field(key: "projects") var projects: Int
  @Field(key: "in_progress") var inProgress: Int
  @Field(key: "completed") var completed: Int
  @Field(key: "cannot") var cannot: Int
  @Field(key: "budget_satang") var budgetSatang: Int64
  @Field(key: "disbursed_satang") var disbursedSatang: Int64

  init() {}
}
