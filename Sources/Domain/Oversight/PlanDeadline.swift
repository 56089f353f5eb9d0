import Foundation

/// Where an organization stands against its plan period's due date for plans (the 2566–2570
/// plans were due in the national system by 30 September 2565). A plan counts as approved
/// from its first approval (ฉบับที่ 1); later amendments do not make it late or unapproved.
public enum PlanStanding: Equatable, Sendable {
  case noPlan
  /// A plan exists but was never approved (draft, awaiting the executive, or returned).
  case notApproved(PlanStatus)
  /// First approved after the end of the due day (Bangkok time).
  case approvedLate(Date)
  case approvedOnTime

  /// Listed on the monitors' follow-up list: everything but an on-time approval.
  public var needsFollowUp: Bool { self != .approvedOnTime }
  /// Whether a reminder still makes sense (no plan, or not approved yet).
  public var remindable: Bool {
    switch self {
    case .noPlan, .notApproved: return true
    case .approvedLate, .approvedOnTime: return false
    }
  }

  public var thaiName: String {
    switch self {
    case .noPlan: return "ยังไม่มีแผน"
    case .notApproved(let status): return "ยังไม่อนุมัติ (\(status.thaiName))"
    case .approvedLate(let at): return "อนุมัติล่าช้า (\(ThaiCalendar.longDate(at)))"
    case .approvedOnTime: return "อนุมัติตามกำหนด"
    }
  }

  /// The filter values of the list (`?show=`), as stored in SQL: none, unapproved, late.
  public var key: String {
    switch self {
    case .noPlan: return "none"
    case .notApproved: return "unapproved"
    case .approvedLate: return "late"
    case .approvedOnTime: return "on-time"
    }
  }
}

public enum PlanDeadline {
  /// The first moment that is late: the end of the due day.
  public static func lateFrom(dueDate: Date) -> Date { dueDate.addingTimeInterval(24 * 3600) }

  /// `planStatus` nil = no plan; `firstApprovedAt` nil = never approved; `dueDate` nil = the
  /// period has no due date yet (nothing is late).
  public static func standing(planStatus: PlanStatus?, firstApprovedAt: Date?, dueDate: Date?) -> PlanStanding {
    guard let planStatus else { return .noPlan }
    guard let approved = firstApprovedAt else { return .notApproved(planStatus) }
    if let dueDate, approved >= lateFrom(dueDate: dueDate) { return .approvedLate(approved) }
    return .approvedOnTime
  }

  /// Whole days the organization is (or was, at approval) past the due date.
  public static func daysLate(_ standing: PlanStanding, dueDate: Date?, now: Date) -> Int {
    guard let dueDate else { return 0 }
    switch standing {
    case .approvedLate(let at): return Lateness.daysLate(dueDate: dueDate, now: at)
    case .approvedOnTime: return 0
    case .noPlan, .notApproved: return Lateness.daysLate(dueDate: dueDate, now: now)
    }
  }

  /// The 2566–2570 plans' due date in the national system.
  public static let default2566 = (period: "2566-2570", date: "2022-09-30")
}
