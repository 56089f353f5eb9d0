import Domain
import Fluent
import Vapor

/// Nationwide search of approved plans' projects: the page (`/projects`, with CSV/XLSX of the
/// matches) and `GET /api/v1/projects`. Public: only approved plans are indexed.
struct ProjectSearchRoutes: RouteCollection {
  static let perPage = 50
  static let fields = ["q", "province", "type", "dimension", "sub_mission", "target", "fy", "budget_min", "budget_max"]

  func boot(routes: any RoutesBuilder) throws {
    routes.get("projects", use: page)
    routes.get("api", "v1", "projects", use: api)
  }

  func page(req: Request) async throws -> Response {
    let typed = Self.typed(req)
    let format = try req.downloadFormat()
    var model = try await base(req, typed: typed)
    let query: ProjectSearchQuery
    switch ProjectSearchQuery.parse(typed) {
    case .success(let parsed): query = parsed
    case .failure(let problems):
      model.errors = problems.messages
      return req.page(ProjectSearchPage(shell: req.shell("ค้นหาโครงการ"), model: model).html, status: .badRequest)
    }
    model.query = query
    guard !query.isEmpty else {
      return req.page(ProjectSearchPage(shell: req.shell("ค้นหาโครงการ"), model: model).html)
    }
    let queries = ProjectSearchQueries(db: req.db)
    if !format.isEmpty {
      let rows = try await queries.rows(query, limit: ProjectSearchQueries.downloadLimit)
      return try SpreadsheetDownload.make(
        format: format, sheet: "โครงการ", header: ProjectSearchModel.downloadHeader,
        rows: rows.map { model.downloadCells($0) }, name: "projects", numeric: [7, 9])
    }
    let counts = try await queries.counts(query)
    let paging = try req.paging(perPage: Self.perPage).within(total: counts.total)
    model.counts = counts
    model.paging = paging
    model.rows = try await queries.page(query, paging: paging)
    return req.page(ProjectSearchPage(shell: req.shell("ค้นหาโครงการ: \(query.text)"), model: model).html)
  }

  func api(req: Request) async throws -> ProjectSearchJSON {
    // The form reads an empty box as "any"; the API takes integers as OpenAPI types them.
    for name in ["dimension", "fy"] where req.query[String.self, at: name].map(Paging.isIntegerText) == false {
      throw Abort(.badRequest, reason: "\(name) ต้องเป็นจำนวนเต็ม")
    }
    let query: ProjectSearchQuery
    switch ProjectSearchQuery.parse(Self.typed(req)) {
    case .success(let parsed): query = parsed
    case .failure(let problems):
      throw Abort(
        .badRequest,
        reason: problems.messages.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: "; "))
    }
    let perPageText = req.query[String.self, at: "per_page"]
    guard perPageText.map({ Paging.isIntegerText($0) && Int($0).map((1...100).contains) == true }) ?? true else {
      throw Abort(.badRequest, reason: "per_page ต้องเป็นตัวเลข 1–100")
    }
    let requested = try req.paging(perPage: perPageText.flatMap { Int($0) } ?? Self.perPage, strict: true)
    let queries = ProjectSearchQueries(db: req.db)
    let counts = try await queries.counts(query)
    let paging = requested.within(total: counts.total)
    let rows = try await queries.page(query, paging: paging)
    let provinces = try await ProvinceDirectory.load(on: req.db)
    return ProjectSearchJSON(
      items: rows.map { .init($0, provinces: provinces) }, total: counts.total, page: paging.page,
      perPage: paging.perPage,
      byDimension: counts.byDimension.map { .init(key: String($0.dimension), count: $0.count) },
      byProvince: counts.byProvince.map { .init(key: $0.code, count: $0.count) })
  }

  /// The page's model before searching: the filters' choices and what was typed.
  private func base(_ req: Request, typed: [String: String]) async throws -> ProjectSearchModel {
    let provinces = try await ProvinceDirectory.load(on: req.db)
    let year = FiscalYear(containing: Date()).buddhistYear
    let period = try? await FrameworkQueries(db: req.db).period(covering: year)
    return ProjectSearchModel(
      typed: typed, provinces: provinces.sorted.compactMap { p in p.id.map { ($0, p.nameTH) } },
      dimensions: period?.outline.dimensions.map { ($0.number, $0.name) } ?? [],
      provinceNames: provinces)
  }

  /// The query's fields as typed (single values only; anything else is ignored).
  static func typed(_ req: Request) -> [String: String] {
    var typed: [String: String] = [:]
    for name in fields { if let value = req.query[String.self, at: name] { typed[name] = value } }
    return typed
  }
}
