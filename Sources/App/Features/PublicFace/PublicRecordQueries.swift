import Domain
import Fluent
import SQLKit
import Vapor

/// An organization's integrity record as the public sees it: its current approved plan at a
/// glance, its confirmed reports round by round (nothing unsubmitted: a draft, a report
/// awaiting the executive or a returned one all read "not submitted"), ITA results, published
/// announcements and complaint counts.
struct PublicRecord {
  struct PlanGlance {
    let period: String
    let version: Int
    let approvedAt: Date?
    let projects: Int
    let budget: Money
    let byDimension: [(dimension: Int, name: String, projects: Int, budget: Money)]
  }

  enum Standing: Equatable {
    case onTime, late, missing, open

    var thaiName: String {
      switch self {
      case .onTime: return "ส่งตรงเวลา"
      case .late: return "ส่งล่าช้า"
      case .missing: return "ไม่ได้ส่ง"
      case .open: return "อยู่ระหว่างรอบการรายงาน"
      }
    }
  }

  struct RoundLine {
    let slug: String
    let fiscalYear: Int
    let kind: RoundKind
    let dueDate: Date
    let standing: Standing
    let projects: Int
    let pending: Int
    let inProgress: Int
    let completed: Int
    let cannot: Int
    let implementation: Percent?
    let disbursement: Percent?
    /// Only for the latest confirmed report: the level its filed copy states (the rule of its day).
    var level: ImplementationLevel?
    let reportID: UUID?
    var label: String { "\(fiscalYear)/\(kind.rawValue)" }
  }

  var plan: PlanGlance?
  /// Oldest first.
  var rounds: [RoundLine] = []
  var ita: [(year: Int, total: Int64?, level: String?)] = []
  var announcementsThisYear = 0
  var complaints: ComplaintCounts?
  var fiscalYear = FiscalYear(containing: Date()).buddhistYear

  var latest: RoundLine? { rounds.last { $0.standing == .onTime || $0.standing == .late } }
}

struct PublicRecordQueries {
  let db: Database
  private var sql: any SQLDatabase { db as! any SQLDatabase }

  func record(of organization: Organization, now: Date = Date()) async throws -> PublicRecord {
    let code = organization.code
    var record = PublicRecord()
    record.fiscalYear = FiscalYear(containing: now).buddhistYear
    if let period = try? await FrameworkQueries(db: db).period(covering: record.fiscalYear) {
      record.plan = try await plan(code, period: period)
    }
    record.rounds = try await rounds(of: organization, now: now)
    if let index = record.rounds.lastIndex(where: { $0.reportID != nil }), let id = record.rounds[index].reportID {
      record.rounds[index].level = try await FilingQueries(db: db).latest(of: id)?.totals.level
    }
    record.ita = try await ItaQueries(db: db).history(code: code).prefix(5).map {
      ($0.fiscal_year, $0.total_hundredths, $0.level)
    }
    record.announcementsThisYear = try await Announcement.query(on: db).filter(\.$organizationCode == code)
      .filter(\.$fiscalYear == record.fiscalYear).filter(\.$publishedOn != nil).count()
    record.complaints = try await ComplaintStatisticsQueries(db: db).year(code, record.fiscalYear, now: now).year
    return record
  }

  private struct DimensionRow: Decodable, MoneySums {
    let dimension: Int
    let projects: Int
    let plan_version: Int
    let approved_at: Date?
    let budget_satang_hi: Int64
    let budget_satang_lo: Int64
    var disbursed_satang_hi: Int64 { 0 }
    var disbursed_satang_lo: Int64 { 0 }
  }

  private func plan(_ code: String, period: PlanPeriod) async throws -> PublicRecord.PlanGlance? {
    var query: SQLQueryString = """
      SELECT dimension, CAST(COUNT(*) AS BIGINT) AS projects, MAX(plan_version) AS plan_version,
        MAX(approved_at) AS approved_at
      """
    query += MoneySQL.sum("budget_satang", as: "budget_satang")
    query += """
       FROM public_projects WHERE org_code = \(bind: code) AND period_code = \(bind: period.code)
        AND inconsistent = \(bind: false)
      GROUP BY dimension ORDER BY dimension
      """
    let rows = try await sql.raw(query).all(decoding: DimensionRow.self)
    guard let first = rows.first else { return nil }
    let names = Dictionary(period.outline.dimensions.map { ($0.number, $0.name) }) { a, _ in a }
    return PublicRecord.PlanGlance(
      period: period.code, version: first.plan_version, approvedAt: rows.compactMap(\.approved_at).max(),
      projects: rows.map(\.projects).reduce(0, +), budget: Money.sum(rows.map { Money(satang: $0.budget_satang) }),
      byDimension: rows.map { ($0.dimension, names[$0.dimension] ?? "", $0.projects, Money(satang: $0.budget_satang)) })
  }

  private struct ReportRow: Decodable {
    let id: UUID
    let round_id: UUID
    let status: String
    let late: Bool
    let projects: Int?
    let pending: Int?
    let cannot: Int?
    let in_progress: Int?
    let completed: Int?
    let budget_satang: Int64?
    let disbursed_satang: Int64?
  }

  /// Every round the organization had to report in (it existed on the due date), with what it
  /// filed. Figures come from the confirmed reports' totals only.
  private func rounds(of organization: Organization, now: Date)
    async throws -> [PublicRecord.RoundLine]
  {
    let reports = try await sql.raw(
      """
      SELECT r.id, r.round_id, r.status, r.late, s.projects, s.pending, s.cannot, s.in_progress, s.completed, s.budget_satang, s.disbursed_satang
      FROM reports r LEFT JOIN report_stats s ON s.report_id = r.id
      WHERE r.org_code = \(bind: organization.code)
      """
    ).all(decoding: ReportRow.self)
    let byRound = Dictionary(reports.map { ($0.round_id, $0) }) { a, _ in a }
    let rounds = try await RoundQueries(db: db).all().sorted {
      ($0.fiscalYear, $0.kind.rawValue) < ($1.fiscalYear, $1.kind.rawValue)
    }
    return rounds.compactMap { round in
      guard let id = round.id, round.openedAt != nil || round.dueDate < now else { return nil }
      if let from = organization.activeFrom, from > round.dueDate { return nil }
      if let until = organization.activeUntil, until < round.dueDate { return nil }
      let report = byRound[id].flatMap { $0.status == ReportStatus.submitted.rawValue ? $0 : nil }
      let standing: PublicRecord.Standing =
        report.map { $0.late ? .late : .onTime } ?? (round.dueDate > now || round.windowOpen ? .open : .missing)
      let projects = report?.projects ?? 0
      let implementation = report.flatMap {
        Percent.implementation(completed: $0.completed ?? 0, inProgress: $0.in_progress ?? 0, of: $0.projects ?? 0)
      }
      return PublicRecord.RoundLine(
        slug: round.slug, fiscalYear: round.fiscalYear, kind: round.kind, dueDate: round.dueDate, standing: standing,
        projects: projects, pending: report?.pending ?? 0, inProgress: report?.in_progress ?? 0,
        completed: report?.completed ?? 0, cannot: report?.cannot ?? 0, implementation: implementation,
        disbursement: report.flatMap { Percent($0.disbursed_satang ?? 0, of: $0.budget_satang ?? 0) },
        reportID: report?.id)
    }
  }
}
