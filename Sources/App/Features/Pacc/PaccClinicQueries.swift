import Domain
import Fluent
import Foundation
import Vapor

/// The governance clinic: requests from any unit, answers, follow-up, published FAQs.
struct PaccClinicQueries {
  let db: Database
  static let entity = "pacc_consultation"

  func find(_ id: UUID) async throws -> PaccConsultation {
    guard let found = try await PaccConsultation.find(id, on: db) else {
      throw Abort(.notFound, reason: "ไม่พบคำขอรับคำปรึกษานี้")
    }
    return found
  }

  func list(offices: [Int]?, state: PaccClinicState?) async throws -> [PaccConsultation] {
    var query = PaccConsultation.query(on: db)
    if let offices { query = query.filter(\.$office ~~ offices) }
    if let state { query = query.filter(\.$stateKey == state.rawValue) }
    return try await query.sort(\.$createdAt, .descending).limit(1_000).all()
  }

  /// Published questions and answers, by topic.
  func faqs() async throws -> [PaccConsultation] {
    try await PaccConsultation.query(on: db).filter(\.$faq == true).sort(\.$topicKey).sort(\.$updatedAt, .descending)
      .limit(500).all()
  }

  func file(_ input: PaccClinicRequest, office: PaccOffice, orgCode: String?, actor: AuditActor) async throws
    -> PaccConsultation
  {
    try await db.writeTransaction { db in
      let item = PaccConsultation()
      item.id = UUID()
      item.fiscalYear = FiscalYear(containing: Date()).buddhistYear
      item.office = office.number
      item.orgCode = orgCode
      item.unitName = input.unitName
      item.requesterName = input.requesterName
      item.contact = input.contact
      item.topicKey = input.topic.rawValue
      item.question = input.question
      item.stateKey = PaccClinicState.received.rawValue
      item.faq = false
      try await item.create(on: db)
      try await AuditLog.record(
        on: db, actor: actor, action: "ขอรับคำปรึกษาคลินิกธรรมาภิบาล", entity: Self.entity,
        entityID: item.id!.uuidString, orgCode: orgCode,
        after: ["หน่วยงาน": input.unitName, "หัวข้อ": input.topic.thaiName, "สำนักงาน": office.shortName])
      return item
    }
  }

  func answer(_ item: PaccConsultation, with input: PaccClinicAnswer, actor: AuditActor) async throws {
    try await db.writeTransaction { db in
      let before = Self.audit(item)
      item.answer = input.answer.isEmpty ? item.answer : input.answer
      item.followUp = input.followUp.isEmpty ? item.followUp : input.followUp
      item.stateKey = input.state.rawValue
      item.answeredBy = actor.name
      item.faq = input.faq
      item.faqQuestion = input.faq ? input.faqQuestion : nil
      item.faqAnswer = input.faq ? input.faqAnswer : nil
      try await item.save(on: db)
      try await AuditLog.record(
        on: db, actor: actor, action: "ตอบคำปรึกษาคลินิกธรรมาภิบาล", entity: Self.entity, entityID: item.id!.uuidString,
        orgCode: item.orgCode, before: before, after: Self.audit(item))
    }
  }

  static func audit(_ item: PaccConsultation) -> [String: String] {
    var out = ["สถานะ": item.state.thaiName, "เผยแพร่เป็นคำถามที่พบบ่อย": item.faq ? "ใช่" : "ไม่"]
    out["คำตอบ"] = item.answer
    out["การติดตามผล"] = item.followUp
    return out
  }
}

struct PaccClinicRequest {
  var unitName: String
  var requesterName: String
  var contact: String
  var topic: PaccClinicTopic
  var question: String
  var province: String

  static func parse(_ form: [String: String]) -> Result<PaccClinicRequest, FieldErrors> {
    var errors = FieldErrors()
    let unit = PaccText.clean(form["unitName"] ?? "", max: 300)
    if unit.isEmpty { errors["unitName"] = "กรุณาระบุหน่วยงาน" }
    let name = PaccText.clean(form["requesterName"] ?? "", max: 200)
    if name.isEmpty { errors["requesterName"] = "กรุณาระบุชื่อผู้ขอรับคำปรึกษา" }
    let contact = PaccText.clean(form["contact"] ?? "", max: 200)
    if contact.isEmpty { errors["contact"] = "กรุณาระบุโทรศัพท์หรืออีเมลสำหรับติดต่อกลับ" }
    let topic = PaccClinicTopic(rawValue: form["topic"] ?? "")
    if topic == nil { errors["topic"] = "กรุณาเลือกหัวข้อ" }
    let question = PaccText.clean(form["question"] ?? "", max: 5_000)
    if question.isEmpty { errors["question"] = "กรุณาพิมพ์คำถามหรือเรื่องที่ต้องการคำปรึกษา" }
    let province = (form["province"] ?? "").trimmingCharacters(in: .whitespaces)
    if PaccOfficeMap.defaults[province] == nil { errors["province"] = "กรุณาเลือกจังหวัดของหน่วยงาน" }
    guard errors.isEmpty, let topic else { return .failure(errors) }
    return .success(
      PaccClinicRequest(
        unitName: unit, requesterName: name, contact: contact, topic: topic, question: question, province: province))
  }
}

struct PaccClinicAnswer {
  var answer: String
  var followUp: String
  var state: PaccClinicState
  var faq: Bool
  var faqQuestion: String
  var faqAnswer: String

  static func parse(_ form: [String: String]) -> Result<PaccClinicAnswer, FieldErrors> {
    var errors = FieldErrors()
    let state = PaccClinicState(rawValue: form["state"] ?? "")
    if state == nil { errors["state"] = "กรุณาเลือกสถานะ" }
    let faq = form["faq"] == "1"
    let faqQuestion = PaccText.clean(form["faqQuestion"] ?? "", max: 1_000)
    let faqAnswer = PaccText.clean(form["faqAnswer"] ?? "", max: 5_000)
    if faq && (faqQuestion.isEmpty || faqAnswer.isEmpty) {
      errors["faqQuestion"] = "การเผยแพร่เป็นคำถามที่พบบ่อยต้องมีคำถามและคำตอบที่ไม่ระบุตัวผู้ถาม"
    }
    guard errors.isEmpty, let state else { return .failure(errors) }
    return .success(
      PaccClinicAnswer(
        answer: PaccText.clean(form["answer"] ?? "", max: 10_000),
        followUp: PaccText.clean(form["followUp"] ?? "", max: 5_000), state: state, faq: faq, faqQuestion: faqQuestion,
        faqAnswer: faqAnswer))
  }
}
