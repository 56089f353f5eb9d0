/// The programme's figures for one office (or the total), counted from its records.
public struct PaccCounts: Equatable, Sendable {
  /// Distinct units (LAOs or agencies) where a surveillance team made at least one visit.
  public var unitsReached = 0
  public var cases = 0
  /// Cases with at least one visit, and of those, closed "improved" after the unit reported back.
  public var visitedCases = 0
  public var improvedCases = 0
  /// Trainees marked present, and of those, who passed.
  public var attended = 0
  public var passed = 0
  /// Target agencies (department level), those declared No Gift, those with ITA ≥ 85.
  public var targetAgencies = 0
  public var declaredAgencies = 0
  public var itaPassingAgencies = 0

  public init() {}

  /// Field-by-field sum (saturating) for the total row.
  public static func + (lhs: PaccCounts, rhs: PaccCounts) -> PaccCounts {
    func add(_ a: Int, _ b: Int) -> Int {
      let (sum, overflow) = a.addingReportingOverflow(b)
      return overflow ? Int.max : sum
    }
    var out = PaccCounts()
    out.unitsReached = add(lhs.unitsReached, rhs.unitsReached)
    out.cases = add(lhs.cases, rhs.cases)
    out.visitedCases = add(lhs.visitedCases, rhs.visitedCases)
    out.improvedCases = add(lhs.improvedCases, rhs.improvedCases)
    out.attended = add(lhs.attended, rhs.attended)
    out.passed = add(lhs.passed, rhs.passed)
    out.targetAgencies = add(lhs.targetAgencies, rhs.targetAgencies)
    out.declaredAgencies = add(lhs.declaredAgencies, rhs.declaredAgencies)
    out.itaPassingAgencies = add(lhs.itaPassingAgencies, rhs.itaPassingAgencies)
    return out
  }
}

/// The targets a programme year sets (seed 003 §5 for 2567).
public struct PaccTargets: Equatable, Sendable, Codable {
  public var units: Int
  public var cases: Int
  public var trainees: Int
  public var passPercent: Int
  public var improvedPercent: Int
  public var noGiftPercent: Int
  public var itaPercent: Int

  public init(
    units: Int, cases: Int, trainees: Int, passPercent: Int, improvedPercent: Int, noGiftPercent: Int, itaPercent: Int
  ) {
    self.units = units
    self.cases = cases
    self.trainees = trainees
    self.passPercent = passPercent
    self.improvedPercent = improvedPercent
    self.noGiftPercent = noGiftPercent
    self.itaPercent = itaPercent
  }

  /// Seed 003 §5.1–5.2 (FY 2567).
  public static let seed2567 = PaccTargets(
    units: 9, cases: 36, trainees: 300, passPercent: 80, improvedPercent: 60, noGiftPercent: 80, itaPercent: 100)
}

public enum PaccIndicatorKey: String, CaseIterable, Sendable {
  case units, cases, trainees, ita, noGift = "no_gift", improved, passed

  /// Seed 003's wording, shortened only where the document repeats itself.
  public var title: String {
    switch self {
    case .units: return "ขยายผลการเฝ้าระวังป้องกันการทุจริตเชิงรุกในหน่วยงานภาครัฐ ส่วนราชการ องค์กรปกครองส่วนท้องถิ่น (แห่ง)"
    case .cases: return "ทำการเฝ้าระวัง ป้องกันการทุจริตในหน่วยงานภาครัฐ (เรื่อง)"
    case .trainees: return "ผู้เข้ารับการอบรมหลักสูตรเสริมสร้างธรรมาภิบาลฯ และหลักสูตรบรรษัทภิบาลฯ รวม (คน)"
    case .ita: return "ส่วนราชการระดับกรมหรือเทียบเท่าผ่านเกณฑ์การประเมิน ITA (85 คะแนนขึ้นไป) (ร้อยละ)"
    case .noGift: return "ส่วนราชการระดับกรมหรือเทียบเท่าประกาศตนเป็นหน่วยงาน No Gift Policy (ร้อยละ)"
    case .improved: return "เรื่องที่ลงพื้นที่แล้วหน่วยงานปรับปรุงหรือแก้ไขและรายงานผล (ร้อยละ)"
    case .passed: return "ผู้เข้ารับการอบรมผ่านเกณฑ์การประเมินของหลักสูตร (ร้อยละ)"
    }
  }

  public var seedNumber: String {
    switch self {
    case .units: return "5.1.1"
    case .cases: return "5.1.2"
    case .trainees: return "5.1.3"
    case .ita: return "5.1.4"
    case .noGift: return "5.1.5"
    case .improved: return "5.2.2"
    case .passed: return "5.2.2 (ข้อที่สอง)"
    }
  }

  /// How the figure is counted, shown beside it.
  public var formula: String {
    switch self {
    case .units: return "จำนวนหน่วยงานที่ชุดปฏิบัติการลงพื้นที่อย่างน้อย 1 ครั้ง (นับไม่ซ้ำ)"
    case .cases: return "จำนวนเรื่องเฝ้าระวังที่เปิดในปีงบประมาณ"
    case .trainees: return "จำนวนผู้เข้ารับการอบรมที่บันทึกว่าเข้าอบรม ทั้งสองหลักสูตร"
    case .ita: return "หน่วยงานเป้าหมายที่มีคะแนน ITA ≥ 85 ÷ หน่วยงานเป้าหมาย × 100"
    case .noGift: return "หน่วยงานเป้าหมายที่ประกาศ No Gift ในปี ÷ หน่วยงานเป้าหมาย × 100"
    case .improved: return "เรื่องที่ปิดว่า \"ปรับปรุงแก้ไขและรายงานผลแล้ว\" ÷ เรื่องที่ลงพื้นที่แล้ว × 100"
    case .passed: return "ผู้ผ่านเกณฑ์ ÷ ผู้เข้าอบรม × 100"
    }
  }
}

/// One indicator's figure against its target.
public struct PaccIndicator: Equatable, Sendable {
  public let key: PaccIndicatorKey
  /// The count, or the numerator of a share.
  public let achieved: Int
  /// The denominator of a share (nil for a count).
  public let outOf: Int?
  /// The target: a count, or a percentage for a share.
  public let target: Int

  public var isShare: Bool { outOf != nil }
  /// The share as a percentage (nil for a count, or when nothing was counted yet).
  public var percent: Percent? { outOf.flatMap { Percent(Int64(achieved), of: Int64($0)) } }
  /// Whether the target is reached; nil for a share with nothing to count yet.
  public var met: Bool? {
    guard let outOf else { return achieved >= target }
    guard outOf > 0, let percent else { return nil }
    return percent.hundredths >= Int64(target) * 100
  }

  /// "25 / 36" for counts, "61.54 (8 จาก 13)" for shares; "—" for an empty share.
  public var achievedText: String {
    guard let outOf else { return String(achieved) }
    guard let percent else { return "—" }
    return "\(percent) (\(achieved) จาก \(outOf))"
  }

  public var targetText: String { isShare ? "ร้อยละ \(target)" : "ไม่น้อยกว่า \(target)" }
}

public enum PaccIndicators {
  /// Every indicator of seed 003 §5 that has a number, for `counts` against `targets`.
  /// Count targets are the programme's national ones; per office they read as a guide only.
  public static func evaluate(_ counts: PaccCounts, targets: PaccTargets) -> [PaccIndicator] {
    [
      PaccIndicator(key: .units, achieved: counts.unitsReached, outOf: nil, target: targets.units),
      PaccIndicator(key: .cases, achieved: counts.cases, outOf: nil, target: targets.cases),
      PaccIndicator(key: .trainees, achieved: counts.attended, outOf: nil, target: targets.trainees),
      PaccIndicator(
        key: .ita, achieved: counts.itaPassingAgencies, outOf: counts.targetAgencies, target: targets.itaPercent),
      PaccIndicator(
        key: .noGift, achieved: counts.declaredAgencies, outOf: counts.targetAgencies, target: targets.noGiftPercent),
      PaccIndicator(
        key: .improved, achieved: counts.improvedCases, outOf: counts.visitedCases, target: targets.improvedPercent),
      PaccIndicator(key: .passed, achieved: counts.passed, outOf: counts.attended, target: targets.passPercent),
    ]
  }
}
