import Foundation
import Vapor

/// Random secrets and their stored digests.
enum Tokens {
  /// 32 random bytes as URL-safe base64: for session and CSRF cookies.
  static func random() -> String {
    var generator = SystemRandomNumberGenerator()
    let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    return Data(bytes).base64EncodedString()
      .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
      .replacingOccurrences(of: "=", with: "")
  }

  /// Characters `random()` produces (URL-safe base64).
  static func isTokenCharacter(_ character: Character) -> Bool {
    character.isASCII && (character.isLetter || character.isNumber || character == "-" || character == "_")
  }

  /// A code people type from a printed letter: 10 characters, no look-alikes (0/O, 1/I/L).
  static func activationCode() -> String {
    let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")
    var generator = SystemRandomNumberGenerator()
    return String((0..<10).map { _ in alphabet.randomElement(using: &generator)! })
  }

  /// Activation codes are typed by hand: ignore case, spaces and dashes.
  static func normalizedActivationCode(_ text: String) -> String {
    text.uppercased().filter { $0.isLetter || $0.isNumber }
  }

  static func sha256(_ text: String) -> String {
    SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
  }

  /// Compares secrets without an early exit that would leak their length of agreement.
  static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
    let left = Array(a.utf8)
    let right = Array(b.utf8)
    guard left.count == right.count else { return false }
    return zip(left, right).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
  }
}
