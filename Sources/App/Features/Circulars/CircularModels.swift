import Domain
import Fluent
import Foundation

/// One circular (หนังสือเวียน) as its sender posted it; a relay is a circular of its own whose
/// `relayedFrom` is the letter it passes on. Never edited after posting.
final class Circular: Model, @unchecked Sendable {
  static let schema = "circulars"

  @ID(key: .id) var id: UUID?
  @Field(key: "title") var title: String
  @Field(key: "number") var number: String
  @Field(key: "number_key") var numberKey: String
  @Field(key: "letter_date") var letterDate: Date
  @Field(key: "summary") var summary: String
  @OptionalField(key: "action_requested") var actionRequested: String?
  @OptionalField(key: "due_date") var dueDate: Date?
  /// `CircularOffice.key` of the sender's scope: who sees the acknowledgements.
  @Field(key: "sender_scope") var senderScope: String
  @Field(key: "sender_office") var senderOffice: String
  @Field(key: "sender_name") var senderName: String
  @Field(key: "sender_user_id") var senderUserID: UUID
  @Field(key: "audience_kind") var audienceKind: String
  @Field(key: "audience_text") var audienceText: String
  @Field(key: "include_monitors") var includeMonitors: Bool
  @Field(key: "is_public") var isPublic: Bool
  @OptionalField(key: "relayed_from") var relayedFrom: UUID?
  /// The ids of the letters this one relays, the original first, comma-separated ("" for an original).
  @Field(key: "ancestry") var ancestry: String
  @Field(key: "recipient_count") var recipientCount: Int
  @Timestamp(key: "created_at", on: .create) var createdAt: Date?

  init() {}

  var ancestorIDs: [UUID] { ancestry.split(separator: ",").compactMap { UUID(uuidString: String($0)) } }
  var citation: String { CircularRules.citation(number: number, date: letterDate) }

  var auditFields: [String: String] {
    var out = [
      "เรื่อง": title, "เลขที่หนังสือ": number, "วันที่หนังสือ": ThaiCalendar.longDate(letterDate),
      "ผู้รับ": audienceText, "จำนวน อปท. ผู้รับ": String(recipientCount), "เผยแพร่ต่อสาธารณะ": isPublic ? "ใช่" : "ไม่",
    ]
    out["กำหนด"] = dueDate.map { ThaiCalendar.longDate($0) }
    out["สิ่งที่ขอให้ดำเนินการ"] = actionRequested
    out["ส่งต่อจาก"] = relayedFrom?.uuidString
    return out
  }
}

/// The circular's PDF (the letter, or a relay's cover letter).
final class CircularFile: Model, @unchecked Sendable {
  static let schema = "circular_files"

  @ID(key: .id) var id: UUID?
  @Field(key: "circular_id") var circularID: UUID
  @Field(key: "file_name") var fileName: String
  @Field(key: "size_bytes") var sizeBytes: Int
  @Field(key: "data") var data: Data

  init() {}
}
