import Domain
import Fluent
import SQLKit
import Vapor

/// Writes a confirmed report's totals for the dashboards (replacing earlier ones after a
/// resubmission) and removes them when it is returned, so the totals tables hold submitted
/// reports only. Dashboards read these small tables instead of millions of entries.
/// The dashboards' cache keys: a version for every round, one for plans and one per round.
struct FiguresVersions {
  var all: Int64 = 0
  var plans: Int64 = 0
  var rounds: [UUID: Int64] = [:]

  /// For a round's sums by area (they count plans too).
  func key(_ round: UUID?) -> String { "v\(all).\(plans).\(round.flatMap { rounds[$0] } ?? 0)" }
  /// For a round's point of the trend (reports and organizations only).
  func trendKey(_ round: UUID?) -> String { "v\(all).\(round.flatMap { rounds[$0] } ?? 0)" }
}

struct StatsQueries {
  let db: Database

  /// Removes a report's totals (it was returned for revision: no longer submitted).
  func remove(_ report: Report) async throws {
    try await Self.figuresChanged(on: db, round: report.$round.id)
    let reportID = try report.requireID()
    try await ReportStat.query(on: db).filter(\.$reportID == reportID).delete()
    try await ReportGroupStat.query(on: db).filter(\.$reportID == reportID).delete()
    try await ReportTargetStat.query(on: db).filter(\.$reportID == reportID).delete()
  }

  /// Raises the dashboards' figures version for every round (inside the caller's transaction).
  static func figuresChanged(on db: Database) async throws {
    try await (db as! any SQLDatabase).raw("UPDATE figures_version SET version = version + 1 WHERE id = 1").run()
  }

  /// Raises the plans' figures version: a plan was created or changed status (only the plan
  /// columns of the dashboards depend on it, not the trend).
  static func planFiguresChanged(on db: Database) async throws {
    try await (db as! any SQLDatabase).raw("UPDATE figures_version SET version = version + 1 WHERE id = 2").run()
  }

  /// Raises one round's figures version: a report of it was confirmed or returned.
  static func figuresChanged(on db: Database, round: UUID) async throws {
    try await (db as! any SQLDatabase).raw(
      """
      INSERT INTO figures_round_version (round_id, version) VALUES (\(bind: round), 1)
      ON CONFLICT (round_id) DO UPDATE SET version = figures_round_version.version + 1
      """
    ).run()
  }

  /// The current figures versions: dashboards reuse a round's sums while both the version for
  /// every round and the round's own stay the same.
  static func figuresVersions(on db: Database) async throws -> FiguresVersions {
    struct Row: Decodable {
      let id: Int?
      let round_id: UUID?
      let version: Int64
    }
    let rows = try await (db as! any SQLDatabase).raw(
      """
      SELECT id, NULL AS round_id, version FROM figures_version
      UNION ALL SELECT NULL, round_id, version FROM figures_round_version
      """
    ).all(decoding: Row.self)
    var versions = FiguresVersions()
    for row in rows {
      switch (row.id, row.round_id) {
      case (_, let round?): versions.rounds[round] = row.version
      case (2, _): versions.plans = row.version
      default: versions.all = row.version
      }
    }
    return versions
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
    try await writeTargets(report, rows: rows)
  }

  /// The report's totals per target group (a project counts in each of its groups; those
  /// without one under "ไม่ระบุ", key "").
  func writeTargets(_ report: Report, rows: [ReportRow]) async throws {
    let stats = try Self.targetStats(report, rows: rows)
    if !stats.isEmpty { try await stats.create(on: db) }
  }

  static func targetStats(_ report: Report, rows: [ReportRow]) throws -> [ReportTargetStat] {
    let reportID = try report.requireID()
    var byGroup: [String: [ReportRow]] = [:]
    for row in rows {
      let keys = row.targetGroups.isEmpty ? [""] : row.targetGroups.map(\.rawValue)
      for key in keys { byGroup[key, default: []].append(row) }
    }
    return byGroup.map { key, rows in
      let summary = ReportSummary(lines: rows.map(\.values.line))
      let stat = ReportTargetStat()
      stat.reportID = reportID
      stat.roundID = report.$round.id
      stat.orgCode = report.orgCode
      stat.targetGroup = key
      stat.projects = summary.projects
      stat.inProgress = summary.inProgress
      stat.completed = summary.completed
      stat.cannot = summary.cannot
      stat.budgetSatang = summary.budget.satang
      stat.disbursedSatang = summary.disbursed.satang
      return stat
    }
  }

  private struct GroupKey: Hashable {
    let dimension: Int
    let subMission: String
  }
}
