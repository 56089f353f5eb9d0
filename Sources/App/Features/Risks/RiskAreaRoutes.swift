import Domain
import Fluent
import Vapor

/// A monitor's view of the risk registers in its own area: who has published one for a fiscal
/// year, and the high risks that come up most.
struct RiskAreaRoutes: RouteCollection {
  static let perPage = 100

  func boot(routes: any RoutesBuilder) throws {
    routes.get("risks", use: areaPage)
  }

  func areaPage(req: Request) async throws -> Response {
    let user = try req.requireUser()
    guard user.role.isMonitor, let area = OversightArea.of(user.scope) else {
      throw Abort(.forbidden, reason: "หน้านี้สำหรับผู้กำกับดูแล (อำเภอ จังหวัด ภาค และสำนักงาน ป.ป.ช.)")
    }
    let current = FiscalYear(containing: Date()).buddhistYear
    let year =
      try req.query[String.self, at: "fy"].map { text -> Int in
        guard let year = FiscalYear.parse(typed: text) else {
          throw Abort(.badRequest, reason: "ปีงบประมาณต้องเป็นปี พ.ศ. 4 หลัก (2500–2700)")
        }
        return year
      } ?? current
    let state = req.query[String.self, at: "state"] ?? ""
    let published: Bool? = state == "published" ? true : state == "missing" ? false : nil
    let queries = RiskAreaQueries(db: req.db)
    let list = try await queries.organizations(
      in: area, year: year, published: published, paging: try req.paging(perPage: Self.perPage))
    let model = RiskAreaModel(
      areaName: try await OversightPlace.describe(req, area, paths: .monitor, user: user).name, year: year,
      years: Array((current - 3)...current).reversed(),
      state: state, totals: try await queries.totals(in: area, year: year),
      byCategory: try await queries.frequentHigh(in: area, year: year, byEvent: false),
      byEvent: try await queries.frequentHigh(in: area, year: year, byEvent: true),
      rows: list.rows, total: list.total, paging: list.paging)
    return req.page(RiskAreaPage(shell: req.shell("ทะเบียนความเสี่ยงในพื้นที่"), model: model).html)
  }
}
