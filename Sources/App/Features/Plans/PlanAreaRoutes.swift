import Domain
import Fluent
import Vapor

/// Monitors see, for their area, which LAOs have a plan, its status, projects and budget.
struct PlanAreaRoutes: RouteCollection {
  func boot(routes: any RoutesBuilder) throws {
    routes.get("plans", use: overview)
  }

  func overview(req: Request) async throws -> Response {
    let user = try req.requireUser()
    var filter = AreaFilter()
    let chosenProvince = req.query[String.self, at: "province"].flatMap { $0.isEmpty ? nil : $0 }
    switch user.scope {
    case .nation: filter.provinceCode = chosenProvince
    case .region(let number):
      filter.region = number
      filter.provinceCode = chosenProvince
    case .province(let code): filter.provinceCode = code
    case .district(let province, let name):
      filter.provinceCode = province
      filter.district = name
    case .organization, .paccOffice:
      throw Abort(.forbidden, reason: "หน้านี้สำหรับผู้กำกับดูแล เจ้าหน้าที่ อปท. ดูแผนของตนได้ที่หน้าองค์กร")
    }
    if let status = req.query[String.self, at: "status"], !status.isEmpty {
      guard status == "none" || PlanStatus(rawValue: status) != nil else {
        throw Abort(.badRequest, reason: "ไม่รู้จักสถานะที่เลือก")
      }
      filter.status = status
    }
    let periods = try await FrameworkQueries(db: req.db).periods()
    let periodCode =
      req.query[String.self, at: "period"] ?? periods.first { PlanWorkflow.isOpen(endYear: $0.endYear, now: Date()) }?
      .code
      ?? periods.first?.code ?? ""
    let period = try await FrameworkQueries(db: req.db).require(periodCode)
    let queries = PlanAreaQueries(db: req.db)
    let found = try await queries.rows(
      filter, periodID: period.requireID(), paging: req.paging(perPage: PlanAreaQueries.perPage))
    let counts = try await queries.statusCounts(filter, periodID: period.requireID())
    let provinces = try await ProvinceDirectory.load(on: req.db)
    let model = AreaPlansModel(
      periodCode: period.code, periods: periods.map { ($0.code, $0.name) }, filter: filter,
      chosenProvince: chosenProvince ?? "",
      provinceChoices: user.scope == .nation || filter.region != nil
        ? provinces.sorted.filter { filter.region == nil || $0.region == filter.region }.map { ($0.id!, $0.nameTH) }
        : [],
      rows: found.rows, total: found.total, page: found.paging.page, counts: counts,
      provinceNames: provinces.byCode.mapValues(\.nameTH))
    return req.page(AreaPlansPage(shell: req.shell("แผนของ อปท. ในพื้นที่"), model: model).html)
  }
}
