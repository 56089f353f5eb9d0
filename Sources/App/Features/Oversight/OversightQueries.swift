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
  let projects: Int?
  let pending: Int?
  let in_progress: Int?
  let completed: Int?
  let cannot: Int?
  let budget_satang: Int64?
  let disbursed_satang: Int64?
  let plan_status: String?

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

/// What a follow-up list chases: a round's reports (who has not reported) or a plan period's
/// plans (who has no plan, no approved plan, or approved it after the due date).
enum FollowUpTopic {
  case report(ReportRound)
  case plan(PlanPeriod)

  /// Stored in `reminders.topic`; each topic has its own one-a-day limit.
  var key: String {
    switch self {
    case .report: return "report"
    case .plan: return "plan"
    }
  }

  var dueDate: Date? {
    switch self {
    case .report(let round): return round.dueDate
    case .plan(let period): return period.planDueDate
    }
  }
}

/// One organization on a follow-up list, with its coordinator's contacts, last activity and
/// last reminder of the topic. `total` and the `count_…` columns are the whole list's, so one
/// query answers both the page and its counts.
struct FollowUpRow: Decodable {
  let code: String
  let name: String
  let type: String
  let district: String
  let province_name: String
  /// The report's or the plan's status (nil: none yet).
  let status: String?
  /// Plans only: the first approval (ฉบับที่ 1).
  let first_approved_at: Date?
  let last_activity: Date?
  let coordinator_name: String?
  let coordinator_phone: String?
  let coordinator_email: String?
  let last_reminder: Date?
  let total: Int
  let count_none: Int
  let count_unapproved: Int
  let count_late: Int
}

struct OversightQueries {
  let db: Database

  /// The follow-up list of an area, in one query: every expected organization (existing on
  /// the due date; today when the period has none) that has not submitted the round's report,
  /// or has no plan / no approved plan / approved it after the due date. `show` keeps one
  /// kind of plan standing (`PlanStanding.key`), `remindable` only those a reminder can
  /// still help, `paging` nil reads all (downloads, reminders).
  func followUp(
    _ topic: FollowUpTopic, in area: OversightArea, show: String? = nil, remindable: Bool = false,
    paging: Paging? = nil
  ) async throws -> [FollowUpRow] {
    let sql = db as! any SQLDatabase
    let due = topic.dueDate ?? Date()
    var inner: SQLQueryString = """
      SELECT o.code, o.name, o.type, o.district, o.province_code, pv.name_th AS province_name,
        o.coordinator_name, o.coordinator_phone, o.coordinator_email,
      """
    switch topic {
    case .report(let round):
      let id = try round.requireID()
      inner += """
         r.status, NULL AS first_approved_at, r.updated_at AS last_activity, 'missing' AS category,
        (SELECT MAX(m.sent_at) FROM reminders m WHERE m.org_code = o.code AND m.round_id = \(bind: id)) AS last_reminder
        FROM organizations o JOIN provinces pv ON pv.code = o.province_code
        LEFT JOIN reports r ON r.org_code = o.code AND r.round_id = \(bind: id)
        """
      inner += areaClause(area) + " AND " + Self.expected(on: "\(bind: due)")
      inner += " AND (r.status IS NULL OR r.status <> \(bind: ReportStatus.submitted.rawValue))"
    case .plan(let period):
      let id = try period.requireID()
      // The first moment that is late; without a due date nothing is.
      let lateFrom = topic.dueDate.map { PlanDeadline.lateFrom(dueDate: $0) }
      // The first approval is version 1's; a plan approved without frozen versions (loaded
      // by `generate`) counts from its approval time.
      let first: SQLQueryString = "COALESCE(v.approved_at, pl.approved_at)"
      let late: SQLQueryString = lateFrom.map { first + " >= \(bind: $0)" } ?? "1 = 0"
      inner += " pl.status, " + first + " AS first_approved_at, pl.updated_at AS last_activity,"
      inner += " CASE WHEN pl.id IS NULL THEN 'none' WHEN " + first + " IS NULL THEN 'unapproved' ELSE 'late' END"
      inner += """
         AS category,
        (SELECT MAX(m.sent_at) FROM reminders m WHERE m.org_code = o.code AND m.period_id = \(bind: id)) AS last_reminder
        FROM organizations o JOIN provinces pv ON pv.code = o.province_code
        LEFT JOIN plans pl ON pl.org_code = o.code AND pl.period_id = \(bind: id)
        LEFT JOIN plan_versions v ON v.plan_id = pl.id AND v.number = 1
        """
      inner += areaClause(area) + " AND " + Self.expected(on: "\(bind: due)")
      inner += " AND (" + first + " IS NULL OR " + late + ")"
    }
    // The inner window counts are of the whole list, the outer one of the rows kept.
    var query: SQLQueryString = "SELECT f.*, COUNT(*) OVER () AS total FROM (SELECT t.*"
    for key in ["none", "unapproved", "late"] {
      query += ", CAST(SUM(CASE WHEN t.category = \(bind: key) THEN 1 ELSE 0 END) OVER () AS BIGINT)"
      query += " AS count_\(unsafeRaw: key)"
    }
    query += " FROM (" + inner + ") t) f WHERE 1 = 1"
    if let show { query += " AND f.category = \(bind: show)" }
    if remindable { query += " AND f.category IN ('missing', 'none', 'unapproved')" }
    query += " ORDER BY province_code, district, code"
    if let paging { query += " LIMIT \(literal: paging.perPage) OFFSET \(literal: paging.offset)" }
    return try await sql.raw(query).all(decoding: FollowUpRow.self)
  }

  func organizations(in area: OversightArea, round: ReportRound, periodID: UUID?) async throws -> [OversightOrgRow] {
    try await organizations(where: areaClause(area), round: round, periodID: periodID)
  }

  /// An organization and its sub-units (กรุงเทพมหานคร and its district offices and
  /// departments), read exactly as a district's dashboard reads its organizations.
  func units(of parent: String, round: ReportRound, periodID: UUID?) async throws -> [OversightOrgRow] {
    try await organizations(
      where: " WHERE (o.code = \(bind: parent) OR o.parent_code = \(bind: parent))", round: round, periodID: periodID)
  }

  private func organizations(where clause: SQLQueryString, round: ReportRound, periodID: UUID?) async throws
    -> [OversightOrgRow]
  {
    let sql = db as! any SQLDatabase
    let due = round.dueDate
    let query: SQLQueryString = """
      SELECT o.code, o.name, o.type, o.province_code, pv.name_th AS province_name, o.district, pv.region,
        CASE WHEN \(Self.expected(on: "\(bind: due)")) THEN 1 ELSE 0 END AS expected,
        r.status, r.late,
        s.projects, s.pending, s.in_progress, s.completed, s.cannot, s.budget_satang, s.disbursed_satang,
        pl.status AS plan_status
      FROM organizations o
      JOIN provinces pv ON pv.code = o.province_code
      LEFT JOIN reports r ON r.org_code = o.code AND r.round_id = \(bind: try round.requireID())
      LEFT JOIN report_stats s ON s.report_id = r.id
      LEFT JOIN plans pl ON pl.org_code = o.code AND pl.period_id = \(bind: periodID ?? UUID())
      """
    return try await sql.raw(query + clause + " ORDER BY o.province_code, o.district, o.code")
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
