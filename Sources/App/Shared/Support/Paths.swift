import Domain
import Foundation

/// Every URL the app links to, in one place, so a renamed route cannot leave dead links.
enum Paths {
  static let home = "/"
  static let login = "/login"
  static let logout = "/logout"
  static let setPassword = "/account/password"
  static let organizations = "/organizations"
  static let provinces = "/provinces"
  static let regions = "/admin/regions"
  static let users = "/admin/users"
  static let newUser = "/admin/users/new"
  static let frameworks = "/frameworks"
  static let newFramework = "/frameworks/new"
  static let audit = "/admin/audit"
  static let health = "/health"
  static let metrics = "/metrics"
  static let openAPI = "/api/v1/openapi.yaml"
  static let guide = "/guide"
  static let guidePrint = "/guide/print"
  static let guidePDF = "/guide/guide.pdf"
  static func guide(_ role: String) -> String { "/guide/\(role)" }
  static func guideSection(_ role: String, _ section: String) -> String { "/guide/\(role)#\(section)" }
  static func guideImage(_ file: String) -> String { "/static/guide/\(file)" }

  static func organization(_ code: String) -> String { "/organizations/\(code)" }
  static func organizationProfile(_ code: String) -> String { "/organizations/\(code)/profile" }
  static func organizationAccounts(_ code: String) -> String { "/organizations/\(code)/accounts" }
  static func province(_ code: String) -> String { "/provinces/\(code)" }
  static func user(_ id: UUID) -> String { "/admin/users/\(id.uuidString)" }
  static func userStatus(_ id: UUID) -> String { "/admin/users/\(id.uuidString)/status" }
  static func userActivation(_ id: UUID) -> String { "/admin/users/\(id.uuidString)/activation" }
  static func framework(_ code: String) -> String { "/frameworks/\(code)" }
  static func frameworkPlanDue(_ code: String) -> String { "/frameworks/\(code)/plan-due" }
  static let areaPlans = "/plans"
  static let rounds = "/admin/rounds"
  static let levels = "/admin/levels"

  static func round(_ slug: String) -> String { "/admin/rounds/\(slug)" }

  static let dashboard = "/dashboard"
  static let review = "/admin/review"
  static let dashboardNation = "/dashboard/nation"
  static func dashboardRegion(_ number: Int) -> String { "/dashboard/regions/\(number)" }
  static func dashboardProvince(_ code: String) -> String { "/dashboard/provinces/\(code)" }
  static func dashboardDistrict(_ code: String, _ name: String) -> String {
    "/dashboard/provinces/\(code)/districts/"
      + (name.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? name)
  }

  /// An oversight area's follow-up lists (`area` is `OversightArea.path`).
  static func missingReports(_ area: String) -> String { area + "/missing" }
  static func planDeadlines(_ area: String) -> String { area + "/plan-deadlines" }

  /// กรุงเทพมหานคร's units: the national admin's list, and the BMA office's roll-up of a round.
  static let bangkokUnits = "/admin/bangkok-units"
  static func units(_ code: String) -> String { "/organizations/\(code)/units" }
  static func unitsPrint(_ code: String) -> String { units(code) + "/print" }

  static func organizationReports(_ code: String) -> String { "/organizations/\(code)/reports" }
  static func report(_ code: String, _ year: Int, _ round: Int) -> String {
    "/organizations/\(code)/reports/\(year)/\(round)"
  }

  static func organizationPlans(_ code: String) -> String { "/organizations/\(code)/plans" }
  static func plan(_ code: String, _ period: String) -> String { "/organizations/\(code)/plans/\(period)" }
  static func planAction(_ code: String, _ period: String, _ action: String) -> String {
    plan(code, period) + "/" + action
  }
  static func newProject(_ code: String, _ period: String) -> String { plan(code, period) + "/projects/new" }
  static func projects(_ code: String, _ period: String) -> String { plan(code, period) + "/projects" }
  static func project(_ code: String, _ period: String, _ id: String) -> String {
    plan(code, period) + "/projects/\(id)"
  }
  static func projectAction(_ code: String, _ period: String, _ id: String, _ action: String) -> String {
    project(code, period, id) + "/" + action
  }
  static func compare(_ code: String, _ period: String, from: String, to: String) -> String {
    withQuery(plan(code, period) + "/compare", [("from", from), ("to", to)])
  }

  static func organizationSearch(query: String = "", province: String = "", type: String = "", page: Int = 1)
    -> String
  {
    withQuery(
      organizations, [("q", query), ("province", province), ("type", type), ("page", page > 1 ? "\(page)" : "")])
  }

  static func auditLog(org: String = "", page: Int = 1) -> String {
    withQuery(audit, [("org", org), ("page", page > 1 ? "\(page)" : "")])
  }

  /// Appends the non-empty parameters, each name and value percent-encoded (everything but
  /// letters, digits and `-._~`, so `+`, `&`, `=`, `#` and line breaks never change the URL's
  /// meaning). `path` is used as it is: the helpers above already encode what needs it.
  static func withQuery(_ path: String, _ items: [(String, String)]) -> String {
    let kept = items.filter { !$0.1.isEmpty }
    guard !kept.isEmpty else { return path }
    return path + "?" + kept.map { queryEncoded($0.0) + "=" + queryEncoded($0.1) }.joined(separator: "&")
  }

  static func queryEncoded(_ text: String) -> String {
    text.addingPercentEncoding(withAllowedCharacters: queryAllowed) ?? ""
  }

  private static let queryAllowed = CharacterSet(
    charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/")

  /// Only same-site paths may be used as a post-login destination (no open redirects, no
  /// control characters that would end the Location header): see `SafeURL.localPath`.
  static func safeNext(_ candidate: String?) -> String? { SafeURL.localPath(candidate) }
}
