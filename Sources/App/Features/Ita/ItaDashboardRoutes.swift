import Domain
import Fluent
import Vapor

/// `…/ita` under every dashboard area: the area's ITA figures for monitors.
extension ItaRoutes {
  func dashboard(_ req: Request, _ area: OversightArea) async throws -> Response {
    let place = try await OversightPlace.load(req, area)
    let queries = ItaDashboardQueries(db: req.db)
    let years = try await queries.years()
    let year = try req.fiscalYearQuery() ?? years.first ?? FiscalYear(containing: Date()).buddhistYear - 1
    let sortText = req.query[String.self, at: "sort"] ?? ""
    guard let sort = ItaDashboardSort(rawValue: sortText.isEmpty ? "total" : sortText) else {
      throw Abort(.badRequest, reason: "การเรียงต้องเป็น total, name หรือ code")
    }
    let format = try req.downloadFormat()
    let rows = try await queries.organizations(
      in: area, year: year, annualRound: try await queries.annualRound(year: year))
    let readiness = try await OitQueries(db: req.db).readiness(year, codes: rows.map(\.code))
    let model = ItaDashboardModel(
      area: area, areaName: place.name, breadcrumbs: place.breadcrumbs, year: year, years: years, sort: sort,
      totals: try await queries.totals(in: area, year: year), levels: try await queries.levels(in: area, year: year),
      indicatorMeans: try await queries.indicatorMeans(in: area, year: year),
      children: try await queries.children(of: area, year: year), rows: rows, readiness: readiness)
    if !format.isEmpty {
      return try SpreadsheetDownload.make(
        format: format, sheet: "ITA", header: ItaDashboardModel.tableHeader, rows: model.tableRows,
        name: "ita-\(year)")
    }
    return req.page(ItaDashboardPage(shell: req.shell("ภาพรวมผล ITA \(place.name)"), model: model).html)
  }
}
