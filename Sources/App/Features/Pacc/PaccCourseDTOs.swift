import Domain
import Foundation
import Vapor

struct PaccSessionInput {
  var course: PaccCourse
  var title: String
  var startsOn: Date
  var endsOn: Date
  var place: String
  var passMark: Int

  static func parse(_ form: [String: String]) -> Result<PaccSessionInput, FieldErrors> {
    var errors = FieldErrors()
    let course = PaccCourse(rawValue: form["course"] ?? "")
    if course == nil { errors["course"] = "กรุณาเลือกหลักสูตร" }
    let title = PaccText.clean(form["title"] ?? "", max: 200)
    if title.isEmpty { errors["title"] = "กรุณาระบุชื่อรุ่น เช่น รุ่นที่ 1 จังหวัดเชียงใหม่" }
    let start = ThaiCalendar.parse(form["startsOn"] ?? "")
    if start == nil { errors["startsOn"] = "วันที่ไม่ถูกต้อง (เช่น 15/03/2567)" }
    let endText = form["endsOn"] ?? ""
    let end = endText.isEmpty ? start : ThaiCalendar.parse(endText)
    if end == nil { errors["endsOn"] = "วันที่ไม่ถูกต้อง (เช่น 16/03/2567)" }
    if let start, let end, end < start { errors["endsOn"] = "วันสิ้นสุดต้องไม่ก่อนวันเริ่ม" }
    let markText = form["passMark"] ?? ""
    var passMark = PaccTraining.defaultPassMark
    if !markText.isEmpty {
      switch PaccTraining.score(markText) {
      case .success(let value): passMark = value ?? PaccTraining.defaultPassMark
      case .failure: errors["passMark"] = "เกณฑ์ผ่านต้องเป็นคะแนน 0–100"
      }
    }
    guard errors.isEmpty, let course, let start, let end else { return .failure(errors) }
    return .success(
      PaccSessionInput(
        course: course, title: title, startsOn: start, endsOn: end,
        place: PaccText.clean(form["place"] ?? "", max: 300),
        passMark: passMark))
  }
}

struct PaccTraineeInput: Equatable {
  var name: String
  var position: String
  var unitName: String
  var orgCode: String?

  static let maxImport = 2_000

  static func parse(name: String, position: String, unit: String, org: String) -> PaccTraineeInput? {
    let cleanName = PaccText.clean(name, max: 200)
    guard !cleanName.isEmpty else { return nil }
    return PaccTraineeInput(
      name: cleanName, position: PaccText.clean(position, max: 200), unitName: PaccText.clean(unit, max: 300),
      orgCode: DLACode(org)?.value)
  }

  /// A registration sheet (CSV: ชื่อ-นามสกุล, ตำแหน่ง, หน่วยงาน, รหัส อปท.; a header row is
  /// skipped): the people, or a Thai message.
  static func parse(csv text: String) -> Result<[PaccTraineeInput], PaccRefusal> {
    let table = CSVTable(parsing: text)
    var people: [PaccTraineeInput] = []
    for (index, row) in table.rows.enumerated() {
      if index == 0, row.first?.contains("ชื่อ") == true { continue }
      guard people.count < maxImport else { return .failure(PaccRefusal("นำเข้าได้ครั้งละไม่เกิน \(maxImport) คน")) }
      let cell = { (i: Int) in i < row.count ? row[i] : "" }
      if let person = parse(name: cell(0), position: cell(1), unit: cell(2), org: cell(3)) { people.append(person) }
    }
    return people.isEmpty ? .failure(PaccRefusal("ไม่พบรายชื่อในไฟล์ (คอลัมน์แรกต้องเป็นชื่อ-นามสกุล)")) : .success(people)
  }
}

/// A certificate as the public check and the API show it: nothing beyond what the paper says.
struct PaccCertificateJSON: Content {
  let number: String
  let holderName: String
  let unitName: String
  let course: String
  let office: String
  let fiscalYear: Int
  let sessionDates: String
  let issuedOn: String
  let valid: Bool
  let revokedOn: String?
  let revokeReason: String?

  init(_ certificate: PaccCertificate) {
    number = certificate.number
    holderName = certificate.holderName
    unitName = certificate.unitName
    course = certificate.course.thaiName
    office = certificate.paccOffice.fullName
    fiscalYear = certificate.fiscalYear
    sessionDates = certificate.sessionDates
    issuedOn = ThaiCalendar.isoDate(certificate.issuedOn)
    valid = certificate.revokedAt == nil
    revokedOn = certificate.revokedAt.map(ThaiCalendar.isoDate)
    revokeReason = certificate.revokeReason
  }
}
