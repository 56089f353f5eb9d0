/// What can be done to an organization's round report.
public enum ReportAction: Sendable {
  /// The officer sends the report to the executive.
  case send
  /// The executive confirms it: the report is submitted and locks.
  case confirm
  /// The executive sends it back to the officer before confirming.
  case sendBack
  /// A monitor of the area returns a submitted report for revision.
  case returnForRevision

  public var thaiName: String {
    switch self {
    case .send: return "ส่งรายงานให้ผู้บริหาร"
    case .confirm: return "ยืนยันรายงาน"
    case .sendBack: return "ส่งรายงานกลับให้เจ้าหน้าที่"
    case .returnForRevision: return "ส่งรายงานกลับให้แก้ไข"
    }
  }
}

public enum ReportRefusal: Error, Equatable, Sendable {
  case wrongState(ReportStatus, ReportAction)

  public var message: String {
    switch self {
    case .wrongState(let status, let action):
      return "\(action.thaiName)ไม่ได้ เพราะรายงานอยู่ในสถานะ \(status.thaiName)"
    }
  }
}

/// The round report's state machine: draft/returned → awaitingConfirmation → submitted → returned.
public enum ReportWorkflow {
  /// `everSubmitted`: a report that was once submitted goes back to `returned` (not `draft`)
  /// when the executive sends it back, so it stays correctable after the window closed.
  public static func apply(_ action: ReportAction, to status: ReportStatus, everSubmitted: Bool = false)
    -> Result<ReportStatus, ReportRefusal>
  {
    switch (action, status) {
    case (.send, .draft), (.send, .returned): return .success(.awaitingConfirmation)
    case (.confirm, .awaitingConfirmation): return .success(.submitted)
    case (.sendBack, .awaitingConfirmation): return .success(everSubmitted ? .returned : .draft)
    case (.returnForRevision, .submitted): return .success(.returned)
    default: return .failure(.wrongState(status, action))
    }
  }

  /// Why the officer may not send yet (empty = may send). Projects still รอรายงาน do not stop
  /// it: the national system accepts such reports and real LAOs file them (see `sendWarning`).
  public static func sendProblems(_ summary: ReportSummary, reporterName: String, reporterPosition: String)
    -> [String]
  {
    var problems: [String] = []
    if summary.projects == 0 { problems.append("ไม่มีโครงการที่ต้องรายงานในปีงบประมาณนี้ กรุณาตรวจสอบแผน") }
    if reporterName.isEmpty || reporterPosition.isEmpty {
      problems.append("กรุณากรอกชื่อและตำแหน่งผู้รายงาน แล้วกดบันทึกก่อนส่ง")
    }
    return problems
  }

  /// What the officer and the executive are asked to confirm before a report with pending
  /// projects goes on; nil when every project has a status.
  public static func sendWarning(_ summary: ReportSummary) -> String? {
    guard summary.pending > 0 else { return nil }
    return "ยังมี \(summary.pending) โครงการรอรายงาน ระบบรับรายงานที่ยังมีโครงการรอรายงานได้ "
      + "โครงการเหล่านี้จะแสดงเป็น \"รอรายงาน\" ในรายงานที่ส่ง"
  }
}
