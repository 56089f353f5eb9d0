import Domain
import Fluent
import Foundation

/// A corruption complaint. `content` and `identity` are sealed (`ComplaintVault`); the other
/// columns are what the 15-day clock and the statistics need.
final class Complaint: Model, @unchecked Sendable {
  static let schema = "complaints"

  @ID(key: .id) var id: UUID?
  @Field(key: "organization_code") var organizationCode: String
  @Field(key: "province_code") var provinceCode: String
  @Field(key: "about_executive") var aboutExecutive: Bool
  @Field(key: "receipt_digest") var receiptDigest: String
  @Field(key: "state") var stateRaw: String
  @OptionalField(key: "outcome") var outcomeRaw: String?
  @Field(key: "concern") var concernRaw: String
  @Field(key: "anonymous") var anonymous: Bool
  @Field(key: "received_at") var receivedAt: Date
  @Field(key: "received_on") var receivedOn: String
  @Field(key: "due_on") var dueOn: String
  @Field(key: "fiscal_year") var fiscalYear: Int
  @OptionalField(key: "closed_at") var closedAt: Date?
  @OptionalField(key: "closed_on") var closedOn: String?
  @Field(key: "delay_explained") var delayExplained: Bool
  @Field(key: "awaiting_complainant") var awaitingComplainant: Bool
  @Field(key: "content") var content: String
  @OptionalField(key: "identity") var identity: String?
  @OptionalField(key: "identity_erased_at") var identityErasedAt: Date?
  @Field(key: "updated_at") var updatedAt: Date

  init() {}

  var state: ComplaintState { ComplaintState(rawValue: stateRaw) ?? .received }
  var outcome: ComplaintOutcome? { outcomeRaw.flatMap(ComplaintOutcome.init(rawValue:)) }
  var concern: ComplaintConcern { ComplaintConcern(rawValue: concernRaw) ?? .other }
  var clock: ComplaintClock { ComplaintClock(receivedOn: receivedOn, dueOn: dueOn) }

  func isOverdue(now: Date) -> Bool { clock.isOverdue(now: now, closedAt: state.isOpen ? nil : closedAt) }
  /// Past its 15 days, still open, and nobody has told the complainant why yet.
  func needsDelayExplanation(now: Date) -> Bool { state.isOpen && isOverdue(now: now) && !delayExplained }
}

/// One step of a case's log: filed, a state change, a message either way, evidence added,
/// the delay explained, the masked copy printed, the identity erased. `body` is sealed.
final class ComplaintEvent: Model, @unchecked Sendable {
  static let schema = "complaint_events"

  @ID(key: .id) var id: UUID?
  @Field(key: "complaint_id") var complaintID: UUID
  @Field(key: "at") var at: Date
  @Field(key: "kind") var kindRaw: String
  @Field(key: "actor") var actor: String
  @Field(key: "for_complainant") var forComplainant: Bool
  @OptionalField(key: "state") var stateRaw: String?
  @OptionalField(key: "body") var body: String?

  init() {}

  var kind: ComplaintEventKind { ComplaintEventKind(rawValue: kindRaw) ?? .note }
}

enum ComplaintEventKind: String, Sendable {
  case filed, state, toComplainant = "to_complainant", fromComplainant = "from_complainant"
  case evidence, delay, forwardPrinted = "forward_printed", identityErased = "identity_erased", note

  var thaiName: String {
    switch self {
    case .filed: return "รับเรื่อง"
    case .state: return "เปลี่ยนสถานะ"
    case .toComplainant: return "ข้อความถึงผู้ร้องเรียน"
    case .fromComplainant: return "ข้อความจากผู้ร้องเรียน"
    case .evidence: return "เพิ่มหลักฐาน"
    case .delay: return "ชี้แจงเหตุที่ดำเนินการไม่ทัน 15 วัน"
    case .forwardPrinted: return "พิมพ์สำเนาปกปิดชื่อผู้ร้องเรียนเพื่อส่งตรวจสอบข้อเท็จจริง"
    case .identityErased: return "ลบข้อมูลผู้ร้องเรียนเมื่อครบระยะเก็บรักษา"
    case .note: return "บันทึก"
    }
  }
}

/// An evidence file; its name and bytes are sealed.
final class ComplaintFile: Model, @unchecked Sendable {
  static let schema = "complaint_files"

  @ID(key: .id) var id: UUID?
  @Field(key: "complaint_id") var complaintID: UUID
  @Field(key: "from_complainant") var fromComplainant: Bool
  @Field(key: "name") var name: String
  @Field(key: "content_type") var contentType: String
  @Field(key: "size_bytes") var sizeBytes: Int
  @Field(key: "data") var data: Data
  @Field(key: "created_at") var createdAt: Date

  init() {}
}

/// What `Complaint.content` holds once opened.
struct ComplaintContent: Codable, Sendable {
  var concerns: String
  var details: String
  var when: String
  var whereText: String
  var witnesses: String
  var projectID: UUID?
  var projectName: String?
}

/// What `Complaint.identity` holds once opened (named complaints only).
struct ComplaintIdentity: Codable, Sendable {
  var name: String
  var contact: String
}

/// The authenticated-data labels that bind a sealed value to its row and field.
enum ComplaintSeal {
  static func content(_ id: UUID) -> String { "complaint|\(id.uuidString)|content" }
  static func identity(_ id: UUID) -> String { "complaint|\(id.uuidString)|identity" }
  static func event(_ id: UUID) -> String { "complaint-event|\(id.uuidString)" }
  static func fileName(_ id: UUID) -> String { "complaint-file|\(id.uuidString)|name" }
  static func fileData(_ id: UUID) -> String { "complaint-file|\(id.uuidString)|data" }
}
