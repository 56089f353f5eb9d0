import Foundation

/// Values that go into HTTP headers.
public enum HeaderValue {
  /// Whether a value can be written into a header as it is: no CR, LF, NUL or other control
  /// character (a tab is allowed, as HTTP allows it).
  public static func isSafe(_ value: String) -> Bool {
    !value.unicodeScalars.contains { $0 != "\t" && SafeURL.isControl($0) }
  }

  /// `Content-Disposition: attachment` for a download named `fileName` (Thai allowed): an
  /// ASCII fallback name plus the exact name in RFC 5987 form. Control characters, quotes,
  /// backslashes, slashes and semicolons never reach the header.
  public static func attachment(fileName: String) -> String { disposition("attachment", fileName: fileName) }

  /// The same, for a file the browser shows itself (an image, a PDF).
  public static func inline(fileName: String) -> String { disposition("inline", fileName: fileName) }

  /// A file name as a person's upload gave it, made safe to keep and show: no control
  /// characters, no path (only what follows the last `/` or `\\`), no characters Windows
  /// refuses, at most 200 characters (the end, where the extension is, is kept).
  public static func cleanFileName(_ raw: String, fallback: String) -> String {
    let lastPart = raw.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
    let kept = String(
      String.UnicodeScalarView(
        lastPart.unicodeScalars.filter { !SafeURL.isControl($0) && !"\":*?<>|;".unicodeScalars.contains($0) })
    )
    .trimmingCharacters(in: .whitespaces)
    let name = String(kept.suffix(200))
    return name.isEmpty || name == "." || name == ".." ? fallback : name
  }

  private static func disposition(_ kind: String, fileName: String) -> String {
    let name = String(cleanFileName(fileName, fallback: "download").prefix(150))
    let fallback = String(
      String.UnicodeScalarView(
        name.unicodeScalars.map { scalar in
          scalar.isASCII && scalar.value >= 0x20 && scalar != "%" ? scalar : "_"
        }))
    var encoded = ""
    for byte in name.utf8 {
      let isPlain =
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        || "-._~".utf8.contains(byte)
      encoded += isPlain ? String(UnicodeScalar(byte)) : SafeURL.percentEncoded(byte)
    }
    return "\(kind); filename=\"\(fallback)\"; filename*=UTF-8''\(encoded)"
  }
}
