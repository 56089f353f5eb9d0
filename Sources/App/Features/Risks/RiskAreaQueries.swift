import Domain
import Fluent
import Foundation
import SQLKit

struct RiskAreaTotals: Decodable, Sendable {
  let organizations: Int64
  let published: Int64
}

struct RiskAreaRow: Decodable, Sendable {
  let code: String
  let name: String
  let district: String
  let province: String
  let copies: Int64?
  let high: Int64
}

struct RiskFrequentRow: Decodable, Sendable {
  let label: String
  let organizations: Int64
  let risks: Int64
}

/// A monitor's view of the registers in its area: who has published one, and the high risks
/// that come up most, in SQL over the latest published copies' rows.
struct RiskAreaQueries {
  let db: Database
  private var sql: any SQLDatabase { db as! any SQLDatabase }
  static let highLevels = [RiskLevel.high.rawValue, RiskLevel.veryHigh.rawValue]

  private static let from: SQLQueryString = " FROM organizations o JOIN provinces pv ON pv.code = o.province_code"

  func totals(in area: OversightArea, year: Int) async throws -> RiskAreaTotals {
    var query: SQLQueryString = "SELECT CAST(COUNT(*) AS BIGINT) AS organizations, "
    query += "CAST(COALESCE(SUM(CASE WHEN rr.copies > 0 THEN 1 ELSE 0 END), 0) AS BIGINT) AS published"
    query += Self.from + " LEFT JOIN risk_registers rr ON rr.organization_code = o.code"
    query += " AND rr.fiscal_year = \(bind: year)" + ItaDashboardQueries.areaClause(area)
    return try await sql.raw(query).first(decoding: RiskAreaTotals.self)
      ?? RiskAreaTotals(organizations: 0, published: 0)
  }

  /// The area's organizations with their register of the year, `published` nil for all.
  func organizations(in area: OversightArea, year: Int, published: Bool?, paging: Paging) async throws -> (
    rows: [RiskAreaRow], total: Int, paging: Paging
  ) {
    var filter: SQLQueryString = Self.from + " LEFT JOIN risk_registers rr ON rr.organization_code = o.code"
    filter += " AND rr.fiscal_year = \(bind: year)" + ItaDashboardQueries.areaClause(area)
    if let published { filter += published ? " AND rr.copies > 0" : " AND COALESCE(rr.copies, 0) = 0" }
    let count = try await sql.raw("SELECT CAST(COUNT(*) AS BIGINT) AS n" + filter).first()
    let total = Int((try? count?.decode(column: "n", as: Int64.self)) ?? 0)
    let page = paging.within(total: total)
    var query: SQLQueryString = "SELECT o.code, o.name, o.district, pv.name_th AS province, "
    query += "CAST(rr.copies AS BIGINT) AS copies, CAST((SELECT COUNT(*) FROM risk_published_items i"
    query += " WHERE i.organization_code = o.code AND i.fiscal_year = \(bind: year)"
    query += " AND i.level IN (\(bind: Self.highLevels[0]), \(bind: Self.highLevels[1]))) AS BIGINT) AS high"
    query += filter + " ORDER BY o.province_code, o.district, o.code"
    query += " LIMIT \(bind: page.perPage) OFFSET \(bind: page.offset)"
    return (try await sql.raw(query).all(decoding: RiskAreaRow.self), total, page)
  }

  /// High and very high risks by kind, or (`byEvent`) the ten events written most alike.
  func frequentHigh(in area: OversightArea, year: Int, byEvent: Bool) async throws -> [RiskFrequentRow] {
    let key: SQLQueryString = byEvent ? "i.event" : "i.category"
    var query: SQLQueryString = "SELECT " + key + " AS label, CAST(COUNT(DISTINCT i.organization_code) AS BIGINT)"
    query += " AS organizations, CAST(COUNT(*) AS BIGINT) AS risks"
    query += " FROM risk_published_items i JOIN organizations o ON o.code = i.organization_code"
    query += " JOIN provinces pv ON pv.code = o.province_code" + ItaDashboardQueries.areaClause(area)
    query += " AND i.fiscal_year = \(bind: year)"
    query += " AND i.level IN (\(bind: Self.highLevels[0]), \(bind: Self.highLevels[1]))"
    query += " GROUP BY " + key + " ORDER BY risks DESC, label LIMIT 10"
    return try await sql.raw(query).all(decoding: RiskFrequentRow.self)
  }
}
