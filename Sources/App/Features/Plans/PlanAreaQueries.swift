import Domain
import Fluent
import SQLKit
import Vapor

/// One organization of a monitor's area with its plan for a period.
struct AreaPlanRow: Decodable {
  let code: String
  let name: String
  let type: String
  let district: String
  let province_code: String
  let status: String?
  let projects: Int?
  let budget_hi: Int64?
  let budget_lo: Int64?

  var budget: Int64? { budget_hi.map { MoneySQL.joined(hi: $0, lo: budget_lo ?? 0) } }
}

/// The part of the country a plan overview covers.
struct AreaFilter {
  var provinceCode: String?
  var district: String?
  var region: Int?
  var status: String?
}

/// Plan status of every organization in an area: for monitors' lists and counts.
struct PlanAreaQueries {
  let db: Database
  static let perPage = 100

  func rows(_ filter: AreaFilter, periodID: UUID, paging requested: Paging) async throws -> (
    rows: [AreaPlanRow], total: Int, paging: Paging
  ) {
    let sql = db as! SQLDatabase
    let from = fromClause(periodID) + whereClause(filter, includeStatus: true)
    let total = try await sql.raw("SELECT COUNT(*) AS count " + from).first(decoding: Count.self)?.count ?? 0
    let paging = requested.within(total: total)
    let select: SQLQueryString = """
      SELECT o.code, o.name, o.type, o.district, o.province_code, p.status,
        (SELECT COUNT(*) FROM plan_projects pp WHERE pp.plan_id = p.id AND pp.deleted_at IS NULL AND pp.inconsistent = \(false)) AS projects,
        (SELECT CAST(SUM(b.amount_satang / \(literal: MoneySQL.split)) AS BIGINT) FROM plan_project_budgets b
          JOIN plan_projects pp ON pp.id = b.project_id
          WHERE pp.plan_id = p.id AND pp.deleted_at IS NULL AND pp.inconsistent = \(false)) AS budget_hi,
        (SELECT CAST(SUM(b.amount_satang % \(literal: MoneySQL.split)) AS BIGINT) FROM plan_project_budgets b
          JOIN plan_projects pp ON pp.id = b.project_id
          WHERE pp.plan_id = p.id AND pp.deleted_at IS NULL AND pp.inconsistent = \(false)) AS budget_lo
      """
    let order: SQLQueryString =
      " ORDER BY o.province_code, o.district, o.code LIMIT \(literal: paging.perPage) OFFSET \(literal: paging.offset)"
    let rows = try await sql.raw(select + " " + from + order).all(decoding: AreaPlanRow.self)
    return (rows, total, paging)
  }

  /// Organizations per plan status ("none" = no plan yet) in the area.
  func statusCounts(_ filter: AreaFilter, periodID: UUID) async throws -> [String: Int] {
    struct Row: Decodable { let status: String; let count: Int }
    let query: SQLQueryString =
      "SELECT COALESCE(p.status, 'none') AS status, COUNT(*) AS count "
      + fromClause(periodID) + whereClause(filter, includeStatus: false) + " GROUP BY COALESCE(p.status, 'none')"
    let rows = try await (db as! SQLDatabase).raw(query).all(decoding: Row.self)
    return Dictionary(uniqueKeysWithValues: rows.map { ($0.status, $0.count) })
  }

  private struct Count: Decodable { let count: Int }

  private func fromClause(_ periodID: UUID) -> SQLQueryString {
    "FROM organizations o LEFT JOIN plans p ON p.org_code = o.code AND p.period_id = \(bind: periodID)"
  }

  private func whereClause(_ filter: AreaFilter, includeStatus: Bool) -> SQLQueryString {
    var clause: SQLQueryString = " WHERE 1 = 1"
    if let province = filter.provinceCode { clause += " AND o.province_code = \(bind: province)" }
    if let district = filter.district { clause += " AND o.district = \(bind: district)" }
    if let region = filter.region {
      clause += " AND o.province_code IN (SELECT code FROM provinces WHERE region = \(bind: region))"
    }
    if includeStatus, let status = filter.status {
      clause += status == "none" ? " AND p.id IS NULL" : " AND p.status = \(bind: status)"
    }
    return clause
  }
}
