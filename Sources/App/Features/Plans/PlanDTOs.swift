import Domain
import Vapor

/// GET /api/v1/organizations/{code}/plans/{period}. Money is decimal baht strings.
struct PlanJSON: Content {
  struct Project: Content {
    let id: String
    let number: Int
    let type: String
    let name: String
    let dimension: Int
    let subMission: String?
    let objectives: [String]
    let method: [String]
    let targetGroup: String
    /// The national system's target groups, by Thai name.
    let targetGroups: [String]
    let responsibleUnit: String
    /// Fiscal year (พ.ศ.) → "50000.00"; "0.00" = ไม่ใช้งบประมาณ.
    let budgets: [String: String]
    let note: String
    let inconsistent: Bool
    let inconsistentReason: String?
    let version: Int?

    init(_ snapshot: ProjectSnapshot, years: [Int], version: Int?) {
      id = snapshot.id
      number = snapshot.number
      type = snapshot.type.rawValue
      name = snapshot.name
      dimension = snapshot.dimension
      subMission = snapshot.subMission
      objectives = snapshot.objectives
      method = snapshot.method
      targetGroup = snapshot.targetGroup
      targetGroups = snapshot.targetGroups.map(\.thaiName)
      responsibleUnit = snapshot.responsibleUnit
      budgets = Dictionary(uniqueKeysWithValues: years.map { (String($0), snapshot.budget(for: $0).decimalString) })
      note = snapshot.note
      inconsistent = snapshot.inconsistent
      inconsistentReason = snapshot.inconsistentReason
      self.version = version
    }
  }

  let organizationCode: String
  let organizationName: String
  let period: String
  let fiscalYears: [Int]
  let status: String
  let statusName: String
  let approvedVersions: Int
  let approvedAt: Date?
  let approverName: String?
  /// Counted projects (not ไม่สอดคล้อง).
  let projectCount: Int
  let budgetTotals: [String: String]
  let projects: [Project]
}

/// POST/PUT body for a project through the API; the same fields as the import columns.
struct ProjectInputJSON: Content {
  var number: Int?
  var type: String?
  var name: String?
  var dimension: Int?
  var subMission: String?
  var objectives: [String]?
  var method: [String]?
  var targetGroup: String?
  /// Thai names of the national system's target groups (omitted = none).
  var targetGroups: [String]?
  var responsibleUnit: String?
  var budgets: [String: String]?
  var note: String?
  /// Required on PUT: the version read, for optimistic locking.
  var version: Int?

  /// As the cells the shared validation reads.
  var cells: [String: String] {
    var cells: [String: String] = [
      "no": number.map(String.init) ?? "", "type": type ?? "", "name": name ?? "",
      "dimension": dimension.map(String.init) ?? "", "sub_mission": subMission ?? "",
      "objectives": NumberedList.text(objectives ?? []), "method": NumberedList.text(method ?? []),
      "target_group": targetGroup ?? "", "responsible_unit": responsibleUnit ?? "", "note": note ?? "",
      "target_groups": (targetGroups ?? []).joined(separator: ";"),
    ]
    for (year, amount) in budgets ?? [:] { cells["budget_\(year)"] = amount }
    return cells
  }
}

struct ValidationErrorJSON: Content {
  let error: Bool
  let status: Int
  let reason: String
  let fields: [String: String]
}

struct WorkflowForm: Content {
  var name: String?
  var position: String?
  var comment: String?
  var reason: String?
  var inconsistent: String?
  var period: String?
}

/// The project form's target-group checkboxes (`target_group_<code>` = 1, with the marker
/// `target_groups_form` so that none ticked means none) as the `target_groups` cell.
enum ProjectFormFields {
  static let marker = "target_groups_form"

  static func name(_ group: TargetGroup) -> String { "target_group_\(group.rawValue)" }

  static func cells(_ form: [String: String]) -> [String: String] {
    guard form[marker] != nil else { return form }
    var cells = form
    cells["target_groups"] = TargetGroup.text(TargetGroup.allCases.filter { form[name($0)] == "1" })
    return cells
  }
}
