import Domain
import Fluent
import Foundation

/// A session of one of the two courses, run by an office.
final class PaccSession: Model, @unchecked Sendable {
  static let schema = "pacc_sessions"
  @ID(key: .id) var id: UUID?
  @Field(key: "fiscal_year") var fiscalYear: Int
  @Field(key: "office") var office: Int
  @Field(key: "course") var courseKey: String
  @Field(key: "title") var title: String
  @Field(key: "starts_on") var startsOn: Date
  @Field(key: "ends_on") var endsOn: Date
  @Field(key: "place") var place: String
  @Field(key: "pass_mark") var passMark: Int
  @Field(key: "created_by") var createdBy: String
  @Timestamp(key: "created_at", on: .create) var createdAt: Date?
  init() {}
  var course: PaccCourse { PaccCourse(rawValue: courseKey) ?? .officials }
  var paccOffice: PaccOffice { PaccOffice(office) ?? .central }
  /// "12–13 มีนาคม 2567" style, as a certificate prints it.
  var datesText: String {
    let start = ThaiCalendar.longDate(startsOn)
    let end = ThaiCalendar.longDate(endsOn)
    return start == end ? start : "\(start) – \(end)"
  }
}

final class PaccTrainee: Model, @unchecked Sendable {
  static let schema = "pacc_trainees"
  @ID(key: .id) var id: UUID?
  @Field(key: "session_id") var sessionID: UUID
  @Field(key: "name") var name: String
  @Field(key: "position") var position: String
  @Field(key: "unit_name") var unitName: String
  @OptionalField(key: "org_code") var orgCode: String?
  @Field(key: "attended") var attended: Bool
  @OptionalField(key: "score") var score: Int?
  @Timestamp(key: "created_at", on: .create) var createdAt: Date?
  init() {}
}

/// An issued certificate: a frozen copy of what it certifies (name, unit, course, dates,
/// score), never rewritten; revocation is recorded beside it.
final class PaccCertificate: Model, @unchecked Sendable {
  static let schema = "pacc_certificates"
  @ID(key: .id) var id: UUID?
  @Field(key: "number") var number: String
  @Field(key: "code") var code: String
  @Field(key: "trainee_id") var traineeID: UUID
  @Field(key: "holder_name") var holderName: String
  @Field(key: "unit_name") var unitName: String
  @Field(key: "course") var courseKey: String
  @Field(key: "office") var office: Int
  @Field(key: "fiscal_year") var fiscalYear: Int
  @Field(key: "score") var score: Int
  @Field(key: "issued_on") var issuedOn: Date
  @Field(key: "session_dates") var sessionDates: String
  @OptionalField(key: "revoked_at") var revokedAt: Date?
  @OptionalField(key: "revoke_reason") var revokeReason: String?
  @Field(key: "issued_by") var issuedBy: String
  init() {}
  var course: PaccCourse { PaccCourse(rawValue: courseKey) ?? .officials }
  var paccOffice: PaccOffice { PaccOffice(office) ?? .central }
}

/// A request to the governance clinic (คลินิกส่งเสริมธรรมาภิบาลต่อต้านการทุจริต).
final class PaccConsultation: Model, @unchecked Sendable {
  static let schema = "pacc_consultations"
  @ID(key: .id) var id: UUID?
  @Field(key: "fiscal_year") var fiscalYear: Int
  @Field(key: "office") var office: Int
  @OptionalField(key: "org_code") var orgCode: String?
  @Field(key: "unit_name") var unitName: String
  @Field(key: "requester_name") var requesterName: String
  @Field(key: "contact") var contact: String
  @Field(key: "topic") var topicKey: String
  @Field(key: "question") var question: String
  @Field(key: "state") var stateKey: String
  @OptionalField(key: "answer") var answer: String?
  @OptionalField(key: "follow_up") var followUp: String?
  @OptionalField(key: "answered_by") var answeredBy: String?
  @Field(key: "faq") var faq: Bool
  @OptionalField(key: "faq_question") var faqQuestion: String?
  @OptionalField(key: "faq_answer") var faqAnswer: String?
  @Timestamp(key: "created_at", on: .create) var createdAt: Date?
  @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
  init() {}
  var topic: PaccClinicTopic { PaccClinicTopic(rawValue: topicKey) ?? .other }
  var state: PaccClinicState { PaccClinicState(rawValue: stateKey) ?? .received }
  var paccOffice: PaccOffice { PaccOffice(office) ?? .central }
}
