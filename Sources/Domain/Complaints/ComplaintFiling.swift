import Foundation

/// What a complainant sends, checked before anything is stored. Anonymous filings keep no
/// name or contact even if some were typed.
public struct ComplaintFiling: Equatable, Sendable {
  public static let limits: [String: Int] = [
    "concerns": 500, "details": 10_000, "when": 300, "where": 300, "witnesses": 2_000, "name": 200, "contact": 300,
  ]

  public var concern: ComplaintConcern
  public var concerns: String
  public var details: String
  public var when: String
  public var whereText: String
  public var witnesses: String
  public var anonymous: Bool
  public var name: String?
  public var contact: String?
  public var aboutExecutive: Bool

  public init(
    concern: ComplaintConcern, concerns: String, details: String, when: String, whereText: String, witnesses: String,
    anonymous: Bool, name: String?, contact: String?, aboutExecutive: Bool
  ) {
    self.concern = concern
    self.concerns = concerns
    self.details = details
    self.when = when
    self.whereText = whereText
    self.witnesses = witnesses
    self.anonymous = anonymous
    self.name = anonymous ? nil : name
    self.contact = anonymous ? nil : contact
    self.aboutExecutive = aboutExecutive
  }

  /// Checks and tidies the fields; Thai messages per field name.
  public static func validate(
    concern: String?, concerns: String?, details: String?, when: String?, where whereText: String?,
    witnesses: String?, anonymous: Bool, name: String?, contact: String?, aboutExecutive: Bool
  ) -> Result<ComplaintFiling, FieldErrors> {
    var errors = FieldErrors()
    func clean(_ value: String?, _ key: String) -> String {
      let text = (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
      if let limit = limits[key], text.count > limit { errors[key] = "ยาวเกิน \(limit) ตัวอักษร กรุณาย่อให้สั้นลง" }
      return text
    }
    let kind: ComplaintConcern
    if let concern, !concern.isEmpty {
      if let known = ComplaintConcern(rawValue: concern) {
        kind = known
      } else {
        errors["concern"] = "กรุณาเลือกว่าเรื่องนี้เกี่ยวกับอะไรจากรายการ"
        kind = .other
      }
    } else {
      kind = .other
    }
    let filing = ComplaintFiling(
      concern: kind, concerns: clean(concerns, "concerns"), details: clean(details, "details"),
      when: clean(when, "when"), whereText: clean(whereText, "where"), witnesses: clean(witnesses, "witnesses"),
      anonymous: anonymous, name: anonymous ? nil : clean(name, "name"),
      contact: anonymous ? nil : clean(contact, "contact"), aboutExecutive: aboutExecutive)
    if filing.concerns.isEmpty && errors["concerns"] == nil {
      errors["concerns"] = "กรุณาระบุว่าร้องเรียนใครหรือเรื่องอะไร เช่น ตำแหน่งของผู้ถูกร้อง กอง หรือโครงการ"
    }
    if filing.details.isEmpty && errors["details"] == nil { errors["details"] = "กรุณาเล่าว่าเกิดอะไรขึ้น" }
    if !anonymous {
      if (filing.name ?? "").isEmpty && errors["name"] == nil {
        errors["name"] = "กรุณากรอกชื่อ หรือเลือก \"ไม่ประสงค์ออกนาม\""
      }
      if (filing.contact ?? "").isEmpty && errors["contact"] == nil {
        errors["contact"] = "กรุณากรอกช่องทางติดต่อกลับ (โทรศัพท์ อีเมล หรือที่อยู่)"
      }
    }
    return errors.isEmpty ? .success(filing) : .failure(errors)
  }

  /// Seed 004 §8.3.1: an unsigned complaint is taken up only with clear evidence or named
  /// witnesses. Shown to the handler (the decision stays theirs).
  public static func unsignedWithoutSupport(anonymous: Bool, witnesses: String, files: Int) -> Bool {
    anonymous && files == 0 && witnesses.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
  }
}
