import Foundation

/// What an officer reported for one project in one round. A project without an entry, or
/// with an entry whose `progress` is nil, is รอรายงาน.
public struct ReportEntryValues: Equatable, Sendable {
  public var progress: ProjectProgress?
  public var reason: CannotReason?
  /// The text of "อื่นๆ" (or any extra detail of the reason).
  public var reasonText: String
  /// The ordinance budget; defaults to the plan's budget for the year.
  public var budget: Money
  public var disbursed: Money
  public var note: String
  /// บรรจุไว้ในข้อบัญญัติ/เทศบัญญัติ หรือไม่ (nil = not said).
  public var inOrdinance: Bool?

  public init(
    progress: ProjectProgress?, reason: CannotReason? = nil, reasonText: String = "", budget: Money,
    disbursed: Money = .zero, note: String = "", inOrdinance: Bool? = nil
  ) {
    self.progress = progress
    self.reason = reason
    self.reasonText = reasonText
    self.budget = budget
    self.disbursed = disbursed
    self.note = note
    self.inOrdinance = inOrdinance
  }

  /// รอรายงาน / the status label, as shown and as written to files.
  public var statusLabel: String { progress?.rawValue ?? ReportEntryRules.pendingLabel }

  /// "ไม่ได้รับงบประมาณ", or "อื่นๆ: น้ำท่วม".
  public var reasonLabel: String {
    guard progress == .cannot, let reason else { return "" }
    return reasonText.isEmpty ? reason.rawValue : "\(reason.rawValue): \(reasonText)"
  }

  public var line: ReportLine { ReportLine(progress: progress, budget: budget, disbursed: disbursed) }
}

/// Checks one project's entry as typed in the round form or read from a file. Keys are the
/// import columns (`status`, `reason`, `reason_text`, `budget`, `disbursed`, `in_ordinance`,
/// `note`); errors
/// come back under the same keys, in Thai.
public enum ReportEntryRules {
  public static let pendingLabel = "รอรายงาน"
  public static let maxNote = 2_000
  public static let fieldOrder = ["status", "reason", "reason_text", "budget", "disbursed", "in_ordinance", "note"]

  /// `planBudget` is used when the budget is left empty.
  public static func validate(_ cells: [String: String], planBudget: Money) -> Result<ReportEntryValues, FieldErrors> {
    var errors = FieldErrors()
    func text(_ key: String) -> String { (cells[key] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }

    let statusText = text("status")
    var progress: ProjectProgress?
    if !statusText.isEmpty && statusText != pendingLabel {
      progress = ProjectProgress(rawValue: statusText)
      if progress == nil {
        errors["status"] = "สถานะต้องเป็น อยู่ระหว่างดำเนินการ, ดำเนินการแล้วเสร็จ หรือ ไม่สามารถดำเนินการได้ (เว้นว่าง = รอรายงาน)"
      }
    }

    var reason: CannotReason?
    var reasonText = text("reason_text")
    if progress == .cannot {
      (reason, reasonText) = parseReason(text("reason"), extra: reasonText)
      if reason == nil {
        errors["reason"] = "กรุณาเลือกเหตุผลที่ไม่สามารถดำเนินการได้"
      } else if reason == .other && reasonText.isEmpty {
        errors["reason_text"] = "กรุณาระบุเหตุผลอื่นๆ"
      }
    } else {
      reasonText = ""
    }
    if reasonText.count > 500 { errors["reason_text"] = "เหตุผลยาวเกิน 500 ตัวอักษร" }

    let budget = amount(text("budget"), key: "budget", default: planBudget, errors: &errors)
    let disbursed = amount(text("disbursed"), key: "disbursed", default: .zero, errors: &errors)
    let note = text("note")
    if note.count > maxNote { errors["note"] = "หมายเหตุยาวเกิน \(maxNote) ตัวอักษร" }
    if errors["budget"] == nil, errors["disbursed"] == nil, disbursed > budget, note.isEmpty {
      errors["disbursed"] = "เบิกจ่ายมากกว่างบประมาณ (\(budget.formatted) บาท) กรุณาชี้แจงในหมายเหตุ"
    }
    var inOrdinance: Bool?
    switch OrdinanceAnswer.parse(text("in_ordinance")) {
    case .success(let answer): inOrdinance = answer
    case .failure(let problem): errors["in_ordinance"] = problem.message
    }
    guard errors.isEmpty else { return .failure(errors) }
    return .success(
      ReportEntryValues(
        progress: progress, reason: reason, reasonText: reasonText, budget: budget, disbursed: disbursed, note: note,
        inOrdinance: inOrdinance))
  }

  /// "ไม่ได้รับงบประมาณ", "อื่นๆ", "อื่นๆ: น้ำท่วม", or any other text (= อื่นๆ with that text).
  static func parseReason(_ raw: String, extra: String) -> (CannotReason?, String) {
    guard !raw.isEmpty else { return (nil, extra) }
    if let exact = CannotReason(rawValue: raw) { return (exact, extra) }
    for reason in CannotReason.allCases where raw.hasPrefix(reason.rawValue) {
      let rest = raw.dropFirst(reason.rawValue.count).trimmingCharacters(
        in: CharacterSet(charactersIn: ":： -").union(.whitespaces))
      return (reason, rest.isEmpty ? extra : rest)
    }
    return (.other, raw)
  }

  private static func amount(_ text: String, key: String, default value: Money, errors: inout FieldErrors) -> Money {
    guard !text.isEmpty else { return value }
    guard let money = Money(baht: text) else {
      errors[key] = Money.problem(parsing: text)
      return value
    }
    return money
  }
}

/// Which projects a round counts (domain §6): active projects that are consistent with their
/// dimension and belong to the fiscal year — budgeted in that year, or using no budget in any
/// year of the plan (a measure that runs throughout the period).
public enum ReportScope {
  public static func counts(_ project: ProjectSnapshot, in fiscalYear: Int) -> Bool {
    guard !project.inconsistent else { return false }
    let budgeted = project.budgets.filter { $0.value > 0 }
    return budgeted.isEmpty || budgeted[fiscalYear] != nil
  }
}
