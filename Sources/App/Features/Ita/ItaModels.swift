import Domain
import Fluent
import Foundation

/// An improvement measure an organization set after its ITA results.
final class ItaMeasure: Model, @unchecked Sendable {
  static let schema = "ita_measures"

  @ID(key: .id) var id: UUID?
  @Field(key: "organization_code") var organizationCode: String
  @Field(key: "fiscal_year") var fiscalYear: Int
  @OptionalField(key: "indicator") var indicator: Int?
  @Field(key: "title") var title: String
  @Field(key: "owner_name") var ownerName: String
  @Field(key: "owner_position") var ownerPosition: String
  @OptionalField(key: "due_date") var dueDate: Date?
  @Field(key: "status") var statusRaw: String
  @Field(key: "note") var note: String
  @OptionalField(key: "project_id") var projectID: UUID?
  /// An announcement (built elsewhere) the measure refers to; shown only when set.
  @OptionalField(key: "announcement_id") var announcementID: UUID?
  @Timestamp(key: "created_at", on: .create) var createdAt: Date?
  @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

  init() {}

  var status: ItaMeasureStatus { ItaMeasureStatus(rawValue: statusRaw) ?? .planned }

  func apply(_ input: ItaMeasureInput) {
    indicator = input.indicator
    title = input.title
    ownerName = input.ownerName
    ownerPosition = input.ownerPosition
    dueDate = input.dueDate
    statusRaw = input.status.rawValue
    note = input.note
    projectID = input.projectID
    announcementID = input.announcementID
  }

  var auditFields: [String: String] {
    [
      "มาตรการ": title, "ตัวชี้วัด": indicator.map(String.init) ?? "ทั่วไป", "ผู้รับผิดชอบ": ownerName,
      "ตำแหน่ง": ownerPosition, "กำหนดเสร็จ": dueDate.map(ThaiCalendar.numericDate) ?? "-",
      "สถานะ": status.thaiName, "หมายเหตุ": note, "โครงการ": projectID?.uuidString ?? "-",
      "ประกาศ": announcementID?.uuidString ?? "-",
    ]
  }

  /// The form's values of the measure (for editing).
  var formValues: [String: String] {
    [
      "title": title, "indicator": indicator.map(String.init) ?? "", "owner_name": ownerName,
      "owner_position": ownerPosition, "due_date": dueDate.map(ThaiCalendar.numericDate) ?? "",
      "status": statusRaw, "note": note, "project_id": projectID?.uuidString ?? "",
      "announcement_id": announcementID?.uuidString ?? "",
    ]
  }
}
