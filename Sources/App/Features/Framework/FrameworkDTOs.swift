import Domain
import Vapor

/// A plan period as shipped in Resources/frameworks.json and as served by the API.
struct PeriodJSON: Content {
  struct Dimension: Content {
    let number: Int
    let name: String
    let subMissions: [SubMission]
  }

  struct SubMission: Content {
    let number: String
    let name: String
  }

  let code: String
  let name: String
  let startYear: Int
  let originalEndYear: Int
  let endYear: Int
  /// ISO date (ค.ศ.) by which the period's plans are due, e.g. "2022-09-30"; nil = not set.
  let planDueDate: String?
  let dimensions: [Dimension]

  init(_ period: PlanPeriod) {
    code = period.code
    name = period.name
    startYear = period.startYear
    originalEndYear = period.originalEndYear
    endYear = period.endYear
    planDueDate = period.planDueDate.map(ThaiCalendar.isoDate)
    dimensions = period.dimensions.sorted { $0.number < $1.number }.map { dimension in
      Dimension(
        number: dimension.number, name: dimension.name,
        subMissions: dimension.subMissions.sorted { $0.sortOrder < $1.sortOrder }.map {
          SubMission(number: $0.number, name: $0.name)
        })
    }
  }
}

struct NewPeriodForm: Content {
  var startYear: String?
  var endYear: String?
  var name: String?
  var copyFrom: String?
}

struct NameForm: Content {
  var name: String?
  var number: String?
}

struct ExtendForm: Content {
  var endYear: String?
}

struct PlanDueForm: Content {
  var planDueDate: String?
}
