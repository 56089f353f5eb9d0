import Foundation

/// The kinds of entry in an action plan.
public enum ProjectType: String, CaseIterable, Codable, Sendable {
  case project = "โครงการ"
  case activity = "กิจกรรม"
  case measure = "มาตรการ"
  case guideline = "แนวปฏิบัติงาน"
}

/// A project as plain values: what plan pages, versions, diffs, totals and exports share.
/// `budgets` maps a Buddhist-era fiscal year to satang; 0 or absent = ไม่ใช้งบประมาณ.
public struct ProjectSnapshot: Codable, Equatable, Sendable {
  public var id: String
  public var number: Int
  public var type: ProjectType
  public var name: String
  public var dimension: Int
  public var subMission: String?
  public var objectives: [String]
  public var method: [String]
  public var targetGroup: String
  /// The national system's target groups (several may apply); `targetGroup` is free text.
  public var targetGroups: [TargetGroup]
  public var responsibleUnit: String
  public var budgets: [Int: Int64]
  public var note: String
  /// Marked ไม่สอดคล้องกับมิติ by national staff: shown struck through, left out of every count.
  public var inconsistent: Bool
  public var inconsistentReason: String?

  public init(
    id: String, number: Int, type: ProjectType, name: String, dimension: Int, subMission: String?,
    objectives: [String] = [], method: [String] = [], targetGroup: String = "", targetGroups: [TargetGroup] = [],
    responsibleUnit: String = "", budgets: [Int: Int64] = [:], note: String = "", inconsistent: Bool = false,
    inconsistentReason: String? = nil
  ) {
    self.id = id
    self.number = number
    self.type = type
    self.name = name
    self.dimension = dimension
    self.subMission = subMission
    self.objectives = objectives
    self.method = method
    self.targetGroup = targetGroup
    self.targetGroups = TargetGroup.ordered(targetGroups)
    self.responsibleUnit = responsibleUnit
    self.budgets = budgets
    self.note = note
    self.inconsistent = inconsistent
    self.inconsistentReason = inconsistentReason
  }

  public func budget(for year: Int) -> Money { Money(satang: budgets[year] ?? 0) }
  public var usesNoBudget: Bool { budgets.values.allSatisfy { $0 == 0 } }

  /// Field name → display text, the unit of history records and version diffs.
  public func fields(years: [Int]) -> [(key: String, label: String, value: String)] {
    var out: [(String, String, String)] = [
      ("number", "ลำดับ", String(number)), ("type", "ประเภท", type.rawValue), ("name", "ชื่อ", name),
      ("dimension", "มิติ", String(dimension)), ("subMission", "ภารกิจตามมิติ", subMission ?? "—"),
      ("objectives", "วัตถุประสงค์", NumberedList.text(objectives)), ("method", "วิธีดำเนินการ", NumberedList.text(method)),
      ("targetGroups", "กลุ่มเป้าหมายตามระบบ", targetGroups.isEmpty ? "—" : TargetGroup.text(targetGroups)),
      ("targetGroup", "กลุ่มเป้าหมาย", targetGroup), ("responsibleUnit", "หน่วยงานรับผิดชอบ", responsibleUnit),
    ]
    for year in years {
      let amount = budget(for: year)
      out.append(("budget_\(year)", "งบประมาณ \(year)", amount.satang == 0 ? "ไม่ใช้งบประมาณ" : amount.formatted))
    }
    out.append(("note", "หมายเหตุ", note))
    out.append(("inconsistent", "ความสอดคล้องกับมิติ", inconsistent ? "ไม่สอดคล้อง" : "สอดคล้อง"))
    return out
  }
}

extension ProjectSnapshot {
  /// Versions stored before target groups existed have none.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      id: try c.decode(String.self, forKey: .id), number: try c.decode(Int.self, forKey: .number),
      type: try c.decode(ProjectType.self, forKey: .type), name: try c.decode(String.self, forKey: .name),
      dimension: try c.decode(Int.self, forKey: .dimension),
      subMission: try c.decodeIfPresent(String.self, forKey: .subMission),
      objectives: try c.decode([String].self, forKey: .objectives),
      method: try c.decode([String].self, forKey: .method),
      targetGroup: try c.decode(String.self, forKey: .targetGroup),
      targetGroups: try c.decodeIfPresent([TargetGroup].self, forKey: .targetGroups) ?? [],
      responsibleUnit: try c.decode(String.self, forKey: .responsibleUnit),
      budgets: try c.decode([Int: Int64].self, forKey: .budgets), note: try c.decode(String.self, forKey: .note),
      inconsistent: try c.decode(Bool.self, forKey: .inconsistent),
      inconsistentReason: try c.decodeIfPresent(String.self, forKey: .inconsistentReason))
  }
}

/// Numbered lists (objectives, method) as people type and print them: one item a line,
/// "1) …", "๒. …" or "- …" markers stripped on input, "1) …" on output.
public enum NumberedList {
  public static func parse(_ text: String) -> [String] {
    text.split(whereSeparator: \.isNewline).map { line in
      var item = Substring(ThaiDigits.toArabic(String(line)).trimmingCharacters(in: .whitespaces))
      let digits = item.prefix { $0.isNumber }
      if !digits.isEmpty, let marker = item.dropFirst(digits.count).first, ").".contains(marker) {
        item = item.dropFirst(digits.count + 1)
      } else if item.hasPrefix("-") || item.hasPrefix("•") {
        item = item.dropFirst()
      }
      return item.trimmingCharacters(in: .whitespaces)
    }.filter { !$0.isEmpty }
  }

  public static func text(_ items: [String]) -> String {
    items.enumerated().map { "\($0.offset + 1)) \($0.element)" }.joined(separator: "\n")
  }
}
