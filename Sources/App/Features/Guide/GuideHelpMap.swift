import Domain
import Vapor

/// “วิธีใช้หน้านี้”: which guide section explains the page a route answers. A pattern may be
/// listed for several roles' sections; the signed-in person's own role is preferred, else the
/// first one. `GuideHelpTests` checks every pattern is a route of the app and every section
/// exists, so a renamed route or section fails the tests.
enum GuideHelpMap {
  /// Route pattern (as `Route.path` prints, parameters as `:name`) → section anchor.
  static let entries: [(pattern: String, section: String)] = [
    ("", "officer-home"),
    ("", "executive-home"),
    ("login", "officer-sign-in"),
    ("account/password", "officer-password"),
    ("organizations/:code/profile", "officer-profile"),
    ("organizations/:code/plans", "officer-plan-create"),
    ("organizations/:code/plans/:period", "officer-plan-create"),
    ("organizations/:code/plans/:period", "executive-plan"),
    ("organizations/:code/plans/:period/projects/new", "officer-plan-project"),
    ("organizations/:code/plans/:period/projects/:id/edit", "officer-plan-project"),
    ("organizations/:code/plans/:period/import", "officer-plan-import"),
    ("organizations/:code/plans/:period/versions", "officer-plan-versions"),
    ("organizations/:code/plans/:period/compare", "officer-plan-versions"),
    ("organizations/:code/plans/:period/book", "officer-plan-book"),
    ("organizations/:code/plans/:period/book/sections/:section", "officer-plan-book"),
    ("organizations/:code/risks/:year", "officer-risk-register"),
    ("risks", "monitor-risks"),
    ("organizations/:code/reports", "officer-report-enter"),
    ("organizations/:code/reports/:year/:round", "officer-report-enter"),
    ("organizations/:code/reports/:year/:round", "executive-report"),
    ("organizations/:code/reports/:year/:round", "monitor-return"),
    ("organizations/:code/reports/:year/:round/import", "officer-report-enter"),
    ("organizations/:code/oit/:year/workspace", "officer-oit"),
    ("organizations/:code/oit/:year/workspace", "executive-oit"),
    ("organizations/:code/oit/:year/owners", "officer-oit"),
    ("organizations/:code/oit/:year/items/:item", "officer-oit"),
    ("organizations/:code/announcements", "officer-announcements"),
    ("organizations/:code/announcements/new", "officer-announcements"),
    ("organizations/:code/announcements/:id", "officer-announcements"),
    ("organizations/:code/ita", "officer-ita"),
    ("organizations/:code/ita/:year/measures", "officer-ita"),
    ("organizations/:code/accounts", "monitor-accounts"),
    ("dashboard/provinces/:province", "monitor-dashboard"),
    ("dashboard/regions/:region", "monitor-dashboard"),
    ("dashboard/provinces/:province/districts/:district", "monitor-dashboard"),
    ("dashboard/provinces/:province/missing", "monitor-missing"),
    ("dashboard/regions/:region/missing", "monitor-missing"),
    ("dashboard/provinces/:province/districts/:district/missing", "monitor-missing"),
    ("dashboard/provinces/:province/plan-deadlines", "monitor-plan-deadlines"),
    ("dashboard/provinces/:province/districts/:district/plan-deadlines", "monitor-plan-deadlines"),
    ("complaints/cases", "complaints-list"),
    ("complaints/cases/:id", "complaints-handle"),
    ("admin/users", "admin-users"),
    ("admin/users/new", "admin-users"),
    ("frameworks", "admin-frameworks"),
    ("frameworks/:code", "admin-frameworks"),
    ("admin/rounds", "admin-rounds"),
    ("admin/rounds/:slug", "admin-rounds"),
    ("admin/oit", "admin-oit"),
    ("admin/oit/:year", "admin-oit"),
    ("admin/ita", "admin-ita"),
    ("admin/ita/:year", "admin-ita"),
    ("admin/review", "admin-review"),
    ("pacc", "pacc-programme"),
    ("pacc/cases", "pacc-cases"),
    ("pacc/cases/new", "pacc-cases"),
    ("pacc/cases/:id", "pacc-cases"),
    ("pacc/sessions", "pacc-courses"),
  ]

  /// A route's pattern as the table above writes it.
  static func pattern(of path: [PathComponent]) -> String { path.map(\.description).joined(separator: "/") }

  /// The guide address for a route and a reader (nil when the page has no section).
  static func link(pattern: String, role: Role?) -> String? {
    let candidates = entries.filter { $0.pattern == pattern }
    guard let first = candidates.first else { return nil }
    let preferred = role.map(GuideAudience.of).flatMap { audience in
      candidates.first { GuideContent.section($0.section)?.book.audience == audience }
    }
    let id = (preferred ?? first).section
    guard let found = GuideContent.section(id) else { return nil }
    return Paths.guideSection(found.book.audience.rawValue, id)
  }
}

extension Request {
  /// “วิธีใช้หน้านี้” for the route this request matched, if the guide explains it.
  var guideHelpLink: String? {
    guard let route else { return nil }
    return GuideHelpMap.link(pattern: GuideHelpMap.pattern(of: route.path), role: currentUser?.role)
  }
}
