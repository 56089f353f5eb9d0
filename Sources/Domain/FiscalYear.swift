import Foundation

/// Thai government fiscal year N (พ.ศ.): 1 October of N−1 to 30 September of N.
public struct FiscalYear: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Buddhist-era year, e.g. 2566.
  public let buddhistYear: Int

  /// Years far outside any real one are clamped (no date arithmetic can then overflow).
  public init(_ buddhistYear: Int) { self.buddhistYear = min(max(buddhistYear, 1), 100_000) }

  /// The fiscal year a moment falls in (judged in Bangkok time).
  /// The years a typed fiscal year may name (Thai or Arabic digits).
  public static let typedRange = 2500...2700

  /// A fiscal year as typed in a form, a query or a path ("2570", "๒๕๗๐"): four digits in
  /// `typedRange`, else nil.
  public static func parse(typed: String) -> Int? {
    guard typed.count <= 4, let year = Int(ThaiDigits.toArabic(typed)), typedRange.contains(year) else { return nil }
    return year
  }

  public init(containing date: Date) {
    let (year, month, _) = ThaiCalendar.components(of: date)
    self.init(month >= 10 ? year + 1 : year)
  }

  /// 1 October of the previous year, 00:00 Bangkok.
  public var start: Date {
    ThaiCalendar.date(buddhistYear: buddhistYear - 1, month: 10, day: 1) ?? Date(timeIntervalSince1970: 0)
  }
  /// 1 October of this year, 00:00 Bangkok: the first moment after the fiscal year.
  public var endExclusive: Date { FiscalYear(buddhistYear + 1).start }
  /// 30 September, the last day.
  public var lastDay: Date {
    ThaiCalendar.date(buddhistYear: buddhistYear, month: 9, day: 30) ?? Date(timeIntervalSince1970: 0)
  }

  public func contains(_ date: Date) -> Bool { date >= start && date < endExclusive }

  public var description: String { "ปีงบประมาณ พ.ศ. \(buddhistYear)" }

  public static func < (lhs: FiscalYear, rhs: FiscalYear) -> Bool {
    lhs.buddhistYear < rhs.buddhistYear
  }
}
