import Domain
import Fluent
import Vapor

/// The published statistics (anyone; the organization links them as its OIT complaint
/// statistics) and monitors' area totals under each dashboard.
struct ComplaintStatisticsRoutes: RouteCollection {
  func boot(routes: any RoutesBuilder) throws {
    routes.get("organizations", ":code", "complaint-statistics", use: latest)
    routes.get("organizations", ":code", "complaint-statistics", ":year", use: page)
    routes.get("api", "v1", "organizations", ":code", "complaint-statistics", ":year", use: api)
    for (path, area) in OversightArea.routes(suffix: "complaints") {
      routes.get(path) { req in try await dashboard(req, area(req)) }
    }
  }

  func latest(req: Request) async throws -> Response {
    let record = try await OrganizationQueries(db: req.db).require(req.parameters.get("code") ?? "")
    return req.redirect(
      to: Paths.complaintStatistics(record.organization.code, FiscalYear(containing: Date()).buddhistYear))
  }

  static func year(_ req: Request) throws -> Int {
    guard let year = FiscalYear.parse(typed: req.parameters.get("year") ?? "") else { throw Request.badFiscalYear }
    return year
  }

  func page(req: Request) async throws -> Response {
    let record = try await OrganizationQueries(db: req.db).require(req.parameters.get("code") ?? "")
    let year = try Self.year(req)
    let format = try req.downloadFormat()
    let queries = ComplaintStatisticsQueries(db: req.db)
    let model = ComplaintStatisticsModel(
      code: record.organization.code, organizationName: record.organization.fullName,
      statistics: try await queries.year(record.organization.code, year),
      years: try await queries.years(record.organization.code))
    if !format.isEmpty {
      return try SpreadsheetDownload.make(
        format: format, sheet: "สถิติเรื่องร้องเรียน", header: ComplaintStatisticsModel.header, rows: model.rows,
        name: "complaint-statistics-\(record.organization.code)-\(year)")
    }
    let shell = req.shell("สถิติเรื่องร้องเรียนการทุจริต ปี \(year) \(record.organization.fullName)")
    return req.page(ComplaintStatisticsPage(shell: shell, model: model).html)
  }

  func api(req: Request) async throws -> ComplaintStatisticsDTO {
    let record = try await OrganizationQueries(db: req.db).require(req.parameters.get("code") ?? "")
    let year = try Self.year(req)
    let statistics = try await ComplaintStatisticsQueries(db: req.db).year(record.organization.code, year)
    return ComplaintStatisticsDTO(organizationCode: record.organization.code, statistics: statistics)
  }

  func dashboard(_ req: Request, _ area: OversightArea) async throws -> Response {
    let place = try await OversightPlace.load(req, area)
    let year = try req.fiscalYearQuery() ?? FiscalYear(containing: Date()).buddhistYear
    let format = try req.downloadFormat()
    let model = ComplaintAreaModel(
      areaPath: area.path, areaName: place.name, breadcrumbs: place.breadcrumbs, year: year,
      rows: try await ComplaintStatisticsQueries(db: req.db).area(area, fiscalYear: year))
    if !format.isEmpty {
      return try SpreadsheetDownload.make(
        format: format, sheet: "เรื่องร้องเรียน", header: ComplaintAreaModel.header, rows: model.tableRows,
        name: "complaints-\(year)")
    }
    return req.page(ComplaintAreaPage(shell: req.shell("เรื่องร้องเรียนการทุจริต \(place.name)"), model: model).html)
  }
}
