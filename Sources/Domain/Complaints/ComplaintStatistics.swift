import Foundation

/// The counts an organization publishes about its corruption complaints (its OIT
/// complaint-statistics item): received, in progress, completed, not taken up, overdue, by
/// outcome and by what they concerned. A case counts in the half and fiscal year it was
/// received in, with its state today.
public struct ComplaintCounts: Equatable, Codable, Sendable {
  public var received = 0
  public var inProgress = 0
  public var completed = 0
  public var notTakenUp = 0
  public var overdue = 0
  public var byOutcome: [String: Int] = [:]
  public var byConcern: [String: Int] = [:]

  public init() {}

  /// The facts of one case the counts need (no content).
  public struct Fact: Sendable {
    public var state: ComplaintState
    public var outcome: ComplaintOutcome?
    public var concern: ComplaintConcern
    public var clock: ComplaintClock
    public var closedAt: Date?

    public init(
      state: ComplaintState, outcome: ComplaintOutcome?, concern: ComplaintConcern, clock: ComplaintClock,
      closedAt: Date?
    ) {
      self.state = state
      self.outcome = outcome
      self.concern = concern
      self.clock = clock
      self.closedAt = closedAt
    }
  }

  public mutating func add(_ fact: Fact, now: Date) {
    received += 1
    switch fact.state {
    case .closed: completed += 1
    case .notTakenUp: notTakenUp += 1
    default: inProgress += 1
    }
    if fact.clock.isOverdue(now: now, closedAt: fact.state.isOpen ? nil : fact.closedAt) { overdue += 1 }
    if fact.state == .closed, let outcome = fact.outcome { byOutcome[outcome.rawValue, default: 0] += 1 }
    byConcern[fact.concern.rawValue, default: 0] += 1
  }
}

/// A fiscal year's counts, each half and the whole year.
public struct ComplaintYearStatistics: Equatable, Sendable {
  public let fiscalYear: Int
  public var firstHalf = ComplaintCounts()
  public var secondHalf = ComplaintCounts()
  public var year = ComplaintCounts()

  public init(fiscalYear: Int, facts: [ComplaintCounts.Fact], now: Date) {
    self.fiscalYear = fiscalYear
    for fact in facts {
      let receivedAt = ComplaintClock.date(iso: fact.clock.receivedOn) ?? now
      if ComplaintClock.half(of: receivedAt) == 1 {
        firstHalf.add(fact, now: now)
      } else {
        secondHalf.add(fact, now: now)
      }
      year.add(fact, now: now)
    }
  }

  /// "ครึ่งปีแรก (ต.ค. 2569 – มี.ค. 2570)"
  public static func halfTitle(_ half: Int, fiscalYear: Int) -> String {
    half == 1
      ? "ครึ่งปีแรก (ต.ค. \(fiscalYear - 1) – มี.ค. \(fiscalYear))"
      : "ครึ่งปีหลัง (เม.ย. – ก.ย. \(fiscalYear))"
  }
}

/// How long a closed case keeps the complainant's identity (then it is erased, the counts
/// stay): five years unless configured otherwise.
public enum ComplaintRetention {
  public static let defaultYears = 5
  public static let allowedYears = 1...50

  /// The moment before which closed cases lose their identity.
  public static func cutoff(now: Date, years: Int) -> Date {
    ThaiCalendar.gregorian.date(byAdding: .year, value: -years, to: now) ?? now
  }
}
