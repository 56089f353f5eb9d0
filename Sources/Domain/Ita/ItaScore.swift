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
