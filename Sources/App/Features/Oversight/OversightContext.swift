import Domain
import Fluent
import Vapor

/// What every dashboard route needs: the area (checked against the monitor's scope), its
/// name and visible ancestors, the chosen round (default: the newest) and its plan period.
struct OversightContext {
  let area: OversightArea
  let name: String
  let breadcrumbs: [(label: String, path: String)]
  let rounds: [ReportRound]
  let round: ReportRound
  let period: PlanPeriod?
  /// Nil on the public area pages.
  let user: CurrentUser?
  var paths = AreaPaths.monitor

  static let monitorsOnly = Abort(.forbidden, reason: "หน้าภาพรวมสำหรับผู้กำกับดูแล (อำเภอ จังหวัด ภาค และสำนักงาน ป.ป.ช.) เท่านั้น")

  /// `paths: .public` for the public area pages (no account; every area visible).
  static func load(_ req: Request, _ area: OversightArea, paths: AreaPaths = .monitor) async throws
    -> OversightContext
  {
    let place =
      paths.isPublic
      ? try await OversightPlace.describe(req, area, paths: paths) : try await OversightPlace.load(req, area)
    let rounds = try await RoundQueries(db: req.db).all()
    guard !rounds.isEmpty else {
      throw Abort(.notFound, reason: "ยังไม่มีรอบการรายงาน (สำนักงาน ป.ป.ช. เป็นผู้สร้างรอบ)")
    }
    let chosen = req.query[String.self, at: "round"].flatMap { slug in rounds.first { $0.slug == slug } }
    let round = chosen ?? rounds.first { $0.windowOpen } ?? rounds[0]
    let period = try? await FrameworkQueries(db: req.db).period(covering: round.fiscalYear)
    return OversightContext(
      area: area, name: place.name, breadcrumbs: place.breadcrumbs, rounds: rounds, round: round, period: period,
      user: place.user, paths: paths)
  }
}

/// The area of a monitors' page, checked against the monitor's scope, with its name and the
/// ancestors the monitor may open (for pages that need no round, such as plan deadlines).
struct OversightPlace {
  let area: OversightArea
  let name: String
  let breadcrumbs: [(label: String, path: String)]
  let user: CurrentUser?

  static func load(_ req: Request, _ area: OversightArea) async throws -> OversightPlace {
    let user = try req.requireUser()
    guard user.role.isMonitor else { throw OversightContext.monitorsOnly }
    return try await describe(req, area, paths: .monitor, user: user)
  }

  /// The area's name and ancestors (those `user` may open; all of them without a user).
  static func describe(_ req: Request, _ area: OversightArea, paths: AreaPaths, user: CurrentUser? = nil)
    async throws -> OversightPlace
  {
    var province: Province?
    switch area {
    case .province(let code), .district(let code, _):
      province = try await Province.find(code, on: req.db)
      guard province != nil else { throw Abort(.notFound, reason: "ไม่พบจังหวัดรหัส \(code)") }
    case .region(let number):
      guard (1...9).contains(number) else { throw Abort(.notFound, reason: "ไม่พบภาค \(number)") }
    case .nation: break
    }
    if let user, !area.isVisible(to: user.scope, region: province?.region) { throw Forbidden.outsideScope }
    let provinceName = province.map { $0.id == "10" ? $0.nameTH : "จังหวัด\($0.nameTH)" } ?? ""
    var chain: [(OversightArea, String)] = [(.nation, "ทั้งประเทศ")]
    if let region = province?.region { chain.append((.region(region), "ภาค \(region)")) }
    if case .region(let number) = area { chain.append((.region(number), "ภาค \(number)")) }
    if let province { chain.append((.province(code: province.id ?? ""), provinceName)) }
    if case .district(_, let district) = area { chain.append((area, "อำเภอ\(district)")) }
    let visible = chain.filter { link in user.map { link.0.isVisible(to: $0.scope, region: province?.region) } ?? true }
    let name: String
    switch area {
    case .district(_, let district): name = "อำเภอ\(district) \(provinceName)"
    default: name = chain.last?.1 ?? "ทั้งประเทศ"
    }
    return OversightPlace(area: area, name: name, breadcrumbs: visible.map { ($0.1, paths.path($0.0)) }, user: user)
  }
}

struct RemindForm: Content {
  var codes: [String]?
  var all: String?
}
