/// A percentage kept as hundredths (4289 = 42.89 %), rounded half-up; never floating point.
public struct Percent: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let hundredths: Int64

  public init(hundredths: Int64) { self.hundredths = hundredths }

  /// `numerator ÷ denominator × 100`, two decimals, half-up; nil when the denominator is 0
  /// or below. Worked in 128 bits, so no pair of Int64 values can overflow it; a result that
  /// does not fit (only from absurd data) is clamped.
  public init?(_ numerator: Int64, of denominator: Int64) {
    guard denominator > 0 else { return nil }
    let wide = Int128(numerator) * 20_000
    let rounded = (wide + (wide >= 0 ? Int128(denominator) : -Int128(denominator))) / (2 * Int128(denominator))
    hundredths = Int64(clamping: rounded)
  }

  /// "42.89"
  public var description: String {
    let magnitude = hundredths.magnitude
    let rest = magnitude % 100
    return (hundredths < 0 ? "-" : "") + "\(magnitude / 100)." + (rest < 10 ? "0\(rest)" : "\(rest)")
  }

  public static func < (lhs: Percent, rhs: Percent) -> Bool { lhs.hundredths < rhs.hundredths }

  /// Implementation % (domain §6): (completed + 0.5 × in progress) ÷ projects × 100, counted in
  /// half units so it stays exact; nil when there is no project.
  public static func implementation(completed: Int, inProgress: Int, of projects: Int) -> Percent? {
    let halves = Int64(clamping: Int128(completed) * 2 + Int128(inProgress))
    return Percent(halves, of: Int64(clamping: Int128(projects) * 2))
  }
}

/// How far a plan was put into practice, by the thresholds of the round's kind.
public enum ImplementationLevel: String, Codable, Sendable {
  case high = "มาก"
  case medium = "ปานกลาง"
  case low = "น้อย"

  public static func of(_ percent: Percent, high: Int64 = 8_000, medium: Int64 = 5_000) -> ImplementationLevel {
    percent.hundredths >= high ? .high : percent.hundredths >= medium ? .medium : .low
  }
}

/// The implementation % from which a result is มาก / ปานกลาง (below: น้อย), in hundredths.
/// The national system's public code uses ≥ 80 / 50–79 / < 50 for 12-month results and
/// ≥ 50 / 20–49 / < 20 for 6-month ones (half-way through the year, half done is good);
/// national admins may change them.
public struct LevelThresholds: Codable, Equatable, Sendable {
  public var high: Int64
  public var medium: Int64

  public init(high: Int64, medium: Int64) {
    self.high = high
    self.medium = medium
  }

  public static func defaults(for kind: RoundKind) -> LevelThresholds {
    switch kind {
    case .sixMonth: return LevelThresholds(high: 5_000, medium: 2_000)
    case .twelveMonth: return LevelThresholds(high: 8_000, medium: 5_000)
    }
  }

  public func level(of percent: Percent) -> ImplementationLevel {
    ImplementationLevel.of(percent, high: high, medium: medium)
  }

  /// "ระดับ (รอบ 6 เดือน): ตั้งแต่ร้อยละ 50 = มาก, ร้อยละ 20–49.99 = ปานกลาง, ต่ำกว่าร้อยละ 20 = น้อย"
  public func rule(_ kind: RoundKind) -> String {
    let high = Percent(hundredths: high).trimmed
    let medium = Percent(hundredths: medium).trimmed
    let below = Percent(hundredths: self.high - 1)
    return "ระดับ (\(kind.thaiName)): ตั้งแต่ร้อยละ \(high) = มาก, ร้อยละ \(medium)–\(below) = ปานกลาง, "
      + "ต่ำกว่าร้อยละ \(medium) = น้อย"
  }

  /// From the admin's form: two percentages (0–100, up to two decimals), high above medium.
  public static func parse(high highText: String, medium mediumText: String) -> Result<LevelThresholds, FieldErrors> {
    var errors = FieldErrors()
    let high = Percent(parsing: highText)
    let medium = Percent(parsing: mediumText)
    let message = "ต้องเป็นร้อยละ 0–100 ทศนิยมไม่เกิน 2 ตำแหน่ง เช่น 80 หรือ 49.5"
    if high == nil { errors["high"] = message }
    if medium == nil { errors["medium"] = message }
    if let high, let medium, medium.hundredths >= high.hundredths {
      errors["medium"] = "เกณฑ์ระดับปานกลางต้องต่ำกว่าเกณฑ์ระดับมาก"
    }
    guard errors.isEmpty, let high, let medium else { return .failure(errors) }
    return .success(LevelThresholds(high: high.hundredths, medium: medium.hundredths))
  }
}

extension Percent {
  /// "80", "49.5", "49.50" (0–100, at most two decimals); nil for anything else.
  public init?(parsing text: String) {
    let trimmed = ThaiDigits.toArabic(text).trimmingCharacters(in: .whitespaces)
    let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let whole = parts.first, (1...3).contains(whole.count),
      whole.allSatisfy({ $0.isASCII && $0.isNumber }), let units = Int64(whole)
    else { return nil }
    var fraction: Int64 = 0
    if parts.count == 2 {
      let digits = parts[1]
      guard (1...2).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int64(digits)
      else { return nil }
      fraction = digits.count == 1 ? value * 10 : value
    }
    let hundredths = units * 100 + fraction
    guard hundredths <= 10_000 else { return nil }
    self.init(hundredths: hundredths)
  }

  /// "80" for 80.00, "49.5" for 49.50.
  public var trimmed: String {
    var text = description
    while text.hasSuffix("0") && text.contains(".") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
  }
}

/// A project's progress as reported in a round.
public enum ProjectProgress: String, CaseIterable, Codable, Sendable {
  case inProgress = "อยู่ระหว่างดำเนินการ"
  case completed = "ดำเนินการแล้วเสร็จ"
  case cannot = "ไม่สามารถดำเนินการได้"
}

/// Why a project could not be carried out.
public enum CannotReason: String, CaseIterable, Codable, Sendable {
  case noBudget = "ไม่ได้รับงบประมาณ"
  case policyChanged = "นโยบายผู้บริหารเปลี่ยนแปลง"
  case notEnoughStaff = "บุคลากรไม่เพียงพอ"
  case other = "อื่นๆ"
}

/// One counted project's line in a round; `progress` nil = รอรายงาน (no entry yet).
public struct ReportLine: Equatable, Sendable {
  public var progress: ProjectProgress?
  public var budget: Money
  public var disbursed: Money

  public init(progress: ProjectProgress?, budget: Money, disbursed: Money) {
    self.progress = progress
    self.budget = budget
    self.disbursed = disbursed
  }
}

/// The round summary of domain §6, each figure with its formula for display beside it.
public struct ReportSummary: Equatable, Sendable {
  public let projects: Int
  public let pending: Int
  public let inProgress: Int
  public let completed: Int
  public let cannot: Int
  public let budget: Money
  public let disbursed: Money
  /// nil when the budget is 0: shown as "—", never a division by zero.
  public let disbursementPercent: Percent?
  /// nil when no project is counted.
  public let implementationPercent: Percent?

  public static let disbursementFormula = "ร้อยละการเบิกจ่าย = ผลรวมเบิกจ่าย ÷ ผลรวมงบประมาณ × 100 (ทศนิยม 2 ตำแหน่ง ปัดครึ่งขึ้น)"
  public static let implementationFormula =
    "ร้อยละการนำแผนไปปฏิบัติ = (ดำเนินการแล้วเสร็จ + 0.5 × อยู่ระหว่างดำเนินการ) ÷ จำนวนโครงการ × 100"

  /// Lines are the counted projects only (active, consistent projects of the plan in that year).
  public init(lines: [ReportLine]) {
    self.init(
      projects: lines.count, pending: lines.filter { $0.progress == nil }.count,
      inProgress: lines.filter { $0.progress == .inProgress }.count,
      completed: lines.filter { $0.progress == .completed }.count,
      cannot: lines.filter { $0.progress == .cannot }.count, budget: Money.sum(lines.map(\.budget)),
      disbursed: Money.sum(lines.map(\.disbursed)))
  }

  /// From totals already summed (e.g. by the database) over the counted projects.
  public init(
    projects: Int, pending: Int, inProgress: Int, completed: Int, cannot: Int, budget: Money, disbursed: Money
  ) {
    self.projects = projects
    self.pending = pending
    self.inProgress = inProgress
    self.completed = completed
    self.cannot = cannot
    self.budget = budget
    self.disbursed = disbursed
    disbursementPercent = Percent(disbursed.satang, of: budget.satang)
    implementationPercent = Percent.implementation(completed: completed, inProgress: inProgress, of: projects)
  }

  /// The level by the thresholds of the round's kind; nil when no project is counted.
  public func level(_ thresholds: LevelThresholds) -> ImplementationLevel? {
    implementationPercent.map(thresholds.level(of:))
  }
}
