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
      routes.get(path + ["missing"]) { req in try await missing(req, area(req)) }
      routes.post(path + ["missing", "remind"]) { req in try await remind(req, area(req)) }
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

  func dashboard(_ req: Request, _ area: OversightArea) async throws -> Response {
    let context = try await OversightContext.load(req, area)
    let queries = OversightQueries(db: req.db)
    // The sums stay valid while the figures versions stand: the round's own (raised by its
    // confirmations and returns), the plans' (created, status changes) and the one for every
    // round (organizations' active dates, the region map).
    let versions = try await StatsQueries.figuresVersions(on: req.db)
    let key = "dashboard \(area.path) \(context.round.slug) \(versions.key(context.round.id))"
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

  func missing(_ req: Request, _ area: OversightArea) async throws -> Response {
    let context = try await OversightContext.load(req, area)
    return try await renderMissing(req, context, problem: nil)
  }

  func remind(_ req: Request, _ area: OversightArea) async throws -> Response {
    let context = try await OversightContext.load(req, area)
    let form = try req.content.decode(RemindForm.self)
    let rows = try await OversightQueries(db: req.db).organizations(
      in: area, round: context.round, periodID: context.period?.id, contacts: true)
    let missing = rows.filter { $0.expected == 1 && !$0.submitted }
    let chosen = form.all == "1" ? missing : missing.filter { (form.codes ?? []).contains($0.code) }
    guard !chosen.isEmpty else {
      return try await renderMissing(req, context, problem: "กรุณาเลือก อปท. ที่ต้องการเตือนอย่างน้อย 1 แห่ง")
    }
    let result = try await ReminderQueries(db: req.db).send(
      to: chosen, round: context.round, by: context.user, mailer: req.application.mailer, actor: .of(req))
    var notice = "ส่งคำเตือนแล้ว \(result.sent) แห่ง"
    if result.skipped > 0 { notice += " (ข้าม \(result.skipped) แห่งที่ได้รับคำเตือนไปแล้ววันนี้)" }
    if result.emailed > 0 { notice += " · ส่งอีเมล \(result.emailed) ฉบับ" }
    return Flash.redirect(
      req, to: Paths.withQuery(area.path + "/missing", [("round", context.round.slug)]), notice: notice)
  }

  private func renderMissing(_ req: Request, _ context: OversightContext, problem: String?) async throws -> Response {
    let rows = try await OversightQueries(db: req.db).organizations(
      in: context.area, round: context.round, periodID: context.period?.id, contacts: true)
    let missing = rows.filter { $0.expected == 1 && !$0.submitted }
    let reminders = try await ReminderQueries(db: req.db).latest(round: context.round, orgs: missing.map(\.code))
    var model = MissingModel(context: context, rows: missing, reminders: reminders, problem: problem)
    model.paging = try req.paging(perPage: MissingModel.perPage).within(total: model.lines.count)
    if let format = req.query[String.self, at: "format"], format == "csv" || format == "xlsx" {
      return try SpreadsheetDownload.make(
        format: format, sheet: "ยังไม่ส่ง", header: MissingModel.header, rows: model.lines.map(\.cells),
        name: "missing-\(context.round.slug)")
    }
    return req.page(
      MissingPage(shell: req.shell("อปท. ที่ยังไม่ส่งรายงาน"), model: model).html,
      status: problem == nil ? .ok : .unprocessableEntity)
  }
}
