import Foundation

/// The OIT checklist (แบบตรวจการเปิดเผยข้อมูลสาธารณะ) of one fiscal year: its items change
/// number and wording every year, so each year is data the national admin imports or edits.
public enum OitIndicator: Int, CaseIterable, Codable, Sendable {
  case disclosure = 9
  case prevention = 10

  public var thaiName: String {
    switch self {
    case .disclosure: return "การเปิดเผยข้อมูล"
    case .prevention: return "การป้องกันการทุจริต"
    }
  }

  /// "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล"
  public var title: String { "ตัวชี้วัดที่ \(rawValue) \(thaiName)" }
}

/// The kinds of evidence an item accepts.
public enum OitEvidenceKind: String, CaseIterable, Codable, Sendable {
  case url
  case file
  case text

  public var thaiName: String {
    switch self {
    case .url: return "ลิงก์เว็บไซต์"
    case .file: return "ไฟล์"
    case .text: return "ข้อความ"
    }
  }
}

/// What Sujarit itself holds and can publish for an item, with a stable public link.
public enum OitSource: String, CaseIterable, Codable, Sendable {
  case actionPlan = "plan"
  case halfYearReport = "report_6m"
  case yearReport = "report_12m"
  case announcements
  case complaintStatistics = "complaints"
  case riskRegister = "risks"

  public var thaiName: String {
    switch self {
    case .actionPlan: return "แผนปฏิบัติการป้องกันการทุจริตประจำปี"
    case .halfYearReport: return "รายงานผลการดำเนินการตามแผน รอบ 6 เดือน"
    case .yearReport: return "รายงานผลการดำเนินการตามแผน รอบ 12 เดือน"
    case .announcements: return "ประกาศมาตรการส่งเสริมคุณธรรมและความโปร่งใส"
    case .complaintStatistics: return "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต"
    case .riskRegister: return "ทะเบียนความเสี่ยงการทุจริต (ผลการประเมินความเสี่ยงและมาตรการจัดการ)"
    }
  }
}

public struct OitItem: Equatable, Codable, Sendable {
  /// `O1`, `O28`: the item's code in that year's checklist.
  public var code: String
  public var indicator: OitIndicator
  /// "9.1 ข้อมูลพื้นฐาน"
  public var subIndicator: String
  public var title: String
  /// What must be published (the manual's description).
  public var required: String
  public var evidenceKinds: [OitEvidenceKind]
  public var sources: [OitSource]

  public init(
    code: String, indicator: OitIndicator, subIndicator: String, title: String, required: String = "",
    evidenceKinds: [OitEvidenceKind] = [.url, .file], sources: [OitSource] = []
  ) {
    self.code = code
    self.indicator = indicator
    self.subIndicator = subIndicator
    self.title = title
    self.required = required
    self.evidenceKinds = evidenceKinds
    self.sources = sources
  }

  /// The number in the code, for ordering (`O9` before `O10`).
  public var number: Int { Int(code.dropFirst()) ?? 0 }
}

/// Reading and checking checklist rows: the import, the admin's edit form and the defaults all
/// go through `OitChecklist.item(from:)`, so one set of rules holds everywhere.
public enum OitChecklist {
  public static let maxItems = 200
  public static let header = ["indicator", "sub_indicator", "code", "title", "required", "evidence", "sujarit"]

  static let aliases: [String: [String]] = [
    "indicator": ["indicator", "ตัวชี้วัด", "ตัวชี้วัดที่"],
    "sub_indicator": ["sub_indicator", "ตัวชี้วัดย่อย", "หัวข้อ"],
    "code": ["code", "ข้อ", "รหัส"],
    "title": ["title", "ข้อมูล", "ชื่อข้อมูล", "รายการ"],
    "required": ["required", "รายละเอียด", "รายละเอียดการเผยแพร่", "สิ่งที่ต้องเผยแพร่"],
    "evidence": ["evidence", "หลักฐาน", "รูปแบบหลักฐาน"],
    "sujarit": ["sujarit", "ข้อมูลจากระบบ", "ระบบสุจริต"],
  ]

  /// "O28", "o28", "O 28", "๐28" → "O28"; nil if it is not O followed by 1–3 digits.
  public static func normalizedCode(_ raw: String) -> String? {
    var text = ThaiDigits.toArabic(raw).uppercased().replacingOccurrences(of: " ", with: "")
    // Scans of Thai letters often read the letter O as the Thai digit zero.
    if text.hasPrefix("0") { text = "O" + text.dropFirst() }
    guard text.hasPrefix("O"), (2...4).contains(text.count), text.dropFirst().allSatisfy(\.isASCII),
      let number = Int(text.dropFirst()), number > 0
    else { return nil }
    return "O\(number)"
  }

  /// One item from named fields, or the Thai problems with it (keys are the field names).
  public static func item(from fields: [String: String]) -> Result<OitItem, FieldErrors> {
    var errors = FieldErrors()
    func text(_ key: String) -> String { (fields[key] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
    let indicatorText = ThaiDigits.toArabic(text("indicator")).replacingOccurrences(of: "ตัวชี้วัดที่", with: "")
      .trimmingCharacters(in: .whitespaces)
    let indicator =
      Int(indicatorText.prefix(2).filter(\.isNumber)).flatMap(OitIndicator.init(rawValue:))
      ?? OitIndicator.allCases.first { $0.thaiName == indicatorText }
    if indicator == nil { errors["indicator"] = "ตัวชี้วัดต้องเป็น 9 (การเปิดเผยข้อมูล) หรือ 10 (การป้องกันการทุจริต)" }
    let code = normalizedCode(text("code"))
    if code == nil { errors["code"] = "รหัสข้อต้องเป็นตัว O ตามด้วยตัวเลข เช่น O28" }
    let title = text("title")
    if title.isEmpty {
      errors["title"] = "กรุณากรอกชื่อข้อมูล"
    } else if title.count > 500 {
      errors["title"] = "ชื่อข้อมูลยาวได้ไม่เกิน 500 ตัวอักษร"
    }
    let sub = text("sub_indicator")
    if sub.count > 300 { errors["sub_indicator"] = "ตัวชี้วัดย่อยยาวได้ไม่เกิน 300 ตัวอักษร" }
    let required = text("required")
    if required.count > 5_000 { errors["required"] = "รายละเอียดยาวได้ไม่เกิน 5,000 ตัวอักษร" }
    var kinds: [OitEvidenceKind] = []
    for word in words(text("evidence")) {
      guard
        let kind = OitEvidenceKind(rawValue: word.lowercased())
          ?? OitEvidenceKind.allCases.first(where: {
            $0.thaiName == word
          })
      else {
        errors["evidence"] = "รูปแบบหลักฐาน \"\(word.prefix(40))\" ไม่รู้จัก (ใช้ url, file, text)"
        break
      }
      if !kinds.contains(kind) { kinds.append(kind) }
    }
    var sources: [OitSource] = []
    for word in words(text("sujarit")) {
      guard
        let source = OitSource(rawValue: word.lowercased())
          ?? OitSource.allCases.first(where: {
            $0.thaiName == word
          })
      else {
        errors["sujarit"] =
          "ข้อมูลจากระบบ \"\(word.prefix(40))\" ไม่รู้จัก (ใช้ plan, report_6m, report_12m, announcements, complaints)"
        break
      }
      if !sources.contains(source) { sources.append(source) }
    }
    guard errors.isEmpty, let indicator, let code else { return .failure(errors) }
    return .success(
      OitItem(
        code: code, indicator: indicator, subIndicator: sub, title: title, required: required,
        evidenceKinds: kinds.isEmpty ? [.url, .file] : kinds, sources: sources))
  }

  /// `a;b`, `a, b` or one per line.
  static func words(_ text: String) -> [String] {
    text.split(whereSeparator: { $0 == ";" || $0 == "," || $0.isNewline }).map {
      $0.trimmingCharacters(in: .whitespaces)
    }.filter { !$0.isEmpty }
  }

  /// The import: all rows checked, all-or-nothing, with Thai problems per row.
  public static func parse(header: [String], rows: [[String]]) -> Result<[OitItem], ImportProblems> {
    var problems: [ImportProblem] = []
    var column: [String: Int] = [:]
    for (index, raw) in header.enumerated() {
      let key = raw.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
      if let canonical = aliases.first(where: { $0.value.contains(key) })?.key, column[canonical] == nil {
        column[canonical] = index
      }
    }
    for needed in ["indicator", "code", "title"] where column[needed] == nil {
      problems.append(ImportProblem(row: 1, column: nil, message: "ไม่พบคอลัมน์ \(needed) ในแถวหัวตาราง"))
    }
    guard problems.isEmpty else { return .failure(ImportProblems(items: problems)) }
    let filled = rows.enumerated().filter { !$0.element.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
    if filled.isEmpty {
      return .failure(ImportProblems(items: [ImportProblem(row: nil, column: nil, message: "ไฟล์ไม่มีรายการข้อมูล")]))
    }
    if filled.count > maxItems {
      return .failure(
        ImportProblems(items: [
          ImportProblem(row: nil, column: nil, message: "แบบตรวจหนึ่งปีมีได้ไม่เกิน \(maxItems) ข้อ")
        ]))
    }
    var items: [OitItem] = []
    var seen: [String: Int] = [:]
    for (offset, row) in filled {
      let rowNumber = offset + 2
      var fields: [String: String] = [:]
      for (key, index) in column where index < row.count { fields[key] = row[index] }
      switch item(from: fields) {
      case .failure(let errors):
        for key in Self.header {
          if let message = errors[key] { problems.append(ImportProblem(row: rowNumber, column: key, message: message)) }
        }
      case .success(let item):
        if let first = seen[item.code] {
          problems.append(
            ImportProblem(row: rowNumber, column: "code", message: "ข้อ \(item.code) ซ้ำกับแถวที่ \(first)"))
        } else {
          seen[item.code] = rowNumber
          items.append(item)
        }
      }
    }
    guard problems.isEmpty else { return .failure(ImportProblems(items: problems)) }
    return .success(items.sorted { $0.number < $1.number })
  }

  /// The row an item exports as (import reads it back unchanged).
  public static func row(_ item: OitItem) -> [String] {
    [
      String(item.indicator.rawValue), item.subIndicator, item.code, item.title, item.required,
      item.evidenceKinds.map(\.rawValue).joined(separator: ";"), item.sources.map(\.rawValue).joined(separator: ";"),
    ]
  }
}
