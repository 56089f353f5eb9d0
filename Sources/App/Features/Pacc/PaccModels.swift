import Domain
import Fluent
import Foundation

/// A province moved to another PACC office than the default (`PaccOfficeMap`).
final class PaccProvinceOffice: Model, @unchecked Sendable {
  static let schema = "pacc_province_offices"
  @ID(custom: "province_code", generatedBy: .user) var id: String?
  @Field(key: "office") var office: Int
  init() {}
  init(province: String, office: Int) {
    id = province
    self.office = office
  }
}

/// A public agency the programme works with besides LAOs (department level, ministry centre).
final class PaccUnit: Model, @unchecked Sendable {
  static let schema = "pacc_units"
  @ID(key: .id) var id: UUID?
  @Field(key: "name") var name: String
  @Field(key: "kind") var kindKey: String
  @Field(key: "office") var office: Int
  @Timestamp(key: "created_at", on: .create) var createdAt: Date?
  init() {}
  var kind: PaccUnitKind { PaccUnitKind(rawValue: kindKey) ?? .other }
}

/// An agency's year: its ITA score and its No Gift declaration.
final class PaccUnitYear: Model, @unchecked Sendable {
  static let schema = "pacc_unit_years"
  @ID(key: .id) var id: UUID?
  @Field(key: "unit_id") var unitID: UUID
  @Field(key: "fiscal_year") var fiscalYear: Int
  @OptionalField(key: "ita_hundredths") var itaHundredths: Int?
  @OptionalField(key: "no_gift_on") var noGiftOn: Date?
  @OptionalField(key: "no_gift_link") var noGiftLink: String?
  @Field(key: "updated_by") var updatedBy: String
  init() {}
}

/// A programme year (โครงการ) with its targets.
final class PaccProgramme: Model, @unchecked Sendable {
  static let schema = "pacc_programmes"
  @ID(key: .id) var id: UUID?
  @Field(key: "fiscal_year") var fiscalYear: Int
  @Field(key: "name") var name: String
  @Field(key: "budget_satang") var budgetSatang: Int64
  @Field(key: "targets") var targetsJSON: String
  @Timestamp(key: "created_at", on: .create) var createdAt: Date?
  init() {}

  var targets: PaccTargets {
    (try? JSONDecoder().decode(PaccTargets.self, from: Data(targetsJSON.utf8))) ?? .seed2567
  }
}

/// One activity (กิจกรรม) of a programme; `allocations` is JSON office → satang.
final class PaccActivity: Model, @unchecked Sendable {
  static let schema = "pacc_activities"
  @ID(key: .id) var id: UUID?
  @Field(key: "programme_id") var programmeID: UUID
  @Field(key: "number") var number: Int
  @Field(key: "name") var name: String
  @Field(key: "description") var description: String
  @Field(key: "allocations") var allocationsJSON: String
  init() {}

  var allocations: [Int: Money] {
    let raw = (try? JSONDecoder().decode([String: Int64].self, from: Data(allocationsJSON.utf8))) ?? [:]
    var out: [Int: Money] = [:]
    for (key, satang) in raw { if let office = Int(key) { out[office] = Money(satang: satang) } }
    return out
  }

  static func encode(_ allocations: [Int: Money]) -> String {
    let raw = Dictionary(uniqueKeysWithValues: allocations.map { (String($0.key), $0.value.satang) })
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    return (try? String(decoding: encoder.encode(raw), as: UTF8.self)) ?? "{}"
  }
}

/// What an office planned and did under an activity (its plan and สรุปผลการดำเนินกิจกรรม).
final class PaccActivityReport: Model, @unchecked Sendable {
  static let schema = "pacc_activity_reports"
  @ID(key: .id) var id: UUID?
  @Field(key: "activity_id") var activityID: UUID
  @Field(key: "office") var office: Int
  @OptionalField(key: "planned_from") var plannedFrom: Date?
  @OptionalField(key: "planned_to") var plannedTo: Date?
  @Field(key: "place") var place: String
  @OptionalField(key: "target_participants") var targetParticipants: Int?
  @Field(key: "done") var done: String
  @OptionalField(key: "participants") var participants: Int?
  @OptionalField(key: "spent_satang") var spentSatang: Int64?
  @Field(key: "problems") var problems: String
  @Field(key: "updated_by") var updatedBy: String
  @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
  init() {}
}

/// A field-surveillance case.
final class PaccCase: Model, @unchecked Sendable {
  static let schema = "pacc_cases"
  @ID(key: .id) var id: UUID?
  @Field(key: "fiscal_year") var fiscalYear: Int
  @Field(key: "office") var office: Int
  @Field(key: "number") var number: Int
  @Field(key: "source") var sourceKey: String
  @OptionalField(key: "org_code") var orgCode: String?
  @OptionalField(key: "unit_id") var unitID: UUID?
  @OptionalField(key: "project_id") var projectID: UUID?
  @Field(key: "project_name") var projectName: String
  @OptionalField(key: "budget_satang") var budgetSatang: Int64?
  @Field(key: "risks") var risksKey: String
  @Field(key: "description") var description: String
  @Field(key: "state") var stateKey: String
  @OptionalField(key: "recommendation") var recommendationKey: String?
  @OptionalField(key: "outcome") var outcomeKey: String?
  @Field(key: "visited") var visited: Bool
  @Field(key: "reported_back") var reportedBack: Bool
  @Field(key: "opened_by") var openedBy: String
  @Timestamp(key: "created_at", on: .create) var createdAt: Date?
  @OptionalField(key: "closed_at") var closedAt: Date?
  init() {}

  var state: PaccCaseState { PaccCaseState(rawValue: stateKey) ?? .opened }
  var source: PaccCaseSource { PaccCaseSource(rawValue: sourceKey) ?? .ownSelection }
  var risks: [PaccRisk] { PaccRisk.list(risksKey) }
  var recommendation: PaccRecommendation? { recommendationKey.flatMap(PaccRecommendation.init) }
  var outcome: PaccCaseOutcome? { outcomeKey.flatMap(PaccCaseOutcome.init) }
  var paccOffice: PaccOffice { PaccOffice(office) ?? .central }
  /// "ปปท. เขต 5 ที่ 3/2567"
  var reference: String { "\(paccOffice.shortName) ที่ \(number)/\(fiscalYear)" }

  var auditFields: [String: String] {
    var out = ["เรื่อง": reference, "โครงการ": projectName, "สถานะ": state.thaiName]
    out["ข้อเสนอแนะ"] = recommendation?.thaiName
    out["ผลการดำเนินการ"] = outcome?.thaiName
    return out
  }
}

/// A step of a case: a visit, a recommendation, the unit's report back, the closure.
final class PaccCaseStep: Model, @unchecked Sendable {
  static let schema = "pacc_case_steps"
  @ID(key: .id) var id: UUID?
  @Field(key: "case_id") var caseID: UUID
  @Field(key: "kind") var kindKey: String
  @Field(key: "day") var day: Date
  @Field(key: "team") var team: String
  @Field(key: "text") var text: String
  @OptionalField(key: "choice") var choice: String?
  @Field(key: "by_name") var byName: String
  @Field(key: "by_username") var byUsername: String
  @Timestamp(key: "created_at", on: .create) var createdAt: Date?
  init() {}
  var kind: PaccCaseAction { PaccCaseAction(rawValue: kindKey) ?? .visit }
}

/// A photo or document attached to a step (bytes in the database, like report evidence).
final class PaccCaseFile: Model, @unchecked Sendable {
  static let schema = "pacc_case_files"
  @ID(key: .id) var id: UUID?
  @Field(key: "step_id") var stepID: UUID
  @Field(key: "file_name") var fileName: String
  @Field(key: "content_type") var contentType: String
  @Field(key: "size_bytes") var sizeBytes: Int
  @Field(key: "data") var data: Data
  @Timestamp(key: "created_at", on: .create) var createdAt: Date?
  init() {}
}

/// A file attached to an activity summary or to an agency's No Gift declaration.
final class PaccFile: Model, @unchecked Sendable {
  static let schema = "pacc_files"
  enum Owner: String { case activityReport = "activity_report", unitYear = "unit_year" }

  @ID(key: .id) var id: UUID?
  @Field(key: "owner_kind") var ownerKind: String
  @Field(key: "owner_id") var ownerID: UUID
  @Field(key: "file_name") var fileName: String
  @Field(key: "content_type") var contentType: String
  @Field(key: "size_bytes") var sizeBytes: Int
  @Field(key: "data") var data: Data
  @Field(key: "uploaded_by") var uploadedBy: String
  @Timestamp(key: "created_at", on: .create) var createdAt: Date?
  init() {}
}
