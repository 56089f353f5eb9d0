import Foundation

/// The programme's two courses (seed 003 activities 4 and 5).
public enum PaccCourse: String, CaseIterable, Codable, Sendable {
  case officials, privateSector = "private_sector"

  public var thaiName: String {
    switch self {
    case .officials: return "หลักสูตรเสริมสร้างธรรมาภิบาลต่อต้านการทุจริต"
    case .privateSector: return "หลักสูตรบรรษัทภิบาลต่อต้านการทุจริต"
    }
  }

  public var audience: String {
    switch self {
    case .officials: return "เจ้าหน้าที่ของรัฐ"
    case .privateSector: return "ภาคเอกชน นิติบุคคล ผู้ยื่นข้อเสนอในการจัดซื้อจัดจ้าง และภาคส่วนอื่น"
    }
  }

  /// Trainees each office should reach per session year (seed 003: ≥ 60 and ≥ 30 per region).
  public var perOfficeTarget: Int { self == .officials ? 60 : 30 }
}

/// A trainee's result: present, a score, and the session's pass mark.
public enum PaccTraining {
  public static let maxScore = 100
  public static let defaultPassMark = 60

  public static func passed(attended: Bool, score: Int?, passMark: Int) -> Bool {
    guard attended, let score else { return false }
    return score >= passMark
  }

  /// A score typed in a form ("", "85", "๘๕"): nil when blank, an error when not 0–100.
  public static func score(_ text: String) -> Result<Int?, PaccRefusal> {
    let digits = ThaiDigits.toArabic(text).trimmingCharacters(in: .whitespaces)
    if digits.isEmpty { return .success(nil) }
    guard digits.count <= 3, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(digits),
      value <= maxScore
    else { return .failure(PaccRefusal("คะแนนต้องเป็นตัวเลข 0–100")) }
    return .success(value)
  }
}

/// Certificate numbers and their verification codes. Numbers run in sequence per year and
/// office ("2567-05-00012"), so anyone could guess one: a check needs the random code printed
/// beside it too, and a wrong pair answers exactly like an unknown number.
public enum PaccCertificateNumber {
  /// Crockford's alphabet without look-alikes (no 0/O, 1/I/L, U).
  static let alphabet = Array("23456789ABCDEFGHJKMNPQRSTVWXYZ")
  public static let codeLength = 10

  public static func make(fiscalYear: Int, office: PaccOffice, sequence: Int) -> String {
    let seq = String(sequence)
    return "\(fiscalYear)-\(office.number < 10 ? "0" : "")\(office.number)-"
      + String(repeating: "0", count: max(0, 5 - seq.count)) + seq
  }

  public static func randomCode<G: RandomNumberGenerator>(using generator: inout G) -> String {
    String((0..<codeLength).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
  }

  public static func randomCode() -> String {
    var generator = SystemRandomNumberGenerator()
    return randomCode(using: &generator)
  }

  /// A number as typed: Thai digits read, spaces dropped; nil unless it has the shape.
  public static func normalizedNumber(_ text: String) -> String? {
    let cleaned = ThaiDigits.toArabic(text).filter { !$0.isWhitespace }
    let parts = cleaned.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 5,
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
    else { return nil }
    return cleaned
  }

  /// A code as typed: case, spaces and dashes ignored; nil unless it has the shape.
  public static func normalizedCode(_ text: String) -> String? {
    let cleaned = text.uppercased().filter { !$0.isWhitespace && $0 != "-" }
    guard cleaned.count == codeLength, cleaned.allSatisfy({ alphabet.contains($0) }) else { return nil }
    return cleaned
  }

  /// "ABCDE-FGHJK", as printed.
  public static func printed(_ code: String) -> String {
    guard code.count == codeLength else { return code }
    return String(code.prefix(5)) + "-" + String(code.suffix(5))
  }
}
