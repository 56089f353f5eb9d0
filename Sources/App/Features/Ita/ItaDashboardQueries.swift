import Domain
import Fluent
import Foundation
import SQLKit
import Vapor

/// An area's ITA figures, summed in SQL.
struct ItaAreaTotals: Decodable, Sendable {
  let organizations: Int64
  let with_total: Int64
  let total_sum: Int64?
  let passed: Int64
}

struct ItaLevelCount: Decodable, Sendable {
  let level: String?
  let n: Int64
}

/// One organization's row of the dashboard: its ITA total and the annual report's counts.
struct ItaDashboardRow: Decodable, Sendable {
  let code: String
  let name: String
  let province_code: String
  let district: String
  let region: Int?
  let total_hundredths: Int64?
  let level: String?
  let passed: Bool
  let projects: Int64?
  let in_progress: Int64?
  let completed: Int64?

  /// Implementation % of the year's 12-month report (submitted ones only).
  var implementation: Percent? {
    guard let projects, projects > 0 else { return nil }
    return Percent.implementation(
      completed: Int(clamping: completed ?? 0), inProgress: Int(clamping: in_progress ?? 0),
      of: Int(clamping: projects))
  }
}

/// A child area of the dashboard (region, province or district) with its figures.
struct ItaChildRow: Decodable, Sendable {
  let key: String
  let label: String
  let organizations: Int64
  let with_total: Int64
  let total_sum: Int64?
  let passed: Int64
}

struct ItaDashboardQueries {
  let db: Database
  private var sql: any SQLDatabase { db as! any SQLDatabase }

  static func areaClause(_ area: OversightArea) -> SQLQueryString {
    switch area {
    case .nation: return " WHERE 1 = 1"
    case .region(let number): return " WHERE pv.region = \(bind: number)"
    case .province(let code): return " WHERE o.province_code = \(bind: code)"
    case .district(let code, let name): return " WHERE o.province_code = \(bind: code) AND o.district = \(bind: name)"
    }
  }

  private static let from: SQLQueryString =
    " FROM ita_results r JOIN organizations o ON o.code = r.organization_code JOIN provinces pv ON pv.code = o.province_code"

  private func yearClause(_ area: OversightArea, _ year: Int) -> SQLQueryString {
    Self.areaClause(area) + " AND r.fiscal_year = \(bind: year)"
  }

  func totals(in area: OversightArea, year: Int) async throws -> ItaAreaTotals {
    var query: SQLQueryString = "SELECT CAST(COUNT(*) AS BIGINT) AS organizations, "
    query += "CAST(COUNT(r.total_hundredths) AS BIGINT) AS with_total, "
    query += "CAST(SUM(r.total_hundredths) AS BIGINT) AS total_sum, "
    query += "CAST(COALESCE(SUM(CASE WHEN r.passed = \(bind: true) THEN 1 ELSE 0 END), 0) AS BIGINT) AS passed"
    let row = try await sql.raw(query + Self.from + yearClause(area, year)).first(decoding: ItaAreaTotals.self)
    return row ?? ItaAreaTotals(organizations: 0, with_total: 0, total_sum: nil, passed: 0)
  }

  func levels(in area: OversightArea, year: Int) async throws -> [ItaLevelCount] {
    try await sql.raw(
      "SELECT r.level, CAST(COUNT(*) AS BIGINT) AS n" + Self.from + yearClause(area, year) + " GROUP BY r.level"
    ).all(decoding: ItaLevelCount.self)
  }

  /// Mean of each indicator (hundredths, half-up) over the organizations that have it.
  func indicatorMeans(in area: OversightArea, year: Int) async throws -> [Int: Int64] {
    var columns: [SQLQueryString] = []
    for number in ItaIndicator.numbers {
      columns.append(
        "CAST(SUM(r.i\(unsafeRaw: String(number))) AS BIGINT) AS s\(unsafeRaw: String(number)), "
          + "CAST(COUNT(r.i\(unsafeRaw: String(number))) AS BIGINT) AS c\(unsafeRaw: String(number))")
    }
    let query: SQLQueryString = "SELECT " + columns.joined(separator: ", ") + Self.from + yearClause(area, year)
    guard let row = try await sql.raw(query).first() else { return [:] }
    var means: [Int: Int64] = [:]
    for number in ItaIndicator.numbers {
      let sum = (try? row.decode(column: "s\(number)", as: Int64?.self)) ?? nil
      let count = (try? row.decode(column: "c\(number)", as: Int64.self)) ?? 0
      if let sum, count > 0 { means[number] = ItaDashboardQueries.mean(sum, count) }
    }
    return means
  }

  /// The area's organizations with a result of the year, with the annual report's counts.
  func organizations(in area: OversightArea, year: Int, annualRound: UUID?) async throws -> [ItaDashboardRow] {
    var query: SQLQueryString = """
      SELECT o.code, o.name, o.province_code, o.district, pv.region, r.total_hundredths, r.level, r.passed, \
      s.projects, s.in_progress, s.completed
      """
    query += Self.from
    query += " LEFT JOIN reports rp ON rp.org_code = o.code AND rp.round_id = \(bind: annualRound ?? UUID())"
    query += " LEFT JOIN report_stats s ON s.report_id = rp.id"
    query += yearClause(area, year) + " ORDER BY o.code"
    return try await sql.raw(query).all(decoding: ItaDashboardRow.self)
  }

  /// The next level down, grouped in SQL.
  func children(of area: OversightArea, year: Int) async throws -> [ItaChildRow] {
    let key: SQLQueryString
    let label: SQLQueryString
    switch area {
    case .nation:
      // Bangkok, and provinces set to ส่วนกลาง, have no region: an empty key, never NULL.
      key = "COALESCE(CAST(pv.region AS TEXT), '')"
      label = "COALESCE(CAST(pv.region AS TEXT), '')"
    case .region:
      key = "o.province_code"
      label = "pv.name_th"
    case .province:
      key = "o.district"
      label = "o.district"
    case .district: return []
    }
    var query: SQLQueryString = "SELECT " + key + " AS key, MIN(" + label + ") AS label, "
    query += "CAST(COUNT(*) AS BIGINT) AS organizations, CAST(COUNT(r.total_hundredths) AS BIGINT) AS with_total, "
    query += "CAST(SUM(r.total_hundredths) AS BIGINT) AS total_sum, "
    query += "CAST(COALESCE(SUM(CASE WHEN r.passed = \(bind: true) THEN 1 ELSE 0 END), 0) AS BIGINT) AS passed"
    query += Self.from + yearClause(area, year) + " GROUP BY " + key + " ORDER BY " + key
    return try await sql.raw(query).all(decoding: ItaChildRow.self)
  }

  /// The 12-month round of the year, if any.
  func annualRound(year: Int) async throws -> UUID? {
    try await RoundQueries(db: db).find(year: year, kind: .twelveMonth)?.id
  }

  /// Years that have results, newest first.
  func years() async throws -> [Int] {
    try await ItaQueries(db: db).years().map(\.fiscal_year)
  }

  /// sum ÷ count, half-up, in hundredths.
  static func mean(_ sum: Int64, _ count: Int64) -> Int64 {
    guard count > 0 else { return 0 }
    return Int64(clamping: (Int128(sum) * 2 + Int128(count)) / (2 * Int128(count)))
  }
}
