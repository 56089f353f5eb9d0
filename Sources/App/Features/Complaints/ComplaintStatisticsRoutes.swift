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
    let raw = req.parameters.get("year") ?? ""
    guard raw.count <= 4, let year = Int(ThaiDigits.toArabic(raw)), (2500...2700).contains(year) else {
      throw Abort(.badRequest, reason: "ปีงบประมาณต้องเป็นปี พ.ศ. 4 หลัก เช่น 2570")
    }
    return year
  }

  func page(req: Request) async throws -> Response {
    let record = try await OrganizationQueries(db: req.db).require(req.parameters.get("code") ?? "")
    let year = try Self.year(req)
    let format = req.query[String.self, at: "format"] ?? ""
    guard ["", "csv", "xlsx"].contains(format) else { throw Abort(.badRequest, reason: "รูปแบบไฟล์ต้องเป็น csv หรือ xlsx") }
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
    var year = FiscalYear(containing: Date()).buddhistYear
    if let typed = req.query[String.self, at: "fy"], !typed.isEmpty {
      guard typed.count <= 4, let value = Int(ThaiDigits.toArabic(typed)), (2500...2700).contains(value) else {
        throw Abort(.badRequest, reason: "ปีงบประมาณต้องเป็นปี พ.ศ. 4 หลัก เช่น 2570")
      }
      year = value
    }
    let format = req.query[String.self, at: "format"] ?? ""
    guard ["", "csv", "xlsx"].contains(format) else { throw Abort(.badRequest, reason: "รูปแบบไฟล์ต้องเป็น csv หรือ xlsx") }
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
