import Foundation

/// Where a plan stands. An approved plan that is edited again goes back to draft
/// (an amendment); its approved versions stay frozen.
public enum PlanStatus: String, Codable, CaseIterable, Sendable {
  case draft
  case submitted
  case returned
  case approved

  public var thaiName: String {
    switch self {
    case .draft: return "ร่าง"
    case .submitted: return "รอผู้บริหารอนุมัติ"
    case .returned: return "ผู้บริหารส่งกลับให้แก้ไข"
    case .approved: return "อนุมัติแล้ว"
    }
  }
}

public enum PlanAction: Sendable {
  case edit
  case submit
  case approve
  case returnForRevision
}

/// The plan's state machine: who may do what, in which state, with a Thai reason when not.
public enum PlanWorkflow {
  public static func apply(
    _ action: PlanAction, to status: PlanStatus, role: Role, periodOpen: Bool, projectCount: Int
  ) -> Result<PlanStatus, PlanRefusal> {
    switch action {
    case .edit:
      guard role == .laoOfficer else { return .failure(.role("เฉพาะเจ้าหน้าที่ของ อปท. เท่านั้นที่แก้ไขแผนได้")) }
      guard periodOpen else { return .failure(.periodClosed) }
      guard status != .submitted else { return .failure(.state(Self.awaitingApproval)) }
      return .success(status == .approved ? .draft : status)
    case .submit:
      guard role == .laoOfficer else { return .failure(.role("เฉพาะเจ้าหน้าที่ของ อปท. เท่านั้นที่ส่งแผนได้")) }
      guard periodOpen else { return .failure(.periodClosed) }
      guard status == .draft || status == .returned else {
        return .failure(
          .state(status == .submitted ? "ส่งแผนไปแล้ว อยู่ระหว่างรอผู้บริหารอนุมัติ" : "แผนนี้อนุมัติแล้วและยังไม่มีการแก้ไขใหม่"))
      }
      guard projectCount > 0 else { return .failure(.state("ยังไม่มีโครงการในแผน กรุณาเพิ่มโครงการก่อนส่ง")) }
      return .success(.submitted)
    case .approve, .returnForRevision:
      guard role == .laoExecutive else { return .failure(.role("เฉพาะผู้บริหารของ อปท. เท่านั้นที่อนุมัติหรือส่งกลับแผนได้")) }
      guard status == .submitted else { return .failure(.state("แผนยังไม่ได้ส่งมาให้ผู้บริหารพิจารณา")) }
      return .success(action == .approve ? .approved : .returned)
    }
  }

  static let awaitingApproval = "แผนอยู่ระหว่างรอผู้บริหารอนุมัติ หากต้องการแก้ไข ให้ผู้บริหารส่งกลับก่อน"

  /// A period is open for amendments until the end of its (possibly extended) last fiscal year.
  public static func isOpen(endYear: Int, now: Date) -> Bool {
    FiscalYear(containing: now).buddhistYear <= endYear
  }

  /// "ฉบับที่ 1", then "ฉบับปรับปรุงครั้งที่ 1", "ฉบับปรับปรุงครั้งที่ 2", …
  public static func versionLabel(_ number: Int) -> String {
    number <= 1 ? "ฉบับที่ 1" : "ฉบับปรับปรุงครั้งที่ \(number - 1)"
  }
}

public enum PlanRefusal: Error, Equatable, Sendable {
  case role(String)
  case state(String)
  case periodClosed

  public var message: String {
    switch self {
    case .role(let text), .state(let text): return text
    case .periodClosed: return "ช่วงแผนนี้สิ้นสุดแล้ว ไม่สามารถแก้ไขหรือส่งแผนได้ (ติดต่อสำนักงาน ป.ป.ช. หากมีการขยายระยะเวลาแผน)"
    }
  }
}
