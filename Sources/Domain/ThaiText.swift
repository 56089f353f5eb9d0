/// Text from Thai Windows programs: Excel on a Thai Windows saves "CSV" in Windows-874
/// (TIS-620 plus a few punctuation marks), not UTF-8.
public enum ThaiText {
  /// Decodes UTF-8 (with or without BOM) or, failing that, Windows-874.
  public static func decode(_ bytes: [UInt8]) -> String {
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    var out = String.UnicodeScalarView()
    for byte in bytes {
      let value: UInt32
      switch byte {
      case 0x00..<0x80: value = UInt32(byte)
      case 0x80: value = 0x20AC
      case 0x85: value = 0x2026
      case 0x91: value = 0x2018
      case 0x92: value = 0x2019
      case 0x93: value = 0x201C
      case 0x94: value = 0x201D
      case 0x95: value = 0x2022
      case 0x96: value = 0x2013
      case 0x97: value = 0x2014
      case 0xA0: value = 0x00A0
      case 0xA1...0xDA, 0xDF...0xFB: value = UInt32(byte) + 0x0D60
      default: value = 0xFFFD
      }
      out.append(Unicode.Scalar(value)!)
    }
    return String(out)
  }

  /// The text without invisible characters (zero-width spaces and joiners, soft hyphens,
  /// byte-order marks), which Thai typing tools leave between words.
  public static func withoutInvisibles(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.filter { !invisible.contains($0.value) }))
  }

  static let invisible: Set<UInt32> = [0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF]
}
