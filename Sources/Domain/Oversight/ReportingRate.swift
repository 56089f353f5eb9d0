import Foundation

/// Whether an organization is expected to report in a round: it must exist on the due date
/// (active from on or before it, and not ended — merged or dissolved — before it).
public enum Expectation {
  public static func isExpected(activeFrom: Date?, activeUntil: Date?, dueDate: Date) -> Bool {
    if let from = activeFrom, from > dueDate { return false }
    if let until = activeUntil, until < dueDate { return false }
    return true
  }
}

/// One organization's standing in a round, as the oversight figures need it.
public struct RoundStanding: Equatable, Sendable {
  public var expected: Bool
  public var submitted: Bool
  public var late: Bool

  public init(expected: Bool, submitted: Bool, late: Bool) {
    self.expected = expected
    self.submitted = submitted
    self.late = late
  }
}

/// Reporting rate and on-time rate of an area (domain §6): organizations that submitted ÷
/// organizations expected, and those that submitted on time ÷ expected. Only expected
/// organizations count on either side, so a rate never exceeds 100 %.
public struct ReportingRate: Equatable, Sendable {
  public private(set) var expected = 0
  public private(set) var submitted = 0
  public private(set) var onTime = 0

  public init() {}

  public init(expected: Int, submitted: Int, onTime: Int) {
    self.expected = expected
    self.submitted = submitted
    self.onTime = onTime
  }

  public init(_ standings: [RoundStanding]) {
    for standing in standings { add(standing) }
  }

  public mutating func add(_ standing: RoundStanding) {
    guard standing.expected else { return }
    expected += 1
    if standing.submitted {
      submitted += 1
      if !standing.late { onTime += 1 }
    }
  }

  public static func + (lhs: ReportingRate, rhs: ReportingRate) -> ReportingRate {
    ReportingRate(
      expected: lhs.expected + rhs.expected, submitted: lhs.submitted + rhs.submitted, onTime: lhs.onTime + rhs.onTime)
  }

  public var missing: Int { expected - submitted }
  /// nil when nobody is expected ("—").
  public var rate: Percent? { Percent(Int64(submitted), of: Int64(expected)) }
  public var onTimeRate: Percent? { Percent(Int64(onTime), of: Int64(expected)) }

  public static let formula = "อัตราการรายงาน = อปท. ที่ส่งรายงานแล้ว ÷ อปท. ที่ต้องรายงาน (มีสถานะอยู่ ณ วันกำหนดส่ง) × 100"
  public static let onTimeFormula = "ส่งตรงเวลา = อปท. ที่ส่งภายในวันกำหนดส่ง ÷ อปท. ที่ต้องรายงาน × 100"
}

/// Whole days past the due date (Bangkok days), 0 when not yet due.
public enum Lateness {
  public static func daysLate(dueDate: Date, now: Date) -> Int {
    let endOfDueDay = dueDate.addingTimeInterval(24 * 3600)
    guard now >= endOfDueDay else { return 0 }
    return Int(now.timeIntervalSince(endOfDueDay) / (24 * 3600)) + 1
  }
}
