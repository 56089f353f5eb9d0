/// Corruption-risk assessment: likelihood × impact (1–5 each) gives the level, as in the
/// fraud risk assessment manuals public bodies follow.
public enum RiskLevel: String, CaseIterable, Codable, Sendable, Comparable {
  case low, medium, high, veryHigh = "very_high"

  public var thaiName: String {
    switch self {
    case .low: return "ต่ำ"
    case .medium: return "ปานกลาง"
    case .high: return "สูง"
    case .veryHigh: return "สูงมาก"
    }
  }

  /// The score range of the level, for the matrix's legend.
  public var range: ClosedRange<Int> {
    switch self {
    case .low: return 1...3
    case .medium: return 4...8
    case .high: return 9...14
    case .veryHigh: return 15...25
    }
  }

  public init(likelihood: RiskScale, impact: RiskScale) {
    let score = likelihood.value * impact.value
    self = Self.allCases.first { $0.range.contains(score) } ?? .veryHigh
  }

  public static func < (a: RiskLevel, b: RiskLevel) -> Bool { a.range.lowerBound < b.range.lowerBound }
}

/// One of the five steps of likelihood or impact, parsed from a form (never trusted).
public struct RiskScale: Hashable, Sendable, Codable {
  public let value: Int

  public init?(_ value: Int) {
    guard (1...5).contains(value) else { return nil }
    self.value = value
  }

  public init?(parsing text: String) {
    guard text.count <= 2, let number = Int(ThaiDigits.toArabic(text.trimmingCharacters(in: .whitespaces))) else {
      return nil
    }
    self.init(number)
  }

  public static let likelihoodNames = ["น้อยมาก", "น้อย", "ปานกลาง", "สูง", "สูงมาก"]
  public static let impactNames = ["น้อยมาก", "น้อย", "ปานกลาง", "สูง", "รุนแรงมาก"]
}

/// The kinds of corruption risk the assessment asks about.
public enum RiskCategory: String, CaseIterable, Codable, Sendable {
  case permits
  case authority
  case budget
  case procurement
  case other

  public var thaiName: String {
    switch self {
    case .permits: return "การพิจารณาอนุมัติ อนุญาต"
    case .authority: return "ความโปร่งใสของการใช้อำนาจและตำแหน่งหน้าที่"
    case .budget: return "ความโปร่งใสของการใช้จ่ายงบประมาณและการบริหารจัดการทรัพยากรภาครัฐ"
    case .procurement: return "การจัดซื้อจัดจ้าง"
    case .other: return "อื่น ๆ"
    }
  }
}

/// Where the handling of a risk stands.
public enum RiskStatus: String, CaseIterable, Codable, Sendable {
  case planned, inProgress = "in_progress", done, reduced

  public var thaiName: String {
    switch self {
    case .planned: return "ยังไม่ได้ดำเนินการ"
    case .inProgress: return "อยู่ระหว่างดำเนินการ"
    case .done: return "ดำเนินการตามมาตรการแล้ว"
    case .reduced: return "ความเสี่ยงลดลง/ควบคุมได้"
    }
  }
}

/// A risk as entered, checked field by field with Thai messages.
public struct RiskInput: Equatable, Sendable {
  public var category: RiskCategory
  public var process: String
  public var event: String
  public var who: String
  public var likelihood: RiskScale
  public var impact: RiskScale
  public var measures: String
  public var owner: String
  public var status: RiskStatus
  public var followUpFirst: String
  public var followUpSecond: String

  public var level: RiskLevel { RiskLevel(likelihood: likelihood, impact: impact) }

  public static let maxText = 4_000
  public static let maxShort = 300

  /// `fields`: the form's values by name. Either the input or a Thai message per field.
  public static func parse(_ fields: [String: String]) -> Result<RiskInput, FieldErrors> {
    var problems = FieldErrors()
    func text(_ name: String, max: Int, required: String? = nil) -> String {
      let value = (fields[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
      if let required, value.isEmpty { problems[name] = required }
      if value.count > max { problems[name] = "ยาวเกิน \(max.formatted()) ตัวอักษร" }
      return value
    }
    let category = RiskCategory(rawValue: fields["category"] ?? "")
    if category == nil { problems["category"] = "กรุณาเลือกประเภทความเสี่ยง" }
    let process = text("process", max: maxShort, required: "กรุณาระบุกระบวนงานหรือขั้นตอนที่มีความเสี่ยง")
    let event = text("event", max: maxText, required: "กรุณาระบุเหตุการณ์ความเสี่ยง (อะไรอาจเกิดขึ้น)")
    let who = text("who", max: maxShort)
    let likelihood = RiskScale(parsing: fields["likelihood"] ?? "")
    if likelihood == nil { problems["likelihood"] = "กรุณาเลือกโอกาสที่จะเกิด 1 – 5" }
    let impact = RiskScale(parsing: fields["impact"] ?? "")
    if impact == nil { problems["impact"] = "กรุณาเลือกผลกระทบ 1 – 5" }
    let measures = text("measures", max: maxText, required: "กรุณาระบุมาตรการป้องกันความเสี่ยงนี้")
    let owner = text("owner", max: maxShort)
    let status = RiskStatus(rawValue: fields["status"] ?? "planned")
    if status == nil { problems["status"] = "สถานะไม่ถูกต้อง" }
    let first = text("follow_up_first", max: maxText)
    let second = text("follow_up_second", max: maxText)
    guard problems.isEmpty, let category, let likelihood, let impact, let status else {
      return .failure(problems)
    }
    return .success(
      RiskInput(
        category: category, process: process, event: event, who: who, likelihood: likelihood, impact: impact,
        measures: measures, owner: owner, status: status, followUpFirst: first, followUpSecond: second))
  }
}

/// How many risks sit in each cell of the 5 × 5 matrix (likelihood, impact).
public struct RiskMatrix: Equatable, Sendable {
  public private(set) var counts = [[Int]](repeating: [Int](repeating: 0, count: 5), count: 5)

  public init<S: Sequence>(_ cells: S) where S.Element == (likelihood: RiskScale, impact: RiskScale) {
    for cell in cells { counts[cell.likelihood.value - 1][cell.impact.value - 1] += 1 }
  }

  public func count(likelihood: Int, impact: Int) -> Int {
    guard (1...5).contains(likelihood), (1...5).contains(impact) else { return 0 }
    return counts[likelihood - 1][impact - 1]
  }
}
