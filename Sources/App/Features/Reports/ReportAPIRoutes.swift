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
    let summary = ReportSummary(lines: rows.map(\.values.line))
    let (level, levelRule) = context.level(summary)
    let report = context.report
    var filings = 0
    if let report, report.firstSubmittedAt != nil {
      filings = try await FilingQueries(db: req.db).list(of: report.requireID()).count
    }
    return ReportJSON(
      organizationCode: context.code, organizationName: context.record.organization.fullName,
      fiscalYear: context.year, round: context.kind.rawValue, status: context.status.rawValue,
      statusName: report?.status.thaiName ?? "ยังไม่เริ่มรายงาน", projects: summary.projects, pending: summary.pending,
      inProgress: summary.inProgress, completed: summary.completed, cannot: summary.cannot,
      budget: summary.budget.decimalString, disbursed: summary.disbursed.decimalString,
      disbursementPercent: summary.disbursementPercent?.description,
      implementationPercent: summary.implementationPercent?.description, level: level?.rawValue, levelRule: levelRule,
      submittedAt: report?.status == .submitted ? report?.submittedAt : nil, filings: filings,
      late: report?.late ?? false,
      problems: report?.problems ?? "", suggestions: report?.suggestions ?? "",
      reporterName: report?.reporterName ?? "",
      reporterPosition: report?.reporterPosition ?? "",
      rows: rows.map { row in
        let values = row.values
        return .init(
          projectId: row.projectID.uuidString, no: row.number, type: row.type.rawValue, name: row.name,
          dimension: row.dimension, subMission: row.subMission, targetGroups: row.targetGroups.map(\.thaiName),
          status: values.statusLabel, reason: values.reasonLabel.isEmpty ? nil : values.reasonLabel,
          planBudget: row.planBudget.decimalString, budget: values.budget.decimalString,
          disbursed: values.disbursed.decimalString, inOrdinance: values.inOrdinance, note: values.note,
          evidenceCount: row.evidenceCount)
      })
  }
}
