import Foundation

/// A report as the executive confirmed it: every counted project with its entry, the summary,
/// the overall part, the reporter and the data date. Written once at confirmation and never
/// changed; later amendments of the plan, a return and a resubmission make a new copy.
public struct FiledReport: Codable, Equatable, Sendable {
  public struct Line: Codable, Equatable, Sendable {
    public var projectID: String
    public var number: Int
    public var type: ProjectType
    public var name: String
    public var dimension: Int
    public var subMission: String?
    /// The plan's budget for the year, in satang.
    public var planBudget: Int64
    public var targetGroups: [TargetGroup]
    public var progress: ProjectProgress?
    public var reason: CannotReason?
    public var reasonText: String
    public var budget: Int64
    public var disbursed: Int64
    public var note: String
    public var inOrdinance: Bool?

    public init(
      projectID: String, number: Int, type: ProjectType, name: String, dimension: Int, subMission: String?,
      planBudget: Money, targetGroups: [TargetGroup], entry: ReportEntryValues
    ) {
      self.projectID = projectID
      self.number = number
      self.type = type
      self.name = name
      self.dimension = dimension
      self.subMission = subMission
      self.planBudget = planBudget.satang
      self.targetGroups = targetGroups
      progress = entry.progress
      reason = entry.reason
      reasonText = entry.reasonText
      budget = entry.budget.satang
      disbursed = entry.disbursed.satang
      note = entry.note
      inOrdinance = entry.inOrdinance
    }

    public var entry: ReportEntryValues {
      ReportEntryValues(
        progress: progress, reason: reason, reasonText: reasonText, budget: Money(satang: budget),
        disbursed: Money(satang: disbursed), note: note, inOrdinance: inOrdinance)
    }
  }

  /// The summary's figures as filed (domain §6), with the level and its rule of that day.
  public struct Totals: Codable, Equatable, Sendable {
    public var projects: Int
    public var pending: Int
    public var inProgress: Int
    public var completed: Int
    public var cannot: Int
    public var budget: Int64
    public var disbursed: Int64
    public var disbursementPercent: String?
    public var implementationPercent: String?
    public var level: ImplementationLevel?
    public var levelRule: String
  }

  public var organizationName: String
  public var fiscalYear: Int
  public var round: RoundKind
  public var lines: [Line]
  public var totals: Totals
  public var problems: String
  public var suggestions: String
  public var reporterName: String
  public var reporterPosition: String
  public var sentBy: String?
  public var confirmedBy: String
  /// ข้อมูล ณ วันที่: when the executive confirmed it.
  public var dataDate: Date

  public init(
    organizationName: String, fiscalYear: Int, round: RoundKind, lines: [Line], thresholds: LevelThresholds,
    problems: String, suggestions: String, reporterName: String, reporterPosition: String, sentBy: String?,
    confirmedBy: String, dataDate: Date
  ) {
    self.organizationName = organizationName
    self.fiscalYear = fiscalYear
    self.round = round
    self.lines = lines
    let summary = ReportSummary(lines: lines.map(\.entry.line))
    totals = Totals(
      projects: summary.projects, pending: summary.pending, inProgress: summary.inProgress,
      completed: summary.completed, cannot: summary.cannot, budget: summary.budget.satang,
      disbursed: summary.disbursed.satang, disbursementPercent: summary.disbursementPercent?.description,
      implementationPercent: summary.implementationPercent?.description, level: summary.level(thresholds),
      levelRule: thresholds.rule(round))
    self.problems = problems
    self.suggestions = suggestions
    self.reporterName = reporterName
    self.reporterPosition = reporterPosition
    self.sentBy = sentBy
    self.confirmedBy = confirmedBy
    self.dataDate = dataDate
  }

  public var summary: ReportSummary { ReportSummary(lines: lines.map(\.entry.line)) }

  /// Field name → display text of each part, the unit of a comparison between two copies.
  public func overallFields() -> [(key: String, label: String, value: String)] {
    [
      ("projects", "จำนวนโครงการ", String(totals.projects)), ("pending", "รอรายงาน", String(totals.pending)),
      ("inProgress", "อยู่ระหว่างดำเนินการ", String(totals.inProgress)),
      ("completed", "ดำเนินการแล้วเสร็จ", String(totals.completed)),
      ("cannot", "ไม่สามารถดำเนินการได้", String(totals.cannot)),
      ("budget", "งบประมาณรวม", Money(satang: totals.budget).formatted),
      ("disbursed", "เบิกจ่ายรวม", Money(satang: totals.disbursed).formatted),
      ("disbursementPercent", "ร้อยละการเบิกจ่าย", totals.disbursementPercent ?? "—"),
      ("implementationPercent", "ร้อยละการนำแผนไปปฏิบัติ", totals.implementationPercent ?? "—"),
      ("level", "ระดับ", totals.level?.rawValue ?? "—"), ("problems", "ปัญหาอุปสรรค", problems),
      ("suggestions", "ข้อเสนอแนะ", suggestions), ("reporterName", "ผู้รายงาน", reporterName),
      ("reporterPosition", "ตำแหน่งผู้รายงาน", reporterPosition),
    ]
  }
}

extension FiledReport.Line {
  public func fields() -> [(key: String, label: String, value: String)] {
    let entry = self.entry
    return [
      ("number", "ลำดับ", String(number)), ("type", "ประเภท", type.rawValue), ("name", "ชื่อ", name),
      ("dimension", "มิติ", String(dimension)), ("subMission", "ภารกิจตามมิติ", subMission ?? "—"),
      ("planBudget", "งบประมาณตามแผน", Money(satang: planBudget).formatted),
      ("targetGroups", "กลุ่มเป้าหมาย", targetGroups.isEmpty ? "—" : TargetGroup.text(targetGroups)),
      ("status", "สถานะ", entry.statusLabel), ("reason", "เหตุผล", entry.reasonLabel.isEmpty ? "—" : entry.reasonLabel),
      ("budget", "งบประมาณ", entry.budget.formatted), ("disbursed", "เบิกจ่าย", entry.disbursed.formatted),
      (
        "inOrdinance", "บรรจุในข้อบัญญัติ",
        OrdinanceAnswer.text(inOrdinance).isEmpty ? "—" : OrdinanceAnswer.text(inOrdinance)
      ),
      ("note", "หมายเหตุ", note),
    ]
  }
}

/// What differs between two filed copies of a report, cell by cell: projects matched by id.
public struct FiledReportDiff: Equatable, Sendable {
  public typealias Change = PlanDiff.Change

  public struct ChangedLine: Equatable, Sendable {
    public let line: FiledReport.Line
    public let changes: [Change]
  }

  public let overall: [Change]
  public let added: [FiledReport.Line]
  public let removed: [FiledReport.Line]
  public let changed: [ChangedLine]
  public var isEmpty: Bool { overall.isEmpty && added.isEmpty && removed.isEmpty && changed.isEmpty }

  public init(from old: FiledReport, to new: FiledReport) {
    overall = Change.between(old.overallFields(), new.overallFields())
    let before = Dictionary(old.lines.map { ($0.projectID, $0) }, uniquingKeysWith: { first, _ in first })
    let after = Dictionary(new.lines.map { ($0.projectID, $0) }, uniquingKeysWith: { first, _ in first })
    added = new.lines.filter { before[$0.projectID] == nil }
    removed = old.lines.filter { after[$0.projectID] == nil }
    changed = new.lines.compactMap { line in
      guard let previous = before[line.projectID], previous != line else { return nil }
      let changes = Change.between(previous.fields(), line.fields())
      return changes.isEmpty ? nil : ChangedLine(line: line, changes: changes)
    }
  }

}
