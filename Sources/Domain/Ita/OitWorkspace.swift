import Foundation

/// Where one OIT item of an organization stands.
public enum OitItemState: String, CaseIterable, Codable, Sendable {
  case notStarted = "not_started"
  case inProgress = "in_progress"
  case awaitingReview = "awaiting_review"
  case published

  public var thaiName: String {
    switch self {
    case .notStarted: return "ยังไม่เริ่ม"
    case .inProgress: return "กำลังจัดทำ"
    case .awaitingReview: return "รอตรวจ"
    case .published: return "เผยแพร่แล้ว"
    }
  }
}

/// The rules of the OIT workspace: who moves an item where, and when it may be published.
public enum OitWorkflow {
  /// Why the item cannot move to `target`, in Thai, or nil if it may. Only the
  /// organization's own officer or executive moves items (the route checks whose); an item
  /// goes to review or is published only with evidence (its own or what Sujarit supplies);
  /// any item may be taken back to work.
  public static func refusal(
    from current: OitItemState, to target: OitItemState, role: Role, hasEvidence: Bool
  ) -> String? {
    guard role == .laoOfficer || role == .laoExecutive else {
      return "เฉพาะเจ้าหน้าที่หรือผู้บริหารของหน่วยงานเท่านั้นที่แก้ไขแบบตรวจ OIT ได้"
    }
    if current == target { return nil }
    switch target {
    case .notStarted, .inProgress:
      return nil
    case .awaitingReview:
      return hasEvidence ? nil : "ยังไม่มีหลักฐานของข้อนี้ กรุณาแนบลิงก์ ไฟล์ หรือข้อความก่อนส่งตรวจ"
    case .published:
      return hasEvidence ? nil : "ยังไม่มีหลักฐานของข้อนี้ จึงยังเผยแพร่ไม่ได้"
    }
  }

  /// Whether the executive may mark the checklist reviewed: every item published.
  public static func reviewRefusal(items: Int, published: Int) -> String? {
    if items == 0 { return "แบบตรวจของปีนี้ยังไม่มีรายการข้อมูล" }
    if published < items {
      return "ยังมี \(items - published) ข้อที่ยังไม่เผยแพร่ ตรวจรับรองได้เมื่อเผยแพร่ครบทุกข้อ"
    }
    return nil
  }
}

/// OIT readiness of an organization: items published ÷ items, as a percentage to 2 decimals.
public struct OitReadinessFigure: Equatable, Sendable {
  public let items: Int
  public let published: Int
  public let owned: Int

  public init(items: Int, published: Int, owned: Int) {
    self.items = items
    self.published = published
    self.owned = owned
  }

  public var percent: Percent? { Percent(Int64(published), of: Int64(items)) }
}

/// The checks an evidence link must pass before it is stored.
public enum OitEvidenceLink {
  public static let maxLength = 2_000

  /// The Thai problem with a link, or nil when it may be stored (as `trimmed(_:)`): only
  /// http(s) addresses with a host and no credentials.
  public static func problem(_ raw: String) -> String? {
    let text = trimmed(raw)
    if text.isEmpty { return "กรุณากรอกลิงก์" }
    if text.count > maxLength { return "ลิงก์ยาวได้ไม่เกิน 2,000 ตัวอักษร" }
    guard !text.unicodeScalars.contains(where: { SafeURL.isControl($0) || $0 == " " }),
      let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
      let host = url.host, !host.isEmpty, url.user == nil, url.password == nil
    else { return "ลิงก์ต้องขึ้นต้นด้วย http:// หรือ https:// ตามด้วยชื่อเว็บไซต์ เช่น https://www.example.go.th/ita" }
    return nil
  }

  public static func trimmed(_ raw: String) -> String { raw.trimmingCharacters(in: .whitespacesAndNewlines) }
}

/// An item's owner, due date, state and note as typed, checked.
public struct OitAssignment: Equatable, Sendable {
  public var state: OitItemState
  public var ownerName: String
  public var ownerPosition: String
  public var dueDate: Date?
  public var note: String

  public init(state: OitItemState, ownerName: String, ownerPosition: String, dueDate: Date?, note: String) {
    self.state = state
    self.ownerName = ownerName
    self.ownerPosition = ownerPosition
    self.dueDate = dueDate
    self.note = note
  }

  /// Field names are the form's: `state`, `owner_name`, `owner_position`, `due_date`, `note`.
  /// A due date is day/month/พ.ศ. (Thai digits allowed) or ISO, inside 2500–2700.
  public static func parse(_ fields: [String: String], keepingState current: OitItemState = .notStarted)
    -> Result<OitAssignment, FieldErrors>
  {
    var errors = FieldErrors()
    func text(_ key: String) -> String { (fields[key] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
    let state = text("state").isEmpty ? current : OitItemState(rawValue: text("state"))
    if state == nil { errors["state"] = "กรุณาเลือกสถานะจากรายการ" }
    let name = text("owner_name")
    if name.count > 200 { errors["owner_name"] = "ชื่อผู้รับผิดชอบยาวได้ไม่เกิน 200 ตัวอักษร" }
    let position = text("owner_position")
    if position.count > 200 { errors["owner_position"] = "ตำแหน่งยาวได้ไม่เกิน 200 ตัวอักษร" }
    // A position alone is allowed: seed 004 assigns items to "ตำแหน่งนักทรัพยากรบุคคล".
    var due: Date?
    let dueText = text("due_date")
    if !dueText.isEmpty {
      due = ThaiCalendar.parse(dueText)
      if due == nil {
        errors["due_date"] = "วันที่ไม่ถูกต้อง กรุณากรอกแบบ วัน/เดือน/ปี พ.ศ. เช่น 30/4/2566"
      } else if let date = due, !(2500...2700).contains(ThaiCalendar.components(of: date).year) {
        errors["due_date"] = "ปี พ.ศ. ของวันที่ต้องอยู่ระหว่าง 2500 ถึง 2700"
      }
    }
    let note = text("note")
    if note.count > 2_000 { errors["note"] = "หมายเหตุยาวได้ไม่เกิน 2,000 ตัวอักษร" }
    guard errors.isEmpty, let state else { return .failure(errors) }
    return .success(
      OitAssignment(state: state, ownerName: name, ownerPosition: position, dueDate: due, note: note))
  }
}
