import Foundation

/// The 7-digit code the Department of Local Administration gives each LAO.
/// Digits 2–3 are the province code. The type is NOT derivable from the code.
public struct DLACode: Hashable, Sendable, CustomStringConvertible {
  public let value: String

  /// Accepts exactly seven ASCII or Thai digits, surrounding spaces ignored.
  public init?(_ raw: String) {
    let text = ThaiDigits.toArabic(raw.trimmingCharacters(in: .whitespaces))
    guard text.count == 7, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    value = text
  }

  public var provinceCode: String { String(value.dropFirst().prefix(2)) }
  public var description: String { value }
}
