import Domain
import Fluent
import SQLKit
import Vapor

extension ReportQueries {
  /// The counted projects of the plan in the round's year, in plan order, with their entries.
  /// Read as plain columns in one query (projects joined with their budgets and entries): this
  /// runs on every save, and decoding whole plan models was most of a save's time.
  /// `only`: just these projects (an autosave validates the rows it was sent). Without
  /// `evidence`, evidence counts are left at 0 (saves do not show them).
  /// A submitted report's rows come from its latest filed copy, never from the plan as it
  /// stands (`live` reads the plan anyway: to file it).
  func rows(
    planID: UUID?, report: Report?, year: Int, only: [UUID]? = nil, evidence withEvidence: Bool = true,
    live: Bool = false
  ) async throws -> [ReportRow] {
    if !live, let report, report.status == .submitted, let filed = try await filedCopy(of: report) {
      let evidence = withEvidence ? try await evidenceCounts(try report.requireID()) : [:]
      let rows = FilingQueries.rows(filed, evidence: evidence)
      guard let only else { return rows }
      let wanted = Set(only)
      return rows.filter { wanted.contains($0.projectID) }
    }
    guard let planID else { return [] }
    if let only, only.isEmpty { return [] }
    let sql = db as! any SQLDatabase
    let some: SQLQueryString = only.map { " AND p.id IN (\(binds: $0))" } ?? ""
    let reportID = report?.id ?? UUID()
    let lines = try await sql.raw(
      """
      SELECT p.id, p.number, p.type, p.name, p.dimension_number, p.sub_mission_number, p.inconsistent, p.target_groups,
        b.fiscal_year, b.amount_satang, e.progress, e.reason, e.reason_text, e.budget_satang, e.disbursed_satang, e.note,
        e.in_ordinance, e.version
      FROM plan_projects p LEFT JOIN plan_project_budgets b ON b.project_id = p.id
      LEFT JOIN report_entries e ON e.report_id = \(bind: reportID) AND e.project_id = p.id
      WHERE p.plan_id = \(bind: planID) AND p.deleted_at IS NULL
      """ + some + " ORDER BY p.number, p.id"
    ).all(decoding: ProjectBudgetLine.self)
    let evidence = report != nil && withEvidence ? try await evidenceCounts(reportID) : [:]
    return Self.counted(lines, year: year, evidence: evidence)
  }

  /// The latest filed copy of a submitted report (kept on the model for the rest of the request).
  func filedCopy(of report: Report) async throws -> FiledReport? {
    if let copy = report.filedCopy { return copy }
    let copy = try await FilingQueries(db: db).latest(of: report.requireID())
    report.filedCopy = copy
    return copy
  }

  private func evidenceCounts(_ reportID: UUID) async throws -> [UUID: Int] {
    let query: SQLQueryString = """
      SELECT project_id, COUNT(*) AS files FROM report_evidence WHERE report_id = \(bind: reportID)
      GROUP BY project_id
      """
    var evidence: [UUID: Int] = [:]
    for file in try await (db as! any SQLDatabase).raw(query).all(decoding: EvidenceCount.self) {
      evidence[file.project_id] = file.files
    }
    return evidence
  }

  /// The saved entries of these projects in a report.
  static func storedEntries(_ reportID: UUID, _ projects: [UUID], on db: Database) async throws -> [UUID: StoredEntry] {
    let lines = try await (db as! any SQLDatabase).raw(
      """
      SELECT project_id, progress, reason, reason_text, budget_satang, disbursed_satang, note, in_ordinance, version
      FROM report_entries WHERE report_id = \(bind: reportID) AND project_id IN (\(binds: projects))
      """
    ).all(decoding: EntryLine.self)
    return Dictionary(lines.map { ($0.project_id, StoredEntry(values: $0.values, version: $0.version)) }) { a, _ in a }
  }

  /// The report's summary (domain §6) summed by the database, for answers that need only the
  /// totals (autosave). The WHERE clause is `ReportScope.counts` (tested to agree with it):
  /// consistent, not removed, and budgeted in the year or in no year at all.
  func summary(planID: UUID?, report: Report?, year: Int) async throws -> ReportSummary {
    if let report, report.status == .submitted, let filed = try await filedCopy(of: report) { return filed.summary }
    guard let planID else { return ReportSummary(lines: []) }
    struct Totals: Decodable {
      let projects: Int, pending: Int?, in_progress: Int?, completed: Int?, cannot: Int?
      let budget_hi: Int64, budget_lo: Int64, disbursed_hi: Int64, disbursed_lo: Int64
    }
    let reportID = report?.id ?? UUID()
    var query: SQLQueryString = """
      SELECT COUNT(*) AS projects,
        SUM(CASE WHEN e.progress IS NULL THEN 1 ELSE 0 END) AS pending,
        SUM(CASE WHEN e.progress = \(bind: ProjectProgress.inProgress.rawValue) THEN 1 ELSE 0 END) AS in_progress,
        SUM(CASE WHEN e.progress = \(bind: ProjectProgress.completed.rawValue) THEN 1 ELSE 0 END) AS completed,
        SUM(CASE WHEN e.progress = \(bind: ProjectProgress.cannot.rawValue) THEN 1 ELSE 0 END) AS cannot
      """
    query += MoneySQL.sum("COALESCE(e.budget_satang, b.year_amount, 0)", as: "budget")
    query += MoneySQL.sum("COALESCE(e.disbursed_satang, 0)", as: "disbursed")
    query += """

      FROM plan_projects p
      LEFT JOIN (
        SELECT project_id, SUM(CASE WHEN fiscal_year = \(bind: year) THEN amount_satang ELSE 0 END) AS year_amount,
          SUM(CASE WHEN amount_satang > 0 THEN 1 ELSE 0 END) AS budgeted_years
        FROM plan_project_budgets
        WHERE project_id IN (SELECT id FROM plan_projects WHERE plan_id = \(bind: planID))
        GROUP BY project_id
      ) b ON b.project_id = p.id
      LEFT JOIN report_entries e ON e.report_id = \(bind: reportID) AND e.project_id = p.id
      WHERE p.plan_id = \(bind: planID) AND p.deleted_at IS NULL AND p.inconsistent = \(false)
        AND (COALESCE(b.budgeted_years, 0) = 0 OR b.year_amount > 0)
      """
    let totals = try await (db as! any SQLDatabase).raw(query).first(decoding: Totals.self)
    guard let totals else { return ReportSummary(lines: []) }
    return ReportSummary(
      projects: totals.projects, pending: totals.pending ?? 0, inProgress: totals.in_progress ?? 0,
      completed: totals.completed ?? 0, cannot: totals.cannot ?? 0,
      budget: Money(satang: MoneySQL.joined(hi: totals.budget_hi, lo: totals.budget_lo)),
      disbursed: Money(satang: MoneySQL.joined(hi: totals.disbursed_hi, lo: totals.disbursed_lo)))
  }

  private static func counted(_ lines: [ProjectBudgetLine], year: Int, evidence: [UUID: Int]) -> [ReportRow] {
    ProjectBudgetLine.grouped(lines).compactMap { project, budgets in
      let snapshot = ProjectSnapshot(
        id: "", number: project.number, type: .project, name: project.name, dimension: project.dimension_number,
        subMission: project.sub_mission_number, budgets: budgets, inconsistent: project.inconsistent)
      guard ReportScope.counts(snapshot, in: year) else { return nil }
      return ReportRow(
        projectID: project.id, number: project.number, type: ProjectType(rawValue: project.type) ?? .project,
        name: project.name, dimension: project.dimension_number, subMission: project.sub_mission_number,
        planBudget: snapshot.budget(for: year), entry: project.entry, version: project.version ?? 0,
        evidenceCount: evidence[project.id] ?? 0, targetGroups: TargetGroup.fromStored(project.target_groups))
    }
  }
}

/// A project with one of its yearly budgets (none: nil year) and its entry (none: nil version),
/// as the join returns it.
private struct ProjectBudgetLine: Decodable {
  let id: UUID
  let number: Int
  let type: String
  let name: String
  let dimension_number: Int
  let sub_mission_number: String?
  let inconsistent: Bool
  let target_groups: String
  let fiscal_year: Int?
  let amount_satang: Int64?
  let progress: String?
  let reason: String?
  let reason_text: String?
  let budget_satang: Int64?
  let disbursed_satang: Int64?
  let note: String?
  let in_ordinance: Bool?
  let version: Int?

  var entry: ReportEntryValues? {
    guard version != nil else { return nil }
    return EntryLine.values(
      progress: progress, reason: reason, reasonText: reason_text ?? "", budget: budget_satang ?? 0,
      disbursed: disbursed_satang ?? 0, note: note ?? "", inOrdinance: in_ordinance)
  }

  /// Consecutive lines of the same project folded into the project and its budgets by year.
  static func grouped(_ lines: [ProjectBudgetLine]) -> [(ProjectBudgetLine, [Int: Int64])] {
    var projects: [(ProjectBudgetLine, [Int: Int64])] = []
    for line in lines {
      if projects.last?.0.id != line.id { projects.append((line, [:])) }
      if let year = line.fiscal_year, let amount = line.amount_satang {
        projects[projects.count - 1].1[year, default: 0] += amount
      }
    }
    return projects
  }
}

private struct EntryLine: Decodable {
  let project_id: UUID
  let progress: String?
  let reason: String?
  let reason_text: String
  let budget_satang: Int64
  let disbursed_satang: Int64
  let note: String
  let in_ordinance: Bool?
  let version: Int

  var values: ReportEntryValues {
    Self.values(
      progress: progress, reason: reason, reasonText: reason_text, budget: budget_satang, disbursed: disbursed_satang,
      note: note, inOrdinance: in_ordinance)
  }

  static func values(
    progress: String?, reason: String?, reasonText: String, budget: Int64, disbursed: Int64, note: String,
    inOrdinance: Bool?
  ) -> ReportEntryValues {
    ReportEntryValues(
      progress: progress.flatMap(ProjectProgress.init), reason: reason.flatMap(CannotReason.init),
      reasonText: reasonText, budget: Money(satang: budget), disbursed: Money(satang: disbursed), note: note,
      inOrdinance: inOrdinance)
  }
}

private struct EvidenceCount: Decodable {
  let project_id: UUID
  let files: Int
}
