import Domain
import Vapor

/// `GET /api/v1/projects`: one page of matching projects, the total and the counts.
struct ProjectSearchJSON: Content {
  struct Project: Content {
    let organizationCode: String
    let organizationName: String
    let provinceCode: String
    let provinceName: String
    let period: String
    let planVersion: Int
    let number: Int
    let type: String
    let name: String
    let objectives: [String]
    let dimension: Int
    let subMission: String?
    let targetGroups: [String]
    let fiscalYears: [Int]
    /// Baht with two decimals, as text (exact).
    let budget: String
    let url: String

    init(_ row: ProjectSearchRow, provinces: ProvinceDirectory) {
      organizationCode = row.org_code
      organizationName = row.organizationName
      provinceCode = row.province_code
      provinceName = provinces.name(row.province_code)
      period = row.period_code
      planVersion = row.plan_version
      number = row.number
      type = row.type
      name = row.name
      objectives = row.objectives.split(separator: "\n").map(String.init)
      dimension = row.dimension
      subMission = row.sub_mission.isEmpty ? nil : row.sub_mission
      targetGroups = row.targetGroups.map(\.rawValue)
      fiscalYears = row.years.split(separator: ",").compactMap { Int($0) }
      budget = row.budget.decimalString
      url = Paths.plan(row.org_code, row.period_code)
    }
  }

  struct Count: Content {
    let key: String
    let count: Int
  }

  let items: [Project]
  let total: Int
  let page: Int
  let perPage: Int
  let byDimension: [Count]
  let byProvince: [Count]
}
