/// The plan's figures as printed plans show them: per sub-mission, per dimension and overall,
/// the number of projects and the budget of each fiscal year. Removed and ไม่สอดคล้อง
/// projects are left out.
public struct PlanTotals: Equatable, Sendable {
  public struct Line: Equatable, Sendable {
    public var count: Int = 0
    public var budgets: [Int: Money] = [:]

    public func budget(_ year: Int) -> Money { budgets[year] ?? .zero }
    public var total: Money { Money.sum(budgets.values) }

    mutating func add(_ project: ProjectSnapshot, years: [Int]) {
      count += 1
      for year in years { budgets[year] = budget(year) + project.budget(for: year) }
    }
  }

  public let years: [Int]
  public private(set) var byDimension: [Int: Line] = [:]
  /// Keyed by sub-mission number; projects without one count under "".
  public private(set) var bySubMission: [String: Line] = [:]
  public private(set) var overall = Line()

  public init(projects: [ProjectSnapshot], years: [Int]) {
    self.years = years
    for project in projects where !project.inconsistent {
      overall.add(project, years: years)
      byDimension[project.dimension, default: Line()].add(project, years: years)
      bySubMission[project.subMission ?? "", default: Line()].add(project, years: years)
    }
  }

  public func dimension(_ number: Int) -> Line { byDimension[number] ?? Line() }
  public func subMission(_ number: String) -> Line { bySubMission[number] ?? Line() }
}
