import Foundation

/// กรุงเทพมหานคร's own code scheme (ours, not the DLA's). Every code starts with 1 — DLA codes
/// start with their type digit 2–6 — and has province digits 10, where the DLA registry has no
/// organization at all, so no code here can clash with a DLA code:
///
/// - `1100000` the BMA itself;
/// - `11010NN` district office NN (the official district number 01–50);
/// - `1102NNN` any further unit (department — สำนัก —, secretariat, …), NNN = 001–999,
///   given by national admins.
public enum BangkokUnits {
  public static let bangkokCode = "1100000"
  public static let unitPrefix = "1102"
  public static let maxNameLength = 200

  /// Whether `code` belongs to the BMA's scheme at all (itself, a district office or a unit).
  public static func isBangkokCode(_ code: String) -> Bool { code.hasPrefix("110") && code.count == 7 }

  /// The code of further unit `number` (1–999), e.g. 1 → "1102001".
  public static func unitCode(_ number: Int) -> String? {
    (1...999).contains(number) ? unitPrefix + String(format: "%03d", number) : nil
  }

  /// The lowest free unit code, given the codes in use.
  public static func nextUnitCode(taken: Set<String>) -> String? {
    (1...999).lazy.compactMap(unitCode).first { !taken.contains($0) }
  }

  /// A new unit as typed by the admin: the code (empty = the next free one) and the Thai name.
  /// Returns the code and cleaned name, or a Thai message per field ("code", "name").
  public static func validate(code typed: String, name typedName: String, taken: Set<String>, names: Set<String>)
    -> Result<(code: String, name: String), FieldErrors>
  {
    var errors = FieldErrors()
    let code = ThaiDigits.toArabic(typed.trimmingCharacters(in: .whitespacesAndNewlines))
    let name = typedName.split(whereSeparator: \.isNewline).joined(separator: " ")
      .trimmingCharacters(in: .whitespaces)
    var chosen: String?
    if code.isEmpty {
      chosen = nextUnitCode(taken: taken)
      if chosen == nil { errors["code"] = "รหัสหน่วยงาน 1102001–1102999 ถูกใช้หมดแล้ว" }
    } else if code.count != 7 || !code.allSatisfy({ $0.isASCII && $0.isNumber }) || !code.hasPrefix(unitPrefix)
      || code == unitPrefix + "000"
    {
      errors["code"] = "รหัสหน่วยงานต้องเป็นตัวเลข 7 หลักในช่วง 1102001–1102999 (เว้นว่างให้ระบบกำหนด)"
    } else if taken.contains(code) {
      errors["code"] = "รหัส \(code) มีอยู่แล้ว"
    } else {
      chosen = code
    }
    if name.isEmpty || name.count > maxNameLength {
      errors["name"] = "กรุณากรอกชื่อหน่วยงานเป็นภาษาไทย (1–\(maxNameLength) ตัวอักษร) เช่น สำนักการโยธา"
    } else if !name.unicodeScalars.contains(where: { (0x0E01...0x0E5B).contains($0.value) }) {
      errors["name"] = "ชื่อหน่วยงานต้องเป็นภาษาไทย เช่น สำนักการโยธา"
    } else if names.contains(name) {
      errors["name"] = "มีหน่วยงานชื่อ \(name) ใน กรุงเทพมหานคร อยู่แล้ว"
    }
    guard errors.isEmpty, let chosen else { return .failure(errors) }
    return .success((chosen, name))
  }
}
