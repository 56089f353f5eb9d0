import Domain
import Fluent
import SQLKit
import Vapor

/// One organization of an area with its standing in a round: one row per organization,
/// read in a single query from the organization list, the round's reports and their
/// pre-aggregated totals, and the plan of the period.
struct OversightOrgRow: Decodable {
  let code: String
  let name: String
  let type: String
  let province_code: String
  let province_name: String
  let district: String
  let region: Int?
  let expected: Int
  let status: String?
  let late: Bool?
  let last_activity: Date?
  let projects: Int?
  let pending: Int?
  let in_progress: Int?
  let completed: Int?
  let cannot: Int?
  let budget_satang: Int64?
  let disbursed_satang: Int64?
  let plan_status: String?
  let coordinator_name: String?
  let coordinator_phone: String?
  let coordinator_email: String?

  var submitted: Bool { status == ReportStatus.submitted.rawValue }

  var figures: OrganizationFigures {
    OrganizationFigures(
      standing: RoundStanding(expected: expected == 1, submitted: submitted, late: late ?? false),
      planApproved: plan_status == PlanStatus.approved.rawValue, hasPlan: plan_status != nil,
      projects: projects ?? 0, pending: pending ?? 0, inProgress: in_progress ?? 0, completed: completed ?? 0,
      cannot: cannot ?? 0, budget: Money(satang: budget_satang ?? 0), disbursed: Money(satang: disbursed_satang ?? 0))
  }
}

/// The summed figures of the organizations of one province (and district, when asked) and
/// type: what a dashboard above district level needs, without a row per organization.
struct AreaSumRow: Decodable, MoneySums {
  let type: String
  let province_code: String
  let province_name: String
  let region: Int?
  let district: String
  let organizations: Int
  let expected: Int
  let submitted: Int
  let on_time: Int
  let plans: Int
  let plans_approved: Int
  let projects: Int
  let pending: Int
  let in_progress: Int
  let completed: Int
  let cannot: Int
  let budget_satang_hi: Int64
  let budget_satang_lo: Int64
  let disbursed_satang_hi: Int64
  let disbursed_satang_lo: Int64

  var figures: AreaFigures {
    AreaFigures(
      organizations: organizations, rate: ReportingRate(expected: expected, submitted: submitted, onTime: on_time),
      plans: plans, plansApproved: plans_approved, projects: projects, pending: pending, inProgress: in_progress,
      completed: completed, cannot: cannot, budget: Money(satang: budget_satang),
      disbursed: Money(satang: disbursed_satang))
  }
}

/// Submitted projects of an area per dimension and sub-mission.
struct GroupFigureRow: Decodable, MoneySums {
  let dimension: Int
  let sub_mission: String
  let projects: Int
  let in_progress: Int
  let completed: Int
  let cannot: Int
  let budget_satang_hi: Int64
  let budget_satang_lo: Int64
  let disbursed_satang_hi: Int64
  let disbursed_satang_lo: Int64
}

/// An area's totals for one round.
struct TrendRow: Decodable, MoneySums {
  let round_id: UUID
  let expected: Int
  let submitted: Int
  let on_time: Int
  let projects: Int
  let in_progress: Int
  let completed: Int
  let budget_satang_hi: Int64
  let budget_satang_lo: Int64
  let disbursed_satang_hi: Int64
  let disbursed_satang_lo: Int64

  var rate: ReportingRate { ReportingRate(expected: expected, submitted: submitted, onTime: on_time) }
  var implementation: Percent? { Percent.implementation(completed: completed, inProgress: in_progress, of: projects) }
  var disbursement: Percent? { Percent(disbursed_satang, of: budget_satang) }
}

struct OversightQueries {
  let db: Database

  /// `contacts`: also the coordinator's details and last activity (for the missing list); the
  /// dashboards leave them out, which makes the national read lighter.
  func organizations(in area: OversightArea, round: ReportRound, periodID: UUID?, contacts: Bool = false) async throws
    -> [OversightOrgRow]
  {
    let sql = db as! any SQLDatabase
    let due = round.dueDate
    let extra: SQLQueryString =
      contacts
      ? "r.updated_at AS last_activity, o.coordinator_name, o.coordinator_phone, o.coordinator_email"
      : "NULL AS last_activity, NULL AS coordinator_name, NULL AS coordinator_phone, NULL AS coordinator_email"
    let query: SQLQueryString = """
      SELECT o.code, o.name, o.type, o.province_code, pv.name_th AS province_name, o.district, pv.region,
        CASE WHEN \(Self.expected(on: "\(bind: due)")) THEN 1 ELSE 0 END AS expected,
        r.status, r.late, \(extra),
        s.projects, s.pending, s.in_progress, s.completed, s.cannot, s.budget_satang, s.disbursed_satang,
        pl.status AS plan_status
      FROM organizations o
      JOIN provinces pv ON pv.code = o.province_code
      LEFT JOIN reports r ON r.org_code = o.code AND r.round_id = \(bind: try round.requireID())
      LEFT JOIN report_stats s ON s.report_id = r.id
      LEFT JOIN plans pl ON pl.org_code = o.code AND pl.period_id = \(bind: periodID ?? UUID())
      """
    return try await sql.raw(query + areaClause(area) + " ORDER BY o.province_code, o.district, o.code")
      .all(decoding: OversightOrgRow.self)
  }

  /// The area's organizations summed per province (and district, `byDistrict`) and type, in
  /// the database: the same figures as adding up `organizations(…)` row by row, for ~500 rows
  /// instead of 7,900 at national level.
  func sums(in area: OversightArea, round: ReportRound, periodID: UUID?, byDistrict: Bool) async throws
    -> [AreaSumRow]
  {
    let district: SQLQueryString = byDistrict ? "o.district" : "''"
    var query: SQLQueryString = "SELECT o.type, o.province_code, pv.name_th AS province_name, pv.region, "
    query += district + " AS district, CAST(COUNT(*) AS BIGINT) AS organizations, "
    query += Self.rateCounts(due: "\(bind: round.dueDate)")
    query += ", CAST(SUM(CASE WHEN pl.status IS NULL THEN 0 ELSE 1 END) AS BIGINT) AS plans"
    query += ", CAST(SUM(CASE WHEN pl.status = \(bind: PlanStatus.approved.rawValue) THEN 1 ELSE 0 END) AS BIGINT)"
    query += " AS plans_approved"
    // The totals table holds submitted reports only.
    for column in ["projects", "pending", "in_progress", "completed", "cannot"] {
      query += ", CAST(COALESCE(SUM(s.\(unsafeRaw: column)), 0) AS BIGINT) AS \(unsafeRaw: column)"
    }
    query += MoneySQL.sum("s.budget_satang", as: "budget_satang")
    query += MoneySQL.sum("s.disbursed_satang", as: "disbursed_satang")
    query += """
       FROM organizations o
      JOIN provinces pv ON pv.code = o.province_code
      LEFT JOIN reports r ON r.org_code = o.code AND r.round_id = \(bind: try round.requireID())
      LEFT JOIN report_stats s ON s.report_id = r.id
      LEFT JOIN plans pl ON pl.org_code = o.code AND pl.period_id = \(bind: periodID ?? UUID())
      """
    query += areaClause(area) + " GROUP BY o.type, o.province_code, pv.name_th, pv.region"
    if byDistrict { query += ", o.district" }
    return try await (db as! any SQLDatabase).raw(query + " ORDER BY o.province_code").all(decoding: AreaSumRow.self)
  }

  /// Sums of the submitted reports' dimension × sub-mission totals (the totals table holds
  /// submitted reports only, so the nation needs no join at all).
  func groups(in area: OversightArea, round: ReportRound) async throws -> [GroupFigureRow] {
    let sql = db as! any SQLDatabase
    var query: SQLQueryString = """
      SELECT g.dimension, g.sub_mission, CAST(SUM(g.projects) AS BIGINT) AS projects,
        CAST(SUM(g.in_progress) AS BIGINT) AS in_progress, CAST(SUM(g.completed) AS BIGINT) AS completed,
        CAST(SUM(g.cannot) AS BIGINT) AS cannot
      """
    query += MoneySQL.sum("g.budget_satang", as: "budget_satang")
    query += MoneySQL.sum("g.disbursed_satang", as: "disbursed_satang")
    query += " FROM report_group_stats g"
    if area == .nation {
      query += " WHERE 1 = 1"
    } else {
      query += " JOIN organizations o ON o.code = g.org_code JOIN provinces pv ON pv.code = o.province_code"
      query += areaClause(area)
    }
    query += " AND g.round_id = \(bind: try round.requireID()) GROUP BY g.dimension, g.sub_mission"
    query += " ORDER BY g.dimension, g.sub_mission"
    return try await sql.raw(query).all(decoding: GroupFigureRow.self)
  }

  /// The area's submitted totals per target group (`sub_mission` carries the group's code,
  /// "" for projects without one; `dimension` is 0), for the dashboard's target-group table.
  func targetGroups(in area: OversightArea, round: ReportRound) async throws -> [GroupFigureRow] {
    var query: SQLQueryString = """
      SELECT 0 AS dimension, t.target_group AS sub_mission, CAST(SUM(t.projects) AS BIGINT) AS projects,
        CAST(SUM(t.in_progress) AS BIGINT) AS in_progress, CAST(SUM(t.completed) AS BIGINT) AS completed,
        CAST(SUM(t.cannot) AS BIGINT) AS cannot
      """
    query += MoneySQL.sum("t.budget_satang", as: "budget_satang")
    query += MoneySQL.sum("t.disbursed_satang", as: "disbursed_satang")
    query += " FROM report_target_stats t"
    if area == .nation {
      query += " WHERE 1 = 1"
    } else {
      query += " JOIN organizations o ON o.code = t.org_code JOIN provinces pv ON pv.code = o.province_code"
      query += areaClause(area)
    }
    query += " AND t.round_id = \(bind: try round.requireID()) GROUP BY t.target_group"
    return try await (db as! any SQLDatabase).raw(query).all(decoding: GroupFigureRow.self)
  }

  /// The area's headline figures for several rounds at once, summed in the database (trends).
  func trend(in area: OversightArea, rounds: [ReportRound]) async throws -> [UUID: TrendRow] {
    guard !rounds.isEmpty else { return [:] }
    let sql = db as! any SQLDatabase
    let submitted: SQLQueryString = "r.status = \(bind: ReportStatus.submitted.rawValue)"
    var query: SQLQueryString = "SELECT rr.id AS round_id, " + Self.rateCounts(due: "rr.due_date")
    for column in ["projects", "in_progress", "completed"] {
      query += ", CAST(COALESCE(SUM(CASE WHEN " + submitted
      query += " THEN s.\(unsafeRaw: column) ELSE 0 END), 0) AS BIGINT) AS \(unsafeRaw: column)"
    }
    for column in ["budget_satang", "disbursed_satang"] {
      query += MoneySQL.sum("CASE WHEN " + submitted + " THEN s.\(unsafeRaw: column) ELSE 0 END", as: column)
    }
    query += " FROM report_rounds rr CROSS JOIN organizations o JOIN provinces pv ON pv.code = o.province_code"
    query += " LEFT JOIN reports r ON r.org_code = o.code AND r.round_id = rr.id"
    query += " LEFT JOIN report_stats s ON s.report_id = r.id"
    query += areaClause(area) + " AND rr.id IN (\(binds: try rounds.map { try $0.requireID() })) GROUP BY rr.id"
    let rows = try await sql.raw(query).all(decoding: TrendRow.self)
    return Dictionary(rows.map { ($0.round_id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// Whether organization `o` exists on the due date (`Domain.Expectation`, in SQL).
  private static func expected(on due: SQLQueryString) -> SQLQueryString {
    "(o.active_from IS NULL OR o.active_from <= " + due + ") AND (o.active_until IS NULL OR o.active_until >= " + due
      + ")"
  }

  /// The `expected`, `submitted` and `on_time` columns of a reporting rate (`Domain.ReportingRate`)
  /// over organizations `o` and their reports `r`.
  private static func rateCounts(due: SQLQueryString) -> SQLQueryString {
    let expected = Self.expected(on: due)
    let submitted: SQLQueryString = expected + " AND r.status = \(bind: ReportStatus.submitted.rawValue)"
    var columns: SQLQueryString = "CAST(COALESCE(SUM(CASE WHEN " + expected + " THEN 1 ELSE 0 END), 0) AS BIGINT)"
    columns += " AS expected, CAST(COALESCE(SUM(CASE WHEN " + submitted + " THEN 1 ELSE 0 END), 0) AS BIGINT)"
    columns += " AS submitted, CAST(COALESCE(SUM(CASE WHEN " + submitted
    columns += " AND r.late = \(bind: false) THEN 1 ELSE 0 END), 0) AS BIGINT) AS on_time"
    return columns
  }

  private func areaClause(_ area: OversightArea) -> SQLQueryString {
    switch area {
    case .nation: return " WHERE 1 = 1"
    case .region(let number): return " WHERE pv.region = \(bind: number)"
    case .province(let code): return " WHERE o.province_code = \(bind: code)"
    case .district(let code, let name): return " WHERE o.province_code = \(bind: code) AND o.district = \(bind: name)"
    }
  }
}
