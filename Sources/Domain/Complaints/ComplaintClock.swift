import Foundation

/// The 15-day clock of seed 004: a complaint is dealt with within 15 days of its receipt, or
/// the complainant is told why not. Days are Bangkok calendar days; the due date is the
/// fifteenth day after the day of receipt, and a case is overdue from the day after it.
public struct ComplaintClock: Equatable, Sendable {
  public static let days = 15

  /// The Bangkok day of receipt and the due day, as ISO dates ("2026-12-01"): stored as text
  /// so SQL compares them on either database.
  public let receivedOn: String
  public let dueOn: String

  public init(receivedAt: Date) {
    receivedOn = ThaiCalendar.isoDate(receivedAt)
    dueOn = ThaiCalendar.isoDate(Self.day(receivedAt, plus: Self.days))
  }

  public init(receivedOn: String, dueOn: String) {
    self.receivedOn = receivedOn
    self.dueOn = dueOn
  }

  /// Whether the case is past its due day: an open case on `now`'s Bangkok day, a closed one
  /// on the day it closed.
  public func isOverdue(now: Date, closedAt: Date?) -> Bool {
    ThaiCalendar.isoDate(closedAt ?? now) > dueOn
  }

  /// Days left until the due day (0 on the day itself, negative once overdue).
  public func daysLeft(now: Date) -> Int {
    guard let due = Self.date(iso: dueOn), let today = Self.date(iso: ThaiCalendar.isoDate(now)) else { return 0 }
    return ThaiCalendar.gregorian.dateComponents([.day], from: today, to: due).day ?? 0
  }

  /// The due day as a date (Bangkok midnight), for showing it.
  public var dueDate: Date? { Self.date(iso: dueOn) }

  static func day(_ date: Date, plus days: Int) -> Date {
    ThaiCalendar.gregorian.date(byAdding: .day, value: days, to: date) ?? date
  }

  static func date(iso: String) -> Date? {
    let parts = iso.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3 else { return nil }
    return ThaiCalendar.date(
      buddhistYear: ThaiCalendar.buddhistYear(fromGregorian: parts[0]), month: parts[1], day: parts[2])
  }

  /// The half of the fiscal year a day falls in: 1 for October–March, 2 for April–September.
  public static func half(of date: Date) -> Int {
    let month = ThaiCalendar.components(of: date).month
    return (4...9).contains(month) ? 2 : 1
  }
}
