import Foundation

/// Where a field-surveillance case (ชุดปฏิบัติการเฝ้าระวังป้องกันการทุจริตเชิงรุก) came from.
public enum PaccCaseSource: String, CaseIterable, Codable, Sendable {
  case tip, complaint, media, ownSelection = "own_selection"

  public var thaiName: String {
    switch self {
    case .tip: return "ข่าวสาร/เบาะแส"
    case .complaint: return "เรื่องร้องเรียน"
    case .media: return "สื่อมวลชน/สื่อสังคมออนไลน์"
    case .ownSelection: return "ศูนย์ฯ คัดเลือกเอง"
    }
  }
}

/// The risks a team looks for (seed 003 §1: overpricing, poor value, risky or suspect cases,
/// people's hardship; plus an opaque process).
public enum PaccRisk: String, CaseIterable, Codable, Sendable {
  case overpriced, poorValue = "poor_value", opaqueProcess = "opaque_process", suspected, hardship, other

  public var thaiName: String {
    switch self {
    case .overpriced: return "ราคาสูงเกินความเป็นจริง"
    case .poorValue: return "ไม่คุ้มค่างบประมาณ"
    case .opaqueProcess: return "ขั้นตอนไม่โปร่งใส"
    case .suspected: return "ลุ่มเสี่ยงหรือสงสัยว่าอาจมีการทุจริต"
    case .hardship: return "เกิดความเดือดร้อนของประชาชน"
    case .other: return "อื่น ๆ"
    }
  }

  /// Reads a stored list ("overpriced,poor_value"), skipping what it does not know.
  public static func list(_ stored: String) -> [PaccRisk] {
    stored.split(separator: ",").compactMap { PaccRisk(rawValue: String($0)) }
  }
}

/// What the team recommends after a visit.
public enum PaccRecommendation: String, CaseIterable, Codable, Sendable {
  case improve, suspend, refer, noIssue = "no_issue"

  public var thaiName: String {
    switch self {
    case .improve: return "ให้ปรับปรุง/แก้ไข"
    case .suspend: return "ให้ระงับยับยั้ง"
    case .refer: return "ส่งเรื่องดำเนินการปราบปราม"
    case .noIssue: return "ไม่พบประเด็นความเสี่ยง"
    }
  }

  /// Whether the unit is asked to fix something and report back.
  public var asksForReportBack: Bool { self == .improve || self == .suspend }
}

public enum PaccCaseState: String, CaseIterable, Codable, Sendable {
  case opened, visited, recommended, reportedBack = "reported_back", closed

  public var thaiName: String {
    switch self {
    case .opened: return "เปิดเรื่อง"
    case .visited: return "ลงพื้นที่แล้ว"
    case .recommended: return "แจ้งข้อเสนอแนะแล้ว รอหน่วยงานรายงานผล"
    case .reportedBack: return "หน่วยงานรายงานผลแล้ว"
    case .closed: return "ปิดเรื่อง"
    }
  }
}

/// How a case ended.
public enum PaccCaseOutcome: String, CaseIterable, Codable, Sendable {
  case improved, notImproved = "not_improved", referred, noIssue = "no_issue"

  public var thaiName: String {
    switch self {
    case .improved: return "หน่วยงานปรับปรุงแก้ไขและรายงานผลแล้ว"
    case .notImproved: return "หน่วยงานไม่ได้ปรับปรุงแก้ไข"
    case .referred: return "ส่งเรื่องดำเนินการปราบปราม"
    case .noIssue: return "ไม่พบประเด็นความเสี่ยง"
    }
  }
}

/// The steps of a case and the one place that says which step may follow which.
public enum PaccCaseAction: String, Sendable {
  case visit, recommend, reportBack = "report_back", close
}

public enum PaccCaseWorkflow {
  /// The state after `action`, or a Thai reason why it cannot happen now.
  public static func next(_ action: PaccCaseAction, from state: PaccCaseState) -> Result<PaccCaseState, PaccRefusal> {
    switch (action, state) {
    case (_, .closed): return .failure(PaccRefusal("เรื่องนี้ปิดแล้ว แก้ไขไม่ได้"))
    case (.visit, .opened): return .success(.visited)
    case (.visit, let state): return .success(state)
    case (.recommend, .visited), (.recommend, .recommended), (.recommend, .reportedBack):
      return .success(.recommended)
    case (.recommend, .opened): return .failure(PaccRefusal("ต้องบันทึกการลงพื้นที่ก่อนแจ้งข้อเสนอแนะ"))
    case (.reportBack, .recommended), (.reportBack, .reportedBack): return .success(.reportedBack)
    case (.reportBack, _): return .failure(PaccRefusal("ยังไม่มีข้อเสนอแนะให้รายงานผล"))
    case (.close, .opened): return .failure(PaccRefusal("ต้องบันทึกการลงพื้นที่ก่อนปิดเรื่อง"))
    case (.close, _): return .success(.closed)
    }
  }

  /// Whether closing with `outcome` fits what happened: "improved" needs the unit's report.
  public static func allows(_ outcome: PaccCaseOutcome, reportedBack: Bool) -> Bool {
    outcome != .improved || reportedBack
  }
}

public struct PaccRefusal: Error, Equatable, Sendable {
  public let reason: String
  public init(_ reason: String) { self.reason = reason }
}
