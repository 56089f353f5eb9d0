import Foundation

/// The editable profile of an organization, as validated values.
public struct OrganizationProfile: Equatable, Sendable {
  public var address: String?
  public var areaKm2: Double?
  public var population: Int?
  public var income: Money?
  public var executiveName: String?
  public var executivePosition: String?
  public var clerkName: String?
  public var coordinatorName: String?
  public var coordinatorPosition: String?
  public var coordinatorPhone: String?
  public var coordinatorEmail: String?

  public init() {}

  /// Field name → value as text, for audit before/after records.
  public var fields: [String: String] {
    var out: [String: String] = [:]
    out["address"] = address
    out["area_km2"] = areaKm2.map { String($0) }
    out["population"] = population.map(String.init)
    out["income"] = income?.decimalString
    out["executive_name"] = executiveName
    out["executive_position"] = executivePosition
    out["clerk_name"] = clerkName
    out["coordinator_name"] = coordinatorName
    out["coordinator_position"] = coordinatorPosition
    out["coordinator_phone"] = coordinatorPhone
    out["coordinator_email"] = coordinatorEmail
    return out
  }
}

/// Checks what a person typed into the profile form. Errors are keyed by form field name
/// and worded in Thai for the person who typed them.
public enum OrganizationProfileRules {
  public static func validate(_ input: [String: String]) -> Result<OrganizationProfile, FieldErrors> {
    var errors = FieldErrors()
    var profile = OrganizationProfile()
    func text(_ key: String, max: Int = 200) -> String? {
      let value = (input[key] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
      if value.count > max { errors[key] = "ยาวเกิน \(max) ตัวอักษร" }
      return value.isEmpty ? nil : value
    }
    profile.address = text("address", max: 500)
    profile.executiveName = text("executiveName")
    profile.executivePosition = text("executivePosition")
    profile.clerkName = text("clerkName")
    profile.coordinatorName = text("coordinatorName")
    profile.coordinatorPosition = text("coordinatorPosition")

    if let raw = text("areaKm2") {
      let cleaned = ThaiDigits.toArabic(raw).replacingOccurrences(of: ",", with: "")
      if let area = Double(cleaned), area >= 0, area < 100_000, area.isFinite {
        profile.areaKm2 = area
      } else {
        errors["areaKm2"] = "กรุณากรอกพื้นที่เป็นตัวเลข ตารางกิโลเมตร เช่น 45.5"
      }
    }
    if let raw = text("population") {
      let cleaned = ThaiDigits.toArabic(raw).replacingOccurrences(of: ",", with: "")
      if let population = Int(cleaned), population >= 0, population < 20_000_000 {
        profile.population = population
      } else {
        errors["population"] = "กรุณากรอกจำนวนประชากรเป็นจำนวนเต็ม เช่น 12,345"
      }
    }
    if let raw = text("income") {
      if let income = Money(baht: raw) {
        profile.income = income
      } else {
        errors["income"] =
          Money.problem(parsing: raw) == Money.maximumMessage
          ? Money.maximumMessage : "กรุณากรอกรายได้เป็นจำนวนเงินบาท เช่น 25,000,000.00"
      }
    }
    if let raw = text("coordinatorPhone", max: 40) {
      let digits = ThaiDigits.toArabic(raw).filter(\.isNumber)
      let allowed = CharacterSet(charactersIn: "0123456789๐๑๒๓๔๕๖๗๘๙ -+(),/ต่อ")
      if digits.count >= 9 && digits.count <= 30 && raw.unicodeScalars.allSatisfy(allowed.contains) {
        profile.coordinatorPhone = raw
      } else {
        errors["coordinatorPhone"] = "กรุณากรอกหมายเลขโทรศัพท์ให้ถูกต้อง เช่น 038 123 456 หรือ 081-234-5678"
      }
    }
    if let raw = text("coordinatorEmail", max: 120) {
      if let email = EmailAddress(raw) {
        profile.coordinatorEmail = email.value
      } else {
        errors["coordinatorEmail"] = EmailAddress.invalidMessage
      }
    }
    return errors.isEmpty ? .success(profile) : .failure(errors)
  }
}

/// Form field name → Thai message.
public struct FieldErrors: Error, Equatable, Sendable {
  public var messages: [String: String] = [:]
  public init() {}
  public subscript(key: String) -> String? {
    get { messages[key] }
    set { messages[key] = newValue }
  }
  public var isEmpty: Bool { messages.isEmpty }
  public mutating func merge(_ other: FieldErrors) { messages.merge(other.messages) { first, _ in first } }
}
