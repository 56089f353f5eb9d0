import Foundation

/// An improvement measure's progress.
public enum ItaMeasureStatus: String, CaseIterable, Codable, Sendable {
  case planned
  case inProgress = "in_progress"
  case done

  public var thaiName: String {
    switch self {
    case .planned: return "ยังไม่เริ่ม"
    case .inProgress: return "กำลังดำเนินการ"
    case .done: return "ดำเนินการแล้ว"
    }
  }
}

/// An improvement measure as typed in the form, checked.
public struct ItaMeasureInput: Equatable, Sendable {
  public var indicator: Int?
  public var title: String
  public var ownerName: String
  public var ownerPosition: String
  public var dueDate: Date?
  public var status: ItaMeasureStatus
  public var note: String
  public var projectID: UUID?
  /// An integrity announcement of the organization the measure is carried out through.
  public var announcementID: UUID? = nil

  public static let maxTitle = 1_000
  public static let maxText = 300
  public static let maxNote = 2_000

  /// Keys: title, indicator, owner_name, owner_position, due_date (Thai "30/9/2567" or ISO),
  /// status, note, project_id, announcement_id. `projects` and `announcements` are the ids a
  /// measure may link to.
  public static func parse(_ form: [String: String], projects: Set<UUID>, announcements: Set<UUID> = [])
    -> Result<ItaMeasureInput, FieldErrors>
  {
    var errors = FieldErrors()
    func text(_ key: String) -> String { (form[key] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
    let title = text("title")
    if title.isEmpty {
      errors["title"] = "กรุณากรอกมาตรการ"
    } else if title.count > maxTitle {
      errors["title"] = "มาตรการยาวได้ไม่เกิน 1,000 ตัวอักษร"
    }
    var indicator: Int?
    let indicatorText = text("indicator")
    if !indicatorText.isEmpty {
      indicator = ItaIndicator.parse(indicatorText)
      if indicator == nil { errors["indicator"] = "กรุณาเลือกตัวชี้วัด 1 ถึง 10 หรือเว้นว่าง (มาตรการทั่วไป)" }
    }
    let ownerName = text("owner_name")
    let ownerPosition = text("owner_position")
    if ownerName.count > maxText { errors["owner_name"] = "ยาวได้ไม่เกิน 300 ตัวอักษร" }
    if ownerPosition.count > maxText { errors["owner_position"] = "ยาวได้ไม่เกิน 300 ตัวอักษร" }
    var due: Date?
    let dueText = text("due_date")
    if !dueText.isEmpty {
      if dueText.count <= 40, let date = ThaiCalendar.parse(dueText) {
        due = date
      } else {
        errors["due_date"] = "กรุณากรอกวันที่แบบ วัน/เดือน/ปี พ.ศ. เช่น 30/9/2567"
      }
    }
    let status = ItaMeasureStatus(rawValue: text("status").isEmpty ? "planned" : text("status"))
    if status == nil { errors["status"] = "กรุณาเลือกสถานะ" }
    let note = text("note")
    if note.count > maxNote { errors["note"] = "หมายเหตุยาวได้ไม่เกิน 2,000 ตัวอักษร" }
    var project: UUID?
    let projectText = text("project_id")
    if !projectText.isEmpty {
      if let id = UUID(uuidString: projectText), projects.contains(id) {
        project = id
      } else {
        errors["project_id"] = "กรุณาเลือกโครงการจากแผนของหน่วยงาน"
      }
    }
    var announcement: UUID?
    let announcementText = text("announcement_id")
    if !announcementText.isEmpty {
      if let id = UUID(uuidString: announcementText), announcements.contains(id) {
        announcement = id
      } else {
        errors["announcement_id"] = "กรุณาเลือกประกาศจากทะเบียนประกาศของหน่วยงาน"
      }
    }
    guard errors.isEmpty, let status else { return .failure(errors) }
    return .success(
      ItaMeasureInput(
        indicator: indicator, title: title, ownerName: ownerName, ownerPosition: ownerPosition, dueDate: due,
        status: status, note: note, projectID: project, announcementID: announcement))
  }
}
