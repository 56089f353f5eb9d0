import Foundation

/// A new reporting round as asked for, checked the same way for the admin page, the JSON API
/// and `sujarit rounds create`: a fiscal year (พ.ศ.), a kind (6 or 12) and a due date that
/// defaults to the kind's own.
public struct RoundRequest: Equatable, Sendable {
  public let fiscalYear: Int
  public let kind: RoundKind
  public let dueDate: Date

  public init(fiscalYear: Int, kind: RoundKind, dueDate: Date) {
    self.fiscalYear = fiscalYear
    self.kind = kind
    self.dueDate = dueDate
  }

  /// The round with its kind's default due date.
  public init(fiscalYear: Int, kind: RoundKind) {
    self.init(fiscalYear: fiscalYear, kind: kind, dueDate: kind.defaultDueDate(FiscalYear(fiscalYear)))
  }

  /// The fiscal years a round may be created for.
  public static let years = 2560...2700

  /// How a due date is written: the page takes the Thai way (30/4/2569, or ISO); the API and
  /// the command line take only a Gregorian ISO date (2026-04-30).
  public enum DateStyle: Sendable {
    case thai, iso
  }

  public static let yearMessage = "กรุณากรอกปีงบประมาณ พ.ศ. เช่น 2569 (ระหว่าง \(years.lowerBound)–\(years.upperBound))"
  public static let kindMessage = "กรุณาเลือกรอบ 6 หรือ 12 เดือน"
  static let thaiDateMessage = "กรุณากรอกวันที่เป็น วัน/เดือน/ปี พ.ศ. เช่น 30/4/2569"
  static let isoDateMessage = "กรุณาระบุกำหนดส่งเป็นวันที่ ค.ศ. แบบ ปปปป-ดด-วว เช่น 2026-04-30"

  /// Checks the fields; problems come back keyed `fiscalYear`, `kind`, `dueDate`.
  public static func validate(fiscalYear: Int?, kind: Int?, dueDate: String?, style: DateStyle) -> Result<
    RoundRequest, FieldErrors
  > {
    var errors = FieldErrors()
    let year = fiscalYear.flatMap { years.contains($0) ? $0 : nil }
    let roundKind = kind.flatMap(RoundKind.init(rawValue:))
    if year == nil { errors["fiscalYear"] = yearMessage }
    if roundKind == nil { errors["kind"] = kindMessage }
    var due: Date?
    let typed = (dueDate ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    if !typed.isEmpty {
      switch style {
      case .thai:
        due = ThaiCalendar.parse(typed)
        if due == nil { errors["dueDate"] = thaiDateMessage }
      case .iso:
        switch parseISODate(typed) {
        case .success(let date): due = date
        case .failure(let problem): errors["dueDate"] = problem.message
        }
      }
    }
    guard errors.isEmpty, let year, let roundKind else { return .failure(errors) }
    guard let due else { return .success(RoundRequest(fiscalYear: year, kind: roundKind)) }
    return .success(RoundRequest(fiscalYear: year, kind: roundKind, dueDate: due))
  }

  /// The same, with the year and kind as typed (Thai digits allowed).
  public static func validate(fiscalYear: String?, kind: String?, dueDate: String?, style: DateStyle) -> Result<
    RoundRequest, FieldErrors
  > {
    func number(_ text: String?) -> Int? {
      Int(ThaiDigits.toArabic((text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)))
    }
    return validate(fiscalYear: number(fiscalYear), kind: number(kind), dueDate: dueDate, style: style)
  }

  public struct DateProblem: Error, Equatable, Sendable {
    public let message: String
  }

  /// Reads exactly `YYYY-MM-DD` (ค.ศ., a real day) as midnight Bangkok time. A year that looks
  /// Buddhist-era (2400 or later) is refused with a message saying so.
  public static func parseISODate(_ text: String) -> Result<Date, DateProblem> {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return .failure(DateProblem(message: isoDateMessage)) }
    if year >= 2400 {
      return .failure(
        DateProblem(
          message:
            "ปี \(year) ดูเป็น พ.ศ.: กำหนดส่งต้องเป็นปี ค.ศ. เช่น \(year - ThaiCalendar.buddhistEraOffset)-\(parts[1])-\(parts[2])"
        ))
    }
    guard (1900...2200).contains(year),
      let date = ThaiCalendar.date(buddhistYear: ThaiCalendar.buddhistYear(fromGregorian: year), month: month, day: day)
    else { return .failure(DateProblem(message: isoDateMessage)) }
    return .success(date)
  }

  /// The round whose default due date is still to come: the one the demo opens (`generate`
  /// makes the rounds whose due date has passed). Candidates are last fiscal year's 12-month
  /// round and this fiscal year's two.
  public static func next(after now: Date) -> (fiscalYear: Int, kind: RoundKind) {
    let year = FiscalYear(containing: now).buddhistYear
    let candidates: [(Int, RoundKind)] = [(year - 1, .twelveMonth), (year, .sixMonth), (year, .twelveMonth)]
    return candidates.first { $0.1.defaultDueDate(FiscalYear($0.0)) > now }
      ?? (year + 1, .sixMonth)
  }
}
