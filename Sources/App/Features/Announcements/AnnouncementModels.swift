import Domain
import Fluent
import Foundation

/// One version of an integrity announcement (ประกาศ/มาตรการส่งเสริมคุณธรรมและความโปร่งใส).
/// A revision is a new row pointing to the version it replaces (`supersedesID`).
final class Announcement: Model, @unchecked Sendable {
  static let schema = "announcements"

  @ID(key: .id) var id: UUID?
  @Field(key: "organization_code") var organizationCode: String
  @Field(key: "fiscal_year") var fiscalYear: Int
  @Field(key: "kind") var kindKey: String
  @Field(key: "version") var version: Int
  @Field(key: "title") var title: String
  @Field(key: "body") var body: String
  @OptionalField(key: "signer_name") var signerName: String?
  @OptionalField(key: "signer_position") var signerPosition: String?
  @Field(key: "state") var stateKey: String
  @OptionalField(key: "signed_on") var signedOn: Date?
  @OptionalField(key: "published_on") var publishedOn: Date?
  @OptionalField(key: "withdrawn_on") var withdrawnOn: Date?
  @OptionalField(key: "withdraw_reason") var withdrawReason: String?
  @OptionalField(key: "supersedes_id") var supersedesID: UUID?
  @OptionalField(key: "plan_project_id") var planProjectID: UUID?
  @Field(key: "created_by") var createdBy: String
  @Timestamp(key: "created_at", on: .create) var createdAt: Date?
  @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

  init() {}

  var kind: AnnouncementKind { AnnouncementKind(rawValue: kindKey) ?? .other }
  var state: AnnouncementState { AnnouncementState(rawValue: stateKey) ?? .draft }
  /// Once published an announcement is public for good (a superseded or withdrawn one stays
  /// readable, marked as such).
  var isPublic: Bool { publishedOn != nil }

  /// Field → value, for audit records.
  var auditFields: [String: String] {
    var out = ["เรื่อง": title, "สถานะ": state.thaiName, "ฉบับที่": String(version)]
    out["ผู้ลงนาม"] = signerName
    out["ตำแหน่งผู้ลงนาม"] = signerPosition
    out["วันที่ลงนาม"] = signedOn.map { ThaiCalendar.longDate($0) }
    out["วันที่เผยแพร่"] = publishedOn.map { ThaiCalendar.longDate($0) }
    out["เหตุผลที่ยกเลิก"] = withdrawReason
    return out
  }
}

/// The signed scan of an announcement (PDF, JPEG or PNG), kept in the database.
final class AnnouncementFile: Model, @unchecked Sendable {
  static let schema = "announcement_files"

  @ID(key: .id) var id: UUID?
  @Field(key: "announcement_id") var announcementID: UUID
  @Field(key: "file_name") var fileName: String
  @Field(key: "content_type") var contentType: String
  @Field(key: "size_bytes") var sizeBytes: Int
  @Field(key: "data") var data: Data
  @Field(key: "uploaded_by") var uploadedBy: String
  @Timestamp(key: "created_at", on: .create) var createdAt: Date?

  init() {}
}

/// The yearly report of what was done under one announcement's measures.
final class AnnouncementReport: Model, @unchecked Sendable {
  static let schema = "announcement_reports"

  @ID(key: .id) var id: UUID?
  @Field(key: "announcement_id") var announcementID: UUID
  @Field(key: "fiscal_year") var fiscalYear: Int
  @Field(key: "text") var text: String
  @Field(key: "updated_by") var updatedBy: String
  @Timestamp(key: "created_at", on: .create) var createdAt: Date?
  @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

  init() {}
}
