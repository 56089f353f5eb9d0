import Foundation

/// The complainant's only way back to the case: 20 characters of Crockford base32 (100 random
/// bits), shown in groups of four so it can be read aloud or written down ("7KQ2-M9XD-…").
/// Only a keyed digest of it is stored.
public struct ComplaintReceipt: Equatable, Sendable, CustomStringConvertible {
  public static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
  public static let length = 20
  public static let bits = length * 5

  /// The 20 characters without separators.
  public let code: String

  /// A fresh receipt from the system's secure random source.
  public static func random() -> ComplaintReceipt {
    var generator = SystemRandomNumberGenerator()
    return random(using: &generator)
  }

  public static func random<G: RandomNumberGenerator>(using generator: inout G) -> ComplaintReceipt {
    ComplaintReceipt(code: String((0..<length).map { _ in alphabet[Int(generator.next() % 32)] }))
  }

  private init(code: String) { self.code = code }

  /// Reads what a person typed: any case, spaces and dashes ignored, and the look-alikes
  /// Crockford allows (O for 0, I and L for 1). Nil unless exactly a receipt's length.
  public init?(typed text: String) {
    guard text.utf8.count <= 80 else { return nil }
    var code = ""
    for character in text.uppercased() {
      switch character {
      case " ", "-", "\t", "\n", "\r", "\u{00A0}": continue
      case "O": code.append("0")
      case "I", "L": code.append("1")
      default:
        guard Self.alphabet.contains(character) else { return nil }
        code.append(character)
      }
    }
    guard code.count == Self.length else { return nil }
    self.code = code
  }

  /// "7KQ2-M9XD-4T0B-8WZR-CPEA"
  public var grouped: String {
    stride(from: 0, to: code.count, by: 4).map { start -> String in
      let from = code.index(code.startIndex, offsetBy: start)
      return String(code[from..<code.index(from, offsetBy: 4)])
    }.joined(separator: "-")
  }

  public var description: String { "ComplaintReceipt(…)" }
}
