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
