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

/// How far a plan was put into practice (ours, configurable): ≥ 80 มาก, ≥ 50 ปานกลาง, else น้อย.
public enum ImplementationLevel: String, Sendable {
  case high = "มาก"
  case medium = "ปานกลาง"
  case low = "น้อย"

  public static func of(_ percent: Percent, high: Int64 = 8_000, medium: Int64 = 5_000) -> ImplementationLevel {
    percent.hundredths >= high ? .high : percent.hundredths >= medium ? .medium : .low
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
  public let level: ImplementationLevel?

  public static let disbursementFormula = "ร้อยละการเบิกจ่าย = ผลรวมเบิกจ่าย ÷ ผลรวมงบประมาณ × 100 (ทศนิยม 2 ตำแหน่ง ปัดครึ่งขึ้น)"
  public static let implementationFormula =
    "ร้อยละการนำแผนไปปฏิบัติ = (ดำเนินการแล้วเสร็จ + 0.5 × อยู่ระหว่างดำเนินการ) ÷ จำนวนโครงการ × 100"
  public static let levelRule = "ระดับ: ตั้งแต่ร้อยละ 80 = มาก, ตั้งแต่ร้อยละ 50 = ปานกลาง, ต่ำกว่านั้น = น้อย"

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
    level = implementationPercent.map { ImplementationLevel.of($0) }
  }
}
