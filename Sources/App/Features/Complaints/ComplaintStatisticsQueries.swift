import Domain
import Fluent
import SQLKit
import Vapor

/// The published counts: an organization's year from its cases' plain columns (no content is
/// opened), and an area's per-organization sums in SQL.
struct ComplaintStatisticsQueries {
  let db: Database
  private var sql: any SQLDatabase { db as! any SQLDatabase }

  func year(_ code: String, _ fiscalYear: Int, now: Date = Date()) async throws -> ComplaintYearStatistics {
    let complaints = try await Complaint.query(on: db).filter(\.$organizationCode == code)
      .filter(\.$fiscalYear == fiscalYear)
      .field(\.$id).field(\.$stateRaw).field(\.$outcomeRaw).field(\.$concernRaw).field(\.$receivedOn)
      .field(\.$dueOn).field(\.$closedAt).all()
    let facts = complaints.map {
      ComplaintCounts.Fact(
        state: $0.state, outcome: $0.outcome, concern: $0.concern, clock: $0.clock, closedAt: $0.closedAt)
    }
    return ComplaintYearStatistics(fiscalYear: fiscalYear, facts: facts, now: now)
  }

  /// Fiscal years the organization has cases in, newest first, always with the current one.
  func years(_ code: String, now: Date = Date()) async throws -> [Int] {
    struct Row: Decodable { let fiscal_year: Int }
    let rows = try await sql.raw(
      "SELECT DISTINCT fiscal_year FROM complaints WHERE organization_code = \(bind: code)"
    ).all(decoding: Row.self)
    return Array(Set(rows.map(\.fiscal_year) + [FiscalYear(containing: now).buddhistYear])).sorted(by: >)
  }

  struct AreaRow: Decodable, Sendable {
    let code: String
    let name: String
    let type: String
    let received: Int64
    let in_progress: Int64
    let completed: Int64
    let not_taken_up: Int64
    let overdue: Int64
    /// 1 when open cases wait at an organization that has no complaint officer to read them.
    let unattended: Int64

    var fullName: String { OrganizationType(rawValue: type)?.fullName(name) ?? name }
  }

  /// Each organization of the area that has cases in the year, with its counts.
  func area(_ area: OversightArea, fiscalYear: Int, now: Date = Date()) async throws -> [AreaRow] {
    let today = ThaiCalendar.isoDate(now)
    let open = ComplaintState.allCases.filter(\.isOpen).map(\.rawValue)
    var query: SQLQueryString = "SELECT o.code, o.name, o.type, CAST(COUNT(*) AS BIGINT) AS received, "
    query += "CAST(SUM(CASE WHEN c.state IN (\(binds: open)) THEN 1 ELSE 0 END) AS BIGINT) AS in_progress, "
    query += "CAST(SUM(CASE WHEN c.state = \(bind: ComplaintState.closed.rawValue)"
    query += " THEN 1 ELSE 0 END) AS BIGINT) AS completed, "
    query += "CAST(SUM(CASE WHEN c.state = \(bind: ComplaintState.notTakenUp.rawValue)"
    query += " THEN 1 ELSE 0 END) AS BIGINT) AS not_taken_up, "
    query += "CAST(SUM(CASE WHEN (c.state IN (\(binds: open)) AND c.due_on < \(bind: today))"
    query +=
      " OR (c.state NOT IN (\(binds: open)) AND c.closed_on > c.due_on) THEN 1 ELSE 0 END) AS BIGINT) AS overdue, "
    query += "CAST(MAX(CASE WHEN c.state IN (\(binds: open)) AND c.about_executive = \(bind: false) AND NOT EXISTS ("
    query += "SELECT 1 FROM users u WHERE u.org_code = o.code AND u.role = \(bind: Role.complaintOfficer.rawValue)"
    query += " AND u.is_disabled = \(bind: false)) THEN 1 ELSE 0 END) AS BIGINT) AS unattended"
    query += " FROM complaints c JOIN organizations o ON o.code = c.organization_code"
    query += " JOIN provinces pv ON pv.code = o.province_code"
    query += ItaDashboardQueries.areaClause(area) + " AND c.fiscal_year = \(bind: fiscalYear)"
    query += " GROUP BY o.code, o.name, o.type ORDER BY overdue DESC, received DESC, o.code"
    return try await sql.raw(query).all(decoding: AreaRow.self)
  }
}
