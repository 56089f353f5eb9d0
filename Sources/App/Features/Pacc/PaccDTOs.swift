import Domain
import Foundation
import Vapor

/// What a new case form holds, checked.
struct PaccCaseInput {
  var source: PaccCaseSource
  var orgCode: String?
  var unitID: UUID?
  var projectID: UUID?
  var projectName: String
  var budget: Money?
  var risks: [PaccRisk]
  var description: String

  /// `projects` are the LAO's plan projects (the picked one must be among them).
  static func parse(
    _ form: [String: String], risks picked: [String], projects: [(id: UUID, label: String, budget: Money?)],
    units: [UUID]
  ) -> Result<PaccCaseInput, FieldErrors> {
    var errors = FieldErrors()
    let source = PaccCaseSource(rawValue: form["source"] ?? "")
    if source == nil { errors["source"] = "กรุณาเลือกที่มาของเรื่อง" }
    let org = (form["org"] ?? "").trimmingCharacters(in: .whitespaces)
    let unit = UUID(uuidString: form["unit"] ?? "")
    var orgCode: String?
    if !org.isEmpty {
      orgCode = DLACode(org)?.value
      if orgCode == nil { errors["org"] = "รหัส อปท. ต้องเป็นตัวเลข 7 หลัก" }
    } else if let unit, units.contains(unit) {
    } else {
      errors["org"] = "กรุณาระบุ อปท. (รหัส 7 หลัก) หรือเลือกหน่วยงาน"
    }
    var projectID: UUID?
    var name = PaccText.clean(form["projectName"] ?? "", max: 300)
    var budget: Money?
    if let picked = UUID(uuidString: form["project"] ?? "") {
      if let project = projects.first(where: { $0.id == picked }) {
        projectID = picked
        if name.isEmpty { name = project.label }
        budget = project.budget
      } else {
        errors["project"] = "โครงการนี้ไม่อยู่ในแผนของ อปท. ที่เลือก"
      }
    }
    let budgetText = (form["budget"] ?? "").trimmingCharacters(in: .whitespaces)
    if !budgetText.isEmpty {
      if let typed = Money(baht: budgetText) {
        budget = typed
      } else {
        errors["budget"] = Money.problem(parsing: budgetText) ?? "จำนวนเงินไม่ถูกต้อง"
      }
    }
    if name.isEmpty { errors["projectName"] = "กรุณาเลือกโครงการจากแผน หรือพิมพ์ชื่อโครงการ" }
    let risks = picked.compactMap(PaccRisk.init(rawValue:))
    if risks.isEmpty { errors["risks"] = "กรุณาเลือกความเสี่ยงที่พบอย่างน้อย 1 ข้อ" }
    let description = PaccText.clean(form["description"] ?? "", max: 5_000)
    guard errors.isEmpty, let source else { return .failure(errors) }
    return .success(
      PaccCaseInput(
        source: source, orgCode: orgCode, unitID: orgCode == nil ? unit : nil, projectID: projectID, projectName: name,
        budget: budget, risks: Array(Set(risks)).sorted { $0.rawValue < $1.rawValue }, description: description))
  }
}

/// A step typed on a case page: a visit, a recommendation, a report back or the closure.
struct PaccStepInput {
  var action: PaccCaseAction
  var day: Date
  var team: String
  var text: String
  var choice: String?
  var outcome: PaccCaseOutcome? { choice.flatMap(PaccCaseOutcome.init) }

  var thaiName: String {
    switch action {
    case .visit: return "บันทึกการลงพื้นที่"
    case .recommend: return "แจ้งข้อเสนอแนะ"
    case .reportBack: return "หน่วยงานรายงานผลการปรับปรุงแก้ไข"
    case .close: return "ปิดเรื่อง"
    }
  }

  static func parse(_ form: [String: String], now: Date = Date()) -> Result<PaccStepInput, FieldErrors> {
    var errors = FieldErrors()
    guard let action = PaccCaseAction(rawValue: form["action"] ?? "") else {
      errors["action"] = "ไม่รู้จักขั้นตอนนี้"
      return .failure(errors)
    }
    let dayText = form["day"] ?? ""
    let day = dayText.isEmpty ? now : ThaiCalendar.parse(dayText)
    if day == nil { errors["day"] = "วันที่ไม่ถูกต้อง (เช่น 15/03/2567)" }
    if let day, day > now.addingTimeInterval(86_400) { errors["day"] = "วันที่ต้องไม่เป็นวันในอนาคต" }
    let text = PaccText.clean(form["text"] ?? "", max: 10_000)
    var choice: String?
    switch action {
    case .visit:
      if text.isEmpty { errors["text"] = "กรุณาบันทึกสิ่งที่พบจากการลงพื้นที่" }
    case .recommend:
      choice = PaccRecommendation(rawValue: form["choice"] ?? "")?.rawValue
      if choice == nil { errors["choice"] = "กรุณาเลือกข้อเสนอแนะ" }
    case .reportBack:
      if text.isEmpty { errors["text"] = "กรุณาบันทึกสิ่งที่หน่วยงานได้ปรับปรุงแก้ไข" }
    case .close:
      choice = PaccCaseOutcome(rawValue: form["choice"] ?? "")?.rawValue
      if choice == nil { errors["choice"] = "กรุณาเลือกผลการดำเนินการ" }
    }
    guard errors.isEmpty, let day else { return .failure(errors) }
    return .success(
      PaccStepInput(
        action: action, day: day, team: PaccText.clean(form["team"] ?? "", max: 500), text: text, choice: choice))
  }
}

enum PaccText {
  /// Trimmed, invisible characters dropped, cut at `max` characters.
  static func clean(_ text: String, max: Int) -> String {
    String(ThaiText.withoutInvisibles(text).trimmingCharacters(in: .whitespacesAndNewlines).prefix(max))
  }
}

/// An office's plan and summary of an activity, checked.
struct PaccActivityReportInput {
  var plannedFrom: Date?
  var plannedTo: Date?
  var place: String
  var targetParticipants: Int?
  var done: String
  var participants: Int?
  var spent: Money?
  var problems: String

  var auditFields: [String: String] {
    var out = ["สถานที่": place, "ผลการดำเนินงาน": done, "ปัญหาอุปสรรค": problems]
    out["ผู้เข้าร่วม"] = participants.map(String.init)
    out["ใช้จ่าย"] = spent?.formatted
    return out
  }

  static func parse(_ form: [String: String]) -> Result<PaccActivityReportInput, FieldErrors> {
    var errors = FieldErrors()
    func day(_ key: String) -> Date? {
      let text = form[key] ?? ""
      guard !text.isEmpty else { return nil }
      guard let date = ThaiCalendar.parse(text) else {
        errors[key] = "วันที่ไม่ถูกต้อง (เช่น 15/03/2567)"
        return nil
      }
      return date
    }
    func count(_ key: String) -> Int? {
      let text = ThaiDigits.toArabic(form[key] ?? "").trimmingCharacters(in: .whitespaces)
      guard !text.isEmpty else { return nil }
      guard text.count <= 6, let value = Int(text), value >= 0 else {
        errors[key] = "ต้องเป็นจำนวนเต็ม 0–999,999"
        return nil
      }
      return value
    }
    var input = PaccActivityReportInput(
      plannedFrom: day("plannedFrom"), plannedTo: day("plannedTo"),
      place: PaccText.clean(form["place"] ?? "", max: 300),
      targetParticipants: count("targetParticipants"), done: PaccText.clean(form["done"] ?? "", max: 10_000),
      participants: count("participants"), spent: nil, problems: PaccText.clean(form["problems"] ?? "", max: 5_000))
    if let from = input.plannedFrom, let to = input.plannedTo, to < from {
      errors["plannedTo"] = "วันสิ้นสุดต้องไม่ก่อนวันเริ่ม"
    }
    let spent = (form["spent"] ?? "").trimmingCharacters(in: .whitespaces)
    if !spent.isEmpty {
      if let money = Money(baht: spent) {
        input.spent = money
      } else {
        errors["spent"] = Money.problem(parsing: spent) ?? "จำนวนเงินไม่ถูกต้อง"
      }
    }
    return errors.isEmpty ? .success(input) : .failure(errors)
  }
}

/// The activity form as sent (multipart, with its attachments).
struct PaccActivityForm: Content {
  var plannedFrom: String?
  var plannedTo: String?
  var place: String?
  var targetParticipants: String?
  var done: String?
  var participants: String?
  var spent: String?
  var problems: String?
  var files: [File]?

  var fields: [String: String] {
    [
      "plannedFrom": plannedFrom ?? "", "plannedTo": plannedTo ?? "", "place": place ?? "",
      "targetParticipants": targetParticipants ?? "", "done": done ?? "", "participants": participants ?? "",
      "spent": spent ?? "", "problems": problems ?? "",
    ]
  }
}
