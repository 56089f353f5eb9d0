import Foundation

/// Where a corruption complaint stands (seed 004 §8): received, being considered, sent to the
/// accused's superior for fact-finding, then closed with an outcome or not taken up.
public enum ComplaintState: String, CaseIterable, Codable, Sendable {
  case received
  case considering
  case factFinding = "fact_finding"
  case closed
  case notTakenUp = "not_taken_up"

  public var thaiName: String {
    switch self {
    case .received: return "รับเรื่อง"
    case .considering: return "กำลังพิจารณา"
    case .factFinding: return "ส่งผู้บังคับบัญชาตรวจสอบข้อเท็จจริง"
    case .closed: return "ยุติเรื่อง"
    case .notTakenUp: return "ไม่รับไว้พิจารณา"
    }
  }

  /// Still on the unit's desk (counted as "in progress").
  public var isOpen: Bool { self != .closed && self != .notTakenUp }

  /// The states a handler may move a case to from here.
  public var next: [ComplaintState] {
    switch self {
    case .received: return [.considering, .notTakenUp]
    case .considering: return [.factFinding, .closed, .notTakenUp]
    case .factFinding: return [.considering, .closed]
    case .closed, .notTakenUp: return []
    }
  }
}

/// How a closed case ended.
public enum ComplaintOutcome: String, CaseIterable, Codable, Sendable {
  case unfounded
  case disciplinary
  case criminal
  case referred

  public var thaiName: String {
    switch self {
    case .unfounded: return "ไม่มีมูล"
    case .disciplinary: return "ดำเนินการทางวินัย"
    case .criminal: return "ส่งดำเนินคดีอาญา"
    case .referred: return "ส่งหน่วยงานอื่น"
    }
  }
}

/// What a complaint is about (kept unencrypted, for the statistics).
public enum ComplaintConcern: String, CaseIterable, Codable, Sendable {
  case person
  case unit
  case project
  case other

  public var thaiName: String {
    switch self {
    case .person: return "บุคคล/ตำแหน่ง"
    case .unit: return "หน่วยงานภายใน (กอง/สำนัก)"
    case .project: return "โครงการ/การจัดซื้อจัดจ้าง"
    case .other: return "อื่น ๆ"
    }
  }
}

/// A handler's move of a case: the rules of seed 004 in one place.
public struct ComplaintTransition: Equatable, Sendable {
  public var to: ComplaintState
  public var outcome: ComplaintOutcome?
  /// What the complainant is told: why not taken up, or what came of the case.
  public var reason: String
  /// Why the case passed its 15 days (required once it has, if not yet given).
  public var delayExplanation: String

  public init(to: ComplaintState, outcome: ComplaintOutcome? = nil, reason: String = "", delayExplanation: String = "")
  {
    self.to = to
    self.outcome = outcome
    self.reason = reason
    self.delayExplanation = delayExplanation
  }
}

public enum ComplaintWorkflow {
  public static let maxReason = 4_000

  /// Why the move may not be made (a Thai sentence per field), or nil when it may.
  public static func problems(
    from state: ComplaintState, _ move: ComplaintTransition, overdueWithoutExplanation: Bool
  ) -> FieldErrors {
    var errors = FieldErrors()
    guard state.next.contains(move.to) else {
      errors["state"] =
        state.isOpen
        ? "เรื่องที่อยู่ในสถานะ \(state.thaiName) เปลี่ยนเป็น \(move.to.thaiName) ไม่ได้"
        : "เรื่องนี้\(state.thaiName)แล้ว เปลี่ยนสถานะอีกไม่ได้"
      return errors
    }
    let reason = move.reason.trimmingCharacters(in: .whitespacesAndNewlines)
    switch move.to {
    case .closed:
      if move.outcome == nil { errors["outcome"] = "กรุณาเลือกผลการดำเนินการ" }
      if reason.isEmpty { errors["reason"] = "กรุณาเขียนผลการดำเนินการที่ผู้ร้องเรียนจะได้อ่าน" }
    case .notTakenUp:
      if reason.isEmpty { errors["reason"] = "กรุณาเขียนเหตุที่ไม่รับไว้พิจารณา ผู้ร้องเรียนจะได้อ่านเหตุนี้" }
    default:
      if move.outcome != nil { errors["outcome"] = "ผลการดำเนินการเลือกได้เมื่อยุติเรื่องเท่านั้น" }
    }
    if move.reason.count > maxReason { errors["reason"] = "ข้อความยาวเกิน \(maxReason) ตัวอักษร" }
    let explanation = move.delayExplanation.trimmingCharacters(in: .whitespacesAndNewlines)
    if overdueWithoutExplanation && explanation.isEmpty {
      errors["delayExplanation"] =
        "เรื่องนี้เกิน 15 วันแล้ว กรุณาเขียนคำชี้แจงเหตุที่ดำเนินการไม่ทันให้ผู้ร้องเรียนทราบก่อน"
    }
    if move.delayExplanation.count > maxReason { errors["delayExplanation"] = "ข้อความยาวเกิน \(maxReason) ตัวอักษร" }
    return errors
  }
}
