import Foundation

/// Who a circular (หนังสือเวียน) goes to, within the sender's own area.
public enum CircularAudienceKind: String, CaseIterable, Sendable {
  /// Every organization of the sender's area.
  case area
  /// The organizations of the chosen types in the area ("อบต. และเทศบาลตำบล ในอำเภอ…").
  case types
  /// An explicit list of organization codes, each of which must lie in the area.
  case list

  public var thaiName: String {
    switch self {
    case .area: return "ทุก อปท. ในพื้นที่"
    case .types: return "เฉพาะประเภท อปท. ที่เลือก"
    case .list: return "เฉพาะ อปท. ตามรายการรหัส"
    }
  }
}

/// The audience as posted: frozen into recipient rows when the circular is sent.
public struct CircularAudience: Equatable, Sendable {
  public var kind: CircularAudienceKind
  public var types: [OrganizationType]
  public var codes: [String]
  /// Whether the monitors below the sender (regions, provinces, districts in the area) receive
  /// it too, so they can relay it down the chain.
  public var includeMonitors: Bool

  public init(kind: CircularAudienceKind, types: [OrganizationType] = [], codes: [String] = [], includeMonitors: Bool) {
    self.kind = kind
    self.types = types
    self.codes = codes
    self.includeMonitors = includeMonitors
  }

  /// The Thai line shown on the circular's page.
  public var thaiDescription: String {
    switch kind {
    case .area: return CircularAudienceKind.area.thaiName
    case .types: return "เฉพาะ " + types.map(\.rawValue).joined(separator: " ")
    case .list: return "เฉพาะ อปท. ที่ระบุ \(codes.count) แห่ง"
    }
  }
}

/// A circular's letter number (เลขที่หนังสือ), kept as typed ("มท ๐๘๑๐.๓/ว ๑๒๓๔"), Thai or
/// Arabic digits alike; the search key reads both the same.
public enum CircularNumber {
  public static let maxLength = 60

  /// The number with its spaces tidied, or nil when it is empty, too long, holds no digit or
  /// holds a control character.
  public static func parse(_ text: String) -> String? {
    let words = ThaiText.withoutInvisibles(text).split(whereSeparator: { $0.isWhitespace })
    let tidy = words.joined(separator: " ")
    guard !tidy.isEmpty, tidy.count <= maxLength else { return nil }
    guard !tidy.unicodeScalars.contains(where: { CharacterSet.controlCharacters.contains($0) }) else { return nil }
    guard ThaiDigits.toArabic(tidy).contains(where: { $0.isASCII && $0.isNumber }) else { return nil }
    return tidy
  }

  /// Arabic digits, no spaces, lower case: "มท ๐๘๑๐.๓/ว ๑๒๓๔" and "มท0810.3/ว1234" meet here.
  public static func searchKey(_ text: String) -> String {
    String(ThaiDigits.toArabic(text).lowercased().filter { !$0.isWhitespace })
  }
}

/// What a recipient has done with a circular.
public enum CircularState: String, CaseIterable, Sendable {
  case unread
  case read
  case acknowledged
  case acted

  public static func of(readAt: Date?, acknowledgedAt: Date?, actedAt: Date?) -> CircularState {
    if actedAt != nil { return .acted }
    if acknowledgedAt != nil { return .acknowledged }
    if readAt != nil { return .read }
    return .unread
  }

  public var thaiName: String {
    switch self {
    case .unread: return "ยังไม่เปิดอ่าน"
    case .read: return "เปิดอ่านแล้ว ยังไม่รับทราบ"
    case .acknowledged: return "รับทราบแล้ว"
    case .acted: return "ดำเนินการแล้ว"
    }
  }

  /// Whether the recipient is still late on `due` at `now`: it has not acknowledged, or, when
  /// an action was asked, not done it, and the due day (Bangkok) is over.
  public static func isOverdue(_ state: CircularState, due: Date?, actionAsked: Bool, now: Date) -> Bool {
    guard let due, now >= due.addingTimeInterval(86_400) else { return false }
    return actionAsked ? state != .acted : (state == .unread || state == .read)
  }
}

/// The checked fields of a circular's posting (or relaying) form.
public struct CircularDraft: Equatable, Sendable {
  public var title: String
  public var number: String
  public var letterDate: Date
  public var summary: String
  public var action: String?
  public var dueDate: Date?
  public var audience: CircularAudience
  public var isPublic: Bool

  public init(
    title: String, number: String, letterDate: Date, summary: String, action: String?, dueDate: Date?,
    audience: CircularAudience, isPublic: Bool
  ) {
    self.title = title
    self.number = number
    self.letterDate = letterDate
    self.summary = summary
    self.action = action
    self.dueDate = dueDate
    self.audience = audience
    self.isPublic = isPublic
  }
}

/// The rules of the posting form: one Thai message per field.
public enum CircularRules {
  public static let maxTitle = 300
  public static let maxSummary = 2_000
  public static let maxAction = 1_000
  public static let maxNote = 1_000
  public static let maxCodes = 8_000
  public static let dateMessage = "กรุณากรอกวันที่เป็น วัน/เดือน/ปี พ.ศ. เช่น 15/1/2567"

  /// Reads the form's fields (`types` are the chosen type names). `now` bounds the letter's
  /// date (not after today) and the due date (not before the letter).
  public static func validate(
    _ input: [String: String], types: [String], now: Date
  ) -> Result<CircularDraft, FieldErrors> {
    var errors = FieldErrors()
    func text(_ key: String) -> String {
      ThaiText.withoutInvisibles(input[key] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }
    let title = text("title")
    if title.isEmpty {
      errors["title"] = "กรุณากรอกเรื่อง"
    } else if title.count > maxTitle {
      errors["title"] = "เรื่องยาวได้ไม่เกิน \(maxTitle) ตัวอักษร"
    }
    let number = CircularNumber.parse(input["number"] ?? "")
    if number == nil {
      errors["number"] = "กรุณากรอกเลขที่หนังสือ (มีตัวเลข ไม่เกิน \(CircularNumber.maxLength) ตัวอักษร) เช่น มท ๐๘๑๐.๓/ว ๑๒๓๔"
    }
    let letterDate = ThaiCalendar.parse(text("letterDate"))
    if letterDate == nil {
      errors["letterDate"] = dateMessage
    } else if let letterDate, letterDate > now {
      errors["letterDate"] = "วันที่หนังสือต้องไม่เกินวันนี้"
    }
    let summary = text("summary")
    if summary.isEmpty {
      errors["summary"] = "กรุณากรอกสรุปสาระสำคัญโดยย่อ"
    } else if summary.count > maxSummary {
      errors["summary"] = "สรุปยาวได้ไม่เกิน \(maxSummary) ตัวอักษร"
    }
    let action = text("action")
    if action.count > maxAction { errors["action"] = "สิ่งที่ขอให้ดำเนินการยาวได้ไม่เกิน \(maxAction) ตัวอักษร" }
    var due: Date? = nil
    if !text("dueDate").isEmpty {
      due = ThaiCalendar.parse(text("dueDate"))
      if due == nil {
        errors["dueDate"] = dateMessage
      } else if let due, let letterDate, due < letterDate {
        errors["dueDate"] = "กำหนดวันต้องไม่ก่อนวันที่หนังสือ"
      }
    }
    let kind = CircularAudienceKind(rawValue: input["audience"] ?? "")
    if kind == nil { errors["audience"] = "กรุณาเลือกผู้รับหนังสือ" }
    var chosen: [OrganizationType] = []
    for name in types {
      guard let type = OrganizationType(rawValue: name) else {
        errors["types"] = "ประเภท อปท. ไม่ถูกต้อง"
        break
      }
      if !chosen.contains(type) { chosen.append(type) }
    }
    if kind == .types && chosen.isEmpty && errors["types"] == nil {
      errors["types"] = "กรุณาเลือกประเภท อปท. อย่างน้อย 1 ประเภท"
    }
    var codes: [String] = []
    if kind == .list {
      switch parseCodes(input["codes"] ?? "") {
      case .success(let parsed): codes = parsed
      case .failure(let problems): errors.merge(problems)
      }
    }
    guard errors.isEmpty, let number, let letterDate, let kind else { return .failure(errors) }
    let audience = CircularAudience(
      kind: kind, types: kind == .types ? chosen : [], codes: codes, includeMonitors: input["includeMonitors"] == "1")
    return .success(
      CircularDraft(
        title: title, number: number, letterDate: letterDate, summary: summary, action: action.isEmpty ? nil : action,
        dueDate: due, audience: audience, isPublic: input["isPublic"] == "1"))
  }

  /// Organization codes typed one per line or separated by commas or spaces (Thai digits
  /// allowed), in order, without repeats; a Thai message naming the first wrong ones.
  public static func parseCodes(_ text: String) -> Result<[String], FieldErrors> {
    func problem(_ message: String) -> Result<[String], FieldErrors> {
      var errors = FieldErrors()
      errors["codes"] = message
      return .failure(errors)
    }
    let pieces = ThaiDigits.toArabic(text).split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init)
    guard !pieces.isEmpty else { return problem("กรุณากรอกรหัส อปท. อย่างน้อย 1 รหัส") }
    guard pieces.count <= maxCodes else { return problem("ระบุรหัสได้ไม่เกิน \(maxCodes) รหัส") }
    let wrong = pieces.filter { DLACode($0) == nil }
    if !wrong.isEmpty {
      return problem(
        "รหัส อปท. ต้องเป็นตัวเลข 7 หลัก: " + wrong.prefix(5).map { String($0.prefix(20)) }.joined(separator: ", "))
    }
    var seen = Set<String>()
    return .success(pieces.filter { seen.insert($0).inserted })
  }

  /// The "done" note (ดำเนินการแล้ว): required, short.
  public static func note(_ text: String) -> Result<String, FieldErrors> {
    let note = ThaiText.withoutInvisibles(text).trimmingCharacters(in: .whitespacesAndNewlines)
    var errors = FieldErrors()
    if note.isEmpty {
      errors["note"] = "กรุณาบันทึกโดยย่อว่าได้ดำเนินการอย่างไร"
    } else if note.count > maxNote {
      errors["note"] = "บันทึกยาวได้ไม่เกิน \(maxNote) ตัวอักษร"
    }
    return errors.isEmpty ? .success(note) : .failure(errors)
  }

  /// A circular's citation as letters quote one another: "ที่ มท ๐๘๑๐.๓/ว ๑๒๓๔ ลงวันที่ ๑๕ มกราคม ๒๕๖๗".
  public static func citation(number: String, date: Date, thaiDigits: Bool = false) -> String {
    "ที่ \(number) ลงวันที่ \(ThaiCalendar.longDate(date, thaiDigits: thaiDigits))"
  }
}

/// A monitor's office as a circular's recipient or sender: a key stored with the circular
/// ("nation", "region:2", "province:20", "district:20:บางละมุง").
public enum CircularOffice {
  public static func key(_ scope: Scope) -> String? {
    switch scope {
    case .nation: return "nation"
    case .region(let number): return "region:\(number)"
    case .province(let code): return "province:\(code)"
    case .district(let province, let name): return "district:\(province):\(name)"
    case .organization, .paccOffice: return nil
    }
  }

  /// The scope levels below `scope` whose monitors may receive a circular for relaying.
  public static func levelsBelow(_ scope: Scope) -> Set<String> {
    switch scope {
    case .nation: return ["region", "province", "district"]
    case .region: return ["province", "district"]
    case .province: return ["district"]
    default: return []
    }
  }

  /// Whether a role may post and relay circulars: NACC-side monitors of an area.
  public static func canPost(_ policy: AccessPolicy) -> Bool {
    switch policy.role {
    case .nationalAdmin, .regionalMonitor, .provincialMonitor, .districtMonitor: return key(policy.scope) != nil
    default: return false
    }
  }
}
