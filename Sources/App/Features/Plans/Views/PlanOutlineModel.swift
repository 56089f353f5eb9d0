import Domain

/// A plan's projects grouped dimension → sub-mission with their totals, as plan pages and
/// the printed plan show them. ไม่สอดคล้อง projects are listed but not counted.
struct PlanOutlineModel {
  struct SubMissionGroup {
    let number: String
    let name: String
    let line: PlanTotals.Line
    let projects: [ProjectSnapshot]
  }

  struct DimensionGroup {
    let number: Int
    let name: String
    let line: PlanTotals.Line
    let subMissions: [SubMissionGroup]
    /// Projects placed in the dimension without a sub-mission.
    let loose: [ProjectSnapshot]
  }

  let years: [Int]
  let dimensions: [DimensionGroup]
  let overall: PlanTotals.Line

  init(outline: FrameworkOutline, projects: [ProjectSnapshot]) {
    years = outline.years
    let totals = PlanTotals(projects: projects, years: outline.years)
    overall = totals.overall
    let sorted = projects.sorted { $0.number < $1.number }
    dimensions = outline.dimensions.map { dimension in
      let mine = sorted.filter { $0.dimension == dimension.number }
      return DimensionGroup(
        number: dimension.number, name: dimension.name, line: totals.dimension(dimension.number),
        subMissions: dimension.subMissions.map { sub in
          SubMissionGroup(
            number: sub.number, name: sub.name, line: totals.subMission(sub.number),
            projects: mine.filter { $0.subMission == sub.number })
        },
        loose: mine.filter { $0.subMission == nil })
    }
  }

  static func money(_ amount: Money) -> String { amount.satang == 0 ? "-" : amount.formatted }
}
