/// The national system's nine target groups of a project (domain §6); a project may name
/// several, besides the free-text `targetGroup`.
public enum TargetGroup: String, CaseIterable, Codable, Sendable {
  case politicalExecutive
  case localCouncil
  case localStaff
  case youth
  case publicAndCivilSociety
  case schools
  case governmentAgencies
  case stateEnterprises
  case privateBusiness

  public var thaiName: String {
    switch self {
    case .politicalExecutive: return "ข้าราชการการเมืองฝ่ายบริหาร"
    case .localCouncil: return "ข้าราชการการเมืองฝ่ายสภาท้องถิ่น"
    case .localStaff: return "ข้าราชการ/พนักงาน/ลูกจ้าง ส่วนท้องถิ่น"
    case .youth: return "เด็กและเยาวชน"
    case .publicAndCivilSociety: return "ประชาชน/ภาคประชาสังคม"
    case .schools: return "สถานศึกษา"
    case .governmentAgencies: return "หน่วยงานภาครัฐ"
    case .stateEnterprises: return "หน่วยงานภาครัฐวิสาหกิจ"
    case .privateBusiness: return "หน่วยงานภาคธุรกิจเอกชน"
    }
  }

  /// The list in the national order, without repeats.
  public static func ordered(_ groups: some Sequence<TargetGroup>) -> [TargetGroup] {
    let set = Set(groups)
    return allCases.filter(set.contains)
  }

  /// As files carry it: Thai names separated by `;`.
  public static func text(_ groups: [TargetGroup]) -> String {
    ordered(groups).map(\.thaiName).joined(separator: ";")
  }

  /// As stored in the database: codes separated by `;` (empty = none chosen).
  public static func stored(_ groups: [TargetGroup]) -> String {
    ordered(groups).map(\.rawValue).joined(separator: ";")
  }

  public static func fromStored(_ text: String) -> [TargetGroup] {
    ordered(text.split(separator: ";").compactMap { TargetGroup(rawValue: String($0)) })
  }

  /// Reads `;`-separated Thai names (or codes; spaces around names and Thai `,`/`、` are
  /// tolerated); the names it does not know come back as a Thai message.
  public static func parse(_ text: String) -> Result<[TargetGroup], InputProblem> {
    var groups: [TargetGroup] = []
    var unknown: [String] = []
    let parts = text.split(whereSeparator: { $0 == ";" || $0 == "\n" })
    for part in parts {
      let name = part.trimmingCharacters(in: .whitespaces)
      guard !name.isEmpty else { continue }
      let squeezed = name.filter { !$0.isWhitespace }
      if let group = allCases.first(where: {
        $0.rawValue == name || $0.thaiName == name || $0.thaiName.filter { !$0.isWhitespace } == squeezed
      }) {
        groups.append(group)
      } else {
        unknown.append(name)
      }
    }
    guard unknown.isEmpty else {
      let shown = unknown.prefix(3).map { "\"\(String($0.prefix(60)))\"" }.joined(separator: ", ")
      return .failure(
        InputProblem(
          "ไม่รู้จักกลุ่มเป้าหมาย \(shown) (ใช้ชื่อตามระบบ คั่นด้วย ; เช่น \(TargetGroup.youth.thaiName);\(TargetGroup.schools.thaiName))"
        ))
    }
    return .success(ordered(groups))
  }
}

/// บรรจุไว้ในข้อบัญญัติ/เทศบัญญัติ หรือไม่, as forms and files write it.
public enum OrdinanceAnswer {
  public static let yes = "ใช่"
  public static let no = "ไม่ใช่"

  public static func text(_ value: Bool?) -> String { value.map { $0 ? yes : no } ?? "" }

  /// Empty = not said; ใช่/ไม่ใช่ (also มี/ไม่มี, yes/no, 1/0, true/false).
  public static func parse(_ text: String) -> Result<Bool?, InputProblem> {
    let value = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    switch value {
    case "": return .success(nil)
    case yes, "มี", "บรรจุ", "yes", "y", "1", "true": return .success(true)
    case no, "ไม่มี", "ไม่บรรจุ", "no", "n", "0", "false": return .success(false)
    default: return .failure(InputProblem("ช่องบรรจุในข้อบัญญัติต้องเป็น ใช่ หรือ ไม่ใช่ (เว้นว่าง = ไม่ระบุ)"))
    }
  }
}

/// A Thai sentence saying why one typed value was refused.
public struct InputProblem: Error, Equatable, Sendable {
  public let message: String
  public init(_ message: String) { self.message = message }
}
