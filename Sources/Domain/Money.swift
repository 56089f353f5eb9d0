import Foundation

/// An amount of Thai baht held as whole satang (1 baht = 100 satang); never floating point.
public struct Money: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let satang: Int64

  public init(satang: Int64) { self.satang = satang }
  public static let zero = Money(satang: 0)

  /// Parses "1,234", "1234.5", "1,234.50", "๑,๒๓๔" (baht). Rejects negatives, more
  /// than two decimals, letters and absurd sizes. Returns nil for anything else.
  public init?(baht text: String) {
    let cleaned = ThaiDigits.toArabic(text)
      .replacingOccurrences(of: ",", with: "")
      .replacingOccurrences(of: " ", with: "")
      .replacingOccurrences(of: "บาท", with: "")
    let parts = cleaned.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty,
      whole.count <= 13, whole.allSatisfy({ $0.isASCII && $0.isNumber })
    else { return nil }
    var fraction = parts.count == 2 ? String(parts[1]) : ""
    guard fraction.count <= 2, fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    if parts.count == 2 && fraction.isEmpty { return nil }
    while fraction.count < 2 { fraction += "0" }
    satang = Int64(whole)! * 100 + Int64(fraction)!
  }

  /// "595,655.00"
  public var formatted: String {
    let baht = satang / 100
    let rest = satang % 100
    return Money.groupThousands(String(baht)) + "." + (rest < 10 ? "0\(rest)" : "\(rest)")
  }

  /// "595655.00", for JSON and CSV.
  public var decimalString: String {
    let rest = satang % 100
    return "\(satang / 100)." + (rest < 10 ? "0\(rest)" : "\(rest)")
  }

  public var description: String { formatted + " บาท" }

  public static func + (lhs: Money, rhs: Money) -> Money { Money(satang: lhs.satang + rhs.satang) }
  public static func < (lhs: Money, rhs: Money) -> Bool { lhs.satang < rhs.satang }

  static func groupThousands(_ digits: String) -> String {
    var out = ""
    for (index, ch) in digits.reversed().enumerated() {
      if index > 0 && index % 3 == 0 { out.append(",") }
      out.append(ch)
    }
    return String(out.reversed())
  }
}
