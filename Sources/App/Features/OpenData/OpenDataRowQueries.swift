import Domain
import Fluent
import Foundation
import SQLKit

/// Reads one partition of an open dataset in pages (keyset, never OFFSET) and hands each row
/// to `emit`, so a national file of millions of rows never sits in memory. Only public data:
/// approved plans (`public_projects`), the latest filed copy of confirmed reports, ITA
/// results, complaint counts.
struct OpenDataRowQueries {
  let db: Database
  let publicURL: String
  typealias Emit = ([OpenDataValue]) async throws -> Void
  static let pageSize = 2_000
  /// Filed reports are decoded a page at a time (each holds every line of the report).
  static let filingsPerPage = 100

  var sql: any SQLDatabase { db as! any SQLDatabase }

  func rows(_ dataset: OpenDataDataset, partition: String, emit: Emit) async throws {
    switch dataset.id {
    case "organizations": try await organizations(emit)
    case "plans": try await plans(period: partition, emit)
    case "projects": try await projects(period: partition, budgets: false, emit)
    case "project-budgets": try await projects(period: partition, budgets: true, emit)
    case "report-entries": try await filings(round: partition, entries: true, emit)
    case "report-figures": try await filings(round: partition, entries: false, emit)
    case "reporting-rates": try await rates(round: partition, emit)
    case "ita-results": try await ita(year: Int(partition) ?? 0, emit)
    case "complaint-statistics": try await complaints(year: Int(partition) ?? 0, emit)
    default: return
    }
  }

  // MARK: - Organizations

  private struct OrganizationRow: Decodable {
    let code: String
    let name: String
    let type: String
    let province_code: String
    let province_name: String
    let district: String
    let region: Int?
    let parent_code: String?
    let active_from: Date?
    let active_until: Date?
    let population: Int?
    let area_km2: Double?
    let income_satang: Int64?
  }

  private func organizations(_ emit: Emit) async throws {
    var after = ""
    while true {
      let page = try await sql.raw(
        """
        SELECT o.code, o.name, o.type, o.province_code, pv.name_th AS province_name, o.district, pv.region,
          o.parent_code, o.active_from, o.active_until, o.population, o.area_km2, o.income_satang
        FROM organizations o JOIN provinces pv ON pv.code = o.province_code
        WHERE o.code > \(bind: after) ORDER BY o.code LIMIT \(bind: Self.pageSize)
        """
      ).all(decoding: OrganizationRow.self)
      for row in page {
        try await emit(
          [
            .text(row.code), .text(fullName(row.name, row.type)), .text(row.province_code), .text(row.province_name),
            .text(row.district), .text(row.type), row.region.map { .integer($0) } ?? .null,
            .optionalText(row.parent_code), date(row.active_from), date(row.active_until),
            row.population.map { .integer($0) } ?? .null,
            row.area_km2.map { .decimal(OrganizationPage.decimal($0)) } ?? .null,
            row.income_satang.map { .money($0) } ?? .null, .text(publicURL + Paths.organization(row.code)),
          ])
      }
      guard page.count == Self.pageSize, let last = page.last else { return }
      after = last.code
    }
  }

  // MARK: - Plans and projects

  private func projects(period: String, budgets: Bool, _ emit: Emit) async throws {
    try await eachProject(period: period) { row in
      let organization: [OpenDataValue] = [
        .text(row.org_code), .text(fullName(row.org_name, row.org_type)), .text(row.province_code),
      ]
      if budgets {
        for (year, satang) in PublicProjectFacts.budgets(from: row.budgets) {
          try await emit(
            organization + [
              .text(row.period_code), .integer(row.number), .text(row.name), .integer(year), .money(satang),
            ])
        }
        return
      }
      try await emit(
        organization + [
          .text(row.period_code), .integer(row.plan_version), .integer(row.number), .text(row.type), .text(row.name),
          .integer(row.dimension), .optionalText(row.sub_mission),
          .optionalText(TargetGroup.fromStored(row.target_groups).map(\.thaiName).joined(separator: "; ")),
          .optionalText(row.objectives.replacingOccurrences(of: "\n", with: "; ")),
          .optionalText(row.years.split(separator: ",").joined(separator: "; ")), .money(row.budget_satang),
          .boolean(!row.inconsistent),
        ])
    }
  }

  private struct PlanRow: Decodable, MoneySums {
    let org_code: String
    let org_name: String
    let org_type: String
    let province_code: String
    let plan_version: Int
    let approved_at: Date?
    let projects: Int
    let budget_satang_hi: Int64
    let budget_satang_lo: Int64
    var disbursed_satang_hi: Int64 { 0 }
    var disbursed_satang_lo: Int64 { 0 }
  }

  /// A plan per organization, summed from its counted projects as the search index holds them.
  private func plans(period: String, _ emit: Emit) async throws {
    var after = ""
    while true {
      var query: SQLQueryString = """
        SELECT p.org_code, o.name AS org_name, o.type AS org_type, p.province_code, MAX(p.plan_version) AS plan_version,
          MAX(p.approved_at) AS approved_at,
          CAST(SUM(CASE WHEN p.inconsistent THEN 0 ELSE 1 END) AS BIGINT) AS projects
        """
      query += MoneySQL.sum("CASE WHEN p.inconsistent THEN 0 ELSE p.budget_satang END", as: "budget_satang")
      query += """
         FROM public_projects p JOIN organizations o ON o.code = p.org_code
        WHERE p.period_code = \(bind: period) AND p.org_code > \(bind: after)
        GROUP BY p.org_code, o.name, o.type, p.province_code ORDER BY p.org_code LIMIT \(bind: Self.pageSize)
        """
      let page = try await sql.raw(query).all(decoding: PlanRow.self)
      for row in page {
        try await emit(
          [
            .text(row.org_code), .text(fullName(row.org_name, row.org_type)), .text(row.province_code),
            .text(period), .integer(row.plan_version), datetime(row.approved_at), .integer(row.projects),
            .money(row.budget_satang),
          ])
      }
      guard page.count == Self.pageSize, let last = page.last else { return }
      after = last.org_code
    }
  }

  private func eachProject(period: String, _ body: (ProjectSearchRow) async throws -> Void) async throws {
    var after: Int64 = 0
    while true {
      let page = try await sql.raw(
        ProjectSearchQueries.select
          + " WHERE p.period_code = \(bind: period) AND p.id > \(bind: after) ORDER BY p.id LIMIT \(bind: Self.pageSize)"
      ).all(decoding: ProjectSearchRow.self)
      for row in page { try await body(row) }
      guard page.count == Self.pageSize, let last = page.last else { return }
      after = last.id
    }
  }

  // MARK: - Helpers

  func fullName(_ name: String, _ type: String) -> String { OrganizationType(rawValue: type)?.fullName(name) ?? name }

  func date(_ value: Date?) -> OpenDataValue { value.map { .text(ThaiCalendar.isoDate($0)) } ?? .null }

  func datetime(_ value: Date?) -> OpenDataValue {
    value.map { .text($0.ISO8601Format()) } ?? .null
  }

  /// Hundredths (ITA scores) as a decimal: 8523 → "85.23".
  func hundredths(_ value: Int64?) -> OpenDataValue {
    value.map { .decimal(Percent(hundredths: $0).description) } ?? .null
  }
}
