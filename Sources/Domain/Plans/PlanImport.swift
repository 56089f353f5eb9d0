import Foundation

/// The framework a plan is checked against: its fiscal years, dimensions and sub-missions.
public struct FrameworkOutline: Sendable {
  public struct Dimension: Sendable {
    public let number: Int
    public let name: String
    public let subMissions: [(number: String, name: String)]
    public init(number: Int, name: String, subMissions: [(number: String, name: String)]) {
      self.number = number
      self.name = name
      self.subMissions = subMissions
    }
  }

  public let code: String
  public let years: [Int]
  public let dimensions: [Dimension]

  public init(code: String, years: [Int], dimensions: [Dimension]) {
    self.code = code
    self.years = years
    self.dimensions = dimensions
  }

  /// Accepts "1", "๑", "มิติที่ 1" or the dimension's name.
  public func dimension(matching text: String) -> Dimension? {
    let cleaned = ThaiDigits.toArabic(text).replacingOccurrences(of: "มิติที่", with: "").trimmingCharacters(
      in: .whitespaces)
    if let number = Int(cleaned) { return dimensions.first { $0.number == number } }
    return dimensions.first { $0.name == cleaned }
  }

  /// Accepts "1.1" or the sub-mission's name, searched across all dimensions.
  public func subMission(matching text: String) -> (dimension: Int, number: String)? {
    let cleaned = ThaiDigits.toArabic(text).trimmingCharacters(in: .whitespaces)
    for dimension in dimensions {
      if let sub = dimension.subMissions.first(where: { $0.number == cleaned || $0.name == cleaned }) {
        return (dimension.number, sub.number)
      }
    }
    return nil
  }
}

/// One row of an imported plan, validated.
public struct ImportedProject: Equatable, Sendable {
  public var number: Int
  public var type: ProjectType
  public var name: String
  public var dimension: Int
  public var subMission: String?
  public var objectives: [String]
  public var method: [String]
  public var targetGroup: String
  public var targetGroups: [TargetGroup]
  public var responsibleUnit: String
  public var budgets: [Int: Int64]
  public var note: String

  public init(
    number: Int, type: ProjectType, name: String, dimension: Int, subMission: String?, objectives: [String],
    method: [String], targetGroup: String, targetGroups: [TargetGroup] = [], responsibleUnit: String,
    budgets: [Int: Int64], note: String
  ) {
    self.number = number
    self.type = type
    self.name = name
    self.dimension = dimension
    self.subMission = subMission
    self.objectives = objectives
    self.method = method
    self.targetGroup = targetGroup
    self.targetGroups = targetGroups
    self.responsibleUnit = responsibleUnit
    self.budgets = budgets
    self.note = note
  }
}

extension ImportedProject {
  /// For a file that leaves out optional columns: those fields keep the existing project's
  /// values instead of being emptied (a minimal no,name,dimension,budget file edits only those).
  public func keeping(_ existing: ProjectSnapshot, absentFrom columns: Set<String>, years: [Int]) -> ImportedProject {
    var merged = self
    if !columns.contains("type") { merged.type = existing.type }
    if !columns.contains("sub_mission") && existing.dimension == dimension { merged.subMission = existing.subMission }
    if !columns.contains("objectives") { merged.objectives = existing.objectives }
    if !columns.contains("method") { merged.method = existing.method }
    if !columns.contains("target_group") { merged.targetGroup = existing.targetGroup }
    if !columns.contains("target_groups") { merged.targetGroups = existing.targetGroups }
    if !columns.contains("responsible_unit") { merged.responsibleUnit = existing.responsibleUnit }
    if !columns.contains("note") { merged.note = existing.note }
    for year in years where !columns.contains("budget_\(year)") {
      merged.budgets[year] = existing.budgets[year].flatMap { $0 > 0 ? $0 : nil }
    }
    return merged
  }
}

public struct ImportProblem: Equatable, Sendable, CustomStringConvertible {
  /// The spreadsheet row (the header is row 1), or nil for a problem with the whole file.
  public let row: Int?
  public let column: String?
  public let message: String

  public var description: String {
    switch (row, column) {
    case (let row?, let column?): return "แถวที่ \(row) คอลัมน์ \(column): \(message)"
    case (let row?, nil): return "แถวที่ \(row): \(message)"
    default: return message
    }
  }
}

public struct ImportProblems: Error, Equatable, Sendable {
  public let items: [ImportProblem]
  public init(items: [ImportProblem]) { self.items = items }
}

/// Reads a plan table (from CSV or XLSX) with the canonical columns
/// `no,name,type,dimension,sub_mission,budget_<พ.ศ.>…` (Thai headers accepted too, plus the
/// optional objectives, method, target_group, responsible_unit, note). All-or-nothing: any
/// problem rejects the whole table.
public enum PlanImport {
  /// The most projects a plan may hold (real plans have 30–100; Bangkok's units each have
  /// their own). With `Money.maximum` per amount, a plan's sums then stay far inside Int64.
  public static let maxProjects = 2_000
  public static let maxRows = maxProjects
  public static let tooManyProjects = "แผนหนึ่งมีโครงการได้ไม่เกิน 2,000 โครงการ"

  static let aliases: [String: [String]] = [
    "no": ["no", "ลำดับ", "ลำดับที่", "ที่"],
    "name": ["name", "ชื่อโครงการ", "โครงการ", "รายการโครงการ", "ชื่อโครงการ/กิจกรรม/มาตรการ", "โครงการ/กิจกรรม/มาตรการ"],
    "type": ["type", "ประเภท"],
    "dimension": ["dimension", "มิติ"],
    "sub_mission": ["sub_mission", "ภารกิจ", "ภารกิจตามมิติ"],
    "objectives": ["objectives", "วัตถุประสงค์"],
    "method": ["method", "วิธีดำเนินการ"],
    "target_group": ["target_group", "กลุ่มเป้าหมาย"],
    "target_groups": ["target_groups", "กลุ่มเป้าหมายตามระบบ", "กลุ่มเป้าหมาย (ตามระบบ)"],
    "responsible_unit": ["responsible_unit", "หน่วยงานรับผิดชอบ", "ผู้รับผิดชอบ"],
    "note": ["note", "หมายเหตุ"],
  ]

  /// The canonical header for a framework's years (what export writes).
  public static func header(years: [Int]) -> [String] {
    ["no", "name", "type", "dimension", "sub_mission"] + years.map { "budget_\($0)" }
      + ["objectives", "method", "target_groups", "target_group", "responsible_unit", "note"]
  }

  /// The canonical row for a project (what export writes, and import reads back unchanged).
  public static func row(_ project: ProjectSnapshot, years: [Int]) -> [String] {
    [String(project.number), project.name, project.type.rawValue, String(project.dimension), project.subMission ?? ""]
      + years.map { project.budget(for: $0).decimalString }
      + [
        NumberedList.text(project.objectives), NumberedList.text(project.method),
        TargetGroup.text(project.targetGroups), project.targetGroup, project.responsibleUnit, project.note,
      ]
  }

  public static func parse(header: [String], rows: [[String]], framework: FrameworkOutline)
    -> Result<[ImportedProject], ImportProblems>
  {
    var problems: [ImportProblem] = []
    var column: [String: Int] = [:]
    var budgetColumns: [(year: Int, index: Int, title: String)] = []
    for (index, raw) in header.enumerated() {
      let title = raw.trimmingCharacters(in: .whitespacesAndNewlines)
      let key = title.lowercased()
      if let year = budgetYear(key) {
        if budgetColumns.contains(where: { $0.year == year }) {
          problems.append(
            ImportProblem(row: 1, column: title, message: "มีคอลัมน์งบประมาณปี \(year) ซ้ำกัน กรุณาเหลือไว้คอลัมน์เดียว"))
        } else if framework.years.contains(year) {
          budgetColumns.append((year, index, title))
        } else {
          problems.append(ImportProblem(row: 1, column: title, message: "ปี \(year) อยู่นอกช่วงแผน \(framework.code)"))
        }
      } else if let canonical = aliases.first(where: { $0.value.contains(key) })?.key {
        column[canonical] = index
      }
    }
    for required in ["no", "name", "dimension"] where column[required] == nil {
      problems.append(
        ImportProblem(
          row: nil, column: nil, message: "ไม่พบคอลัมน์ \(required) ในแถวหัวตาราง (คอลัมน์ที่ต้องมี: no, name, dimension)"))
    }
    if rows.count > maxRows {
      problems.append(
        ImportProblem(row: nil, column: nil, message: "ไฟล์มี \(rows.count) แถว เกินกว่าที่รับได้ (\(maxRows) แถว)"))
    }
    guard problems.isEmpty else { return .failure(ImportProblems(items: problems)) }

    var projects: [ImportedProject] = []
    var seen: [Int: Int] = [:]
    let titles = Dictionary(
      budgetColumns.map { ("budget_\($0.year)", $0.title) }, uniquingKeysWith: { first, _ in first })
    for (offset, row) in rows.enumerated() {
      let line = offset + 2
      if row.allSatisfy({ $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) { continue }
      var cells: [String: String] = [:]
      for (key, index) in column where index < row.count { cells[key] = row[index] }
      for budget in budgetColumns where budget.index < row.count { cells["budget_\(budget.year)"] = row[budget.index] }
      if let number = Int(ThaiDigits.toArabic(cells["no"] ?? "").trimmingCharacters(in: .whitespaces)) {
        if let first = seen[number] {
          problems.append(ImportProblem(row: line, column: "no", message: "ลำดับ \(number) ซ้ำกับแถวที่ \(first)"))
        } else {
          seen[number] = line
        }
      }
      switch ProjectRules.validate(cells, framework: framework, numberRequired: true) {
      case .success(let project):
        projects.append(project)
      case .failure(let errors):
        for key in ProjectRules.fieldOrder(years: framework.years) {
          if let message = errors[key] {
            problems.append(ImportProblem(row: line, column: titles[key] ?? key, message: message))
          }
        }
      }
    }
    if projects.isEmpty && problems.isEmpty {
      problems.append(ImportProblem(row: nil, column: nil, message: "ไม่มีโครงการในไฟล์"))
    }
    return problems.isEmpty ? .success(projects) : .failure(ImportProblems(items: problems))
  }

  /// The canonical names of the columns a header has (budget columns as `budget_<year>`).
  public static func columns(in header: [String]) -> Set<String> {
    Set(
      header.compactMap { raw in
        let key = raw.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if let year = budgetYear(key) { return "budget_\(year)" }
        return aliases.first(where: { $0.value.contains(key) })?.key
      })
  }

  /// "budget_2566", "งบประมาณ 2566", "งบประมาณ พ.ศ. ๒๕๖๖" → 2566
  static func budgetYear(_ title: String) -> Int? {
    let text = ThaiDigits.toArabic(title)
    guard text.hasPrefix("budget") || text.hasPrefix("งบประมาณ") else { return nil }
    let digits = text.filter(\.isNumber)
    guard digits.count == 4, let year = Int(digits), (2400...2700).contains(year) else { return nil }
    return year
  }
}

/// Checks one project as typed in the form or read from a spreadsheet row. Keys are the
/// canonical column names (`no`, `name`, `type`, `dimension`, `sub_mission`,
/// `budget_<year>`, `objectives`, `method`, `target_groups`, `target_group`, `responsible_unit`,
/// `note`), which
/// are also the form's field names; errors come back under the same keys, in Thai.
public enum ProjectRules {
  public static func fieldOrder(years: [Int]) -> [String] {
    ["no", "name", "type", "dimension", "sub_mission"] + years.map { "budget_\($0)" }
      + ["objectives", "method", "target_groups", "target_group", "responsible_unit", "note"]
  }

  public static func validate(_ cells: [String: String], framework: FrameworkOutline, numberRequired: Bool)
    -> Result<ImportedProject, FieldErrors>
  {
    var errors = FieldErrors()
    func cell(_ key: String) -> String { (cells[key] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }

    let numberText = ThaiDigits.toArabic(cell("no"))
    let number = Int(numberText)
    if (numberRequired || !numberText.isEmpty) && (number == nil || number! < 1 || number! > 1_000_000) {
      errors["no"] = "ลำดับต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป"
    }
    let name = cell("name")
    if name.isEmpty { errors["name"] = "ต้องมีชื่อโครงการ" }
    if name.count > 1000 { errors["name"] = "ชื่อยาวเกิน 1,000 ตัวอักษร" }
    let typeText = cell("type")
    let type = typeText.isEmpty ? ProjectType.project : ProjectType(rawValue: typeText)
    if type == nil { errors["type"] = "ประเภทต้องเป็น โครงการ กิจกรรม มาตรการ หรือ แนวปฏิบัติงาน" }
    let dimension = framework.dimension(matching: cell("dimension"))
    if dimension == nil {
      errors["dimension"] =
        cell("dimension").isEmpty ? "กรุณาเลือกมิติ" : "ไม่มีมิติ \"\(cell("dimension"))\" ในแผน \(framework.code)"
    }
    var subMission: String?
    let subText = cell("sub_mission")
    if !subText.isEmpty {
      if let found = framework.subMission(matching: subText) {
        if let dimension, found.dimension != dimension.number {
          errors["sub_mission"] = "ภารกิจ \(found.number) ไม่อยู่ในมิติที่ \(dimension.number)"
        }
        subMission = found.number
      } else {
        errors["sub_mission"] = "ไม่มีภารกิจ \"\(subText)\" ในแผน \(framework.code)"
      }
    }
    var budgets: [Int: Int64] = [:]
    for year in framework.years {
      let text = cell("budget_\(year)")
      if text.isEmpty || text == "-" || text == "ไม่ใช้งบประมาณ" { continue }
      if let money = Money(baht: text) {
        if money.satang > 0 { budgets[year] = money.satang }
      } else {
        errors["budget_\(year)"] =
          (Money.problem(parsing: text) == Money.maximumMessage
            ? "งบประมาณต้องไม่เกิน \(Money.maximum.formatted) บาท" : "งบประมาณต้องเป็นจำนวนเงินไม่ติดลบ เช่น 50,000 หรือ 50000.00")
          + " (ได้ \"\(text.prefix(40))\")"
      }
    }
    for (key, limit) in [
      ("target_group", 1000), ("responsible_unit", 500), ("note", 4000), ("objectives", 8000), ("method", 8000),
    ]
    where cell(key).count > limit {
      errors[key] = "ยาวเกิน \(limit) ตัวอักษร"
    }
    var targetGroups: [TargetGroup] = []
    switch TargetGroup.parse(cell("target_groups")) {
    case .success(let groups): targetGroups = groups
    case .failure(let problem): errors["target_groups"] = problem.message
    }
    guard errors.isEmpty, let type, let dimension else { return .failure(errors) }
    return .success(
      ImportedProject(
        number: number ?? 0, type: type, name: name, dimension: dimension.number, subMission: subMission,
        objectives: NumberedList.parse(cell("objectives")), method: NumberedList.parse(cell("method")),
        targetGroup: cell("target_group"), targetGroups: targetGroups, responsibleUnit: cell("responsible_unit"),
        budgets: budgets,
        note: cell("note")))
  }
}
