import Foundation

/// Buddhist-era dates as Thai officials write them. All wall-clock work is done in
/// Bangkok time (UTC+7, no daylight saving); storage stays UTC.
public enum ThaiCalendar {
  public static let buddhistEraOffset = 543
  public static let bangkok = TimeZone(secondsFromGMT: 7 * 3600)!

  public static let monthNames = [
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
  ]
  public static let shortMonthNames = [
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
  ]

  public static var gregorian: Calendar {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = bangkok
    return calendar
  }

  public static func buddhistYear(fromGregorian year: Int) -> Int { year + buddhistEraOffset }
  public static func gregorianYear(fromBuddhist year: Int) -> Int { year - buddhistEraOffset }

  /// Year, month and day of `date` in Bangkok, with the Buddhist-era year.
  public static func components(of date: Date) -> (year: Int, month: Int, day: Int) {
    let parts = gregorian.dateComponents([.year, .month, .day], from: date)
    return (buddhistYear(fromGregorian: parts.year!), parts.month!, parts.day!)
  }

  /// "14 กุมภาพันธ์ 2566"
  public static func longDate(_ date: Date, thaiDigits: Bool = false) -> String {
    let (year, month, day) = components(of: date)
    let text = "\(day) \(monthNames[month - 1]) \(year)"
    return thaiDigits ? ThaiDigits.convert(text) : text
  }

  /// "14 ก.พ. 66"
  public static func shortDate(_ date: Date, thaiDigits: Bool = false) -> String {
    let (year, month, day) = components(of: date)
    let text = "\(day) \(shortMonthNames[month - 1]) \(String(format: "%02d", year % 100))"
    return thaiDigits ? ThaiDigits.convert(text) : text
  }

  /// "14 ก.พ. 66 เวลา 09:05 น."
  public static func shortDateTime(_ date: Date) -> String {
    let parts = gregorian.dateComponents([.hour, .minute], from: date)
    return "\(shortDate(date)) เวลา \(String(format: "%02d:%02d", parts.hour!, parts.minute!)) น."
  }

  /// Midnight in Bangkok at the start of the given Buddhist-era day.
  public static func date(buddhistYear: Int, month: Int, day: Int) -> Date? {
    let parts = DateComponents(
      year: gregorianYear(fromBuddhist: buddhistYear), month: month, day: day)
    guard let date = gregorian.date(from: parts) else { return nil }
    let check = gregorian.dateComponents([.month, .day], from: date)
    return check.month == month && check.day == day ? date : nil
  }
}

/// Thai numerals (๐–๙) for official print; screens use Arabic digits.
public enum ThaiDigits {
  private static let digits: [Character] = ["๐", "๑", "๒", "๓", "๔", "๕", "๖", "๗", "๘", "๙"]

  public static func convert(_ text: String) -> String {
    String(text.map { ch in ch.isASCII && ch.isNumber ? digits[Int(String(ch))!] : ch })
  }

  /// Turns Thai numerals back into Arabic ones, e.g. for typed input.
  public static func toArabic(_ text: String) -> String {
    String(text.map { ch in digits.firstIndex(of: ch).map { Character(String($0)) } ?? ch })
  }
}
