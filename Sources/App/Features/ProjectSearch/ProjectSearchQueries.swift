import Domain
import Fluent
import Foundation
import SQLKit

/// One project of `public_projects`, with its organization's name and type (what the search
/// and the open data read).
struct ProjectSearchRow: Decodable {
  let id: Int64
  let org_code: String
  let org_name: String
  let org_type: String
  let district: String
  let province_code: String
  let period_code: String
  let plan_version: Int
  let number: Int
  let type: String
  let name: String
  let objectives: String
  let dimension: Int
  let sub_mission: String
  let target_groups: String
  let years: String
  let budgets: String
  let budget_satang: Int64
  let approved_at: Date?
  let inconsistent: Bool

  var organizationName: String { OrganizationType(rawValue: org_type)?.fullName(org_name) ?? org_name }
  var budget: Money { Money(satang: budget_satang) }
  var targetGroups: [TargetGroup] { TargetGroup.fromStored(target_groups) }
}

/// How many projects a search found per dimension and per province.
struct ProjectSearchCounts {
  var total = 0
  var byDimension: [(dimension: Int, count: Int)] = []
  var byProvince: [(code: String, count: Int)] = []
}

/// The nationwide project search over `public_projects` (approved plans only). Thai words are
/// found as substrings through the trigram index (SQLite FTS5, PostgreSQL pg_trgm), never by
/// scanning every project's text.
struct ProjectSearchQueries {
  let db: Database
  /// A download holds at most this many rows; the whole dataset is in the open data.
  static let downloadLimit = 50_000

  private var sql: any SQLDatabase { db as! any SQLDatabase }
  private var isSQLite: Bool { sql.dialect.name == "sqlite" }

  func page(_ query: ProjectSearchQuery, paging: Paging) async throws -> [ProjectSearchRow] {
    try await rows(query, limit: paging.perPage, offset: paging.offset)
  }

  /// The columns of a `ProjectSearchRow`.
  static let select: SQLQueryString = """
    SELECT p.id, p.org_code, o.name AS org_name, o.type AS org_type, o.district, p.province_code, p.period_code,
      p.plan_version, p.number, p.type, p.name, p.objectives, p.dimension, p.sub_mission, p.target_groups, p.years,
      p.budgets, p.budget_satang, p.approved_at, p.inconsistent
    FROM public_projects p JOIN organizations o ON o.code = p.org_code
    """

  /// In the order projects entered the index (plan by plan, as approved): the order the
  /// trigram index gives its matches in, so a page stops after its rows instead of sorting
  /// every match of a common word.
  func rows(_ query: ProjectSearchQuery, limit: Int, offset: Int = 0) async throws -> [ProjectSearchRow] {
    try await sql.raw(
      Self.select
        + """
           WHERE \(whereClause(query))
        ORDER BY p.id
        LIMIT \(bind: limit) OFFSET \(bind: offset)
        """
    ).all(decoding: ProjectSearchRow.self)
  }

  /// Totals per dimension and province in one grouped query.
  func counts(_ query: ProjectSearchQuery) async throws -> ProjectSearchCounts {
    struct Cell: Decodable {
      let dimension: Int
      let province_code: String
      let n: Int
    }
    // SQLite would read every matching row, long texts and all; the facets index holds what
    // the count needs (unless a short term must be checked in the text itself).
    let from: SQLQueryString =
      isSQLite && query.shortTerms.isEmpty
      ? "public_projects p INDEXED BY \(unsafeRaw: ProjectIndexQueries.facetsIndex)" : "public_projects p"
    let cells = try await sql.raw(
      "SELECT p.dimension, p.province_code, COUNT(*) AS n FROM " + from
        + " WHERE \(whereClause(query)) GROUP BY p.dimension, p.province_code"
    ).all(decoding: Cell.self)
    var counts = ProjectSearchCounts()
    var dimensions: [Int: Int] = [:]
    var provinces: [String: Int] = [:]
    for cell in cells {
      counts.total += cell.n
      dimensions[cell.dimension, default: 0] += cell.n
      provinces[cell.province_code, default: 0] += cell.n
    }
    counts.byDimension = dimensions.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    counts.byProvince = provinces.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { ($0.key, $0.value) }
    return counts
  }

  private func whereClause(_ query: ProjectSearchQuery) -> SQLQueryString {
    var clause: SQLQueryString = "p.inconsistent = \(bind: false)"
    let like: SQLQueryString = isSQLite ? "LIKE" : "ILIKE"
    if isSQLite, let expression = query.ftsExpression {
      clause +=
        " AND p.id IN (SELECT rowid FROM public_project_search WHERE public_project_search MATCH \(bind: expression))"
    } else {
      for term in query.indexedTerms {
        clause += " AND p.search_text \(like) \(bind: ProjectSearchQuery.likePattern(term)) ESCAPE '\\'"
      }
    }
    for term in query.shortTerms {
      clause += " AND p.search_text \(like) \(bind: ProjectSearchQuery.likePattern(term)) ESCAPE '\\'"
    }
    if let province = query.province { clause += " AND p.province_code = \(bind: province)" }
    if let type = query.organizationType { clause += " AND p.org_type = \(bind: type.rawValue)" }
    if let dimension = query.dimension { clause += " AND p.dimension = \(bind: dimension)" }
    if let sub = query.subMission { clause += " AND p.sub_mission = \(bind: sub)" }
    if let group = query.targetGroup {
      clause += " AND (';' || p.target_groups || ';') LIKE \(bind: "%;" + group.rawValue + ";%")"
    }
    if let year = query.fiscalYear { clause += " AND p.years LIKE \(bind: "%," + String(year) + ",%")" }
    if let low = query.budgetMin { clause += " AND p.budget_satang >= \(bind: low.satang)" }
    if let high = query.budgetMax { clause += " AND p.budget_satang <= \(bind: high.satang)" }
    return clause
  }
}
