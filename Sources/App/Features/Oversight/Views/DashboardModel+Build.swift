import Domain
import Foundation

/// One line a dashboard groups: an organization (district pages) or the summed organizations of
/// one type in a province or district (higher levels, summed by the database).
struct DashboardRow {
  var code = ""
  var name = ""
  let type: String
  let provinceCode: String
  let provinceName: String
  let region: Int?
  let district: String
  let figures: AreaFigures
}

extension OversightOrgRow {
  var dashboardRow: DashboardRow {
    DashboardRow(
      code: code, name: name, type: type, provinceCode: province_code, provinceName: province_name, region: region,
      district: district, figures: AreaFigures([figures]))
  }
}

extension AreaSumRow {
  var dashboardRow: DashboardRow {
    DashboardRow(
      type: type, provinceCode: province_code, provinceName: province_name, region: region, district: district,
      figures: figures)
  }
}

extension DashboardModel {
  /// Groups the area's organizations one level down (nation → regions → provinces →
  /// districts → organizations), sums each group, and sorts the table.
  init(
    context: OversightContext, rows: [DashboardRow], groups: [GroupFigureRow], sort: String?, dir: String?,
    map: String?, by: String? = nil, targets: [GroupFigureRow] = [], thresholds: LevelThresholds? = nil
  ) {
    let thresholds = thresholds ?? .defaults(for: context.round.kind)
    self.thresholds = thresholds
    levelRule = thresholds.rule(context.round.kind)
    let byGroup = Dictionary(targets.map { ($0.sub_mission, $0) }, uniquingKeysWith: { first, _ in first })
    self.targets = (TargetGroup.allCases.map { ($0.rawValue, $0.thaiName) } + [("", "ไม่ระบุกลุ่มเป้าหมาย")])
      .compactMap { code, name in byGroup[code].map { Self.group(name, [$0], isDimension: false) } }
    area = context.area
    paths = context.paths
    let paths = context.paths
    areaName = context.name
    breadcrumbs = context.breadcrumbs
    rounds = context.rounds.map { ($0.slug, $0.title) }
    round = context.round
    totals = rows.reduce(into: AreaFigures()) { $0.add($1.figures) }
    let year = context.round.fiscalYear
    let kind = context.round.kind.rawValue

    typealias Key = (id: String, name: String, path: String?)
    let key: (DashboardRow) -> Key
    grouping = DashboardGrouping(rawValue: by ?? "") ?? .area
    switch (grouping, context.area) {
    case (.type, _):
      childLabel = "ประเภท อปท."
      key = { row in (row.type, OrganizationType(rawValue: row.type)?.formalName ?? row.type, nil) }
    case (.province, _):
      childLabel = "จังหวัด"
      key = { ($0.provinceCode, $0.provinceName, paths.province($0.provinceCode)) }
    case (.area, .nation):
      childLabel = "ภาค"
      key = { row in
        guard let region = row.region else {
          return (row.provinceCode, row.provinceName, paths.province(row.provinceCode))
        }
        return (String(format: "%02d", region), "ภาค \(region)", paths.region(region))
      }
    case (.area, .region):
      childLabel = "จังหวัด"
      key = { ($0.provinceCode, $0.provinceName, paths.province($0.provinceCode)) }
    case (.area, .province):
      childLabel = "อำเภอ"
      key = { ($0.district, "อำเภอ\($0.district)", paths.district($0.provinceCode, $0.district)) }
    case (.area, .district):
      childLabel = "อปท."
      key = { row in
        let name = OrganizationType(rawValue: row.type)?.fullName(row.name) ?? row.name
        return (row.code, name, paths.organization(row.code, year: year, round: kind))
      }
    }
    var order: [String] = []
    var byKey: [String: (name: String, path: String?, figures: AreaFigures)] = [:]
    for row in rows {
      let k = key(row)
      if byKey[k.id] == nil {
        order.append(k.id)
        byKey[k.id] = (k.name, k.path, AreaFigures())
      }
      byKey[k.id]!.figures.add(row.figures)
    }
    let chosen = DashboardSort(rawValue: sort ?? "") ?? .name
    self.sort = chosen
    descending = dir == "desc"
    var children = order.map { Child(name: byKey[$0]!.name, path: byKey[$0]!.path, figures: byKey[$0]!.figures) }
    if chosen != .name {
      children.sort { chosen.key($0.figures) < chosen.key($1.figures) }
    } else {
      children.sort { $0.name.compare($1.name, locale: Locale(identifier: "th")) == .orderedAscending }
    }
    if descending { children.reverse() }
    self.children = children

    let dimensionNames = Dictionary(
      uniqueKeysWithValues: (context.period?.outline.dimensions ?? []).map { ($0.number, $0.name) })
    let subNames = Dictionary(
      (context.period?.outline.dimensions ?? []).flatMap(\.subMissions).map { ($0.number, $0.name) },
      uniquingKeysWith: { first, _ in first })
    var lines: [Group] = []
    for (dimension, parts) in Dictionary(grouping: groups, by: \.dimension).sorted(by: { $0.key < $1.key }) {
      lines.append(Self.group("มิติที่ \(dimension) \(dimensionNames[dimension] ?? "")", parts, isDimension: true))
      for part in parts {
        let label = part.sub_mission.isEmpty ? "ไม่ระบุภารกิจ" : "\(part.sub_mission) \(subNames[part.sub_mission] ?? "")"
        lines.append(Self.group("  " + label, [part], isDimension: false))
      }
    }
    self.groups = lines

    mapMeasure = map == "implementation" ? "implementation" : "rate"
    switch context.area {
    case .nation, .region:
      var byProvince: [String: AreaFigures] = [:]
      for row in rows { byProvince[row.provinceCode, default: AreaFigures()].add(row.figures) }
      let values = byProvince.mapValues { figures -> Percent? in
        map == "implementation" ? figures.implementationPercent : figures.rate.rate
      }
      let links = Dictionary(
        uniqueKeysWithValues: byProvince.keys.map {
          ($0, Paths.withQuery(paths.province($0), [("round", context.round.slug)]))
        })
      self.map = ProvinceMap.svg(
        values: values, links: links, only: Set(byProvince.keys),
        buckets: map == "implementation" ? ProvinceMap.levelBuckets(thresholds) : ProvinceMap.buckets)
    default:
      self.map = nil
    }
  }

  private static func group(_ label: String, _ parts: [GroupFigureRow], isDimension: Bool) -> Group {
    let projects = parts.map(\.projects).reduce(0, +)
    let completed = parts.map(\.completed).reduce(0, +)
    let inProgress = parts.map(\.in_progress).reduce(0, +)
    let budget = Money.sum(parts.map { Money(satang: $0.budget_satang) }).satang
    let disbursed = Money.sum(parts.map { Money(satang: $0.disbursed_satang) }).satang
    return Group(
      label: label, isDimension: isDimension, projects: projects, completed: completed, inProgress: inProgress,
      cannot: parts.map(\.cannot).reduce(0, +),
      implementation: Percent.implementation(completed: completed, inProgress: inProgress, of: projects),
      disbursement: Percent(disbursed, of: budget))
  }
}
