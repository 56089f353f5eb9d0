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
    // Foundation answers Int.max for dates beyond its range; keep the year where +543 is safe.
    let year = min(max(parts.year ?? 1970, -1_000_000), 1_000_000)
    return (buddhistYear(fromGregorian: year), min(max(parts.month ?? 1, 1), 12), parts.day ?? 1)
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
  public static func shortDateTime(_ date: Date) -> String { "\(shortDate(date)) \(clockTime(date))" }

  /// "14 กุมภาพันธ์ 2566 เวลา 09:05 น."
  public static func longDateTime(_ date: Date) -> String { "\(longDate(date)) \(clockTime(date))" }

  private static func clockTime(_ date: Date) -> String {
    let parts = gregorian.dateComponents([.hour, .minute], from: date)
    return "เวลา \(String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)) น."
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

extension ThaiCalendar {
  /// Reads a date typed the Thai way, "1/10/2566" (day/month/พ.ศ.), Thai digits allowed, or
  /// ISO "2023-10-01" (ค.ศ.). Returns midnight Bangkok time, or nil if it is not a real date.
  public static func parse(_ text: String) -> Date? {
    let cleaned = ThaiDigits.toArabic(text).trimmingCharacters(in: .whitespaces)
    if cleaned.contains("-") {
      let parts = cleaned.split(separator: "-").compactMap { Int($0) }
      guard parts.count == 3, (1900...2200).contains(parts[0]) else { return nil }
      return date(buddhistYear: buddhistYear(fromGregorian: parts[0]), month: parts[1], day: parts[2])
    }
    let parts = cleaned.split(separator: "/").compactMap { Int($0) }
    guard parts.count == 3, (2400...2700).contains(parts[2]) else { return nil }
    return date(buddhistYear: parts[2], month: parts[1], day: parts[0])
  }

  /// ISO "2023-10-01" (ค.ศ.) of the Bangkok day, the other form `parse` reads back.
  public static func isoDate(_ date: Date) -> String {
    let (year, month, day) = components(of: date)
    return String(format: "%04d-%02d-%02d", gregorianYear(fromBuddhist: year), month, day)
  }

  /// "1/10/2566", the form `parse` reads back.
  public static func numericDate(_ date: Date) -> String {
    let (year, month, day) = components(of: date)
    return "\(day)/\(month)/\(year)"
  }
}

/// When an organization exists: it may be created (e.g. an upgraded municipality) or
/// merged away; monitors expect reports only from organizations active on a due date.
public enum OrganizationLifecycleRules {
  public static func validate(from: String, until: String) -> Result<(from: Date?, until: Date?), FieldErrors> {
    var errors = FieldErrors()
    let message = "กรุณากรอกวันที่เป็น วัน/เดือน/ปี พ.ศ. เช่น 1/10/2566"
    let start = from.trimmingCharacters(in: .whitespaces).isEmpty ? nil : ThaiCalendar.parse(from)
    let end = until.trimmingCharacters(in: .whitespaces).isEmpty ? nil : ThaiCalendar.parse(until)
    if start == nil && !from.trimmingCharacters(in: .whitespaces).isEmpty { errors["activeFrom"] = message }
    if end == nil && !until.trimmingCharacters(in: .whitespaces).isEmpty { errors["activeUntil"] = message }
    if let start, let end, end < start { errors["activeUntil"] = "วันสิ้นสภาพต้องไม่ก่อนวันจัดตั้ง" }
    return errors.isEmpty ? .success((start, end)) : .failure(errors)
  }
}
