import Domain
import Vapor

/// `GET /api/v1/organizations/{code}/reports/{fiscalYear}/{round}`: public once submitted;
/// before that only the organization and the monitors of its area.
struct ReportAPIRoutes: RouteCollection {
  func boot(routes: any RoutesBuilder) throws {
    routes.get("api", "v1", "organizations", ":code", "reports", ":year", ":round", use: report)
  }

  func report(req: Request) async throws -> ReportJSON {
    let context = try await ReportContext.load(req)
    let rows = try await ReportQueries(db: req.db).rows(
      planID: context.planID, report: context.report, year: context.year)
    let report = context.report
    var filings = 0
    if let report, report.firstSubmittedAt != nil {
      filings = try await FilingQueries(db: req.db).list(of: report.requireID()).count
    }
    let summary = ReportSummary(lines: rows.map(\.values.line))
    let (level, levelRule) = context.level(summary)
    return ReportJSON(
      context: context, rows: rows, level: level, levelRule: levelRule,
      status: (context.status.rawValue, report?.status.thaiName ?? "ยังไม่เริ่มรายงาน"),
      submittedAt: report?.status == .submitted ? report?.submittedAt : nil, filings: filings,
      late: report?.late ?? false,
      overall: (
        report?.problems ?? "", report?.suggestions ?? "", report?.reporterName ?? "", report?.reporterPosition ?? ""
      ))
  }
}
