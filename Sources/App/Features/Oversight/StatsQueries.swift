import Domain
import Fluent
import SQLKit
import Vapor

/// Writes a confirmed report's totals for the dashboards (replacing earlier ones after a
/// resubmission) and removes them when it is returned, so the totals tables hold submitted
/// reports only. Dashboards read these small tables instead of millions of entries.
struct StatsQueries {
  let db: Database

  /// Removes a report's totals (it was returned for revision: no longer submitted).
  func remove(_ report: Report) async throws {
    try await Self.figuresChanged(on: db)
    let reportID = try report.requireID()
    try await ReportStat.query(on: db).filter(\.$reportID == reportID).delete()
    try await ReportGroupStat.query(on: db).filter(\.$reportID == reportID).delete()
  }

  /// Raises the dashboards' figures version (inside the caller's transaction).
  static func figuresChanged(on db: Database) async throws {
    try await (db as! any SQLDatabase).raw("UPDATE figures_version SET version = version + 1 WHERE id = 1").run()
  }

  /// The current figures version: dashboards reuse their sums while it is unchanged.
  static func figuresVersion(on db: Database) async throws -> Int64 {
    struct Row: Decodable { let version: Int64 }
    return try await (db as! any SQLDatabase).raw("SELECT version FROM figures_version WHERE id = 1")
      .first(decoding: Row.self)?.version ?? 0
  }

  func write(_ report: Report, rows: [ReportRow]) async throws {
    let reportID = try report.requireID()
    let roundID = report.$round.id
    try await remove(report)
    let summary = ReportSummary(lines: rows.map(\.values.line))
    let stat = ReportStat()
    stat.reportID = reportID
    stat.orgCode = report.orgCode
    stat.roundID = roundID
    stat.projects = summary.projects
    stat.pending = summary.pending
    stat.inProgress = summary.inProgress
    stat.completed = summary.completed
    stat.cannot = summary.cannot
    stat.budgetSatang = summary.budget.satang
    stat.disbursedSatang = summary.disbursed.satang
    try await stat.create(on: db)
    let groups = Dictionary(grouping: rows) { GroupKey(dimension: $0.dimension, subMission: $0.subMission ?? "") }
    let stats = groups.map { key, rows in
      let summary = ReportSummary(lines: rows.map(\.values.line))
      let group = ReportGroupStat()
      group.reportID = reportID
      group.roundID = roundID
      group.orgCode = report.orgCode
      group.dimension = key.dimension
      group.subMission = key.subMission
      group.projects = summary.projects
      group.inProgress = summary.inProgress
      group.completed = summary.completed
      group.cannot = summary.cannot
      group.budgetSatang = summary.budget.satang
      group.disbursedSatang = summary.disbursed.satang
      return group
    }
    if !stats.isEmpty { try await stats.create(on: db) }
  }

  private struct GroupKey: Hashable {
    let dimension: Int
    let subMission: String
  }
}
