import Foundation

/// An amount of Thai baht held as whole satang (1 baht = 100 satang); never floating point.
public struct Money: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let satang: Int64

  public init(satang: Int64) { self.satang = satang }
  public static let zero = Money(satang: 0)

  /// The largest amount anyone may enter: 999,999,999,999.99 baht (below 10^12 baht, far
  /// above any Thai public budget). With it, a plan's or report's sums stay exact, and the
  /// arithmetic below saturates instead of trapping for anything beyond.
  public static let maximum = Money(satang: 99_999_999_999_999)
  public static let maximumMessage = "จำนวนเงินต้องไม่เกิน 999,999,999,999.99 บาท"

  /// Parses "1,234", "1234.5", "1,234.50", "๑,๒๓๔" (baht). Rejects negatives, more than two
  /// decimals, letters and anything above `maximum`. Returns nil for anything else.
  public init?(baht text: String) {
    guard text.utf8.count <= 64 else { return nil }
    let cleaned = ThaiDigits.toArabic(text)
      .replacingOccurrences(of: ",", with: "")
      .replacingOccurrences(of: " ", with: "")
      .replacingOccurrences(of: "บาท", with: "")
    let parts = cleaned.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty,
      whole.count <= 12, whole.allSatisfy({ $0.isASCII && $0.isNumber }), let wholeValue = Int64(whole)
    else { return nil }
    var fraction = parts.count == 2 ? String(parts[1]) : ""
    guard fraction.count <= 2, fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    if parts.count == 2 && fraction.isEmpty { return nil }
    while fraction.count < 2 { fraction += "0" }
    guard let fractionValue = Int64(fraction) else { return nil }
    // 12 digits × 100 + 99 is below 10^14: no overflow is possible here.
    satang = wholeValue * 100 + fractionValue
  }

  /// Why a typed amount was refused, in Thai, or nil when `text` is a valid amount.
  /// Distinguishes "too large" from "not a number", so the person knows what to fix.
  public static func problem(parsing text: String) -> String? {
    if Money(baht: text) != nil { return nil }
    let digits = ThaiDigits.toArabic(text).filter { $0 != "," && $0 != " " }
    let whole = digits.split(separator: ".", omittingEmptySubsequences: false).first ?? ""
    if whole.count > 12, whole.allSatisfy({ $0.isASCII && $0.isNumber }) { return maximumMessage }
    return "กรุณากรอกจำนวนเงินเป็นตัวเลข ไม่ติดลบ ทศนิยมไม่เกิน 2 ตำแหน่ง เช่น 15,000.50"
  }

  /// Whether the amount is one a person may enter (0 … `maximum`).
  public var isWithinLimit: Bool { satang >= 0 && satang <= Money.maximum.satang }

  /// "595,655.00" (a minus sign in front of a negative amount).
  public var formatted: String {
    let magnitude = satang.magnitude
    return (satang < 0 ? "-" : "") + Money.groupThousands(String(magnitude / 100)) + "." + Money.cents(magnitude)
  }

  /// "595655.00", for JSON and CSV.
  public var decimalString: String {
    let magnitude = satang.magnitude
    return (satang < 0 ? "-" : "") + "\(magnitude / 100)." + Money.cents(magnitude)
  }

  public var description: String { formatted + " บาท" }

  /// Adds, saturating at the bounds of Int64 instead of trapping. Entered amounts are
  /// bounded by `maximum`, so a real sum never gets near; stored or imported data that
  /// somehow does must still not stop the server.
  public static func + (lhs: Money, rhs: Money) -> Money {
    let (sum, overflow) = lhs.satang.addingReportingOverflow(rhs.satang)
    guard overflow else { return Money(satang: sum) }
    return Money(satang: rhs.satang > 0 ? .max : .min)
  }

  public static func < (lhs: Money, rhs: Money) -> Bool { lhs.satang < rhs.satang }

  /// The sum of any number of amounts (saturating).
  public static func sum<S: Sequence>(_ amounts: S) -> Money where S.Element == Money {
    var total = Int128(0)
    for amount in amounts { total += Int128(amount.satang) }
    return Money(satang: Int64(clamping: total))
  }

  private static func cents(_ magnitude: UInt64) -> String {
    let rest = magnitude % 100
    return rest < 10 ? "0\(rest)" : "\(rest)"
  }

  static func groupThousands(_ digits: String) -> String {
    var out = ""
    for (index, ch) in digits.reversed().enumerated() {
      if index > 0 && index % 3 == 0 { out.append(",") }
      out.append(ch)
    }
    return String(out.reversed())
  }
}
