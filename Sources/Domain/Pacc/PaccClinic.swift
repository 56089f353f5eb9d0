/// The governance clinic's topics (seed 003 §1: ITA, No Gift, and help with corruption problems).
public enum PaccClinicTopic: String, CaseIterable, Codable, Sendable {
  case ita, noGift = "no_gift", conflictOfInterest = "conflict_of_interest", procurement, complaints, other

  public var thaiName: String {
    switch self {
    case .ita: return "การประเมิน ITA"
    case .noGift: return "นโยบาย No Gift Policy"
    case .conflictOfInterest: return "ผลประโยชน์ทับซ้อน"
    case .procurement: return "การจัดซื้อจัดจ้าง"
    case .complaints: return "การจัดการเรื่องร้องเรียนการทุจริต"
    case .other: return "อื่น ๆ"
    }
  }
}

public enum PaccClinicState: String, CaseIterable, Codable, Sendable {
  case received, answered, followUp = "follow_up", closed

  public var thaiName: String {
    switch self {
    case .received: return "รับเรื่องแล้ว"
    case .answered: return "ตอบแล้ว"
    case .followUp: return "ติดตามผล"
    case .closed: return "ปิดเรื่อง"
    }
  }
}

/// The kinds of unit the programme works with besides LAOs (seed 003 §3).
public enum PaccUnitKind: String, CaseIterable, Codable, Sendable {
  case department, ministryCentre = "ministry_centre", other

  public var thaiName: String {
    switch self {
    case .department: return "ส่วนราชการระดับกรมหรือเทียบเท่า"
    case .ministryCentre: return "ศูนย์ปฏิบัติการต่อต้านการทุจริตประจำกระทรวง (ศปท.)"
    case .other: return "หน่วยงานภาครัฐอื่น"
    }
  }

  /// Department-level agencies are the targets of the ITA and No Gift indicators.
  public var isIndicatorTarget: Bool { self == .department }
}
