import Domain
import Fluent
import Vapor

/// What an LAO puts on its own website: an embeddable widget page and an SVG badge with its
/// latest confirmed report figures and ITA level (the only routes that may be framed), and
/// the page that gives the snippets to copy.
struct PublicRecordRoutes: RouteCollection {
  func boot(routes: any RoutesBuilder) throws {
    let org = routes.grouped("organizations", ":code")
    org.get("widget", use: widget)
    org.get("badge.svg", use: badge)
    org.get("embed", use: embedHelp)
  }

  /// The record, kept 30 seconds (the figures versions change it sooner).
  static func record(_ req: Request, _ organization: Organization) async throws -> PublicRecord {
    let versions = try await StatsQueries.figuresVersions(on: req.db)
    let rounds = versions.rounds.values.reduce(0, &+)
    let key = "public record \(organization.code) \(versions.all).\(versions.plans).\(rounds)"
    return try await req.application.readCache.value(key, lifetime: 30) {
      try await PublicRecordQueries(db: req.db).record(of: organization)
    }
  }

  /// One sentence for search results and shared links.
  static func summary(_ name: String, _ province: String, _ record: PublicRecord?) -> String {
    var parts = ["\(name) จังหวัด\(province)"]
    if let plan = record?.plan {
      parts.append(
        "แผนปฏิบัติการป้องกันการทุจริตปี \(plan.period) \(plan.projects) โครงการ งบประมาณ \(plan.budget.formatted) บาท")
    }
    if let latest = record?.latest {
      parts.append(
        "รายงานปี \(latest.fiscalYear) \(latest.kind.thaiName) นำแผนไปปฏิบัติร้อยละ \(latest.implementation?.description ?? "—")"
      )
    }
    if let ita = record?.ita.first, let level = ita.level { parts.append("ITA ปี \(ita.year) ระดับ \(level)") }
    return parts.joined(separator: " · ")
  }

  private func organization(_ req: Request) async throws -> OrganizationRecord {
    guard let code = req.parameters.get("code").flatMap(DLACode.init)?.value else {
      throw Abort(.notFound, reason: "รหัสองค์กรต้องเป็นตัวเลข 7 หลัก")
    }
    return try await OrganizationQueries(db: req.db).require(code)
  }

  func widget(req: Request) async throws -> Response {
    let found = try await organization(req)
    let record = try await Self.record(req, found.organization)
    let model = WidgetModel(
      code: found.organization.code, name: found.organization.fullName, record: record,
      pageURL: req.publicBase + Paths.organization(found.organization.code))
    let response = req.page(WidgetPage(model: model).html)
    Self.embeddable(response)
    return response
  }

  func badge(req: Request) async throws -> Response {
    let found = try await organization(req)
    let record = try await Self.record(req, found.organization)
    var headers = HTTPHeaders()
    headers.replaceOrAdd(name: .contentType, value: "image/svg+xml; charset=utf-8")
    let response = Response(
      status: .ok, headers: headers,
      body: .init(string: Badge.svg(name: found.organization.fullName, record: record)))
    Self.embeddable(response)
    // An image: nothing in it may run or load.
    response.headers.replaceOrAdd(
      name: "Content-Security-Policy", value: "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors *")
    return response
  }

  func embedHelp(req: Request) async throws -> Response {
    let found = try await organization(req)
    let base = req.publicBase
    let code = found.organization.code
    let model = EmbedHelpModel(
      code: code, name: found.organization.fullName, widgetURL: base + Paths.widget(code),
      badgeURL: base + Paths.badge(code), pageURL: base + Paths.organization(code))
    return req.page(EmbedHelpPage(shell: req.shell("นำข้อมูลไปแสดงบนเว็บไซต์"), model: model).html)
  }

  /// Lets other sites frame or show the response, cached by anyone for ten minutes.
  static func embeddable(_ response: Response) {
    response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=600")
    response.headers.replaceOrAdd(name: "Content-Security-Policy", value: SecurityHeadersMiddleware.embeddablePolicy)
  }
}
