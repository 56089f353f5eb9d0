import Domain
import Vapor

struct RoundJSON: Content {
  let fiscalYear: Int
  let round: Int
  let title: String
  let dueDate: Date
  let open: Bool

  init(_ round: ReportRound) {
    fiscalYear = round.fiscalYear
    self.round = round.kind.rawValue
    title = round.title
    dueDate = round.dueDate
    open = round.windowOpen
  }
}

/// `POST /api/v1/rounds`: a round to create (`dueDate` a Gregorian ISO date; default the
/// kind's due date; `open` opens the window at once).
struct RoundInputJSON: Content {
  var fiscalYear: Int?
  var round: Int?
  var dueDate: String?
  var open: Bool?
}

struct RoundForm: Content {
  var fiscalYear: String?
  var kind: String?
  var dueDate: String?
  var open: String?
  var orgCode: String?
  var until: String?
  var reason: String?
}

/// The round form's fields for one project: `status_<projectID>`, `reason_…`, `reason_text_…`,
/// `budget_…`, `disbursed_…`, `note_…` and `version_…`. The per-project form uses the same
/// names, so one parser serves the table, the single-project page and the autosave script.
enum EntryForm {
  static let fields = ["status", "reason", "reason_text", "budget", "disbursed", "in_ordinance", "note"]

  static func name(_ field: String, _ id: UUID) -> String { "\(field)_\(id.uuidString)" }

  /// The projects a form carries rows for (each row has a `version_<id>` field).
  static func projectIDs(in form: [String: String]) -> [UUID] {
    form.keys.compactMap { $0.hasPrefix("version_") ? UUID(uuidString: String($0.dropFirst(8))) : nil }
  }

  struct Parsed {
    var changes: [EntryChange] = []
    /// What was typed, per project, to show again after a failed save.
    var typed: [UUID: [String: String]] = [:]
    var errors: [UUID: FieldErrors] = [:]
  }

  /// Reads the rows present in the form (those with a version field); rows typed exactly as
  /// they stand are not changes.
  static func parse(_ form: [String: String], rows: [ReportRow]) -> Parsed {
    var parsed = Parsed()
    for row in rows {
      guard let versionText = form[name("version", row.projectID)] else { continue }
      var cells: [String: String] = [:]
      for field in fields { cells[field] = form[name(field, row.projectID)] ?? "" }
      // A form without the ordinance field (an older page still open) keeps the saved answer.
      if form[name("in_ordinance", row.projectID)] == nil {
        cells["in_ordinance"] = OrdinanceAnswer.text(row.values.inOrdinance)
      }
      parsed.typed[row.projectID] = cells
      switch ReportEntryRules.validate(cells, planBudget: row.planBudget) {
      case .failure(let errors): parsed.errors[row.projectID] = errors
      case .success(let values) where values != row.values:
        parsed.changes.append(
          EntryChange(projectID: row.projectID, values: values, expectedVersion: Int(versionText) ?? -1))
      case .success: break
      }
    }
    return parsed
  }

  /// The form cells of a row as it stands (amounts in the "15,000.00" style people type).
  static func cells(_ row: ReportRow) -> [String: String] {
    let values = row.values
    return [
      "status": values.progress?.rawValue ?? "", "reason": values.reason?.rawValue ?? "",
      "reason_text": values.reasonText, "budget": values.budget.formatted,
      "disbursed": row.entry == nil && values.disbursed == .zero ? "" : values.disbursed.formatted, "note": values.note,
      "in_ordinance": OrdinanceAnswer.text(values.inOrdinance),
    ]
  }
}

/// The answer to an autosave (`Accept: application/json`) of the round form.
struct EntrySaveJSON: Content {
  struct Row: Content {
    let id: String
    /// saved, unchanged, conflict or invalid
    let result: String
    let version: Int?
    let errors: [String: String]?
    let message: String?
  }
  let rows: [Row]
  let summary: ReportSummaryJSON
}

struct ReportSummaryJSON: Content {
  let projects: Int
  let pending: Int
  let inProgress: Int
  let completed: Int
  let cannot: Int
  let budget: String
  let disbursed: String
  let disbursementPercent: String?
  let implementationPercent: String?
  let level: String?

  init(_ summary: ReportSummary, thresholds: LevelThresholds) {
    projects = summary.projects
    pending = summary.pending
    inProgress = summary.inProgress
    completed = summary.completed
    cannot = summary.cannot
    budget = summary.budget.decimalString
    disbursed = summary.disbursed.decimalString
    disbursementPercent = summary.disbursementPercent?.description
    implementationPercent = summary.implementationPercent?.description
    level = summary.level(thresholds)?.rawValue
  }
}

/// `GET /api/v1/organizations/{code}/reports/{fiscalYear}/{round}`.
struct ReportJSON: Content, Equatable {
  struct Row: Content, Equatable {
    let projectId: String
    let no: Int
    let type: String
    let name: String
    let dimension: Int
    let subMission: String?
    let targetGroups: [String]
    let status: String
    let reason: String?
    let planBudget: String
    let budget: String
    let disbursed: String
    /// บรรจุไว้ในข้อบัญญัติ/เทศบัญญัติ หรือไม่ (null = not said).
    let inOrdinance: Bool?
    let note: String
    let evidenceCount: Int
  }
  let organizationCode: String
  let organizationName: String
  let fiscalYear: Int
  let round: Int
  let status: String
  let statusName: String
  let projects: Int
  let pending: Int
  let inProgress: Int
  let completed: Int
  let cannot: Int
  let budget: String
  let disbursed: String
  let disbursementPercent: String?
  let implementationPercent: String?
  let level: String?
  /// The thresholds the level was judged by (a filed report keeps those of its day).
  let levelRule: String
  let submittedAt: Date?
  /// How many times it was filed (confirmed); a submitted report reads its latest copy.
  let filings: Int
  let late: Bool
  let problems: String
  let suggestions: String
  let reporterName: String
  let reporterPosition: String
  let rows: [Row]
}

extension ReportJSON {
  /// A report's rows and parts as the API gives them (the report as it stands, or one filed copy).
  init(
    context: ReportContext, rows: [ReportRow], level: ImplementationLevel?, levelRule: String,
    status: (code: String, name: String), submittedAt: Date?, filings: Int, late: Bool,
    overall: (problems: String, suggestions: String, reporterName: String, reporterPosition: String),
    organizationName: String? = nil
  ) {
    let summary = ReportSummary(lines: rows.map(\.values.line))
    self.init(
      organizationCode: context.code, organizationName: organizationName ?? context.record.organization.fullName,
      fiscalYear: context.year, round: context.kind.rawValue, status: status.code, statusName: status.name,
      projects: summary.projects, pending: summary.pending, inProgress: summary.inProgress,
      completed: summary.completed, cannot: summary.cannot, budget: summary.budget.decimalString,
      disbursed: summary.disbursed.decimalString, disbursementPercent: summary.disbursementPercent?.description,
      implementationPercent: summary.implementationPercent?.description, level: level?.rawValue,
      levelRule: levelRule, submittedAt: submittedAt, filings: filings, late: late, problems: overall.problems,
      suggestions: overall.suggestions, reporterName: overall.reporterName,
      reporterPosition: overall.reporterPosition,
      rows: rows.map { row in
        let values = row.values
        return .init(
          projectId: row.projectID.uuidString, no: row.number, type: row.type.rawValue, name: row.name,
          dimension: row.dimension, subMission: row.subMission, targetGroups: row.targetGroups.map(\.thaiName),
          status: values.statusLabel, reason: values.reasonLabel.isEmpty ? nil : values.reasonLabel,
          planBudget: row.planBudget.decimalString, budget: values.budget.decimalString,
          disbursed: values.disbursed.decimalString, inOrdinance: values.inOrdinance, note: values.note,
          evidenceCount: row.evidenceCount)
      })
  }
}

/// `GET …/reports/{fiscalYear}/{round}/filings`: one filed copy's heading.
struct FilingJSON: Content, Equatable {
  let sequence: Int
  let label: String
  let filedAt: Date
  let confirmedBy: String
  let late: Bool
  let sizeBytes: Int
}

struct OverallForm: Content {
  var problems: String?
  var suggestions: String?
  var reporterName: String?
  var reporterPosition: String?
  var comment: String?
  var name: String?
}
