import Domain
import Vapor

/// Where to ask for help: the national support line and e-mail (environment variables with
/// safe defaults) and, for a signed-in person, the provincial monitors of their province.
struct GuideSupport: Sendable {
  struct Office: Sendable, Equatable {
    let name: String
    let position: String?
  }

  /// `SUJARIT_SUPPORT_PHONE` (default: NACC's hotline 1205).
  let phone: String
  /// `SUJARIT_SUPPORT_EMAIL` (no default: not shown until set; an invalid address is ignored).
  let email: String?
  /// The provincial monitors of the reader's province (empty when not signed in).
  var offices: [Office] = []
  var provinceName: String? = nil

  static let defaultPhone = "1205"

  static func fromEnvironment() -> GuideSupport {
    let phone = Environment.get("SUJARIT_SUPPORT_PHONE").cleaned
    let email = Environment.get("SUJARIT_SUPPORT_EMAIL").cleaned
    return GuideSupport(
      phone: phone.isEmpty ? defaultPhone : String(phone.prefix(100)),
      email: EmailAddress(email).map(\.description))
  }

  /// The province a signed-in person belongs to: a monitor's own, or the organization's
  /// (digits 2–3 of its code).
  static func province(of user: CurrentUser?) -> String? {
    guard let user else { return nil }
    switch user.scope {
    case .province(let code), .district(let code, _): return code
    case .organization(let code): return DLACode(code).map { String($0.value.dropFirst().prefix(2)) }
    default: return nil
    }
  }

  /// What the guide pages show for this request.
  static func load(_ req: Request) async throws -> GuideSupport {
    var support = fromEnvironment()
    guard let code = province(of: req.currentUser) else { return support }
    support.offices = try await GuideQueries(db: req.db).provincialMonitors(province: code)
    support.provinceName = try? await ProvinceQueries(db: req.db).require(code).nameTH
    return support
  }
}
