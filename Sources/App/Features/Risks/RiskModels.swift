import Domain
import Fluent
import Foundation

/// An organization's working risk register of one fiscal year.
final class RiskRegister: Model, @unchecked Sendable {
  static let schema = "risk_registers"

  @ID(key: .id) var id: UUID?
  @Field(key: "organization_code") var organizationCode: String
  @Field(key: "fiscal_year") var fiscalYear: Int
  /// How many published copies there are (the latest is what the public sees).
  @Field(key: "copies") var copies: Int
  @Field(key: "changed_since_copy") var changedSinceCopy: Bool
  @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

  init() {}
}

/// One risk event of a register.
final class RiskItem: Model, @unchecked Sendable {
  static let schema = "risk_items"

  @ID(key: .id) var id: UUID?
  @Parent(key: "register_id") var register: RiskRegister
  @Field(key: "number") var number: Int
  @Field(key: "category") var category: RiskCategory
  @Field(key: "process") var process: String
  @Field(key: "event") var event: String
  @Field(key: "who") var who: String
  @Field(key: "likelihood") var likelihood: Int
  @Field(key: "impact") var impact: Int
  @Field(key: "level") var level: RiskLevel
  @Field(key: "measures") var measures: String
  @OptionalField(key: "project_id") var projectID: UUID?
  @OptionalField(key: "announcement_id") var announcementID: UUID?
  @Field(key: "owner") var owner: String
  @Field(key: "status") var status: RiskStatus
  @Field(key: "follow_up_first") var followUpFirst: String
  @Field(key: "follow_up_second") var followUpSecond: String
  @Timestamp(key: "created_at", on: .create) var createdAt: Date?
  @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

  init() {}

  func apply(_ input: RiskInput, projectID: UUID?, announcementID: UUID?) {
    category = input.category
    process = input.process
    event = input.event
    who = input.who
    likelihood = input.likelihood.value
    impact = input.impact.value
    level = input.level
    measures = input.measures
    self.projectID = projectID
    self.announcementID = announcementID
    owner = input.owner
    status = input.status
    followUpFirst = input.followUpFirst
    followUpSecond = input.followUpSecond
  }

  var formValues: [String: String] {
    [
      "category": category.rawValue, "process": process, "event": event, "who": who,
      "likelihood": String(likelihood), "impact": String(impact), "measures": measures,
      "project_id": projectID?.uuidString ?? "", "announcement_id": announcementID?.uuidString ?? "",
      "owner": owner, "status": status.rawValue, "follow_up_first": followUpFirst,
      "follow_up_second": followUpSecond,
    ]
  }
}

/// A published register, frozen: `content` is a `RiskCopy` as JSON.
final class RiskCopyRecord: Model, @unchecked Sendable {
  static let schema = "risk_copies"

  @ID(key: .id) var id: UUID?
  @Parent(key: "register_id") var register: RiskRegister
  @Field(key: "organization_code") var organizationCode: String
  @Field(key: "fiscal_year") var fiscalYear: Int
  @Field(key: "number") var number: Int
  @Field(key: "published_at") var publishedAt: Date
  @Field(key: "published_by") var publishedBy: String
  @Field(key: "content") var content: String

  init() {}

  var copy: RiskCopy? { try? JSONDecoder().decode(RiskCopy.self, from: Data(content.utf8)) }
}

/// The latest published risks of each register, one row each, for area counts in SQL.
final class RiskPublishedItem: Model, @unchecked Sendable {
  static let schema = "risk_published_items"

  @ID(key: .id) var id: UUID?
  @Field(key: "organization_code") var organizationCode: String
  @Field(key: "fiscal_year") var fiscalYear: Int
  @Field(key: "category") var category: String
  @Field(key: "level") var level: String
  @Field(key: "event") var event: String

  init() {}
}

/// What a published copy holds: every risk with the names of what it links to, as of publishing.
struct RiskCopy: Codable, Sendable, Equatable {
  struct Item: Codable, Sendable, Equatable {
    let number: Int
    let category: RiskCategory
    let process: String
    let event: String
    let who: String
    let likelihood: Int
    let impact: Int
    let level: RiskLevel
    let measures: String
    let project: String?
    let announcement: String?
    let owner: String
    let status: RiskStatus
    let followUpFirst: String
    let followUpSecond: String
  }

  let organizationName: String
  let fiscalYear: Int
  let items: [Item]
}

/// The register the plan book's risk section is written from.
struct RiskBookSource: Sendable {
  let fiscalYear: Int
  /// nil: the working register (nothing published yet).
  let copyNumber: Int?
  let items: [RiskCopy.Item]
}
