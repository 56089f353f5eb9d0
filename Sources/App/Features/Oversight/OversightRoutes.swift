import Domain
import Fluent
import Vapor

/// Monitors' dashboards, nation → region → province → district, each with the list of
/// organizations that have not reported and reminders. A monitor sees only its own area and
/// what lies inside it.
struct OversightRoutes: RouteCollection {
  func boot(routes: any RoutesBuilder) throws {
    routes.get("dashboard", use: ownArea)
    routes.get("admin", "review", use: reviewQueue)
    let areas: [(path: [PathComponent], area: @Sendable (Request) throws -> OversightArea)] = [
      (["dashboard", "nation"], { _ in .nation }),
      (
        ["dashboard", "regions", ":region"],
        { req in
          guard let number = req.parameters.get("region", as: Int.self) else {
            throw Abort(.notFound, reason: "ไม่พบภาค \(req.parameters.get("region") ?? "")")
          }
          return .region(number)
        }
      ),
      (["dashboard", "provinces", ":province"], { req in .province(code: try req.parameters.require("province")) }),
      (
        ["dashboard", "provinces", ":province", "districts", ":district"],
        { req in
          let raw = try req.parameters.require("district")
          return .district(
            provinceCode: try req.parameters.require("province"), name: raw.removingPercentEncoding ?? raw)
        }
      ),
    ]
    for (path, area) in areas {
      routes.get(path) { req in try await dashboard(req, area(req)) }
      routes.get(path + ["missing"]) { req in try await followUp(req, reports(req, area(req)), problem: nil) }
      routes.post(path + ["missing", "remind"]) { req in try await remind(req, reports(req, area(req))) }
      routes.get(path + ["plan-deadlines"]) { req in try await followUp(req, plans(req, area(req)), problem: nil) }
      routes.post(path + ["plan-deadlines", "remind"]) { req in try await remind(req, plans(req, area(req))) }
    }
  }

  /// `/dashboard` opens the signed-in monitor's own area.
  func ownArea(req: Request) async throws -> Response {
    let user = try req.requireUser()
    guard let area = OversightArea.of(user.scope), user.role.isMonitor else { throw OversightContext.monitorsOnly }
    return req.redirect(to: area.path)
  }

  /// National staff's compliance-review queue.
  func reviewQueue(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    let rounds = try await RoundQueries(db: req.db).all()
    let round = req.query[String.self, at: "round"].flatMap { slug in rounds.first { $0.slug == slug } } ?? rounds.first
    let queries = ReviewQueries(db: req.db)
    var unusual: [ReviewRow] = []
    if let round { unusual = try await queries.unusual(round: round) }
    let model = ReviewQueueModel(round: round, rounds: rounds, flagged: try await queries.flagged(), unusual: unusual)
    return req.page(ReviewQueuePage(shell: req.shell("รายการที่ควรตรวจสอบ"), model: model).html)
  }

  /// `paths: .public` is the same page for everyone (`/areas/…`): same sums, no follow-up lists.
  func dashboard(_ req: Request, _ area: OversightArea, paths: AreaPaths = .monitor) async throws -> Response {
    let context = try await OversightContext.load(req, area, paths: paths)
    let queries = OversightQueries(db: req.db)
    // The sums stay valid while the figures versions stand: the round's own (raised by its
    // confirmations and returns), the plans' (created, status changes) and the one for every
    // round (organizations' active dates, the region map).
    let versions = try await StatsQueries.figuresVersions(on: req.db)
    let key = "dashboard \(area.path) \(context.round.slug) \(versions.key(context.round.id))"  // same sums for both paths
    let cache = req.application.readCache
    let rows = try await cache.value(key + " rows", lifetime: 60) { () -> [DashboardRow] in
      // A district lists its organizations; higher levels need only sums per province (or
      // district) and type.
      if case .district = area {
        return try await queries.organizations(in: area, round: context.round, periodID: context.period?.id)
          .map(\.dashboardRow)
      }
      var byDistrict = false
      if case .province = area { byDistrict = true }
      return try await queries.sums(
        in: area, round: context.round, periodID: context.period?.id, byDistrict: byDistrict
      ).map(\.dashboardRow)
    }
    let groups = try await cache.value(key + " groups", lifetime: 60) {
      try await queries.groups(in: area, round: context.round)
    }
    let targets = try await cache.value(key + " targets", lifetime: 60) {
      try await queries.targetGroups(in: area, round: context.round)
    }
    var model = DashboardModel(
      context: context, rows: rows, groups: groups, sort: req.query["sort"], dir: req.query["dir"],
      map: req.query["map"], by: req.query["by"], targets: targets,
      thresholds: try await req.levelThresholds(context.round.kind))
    let format = req.query[String.self, at: "format"]
    let table = req.query[String.self, at: "table"] ?? ""
    guard DashboardModel.tables.contains(table) else {
      throw Abort(.badRequest, reason: "ไม่มีตาราง \"\(table.prefix(30))\" ให้ดาวน์โหลด (ตารางที่มี: groups, trend หรือเว้นว่าง)")
    }
    if let format, format != "csv", format != "xlsx" {
      throw Abort(.badRequest, reason: "รูปแบบไฟล์ต้องเป็น csv หรือ xlsx")
    }
    let chronological = context.rounds.sorted { ($0.fiscalYear, $0.kind.rawValue) < ($1.fiscalYear, $1.kind.rawValue) }
    // The trend is one aggregate over ten rounds: only for the page and its own download.
    if format == nil || table == "trend" {
      let recent = Array(chronological.suffix(10))
      let totals = try await trend(req, queries, area: area, rounds: recent, versions: versions)
      model.trend = recent.compactMap { round in
        totals[round.id!].map { ("\(round.fiscalYear)/\(round.kind.rawValue)", $0) }
      }
    }
    switch format {
    case "csv", "xlsx":
      let download = model.table(table)
      return try SpreadsheetDownload.make(
        format: format ?? "csv", sheet: "ภาพรวม", header: download.header, rows: download.rows,
        name: "dashboard-\(table.isEmpty ? "areas" : table)-\(context.round.slug)")
    default:
      return req.page(DashboardPage(shell: req.shell("ภาพรวม \(context.name)"), model: model).html)
    }
  }

  /// The trend's points, each kept under its own round's version: a confirmation during the
  /// deadline recomputes one point, not ten rounds of every organization.
  private func trend(
    _ req: Request, _ queries: OversightQueries, area: OversightArea, rounds: [ReportRound], versions: FiguresVersions
  ) async throws -> [UUID: TrendRow] {
    let cache = req.application.readCache
    let key = { (round: ReportRound) in "trend \(area.path) \(round.slug) \(versions.trendKey(round.id))" }
    var points: [UUID: TrendRow] = [:]
    var missing: [ReportRound] = []
    for round in rounds {
      if let point: TrendRow = cache.cached(key(round)) { points[round.id!] = point } else { missing.append(round) }
    }
    guard !missing.isEmpty else { return points }
    for (roundID, point) in try await queries.trend(in: area, rounds: missing) {
      points[roundID] = point
      if let round = missing.first(where: { $0.id == roundID }) { cache.store(key(round), point, lifetime: 600) }
    }
    return points
  }

  /// What a follow-up list is about, its area and how its page is made.
  struct FollowUpList {
    let place: OversightPlace
    let topic: FollowUpTopic
    /// Only for the plan list: `?show=` (none, unapproved, late; empty = all).
    let show: String
    let model: (_ rows: [FollowUpRow], _ problem: String?) -> FollowUpModel
  }

  /// Who has not reported in the chosen round (`?round=`).
  func reports(_ req: Request, _ area: OversightArea) async throws -> FollowUpList {
    let context = try await OversightContext.load(req, area)
    let place = OversightPlace(area: area, name: context.name, breadcrumbs: context.breadcrumbs, user: context.user)
    return FollowUpList(place: place, topic: .report(context.round), show: "") { rows, problem in
      FollowUpModel(reports: context, rows: rows, problem: problem)
    }
  }

  /// Who has no plan, no approved plan, or approved it late, for the chosen period
  /// (`?period=`, default: the one covering this fiscal year, else the newest).
  func plans(_ req: Request, _ area: OversightArea) async throws -> FollowUpList {
    let place = try await OversightPlace.load(req, area)
    let queries = FrameworkQueries(db: req.db)
    let periods = try await queries.periods()
    let year = FiscalYear(containing: Date()).buddhistYear
    let code =
      req.query[String.self, at: "period"].flatMap { $0.isEmpty ? nil : $0 }
      ?? periods.first { $0.startYear <= year && year <= $0.endYear }?.code ?? periods.first?.code ?? ""
    let period = try await queries.require(code)
    let show = req.query[String.self, at: "show"] ?? ""
    guard ["", "none", "unapproved", "late"].contains(show) else {
      throw Abort(.badRequest, reason: "ตัวกรองต้องเป็น none, unapproved หรือ late (หรือเว้นว่าง)")
    }
    return FollowUpList(place: place, topic: .plan(period), show: show) { rows, problem in
      FollowUpModel(plans: place, period: period, periods: periods, rows: rows, show: show, problem: problem)
    }
  }

  /// The list's page (paged in the database, 200 a page) or all of it as `?format=csv|xlsx`.
  func followUp(_ req: Request, _ list: FollowUpList, problem: String?) async throws -> Response {
    let queries = OversightQueries(db: req.db)
    let show = list.show.isEmpty ? nil : list.show
    let format = try req.downloadFormat()
    if !format.isEmpty {
      let model = list.model(try await queries.followUp(list.topic, in: list.place.area, show: show), nil)
      return try SpreadsheetDownload.make(
        format: format, sheet: model.sheet, header: model.header, rows: model.lines.map(\.cells),
        name: model.fileName, numeric: [7])
    }
    var paging = try req.paging(perPage: FollowUpModel.perPage)
    var rows = try await queries.followUp(list.topic, in: list.place.area, show: show, paging: paging)
    if rows.isEmpty, paging.page > 1 {
      // Past the last page: learn the total from the first, then show the last.
      let first = try await queries.followUp(
        list.topic, in: list.place.area, show: show, paging: Paging(page: 1, perPage: paging.perPage))
      paging = paging.within(total: first.first?.total ?? 0)
      rows =
        paging.page == 1
        ? first : try await queries.followUp(list.topic, in: list.place.area, show: show, paging: paging)
    }
    var model = list.model(rows, problem)
    model.paging = paging
    return req.page(
      FollowUpPage(shell: req.shell(model.title), model: model).html,
      status: problem == nil ? .ok : .unprocessableEntity)
  }

  /// Reminders for the chosen organizations of the list, or all those a reminder can help.
  func remind(_ req: Request, _ list: FollowUpList) async throws -> Response {
    guard let user = list.place.user else { throw OversightContext.monitorsOnly }
    let form = try req.content.decode(RemindForm.self)
    let rows = try await OversightQueries(db: req.db).followUp(list.topic, in: list.place.area, remindable: true)
    let codes = Set(form.codes ?? [])
    let chosen = form.all == "1" ? rows : rows.filter { codes.contains($0.code) }
    guard !chosen.isEmpty else {
      return try await followUp(req, list, problem: "กรุณาเลือก อปท. ที่ต้องการเตือนอย่างน้อย 1 แห่ง")
    }
    let result = try await ReminderQueries(db: req.db).send(
      to: chosen, about: list.topic, by: user, mailer: req.application.mailer, actor: .of(req))
    var notice = "ส่งคำเตือนแล้ว \(result.sent) แห่ง"
    if result.skipped > 0 { notice += " (ข้าม \(result.skipped) แห่งที่ได้รับคำเตือนไปแล้ววันนี้)" }
    if result.emailed > 0 { notice += " · ส่งอีเมล \(result.emailed) ฉบับ" }
    return Flash.redirect(req, to: list.model([], nil).link(), notice: notice)
  }
}
