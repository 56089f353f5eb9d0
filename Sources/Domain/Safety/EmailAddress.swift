/// An e-mail address checked strictly enough to be written into a mail header, an SMTP
/// command and a `mailto:` link as it is: ASCII only (a Thai domain is written in its
/// `xn--` form), local part of letters, digits and `. _ % + -`, a domain of at least two
/// labels, at most 254 characters in all. No spaces, quotes, angle brackets or control
/// characters can pass.
public struct EmailAddress: Hashable, Sendable, CustomStringConvertible {
  public let value: String

  public init?(_ text: String) {
    guard text.utf8.count <= 254, text.unicodeScalars.allSatisfy(\.isASCII) else { return nil }
    let parts = text.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, Self.isLocalPart(parts[0]), Self.isDomain(parts[1]) else { return nil }
    value = text
  }

  public var description: String { value }

  public static let invalidMessage = "รูปแบบอีเมลไม่ถูกต้อง เช่น saraban@example.go.th"

  private static func isLocalPart(_ local: Substring) -> Bool {
    guard (1...64).contains(local.count), local.first != ".", local.last != ".", !local.contains("..") else {
      return false
    }
    return local.unicodeScalars.allSatisfy { isLetterOrDigit($0) || "._%+-".unicodeScalars.contains($0) }
  }

  private static func isDomain(_ domain: Substring) -> Bool {
    let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
    guard labels.count >= 2, domain.count <= 253 else { return false }
    for label in labels {
      guard (1...63).contains(label.count), label.first != "-", label.last != "-",
        label.unicodeScalars.allSatisfy({ isLetterOrDigit($0) || $0 == "-" })
      else { return false }
    }
    guard let top = labels.last else { return false }
    return top.hasPrefix("xn--") || top.unicodeScalars.allSatisfy { $0.properties.isAlphabetic }
  }

  private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
  }
}
