import Foundation

/// SplitMix64: a small, fast, seeded generator, so a dataset is the same on every run.
public struct SeededRandom: RandomNumberGenerator {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  /// A generator for one named thing (an organization, a round …) under a dataset seed,
  /// independent of the order things are generated in. FNV-1a, not Swift's per-run hashing.
  public init(seed: UInt64, _ parts: String...) {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in parts.joined(separator: "/").utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    state = seed ^ hash
  }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// true with the given probability (0…1).
  public mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &self) < probability }
}

/// The shape of a realistic national dataset (ours): how many projects a plan has, how
/// budgets are skewed, how rounds turn out. Pure, so tests can check the mix.
public enum DatasetRules {
  /// A plan's projects: 30–70, spread over the framework's sub-missions (some without one).
  /// One or two of the national target groups, drawn from the number (not from the generator,
  /// so datasets made before target groups existed stay the same otherwise).
  static func targetGroups(_ number: Int) -> [TargetGroup] {
    let all = TargetGroup.allCases
    return TargetGroup.ordered([all[number % all.count]] + (number % 3 == 0 ? [all[(number + 4) % all.count]] : []))
  }

  public static func projects(_ random: inout SeededRandom, framework: FrameworkOutline) -> [ImportedProject] {
    let count = Int.random(in: 30...70, using: &random)
    let slots = framework.dimensions.flatMap { dimension in
      dimension.subMissions.isEmpty
        ? [(dimension.number, String?.none)] : dimension.subMissions.map { (dimension.number, Optional($0.number)) }
    }
    guard !slots.isEmpty else { return [] }
    let types = ProjectType.allCases
    let names = [
      "โครงการเสริมสร้างคุณธรรมจริยธรรม", "โครงการเผยแพร่ข้อมูลข่าวสาร", "มาตรการจัดการเรื่องร้องเรียน", "กิจกรรมรับฟังความคิดเห็น",
      "โครงการอบรมกฎหมายสำหรับบุคลากร", "มาตรการตรวจสอบภายใน", "กิจกรรมปลูกจิตสำนึกเด็กและเยาวชน", "โครงการประชาคมท้องถิ่น",
    ]
    return (1...count).map { number in
      let (dimension, sub) = slots[Int.random(in: 0..<slots.count, using: &random)]
      var budgets: [Int: Int64] = [:]
      if random.chance(0.6) {
        let amount = budget(&random)
        let everyYear = random.chance(0.5)
        let first = Int.random(in: 0..<framework.years.count, using: &random)
        for (index, year) in framework.years.enumerated() where everyYear || (index >= first && index < first + 2) {
          budgets[year] = amount
        }
      }
      return ImportedProject(
        number: number, type: random.chance(0.6) ? .project : types[Int.random(in: 0..<types.count, using: &random)],
        name: "\(names[Int.random(in: 0..<names.count, using: &random)]) ลำดับที่ \(number)", dimension: dimension,
        subMission: sub, objectives: ["เพื่อป้องกันการทุจริต"], method: ["ประชุม", "ดำเนินการ", "ประเมินผล"],
        targetGroup: "ประชาชน", targetGroups: targetGroups(number), responsibleUnit: "สำนักปลัด", budgets: budgets,
        note: "")
    }
  }

  /// Log-uniform between 5,000 and 2,000,000 baht, rounded to 1,000: many small, a few large.
  static func budget(_ random: inout SeededRandom) -> Int64 {
    let baht = exp(Double.random(in: log(5_000)...log(2_000_000), using: &random))
    return Int64((baht / 1_000).rounded()) * 1_000 * 100
  }

  public enum Outcome: Equatable, Sendable {
    case missing, draft, awaitingConfirmation
    case submitted(late: Bool)
  }

  /// How an organization's past round ended: most submitted (some late), a few not.
  public static func outcome(_ random: inout SeededRandom) -> Outcome {
    let roll = Double.random(in: 0..<1, using: &random)
    if roll < 0.08 { return .missing }
    if roll < 0.14 { return .draft }
    if roll < 0.18 { return .awaitingConfirmation }
    return .submitted(late: random.chance(0.12))
  }

  /// One project's line: further along in the 12-month round; drafts leave some pending.
  public static func entry(
    _ random: inout SeededRandom, kind: RoundKind, budget: Money, complete: Bool
  ) -> ReportEntryValues? {
    if !complete && random.chance(0.5) { return nil }
    let roll = Double.random(in: 0..<1, using: &random)
    let doneShare = kind == .twelveMonth ? 0.7 : 0.3
    let progress: ProjectProgress = roll < 0.08 ? .cannot : roll < 0.08 + doneShare ? .completed : .inProgress
    let spent: Int64
    switch progress {
    case .completed: spent = budget.satang * Int64.random(in: 70...100, using: &random) / 100
    case .inProgress: spent = budget.satang * Int64.random(in: 10...70, using: &random) / 100
    case .cannot: spent = 0
    }
    return ReportEntryValues(
      progress: progress, reason: progress == .cannot ? .noBudget : nil, budget: budget,
      disbursed: Money(satang: spent))
  }
}
