import Foundation

/// The two reporting rounds of a fiscal year.
public enum RoundKind: Int, CaseIterable, Codable, Sendable {
  case sixMonth = 6
  case twelveMonth = 12

  public var thaiName: String { "รอบ \(rawValue) เดือน" }

  /// First and last day the round covers (1 Oct–31 Mar, or the whole fiscal year).
  public func coverage(_ year: FiscalYear) -> (first: Date, last: Date) {
    switch self {
    case .sixMonth: return (year.start, ThaiCalendar.date(buddhistYear: year.buddhistYear, month: 3, day: 31)!)
    case .twelveMonth: return (year.start, year.lastDay)
    }
  }

  /// Default due date: the end of April (6-month) or of October after the year (12-month).
  public func defaultDueDate(_ year: FiscalYear) -> Date {
    switch self {
    case .sixMonth: return ThaiCalendar.date(buddhistYear: year.buddhistYear, month: 4, day: 30)!
    case .twelveMonth: return ThaiCalendar.date(buddhistYear: year.buddhistYear, month: 10, day: 31)!
    }
  }
}

/// Where one organization's report for a round stands.
public enum ReportStatus: String, Codable, CaseIterable, Sendable {
  case draft
  /// The officer sent it; the executive has not confirmed yet.
  case awaitingConfirmation
  /// Confirmed by the executive: locked.
  case submitted
  /// A monitor returned it for revision.
  case returned

  public var thaiName: String {
    switch self {
    case .draft: return "กำลังกรอก"
    case .awaitingConfirmation: return "รอผู้บริหารยืนยัน"
    case .submitted: return "ส่งแล้ว"
    case .returned: return "ส่งกลับให้แก้ไข"
    }
  }
}

/// Whether an organization may write its report now, and if not, the Thai reason.
public enum RoundAccess: Equatable, Sendable {
  case open
  case openByExtension(until: Date)
  case notOpenYet(opens: Date?)
  case closed
  case alreadySubmitted
  case awaitingConfirmation
  /// A monitor returned the report: it may be corrected and resubmitted even after the window closed.
  case returned(comment: String)

  public var isWritable: Bool {
    switch self {
    case .open, .openByExtension, .returned: return true
    default: return false
    }
  }

  public var message: String {
    switch self {
    case .open: return "เปิดรับรายงาน"
    case .openByExtension(let until): return "ได้รับการขยายเวลาส่งรายงานถึงวันที่ \(ThaiCalendar.longDate(until))"
    case .notOpenYet(let opens):
      return "ยังไม่เปิดรับรายงานรอบนี้" + (opens.map { " (เปิดวันที่ \(ThaiCalendar.longDate($0)))" } ?? "")
    case .closed: return "ปิดรับรายงานรอบนี้แล้ว หากจำเป็นต้องส่ง กรุณาขอขยายเวลาจากสำนักงาน ป.ป.ช."
    case .alreadySubmitted: return "ส่งรายงานรอบนี้แล้ว แก้ไขไม่ได้ เว้นแต่ผู้กำกับดูแลส่งกลับให้แก้ไข"
    case .awaitingConfirmation: return "ส่งรายงานให้ผู้บริหารยืนยันแล้ว อยู่ระหว่างรอการยืนยัน"
    case .returned(let comment): return "ผู้กำกับดูแลส่งรายงานกลับให้แก้ไข: \(comment) — แก้ไขแล้วส่งใหม่ได้"
    }
  }

  /// The window is set by national admins (opened/closed); a per-organization extension
  /// keeps it open for that organization until its date.
  public static func decide(
    windowOpen: Bool, opensAt: Date?, closedAt: Date?, extensionUntil: Date?, status: ReportStatus, now: Date,
    returnComment: String? = nil
  ) -> RoundAccess {
    switch status {
    case .submitted: return .alreadySubmitted
    case .awaitingConfirmation: return .awaitingConfirmation
    case .returned: return .returned(comment: returnComment ?? "")
    case .draft: break
    }
    if let until = extensionUntil, now < until { return .openByExtension(until: until) }
    if windowOpen { return .open }
    if closedAt != nil || (opensAt.map { now >= $0 } ?? false) { return .closed }
    return .notOpenYet(opens: opensAt)
  }

  /// Late when confirmed after the end of the due day (Bangkok time).
  public static func isLate(submittedAt: Date, dueDate: Date) -> Bool {
    submittedAt >= dueDate.addingTimeInterval(24 * 3600)
  }
}
