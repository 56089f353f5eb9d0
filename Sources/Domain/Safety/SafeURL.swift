import Foundation

/// Which URLs a page may link to or load, and which paths a redirect may go to.
public enum SafeURL {
  /// Schemes a link may carry; anything else (`javascript:`, `data:`, `vbscript:` …) is refused.
  public static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel"]

  /// The value for an `href`/`src`/`action` attribute: the URL itself when it is relative or
  /// uses an allowed scheme, otherwise `#`. Browsers ignore tabs and line breaks inside a URL
  /// and leading spaces or control characters, so those are looked through when finding the
  /// scheme; a URL containing any control character is refused outright.
  public static func attributeValue(_ url: String) -> String {
    isAllowedLink(url) ? url : "#"
  }

  public static func isAllowedLink(_ url: String) -> Bool {
    if url.unicodeScalars.contains(where: { isControl($0) }) { return false }
    let trimmed = url.unicodeScalars.drop(while: { $0 == " " })
    var scheme = ""
    for scalar in trimmed {
      if scalar == ":" { return allowedSchemes.contains(scheme.lowercased()) }
      if scalar == "/" || scalar == "?" || scalar == "#" { return true }
      scheme.unicodeScalars.append(scalar)
    }
    return true
  }

  /// A same-site path to send someone to after signing in, or nil. It must start with one
  /// `/` (not `//` or `/\`, which browsers read as another site), hold no control characters
  /// or spaces (a CR/LF would end the Location header), and stay under 2,000 characters.
  public static func localPath(_ candidate: String?) -> String? {
    guard let candidate, candidate.hasPrefix("/"), !candidate.hasPrefix("//"), !candidate.hasPrefix("/\\"),
      candidate.utf8.count <= 2_000,
      !candidate.unicodeScalars.contains(where: { isControl($0) || $0 == " " || $0 == "\\" })
    else { return nil }
    // Non-ASCII (Thai district names) is percent-encoded so the header stays ASCII.
    guard candidate.unicodeScalars.allSatisfy(\.isASCII) else {
      var encoded = ""
      for scalar in candidate.unicodeScalars {
        if scalar.isASCII {
          encoded.unicodeScalars.append(scalar)
        } else {
          for byte in String(scalar).utf8 { encoded += percentEncoded(byte) }
        }
      }
      return encoded
    }
    return candidate
  }

  /// C0 and C1 control characters and DEL; also the Unicode line and paragraph separators.
  public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
  }

  /// `%E0` for the byte 0xE0.
  static func percentEncoded(_ byte: UInt8) -> String {
    let digits: [Character] = Array("0123456789ABCDEF")
    return "%" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
  }
}
