import Foundation

/// The three tools of NACC's integrity and transparency assessment (ITA).
public enum ItaTool: String, CaseIterable, Codable, Sendable {
  case iit
  case eit
  case oit

  /// "IIT"
  public var code: String { rawValue.uppercased() }

  public var thaiName: String {
    switch self {
    case .iit: return "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)"
    case .eit: return "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)"
    case .oit: return "แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)"
    }
  }

  /// The indicator numbers of the tool (IIT 1–5, EIT 6–8, OIT 9–10).
  public var indicators: [Int] {
    switch self {
    case .iit: return [1, 2, 3, 4, 5]
    case .eit: return [6, 7, 8]
    case .oit: return [9, 10]
    }
  }

  public static func of(indicator: Int) -> ItaTool? {
    allCases.first { $0.indicators.contains(indicator) }
  }
}

/// The ten ITA indicators.
public enum ItaIndicator {
  public static let numbers = Array(1...10)

  public static func name(_ number: Int) -> String {
    switch number {
    case 1: return "การปฏิบัติหน้าที่"
    case 2: return "การใช้งบประมาณ"
    case 3: return "การใช้อำนาจ"
    case 4: return "การใช้ทรัพย์สินของราชการ"
    case 5: return "การแก้ไขปัญหาการทุจริต"
    case 6: return "คุณภาพการดำเนินงาน"
    case 7: return "ประสิทธิภาพการสื่อสาร"
    case 8: return "การปรับปรุงระบบการทำงาน"
    case 9: return "การเปิดเผยข้อมูล"
    case 10: return "การป้องกันการทุจริต"
    default: return "ตัวชี้วัดที่ \(number)"
    }
  }

  /// "ตัวชี้วัดที่ 3 การใช้อำนาจ"
  public static func title(_ number: Int) -> String { "ตัวชี้วัดที่ \(number) \(name(number))" }

  /// Reads an indicator number typed in a form ("3", "๓"); nil for anything else.
  public static func parse(_ text: String) -> Int? {
    let cleaned = ThaiDigits.toArabic(text).trimmingCharacters(in: .whitespaces)
    guard cleaned.count <= 2, let number = Int(cleaned), numbers.contains(number) else { return nil }
    return number
  }
}

/// A score 0.00–100.00 kept as integer hundredths (8663 = 86.63); never floating point.
public struct ItaScore: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let hundredths: Int64

  public static let maximum: Int64 = 10_000

  /// nil outside 0…10000.
  public init?(hundredths: Int64) {
    guard (0...Self.maximum).contains(hundredths) else { return nil }
    self.hundredths = hundredths
  }

  /// "86.63"
  public var description: String { ItaScore.text(hundredths) }

  public static func < (lhs: ItaScore, rhs: ItaScore) -> Bool { lhs.hundredths < rhs.hundredths }

  /// "86.63" for 8663 (a minus sign for negative values, which only sums can produce).
  public static func text(_ hundredths: Int64) -> String {
    let magnitude = hundredths.magnitude
    let rest = magnitude % 100
    return (hundredths < 0 ? "-" : "") + "\(magnitude / 100)." + (rest < 10 ? "0\(rest)" : "\(rest)")
  }

  public static let rangeMessage = "ต้องอยู่ระหว่าง 0 ถึง 100"
  public static let formatMessage = "ต้องเป็นตัวเลข 0 ถึง 100 ทศนิยมไม่เกิน 2 ตำแหน่ง เช่น 86.63"

  /// "86.63", "๘๖.๖๓", "100", "7.5" (spaces around ignored). Refuses values above 100 or
  /// below 0, more than two decimals, exponents, NaN and anything else, with a Thai reason
  /// (completing "คะแนน…").
  public static func parse(_ text: String) -> Result<ItaScore, ItaScoreProblem> {
    guard text.count <= 40 else { return .failure(.format) }
    let trimmed = ThaiDigits.toArabic(text).trimmingCharacters(in: .whitespaces)
    var body = Substring(trimmed)
    var negative = false
    if body.first == "-" || body.first == "+" {
      negative = body.first == "-"
      body = body.dropFirst()
    }
    let parts = body.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty,
      whole.allSatisfy({ $0.isASCII && $0.isNumber })
    else { return .failure(.format) }
    var fraction: Int64 = 0
    if parts.count == 2 {
      let digits = parts[1]
      guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .failure(.format) }
      guard digits.count <= 2 else { return .failure(.decimals) }
      fraction = Int64(digits).map { digits.count == 1 ? $0 * 10 : $0 } ?? 0
    }
    let significant = whole.drop { $0 == "0" }
    guard significant.count <= 3, let units = Int64(significant.isEmpty ? "0" : String(significant)) else {
      return .failure(negative ? .range : .range)
    }
    let value = units * 100 + fraction
    if negative && value > 0 { return .failure(.range) }
    guard let score = ItaScore(hundredths: value) else { return .failure(.range) }
    return .success(score)
  }
}

public enum ItaScoreProblem: Error, Equatable, Sendable {
  case format
  case range
  case decimals

  public var message: String {
    switch self {
    case .format: return ItaScore.formatMessage
    case .range: return ItaScore.rangeMessage
    case .decimals: return "ทศนิยมได้ไม่เกิน 2 ตำแหน่ง"
    }
  }
}

/// NACC's level bands, decided on a score rounded to two decimals.
public enum ItaLevel: String, CaseIterable, Codable, Sendable {
  case aa = "AA"
  case a = "A"
  case b = "B"
  case c = "C"
  case d = "D"
  case e = "E"
  case f = "F"

  /// The lowest score of the band, in hundredths.
  public var floor: Int64 {
    switch self {
    case .aa: return 9_500
    case .a: return 8_500
    case .b: return 7_500
    case .c: return 6_500
    case .d: return 5_500
    case .e: return 5_000
    case .f: return 0
    }
  }

  /// "Very Good"
  public var name: String {
    switch self {
    case .aa: return "Excellence"
    case .a: return "Very Good"
    case .b: return "Good"
    case .c: return "Fair"
    case .d: return "Poor"
    case .e: return "Very Poor"
    case .f: return "Fail"
    }
  }

  public var thaiName: String {
    switch self {
    case .aa: return "ดีเยี่ยม"
    case .a: return "ดีมาก"
    case .b: return "ดี"
    case .c: return "พอใช้"
    case .d: return "ต้องปรับปรุง"
    case .e: return "ต้องปรับปรุงอย่างมาก"
    case .f: return "ไม่ผ่าน"
    }
  }

  /// "A Very Good"
  public var label: String { "\(rawValue) \(name)" }

  public static func of(hundredths: Int64) -> ItaLevel {
    allCases.first { hundredths >= $0.floor } ?? .f
  }
}

/// The weight of each tool in the total, in hundredths of a per cent (3000 = 30.00 %); the
/// three sum to 100 %.
public struct ItaWeights: Codable, Equatable, Sendable {
  public var iit: Int64
  public var eit: Int64
  public var oit: Int64

  public init(iit: Int64, eit: Int64, oit: Int64) {
    self.iit = iit
    self.eit = eit
    self.oit = oit
  }

  /// FY2565 and any year without its own: IIT 30 / EIT 30 / OIT 40.
  public static let standard = ItaWeights(iit: 3_000, eit: 3_000, oit: 4_000)

  public func weight(_ tool: ItaTool) -> Int64 {
    switch tool {
    case .iit: return iit
    case .eit: return eit
    case .oit: return oit
    }
  }

  public var isValid: Bool {
    [iit, eit, oit].allSatisfy { (0...10_000).contains($0) } && iit + eit + oit == 10_000
  }

  /// "IIT 30 / EIT 30 / OIT 40"
  public var text: String {
    ItaTool.allCases.map { "\($0.code) \(Percent(hundredths: weight($0)).trimmed)" }.joined(separator: " / ")
  }

  /// From the admin's form (per cent, up to two decimals, Thai digits allowed); the three
  /// must add up to 100.
  public static func parse(iit: String, eit: String, oit: String) -> Result<ItaWeights, FieldErrors> {
    var errors = FieldErrors()
    let message = "ต้องเป็นร้อยละ 0–100 ทศนิยมไม่เกิน 2 ตำแหน่ง เช่น 30"
    let values = [("iit", iit), ("eit", eit), ("oit", oit)].map { key, text -> Int64? in
      guard let percent = Percent(parsing: text) else {
        errors[key] = message
        return nil
      }
      return percent.hundredths
    }
    guard errors.isEmpty, let i = values[0], let e = values[1], let o = values[2] else { return .failure(errors) }
    let weights = ItaWeights(iit: i, eit: e, oit: o)
    guard weights.isValid else {
      errors["oit"] = "น้ำหนักของทั้งสามเครื่องมือรวมกันต้องเท่ากับ 100 (ตอนนี้รวมได้ \(Percent(hundredths: i + e + o).trimmed))"
      return .failure(errors)
    }
    return .success(weights)
  }
}

/// One organization's scores of a year: each indicator may still be missing.
public struct ItaScores: Equatable, Sendable {
  /// Indicator number (1–10) → hundredths.
  public var values: [Int: Int64]

  public init(_ values: [Int: Int64] = [:]) {
    self.values = values.filter { ItaIndicator.numbers.contains($0.key) && (0...ItaScore.maximum).contains($0.value) }
  }

  /// Indicators 1…10 in order (nil = missing).
  public init(list: [Int64?]) {
    var values: [Int: Int64] = [:]
    for (offset, value) in list.prefix(10).enumerated() { if let value { values[offset + 1] = value } }
    self.init(values)
  }

  public subscript(indicator: Int) -> Int64? { values[indicator] }

  /// Indicators 1…10 in order (nil = missing).
  public var list: [Int64?] { ItaIndicator.numbers.map { values[$0] } }

  public var missing: [Int] { ItaIndicator.numbers.filter { values[$0] == nil } }

  /// The exact tool score as a fraction of hundredths (sum ÷ count), nil if any is missing.
  func exact(_ tool: ItaTool) -> (sum: Int128, count: Int128)? {
    var sum: Int128 = 0
    for number in tool.indicators {
      guard let value = values[number] else { return nil }
      sum += Int128(value)
    }
    return (sum, Int128(tool.indicators.count))
  }

  /// The tool score rounded half-up to hundredths; nil when one of its indicators is missing.
  public func toolScore(_ tool: ItaTool) -> Int64? {
    guard let part = exact(tool) else { return nil }
    return Int64(clamping: ItaMath.roundHalfUp(part.sum, part.count))
  }

  /// Σ weight × tool score from the unrounded tool scores, rounded half-up to hundredths;
  /// nil unless every indicator is known.
  public func total(weights: ItaWeights) -> Int64? {
    var numerator: Int128 = 0
    var denominator: Int128 = 10_000
    var parts: [(sum: Int128, count: Int128, weight: Int128)] = []
    for tool in ItaTool.allCases {
      guard let part = exact(tool) else { return nil }
      parts.append((part.sum, part.count, Int128(weights.weight(tool))))
      denominator *= part.count
    }
    for part in parts { numerator += part.weight * part.sum * (denominator / 10_000 / part.count) }
    return Int64(clamping: ItaMath.roundHalfUp(numerator, denominator))
  }

  public func summary(weights: ItaWeights) -> ItaSummary {
    let total = total(weights: weights)
    return ItaSummary(
      iit: toolScore(.iit), eit: toolScore(.eit), oit: toolScore(.oit), total: total,
      level: total.map { ItaLevel.of(hundredths: $0) }, missing: missing)
  }
}

/// What an organization's scores add up to under a year's weights.
public struct ItaSummary: Equatable, Sendable {
  public let iit: Int64?
  public let eit: Int64?
  public let oit: Int64?
  public let total: Int64?
  public let level: ItaLevel?
  public let missing: [Int]

  public func tool(_ tool: ItaTool) -> Int64? {
    switch tool {
    case .iit: return iit
    case .eit: return eit
    case .oit: return oit
    }
  }

  /// Pass mark 85.00 on the rounded total.
  public var passed: Bool { (total ?? 0) >= ItaSummary.passMark }
  public static let passMark: Int64 = 8_500

  /// "ยังไม่มีคะแนนตัวชี้วัดที่ 1, 2 (IIT) จึงยังคิดคะแนนรวมไม่ได้", nil when complete.
  public var missingText: String? {
    guard !missing.isEmpty else { return nil }
    let tools = ItaTool.allCases.filter { tool in tool.indicators.contains { missing.contains($0) } }
    return "ยังไม่มีคะแนนตัวชี้วัดที่ " + missing.map(String.init).joined(separator: ", ") + " ("
      + tools.map(\.code).joined(separator: ", ") + ") จึงยังคิดคะแนนรวมไม่ได้"
  }
}

enum ItaMath {
  /// numerator ÷ denominator rounded half-up (both non-negative; denominator > 0).
  static func roundHalfUp(_ numerator: Int128, _ denominator: Int128) -> Int128 {
    guard denominator > 0 else { return 0 }
    return (numerator * 2 + denominator) / (2 * denominator)
  }
}

/// One validated row of an imported ITA results file.
public struct ItaImportRow: Equatable, Sendable {
  public let line: Int
  public let code: String
  public let scores: ItaScores
  public let iitRespondents: Int?
  public let eitRespondents: Int?

  public init(line: Int, code: String, scores: ItaScores, iitRespondents: Int?, eitRespondents: Int?) {
    self.line = line
    self.code = code
    self.scores = scores
    self.iitRespondents = iitRespondents
    self.eitRespondents = eitRespondents
  }
}

/// Reads a results table (CSV or XLSX): `code,i1,…,i10` and optionally
/// `iit_respondents,eit_respondents`. Blank cells are missing indicators. All-or-nothing.
public enum ItaImport {
  public static let maxRows = 20_000
  public static let maxRespondents = 10_000_000
  public static let header = ["code"] + ItaIndicator.numbers.map { "i\($0)" } + ["iit_respondents", "eit_respondents"]

  public static func unknownCode(line: Int, code: String) -> ImportProblem {
    ImportProblem(row: line, column: "code", message: "ไม่พบหน่วยงานรหัส \(code) ในระบบ")
  }

  public static func parse(header: [String], rows: [[String]]) -> Result<[ItaImportRow], ImportProblems> {
    var problems: [ImportProblem] = []
    var column: [String: Int] = [:]
    for (index, raw) in header.enumerated() {
      let key = raw.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
      let canonical = key == "รหัส" || key == "รหัสหน่วยงาน" ? "code" : key
      guard Self.header.contains(canonical) else { continue }
      if column[canonical] != nil {
        problems.append(ImportProblem(row: 1, column: canonical, message: "มีคอลัมน์ \(canonical) ซ้ำกัน"))
      } else {
        column[canonical] = index
      }
    }
    let required = ["code"] + ItaIndicator.numbers.map { "i\($0)" }
    let absent = required.filter { column[$0] == nil }
    if !absent.isEmpty {
      problems.append(
        ImportProblem(
          row: nil, column: nil,
          message: "ไม่พบคอลัมน์ \(absent.joined(separator: ", ")) ในแถวหัวตาราง (คอลัมน์ที่ต้องมี: code, i1 ถึง i10)"))
    }
    if rows.count > maxRows {
      problems.append(
        ImportProblem(row: nil, column: nil, message: "ไฟล์มี \(rows.count) แถว เกินกว่าที่รับได้ (\(maxRows) แถว)"))
    }
    guard problems.isEmpty else { return .failure(ImportProblems(items: problems)) }

    var result: [ItaImportRow] = []
    var seen: [String: Int] = [:]
    for (offset, row) in rows.enumerated() {
      let line = offset + 2
      func cell(_ key: String) -> String {
        guard let index = column[key], index < row.count else { return "" }
        return row[index].trimmingCharacters(in: .whitespacesAndNewlines)
      }
      if row.allSatisfy({ $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) { continue }
      var rowProblems: [ImportProblem] = []
      let rawCode = cell("code")
      var code = ""
      if let parsed = rawCode.count <= 20 ? DLACode(rawCode) : nil {
        code = parsed.value
        if let first = seen[code] {
          rowProblems.append(ImportProblem(row: line, column: "code", message: "รหัส \(code) ซ้ำกับแถวที่ \(first)"))
        } else {
          seen[code] = line
        }
      } else {
        rowProblems.append(ImportProblem(row: line, column: "code", message: "รหัสหน่วยงานต้องเป็นตัวเลข 7 หลัก"))
      }
      var values: [Int: Int64] = [:]
      for number in ItaIndicator.numbers {
        let text = cell("i\(number)")
        if text.isEmpty || text == "-" { continue }
        switch ItaScore.parse(text) {
        case .success(let score): values[number] = score.hundredths
        case .failure(let problem):
          rowProblems.append(
            ImportProblem(row: line, column: "i\(number)", message: "คะแนนตัวชี้วัดที่ \(number) \(problem.message)"))
        }
      }
      func respondents(_ key: String, _ tool: String) -> Int? {
        let text = ThaiDigits.toArabic(cell(key)).replacingOccurrences(of: ",", with: "")
        if text.isEmpty { return nil }
        guard text.count <= 9, text.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text),
          value <= maxRespondents
        else {
          rowProblems.append(
            ImportProblem(
              row: line, column: key, message: "จำนวนผู้ตอบแบบวัด \(tool) ต้องเป็นจำนวนเต็มไม่ติดลบ ไม่เกิน 10,000,000"))
          return nil
        }
        return value
      }
      let iit = respondents("iit_respondents", "IIT")
      let eit = respondents("eit_respondents", "EIT")
      if values.isEmpty && rowProblems.isEmpty {
        rowProblems.append(ImportProblem(row: line, column: nil, message: "ไม่มีคะแนนตัวชี้วัดใดเลย"))
      }
      if rowProblems.isEmpty {
        result.append(
          ItaImportRow(line: line, code: code, scores: ItaScores(values), iitRespondents: iit, eitRespondents: eit))
      }
      problems += rowProblems
    }
    if result.isEmpty && problems.isEmpty {
      problems.append(ImportProblem(row: nil, column: nil, message: "ไม่มีผลการประเมินในไฟล์"))
    }
    return problems.isEmpty ? .success(result) : .failure(ImportProblems(items: problems))
  }
}

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
