import Domain
import Foundation

struct DashboardModel {
  struct Child {
    let name: String
    let path: String?
    let figures: AreaFigures
  }

  struct Group {
    let label: String
    let isDimension: Bool
    let projects: Int
    let completed: Int
    let inProgress: Int
    let cannot: Int
    let implementation: Percent?
    let disbursement: Percent?
  }

  let area: OversightArea
  /// Monitors' dashboards or the public area pages.
  let paths: AreaPaths
  var areaPath: String { paths.path(area) }
  let areaName: String
  let breadcrumbs: [(label: String, path: String)]
  let rounds: [(slug: String, title: String)]
  let round: ReportRound
  let totals: AreaFigures
  let childLabel: String
  var children: [Child]
  let groups: [Group]
  let sort: DashboardSort
  let descending: Bool
  let grouping: DashboardGrouping
  let map: TrustedHTML?
  let mapMeasure: String
  /// Projects per target group, from submitted reports.
  let targets: [Group]
  let thresholds: LevelThresholds
  /// The round kind's level thresholds, written beside every level.
  let levelRule: String
  /// Headline figures of every round, oldest first.
  var trend: [(label: String, row: TrendRow)] = []

  var roundQuery: [(String, String)] {
    [("round", round.slug)] + (grouping == .area ? [] : [("by", grouping.rawValue)])
  }

  func link(_ path: String, _ extra: [(String, String)] = []) -> String { Paths.withQuery(path, roundQuery + extra) }

  /// A table of the page for download: `groups` (dimensions), `trend`, or the main table.
  /// The tables a dashboard offers as downloads ("" = the areas table).
  static let tables: Set<String> = ["", "areas", "groups", "targets", "trend"]

  func table(_ name: String) -> (header: [String], rows: [[String]]) {
    switch name {
    case "groups", "targets":
      return (
        [name == "groups" ? Self.groupHeader[0] : "กลุ่มเป้าหมาย"] + Self.groupHeader.dropFirst(),
        (name == "groups" ? groups : targets).map { group in
          [
            group.label.trimmingCharacters(in: .whitespaces), String(group.projects), String(group.completed),
            String(group.inProgress), String(group.cannot), DashboardSort.percent(group.implementation),
            DashboardSort.percent(group.disbursement),
          ]
        }
      )
    case "trend":
      return (
        Self.trendHeader,
        trend.map { label, row in
          [
            label, String(row.expected), String(row.submitted), DashboardSort.percent(row.rate.rate),
            DashboardSort.percent(row.rate.onTimeRate), DashboardSort.percent(row.implementation),
            DashboardSort.percent(row.disbursement),
          ]
        }
      )
    default:
      return (
        [childLabel] + DashboardSort.allCases.dropFirst().map(\.label),
        children.map { [$0.name] + DashboardSort.cells($0.figures) }
      )
    }
  }

  static let groupHeader = [
    "มิติ / ภารกิจ", "โครงการ", "ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ", "ไม่สามารถดำเนินการได้", "การนำแผนไปปฏิบัติ (%)",
    "การเบิกจ่าย (%)",
  ]
  static let trendHeader = [
    "รอบ", "ต้องรายงาน", "ส่งแล้ว", "ร้อยละการรายงาน", "ร้อยละส่งตรงเวลา", "การนำแผนไปปฏิบัติ (%)", "การเบิกจ่าย (%)",
  ]
}

/// What the main table compares (`?by=`): the next level down, provinces, or LAO types.
enum DashboardGrouping: String, CaseIterable {
  case area, province, type

  var label: String {
    switch self {
    case .area: return "ตามพื้นที่"
    case .province: return "ตามจังหวัด"
    case .type: return "ตามประเภท อปท."
    }
  }
}

/// How the children table can be sorted (`?sort=` values).
enum DashboardSort: String, CaseIterable {
  case name, expected, submitted, rate, onTime = "ontime", plans, implementation, disbursement

  var label: String {
    switch self {
    case .name: return "พื้นที่"
    case .expected: return "ต้องรายงาน"
    case .submitted: return "ส่งแล้ว"
    case .rate: return "ร้อยละการรายงาน"
    case .onTime: return "ร้อยละส่งตรงเวลา"
    case .plans: return "แผนที่อนุมัติแล้ว"
    case .implementation: return "การนำแผนไปปฏิบัติ (%)"
    case .disbursement: return "การเบิกจ่าย (%)"
    }
  }

  func key(_ figures: AreaFigures) -> Int64 {
    switch self {
    case .name: return 0
    case .expected: return Int64(figures.rate.expected)
    case .submitted: return Int64(figures.rate.submitted)
    case .rate: return figures.rate.rate?.hundredths ?? -1
    case .onTime: return figures.rate.onTimeRate?.hundredths ?? -1
    case .plans: return Int64(figures.plansApproved)
    case .implementation: return figures.implementationPercent?.hundredths ?? -1
    case .disbursement: return figures.disbursementPercent?.hundredths ?? -1
    }
  }

  /// The table's cells for one line (also the export's columns after the name).
  static func cells(_ figures: AreaFigures) -> [String] {
    [
      String(figures.rate.expected), String(figures.rate.submitted), percent(figures.rate.rate),
      percent(figures.rate.onTimeRate), "\(figures.plansApproved)/\(figures.organizations)",
      percent(figures.implementationPercent), percent(figures.disbursementPercent),
    ]
  }

  static func percent(_ value: Percent?) -> String { value?.description ?? "—" }
}

/// A monitor's dashboard for one area and round: headline rates with their formulas, the
/// figures by dimension and sub-mission, a sortable, downloadable table of the next level
/// down, and (nation, region) a map of the provinces.
struct DashboardPage {
  let shell: PageShell
  let model: DashboardModel

  var html: HTML {
    let totals = model.totals
    return Layout.page(shell) {
      Paragraph {
        for (index, crumb) in model.breadcrumbs.enumerated() {
          if index > 0 { Text(" › ") }
          Link(crumb.label, url: model.link(crumb.path))
        }
      }.class("breadcrumbs")
      H1("ภาพรวม \(model.areaName)")
      Form(url: model.areaPath, method: .get) {
        Div {
          SelectField(
            label: "รอบการรายงาน", name: "round", options: model.rounds.map { ($0.slug, $0.title) },
            selected: model.round.slug)
          Button("แสดง").attribute(named: "type", value: "submit").class("button")
        }.class("filters")
      }
      Paragraph("กำหนดส่ง \(ThaiCalendar.longDate(model.round.dueDate)) · ข้อมูล ณ \(ThaiCalendar.shortDateTime(Date()))")
        .class("count")
      El("dl") {
        Figure(
          "อัตราการรายงาน", DashboardSort.percent(totals.rate.rate).appending(" %"),
          "ส่งแล้ว \(totals.rate.submitted.formatted()) จาก \(totals.rate.expected.formatted()) แห่ง · "
            + ReportingRate.formula)
        Figure("ส่งตรงเวลา", DashboardSort.percent(totals.rate.onTimeRate).appending(" %"), ReportingRate.onTimeFormula)
        Figure(
          "ยังไม่ส่ง", "\(totals.rate.missing.formatted()) แห่ง", "อปท. ที่ต้องรายงานแต่ยังไม่ได้ส่ง (รวมที่อยู่ระหว่างรอผู้บริหารยืนยัน)")
        Figure(
          "แผนที่อนุมัติแล้ว", "\(totals.plansApproved.formatted()) จาก \(totals.organizations.formatted()) แห่ง",
          "มีแผนแล้ว \(totals.plans) แห่ง (ช่วงแผนที่ครอบคลุมปีงบประมาณนี้)")
        Figure(
          "การนำแผนไปปฏิบัติ",
          DashboardSort.percent(totals.implementationPercent) + " %"
            + (totals.level(model.thresholds).map { " ระดับ (\($0.rawValue))" } ?? ""),
          ReportSummary.implementationFormula + " — จากรายงานที่ส่งแล้ว \(totals.projects) โครงการ · "
            + model.levelRule)
        Figure(
          "การเบิกจ่าย", DashboardSort.percent(totals.disbursementPercent) + " %",
          "เบิกจ่าย \(totals.disbursed.formatted) จากงบประมาณ \(totals.budget.formatted) บาท · "
            + ReportSummary.disbursementFormula)
      }.class("summary-figures dashboard-figures")
      Div {
        if model.paths.isPublic {
          Link("ค้นหาโครงการ", url: Paths.projectSearch).class("button primary")
          Link("ข้อมูลเปิด", url: Paths.openData).class("button")
        } else {
          Link(
            "รายชื่อ อปท. ที่ยังไม่ส่ง (\(totals.rate.missing.formatted()))",
            url: model.link(Paths.missingReports(model.areaPath))
          )
          .class("button primary")
          Link("แผนที่ยังไม่อนุมัติหรืออนุมัติล่าช้า", url: Paths.planDeadlines(model.areaPath)).class("button")
          Link("ผลการประเมิน ITA", url: Paths.itaDashboard(model.areaPath)).class("button")
          Link("เรื่องร้องเรียนการทุจริต", url: Paths.complaintDashboard(model.areaPath)).class("button")
        }
        Link("Excel", url: model.link(model.areaPath, [("format", "xlsx")])).class("button")
        Link("CSV", url: model.link(model.areaPath, [("format", "csv")])).class("button")
      }.class("actions")
      if let map = model.map {
        H2("แผนที่: " + (model.mapMeasure == "implementation" ? "การนำแผนไปปฏิบัติ" : "อัตราการรายงาน") + "รายจังหวัด")
        Paragraph {
          Link("อัตราการรายงาน", url: model.link(model.areaPath, [("map", "rate")]))
          Text(" · ")
          Link("การนำแผนไปปฏิบัติ", url: model.link(model.areaPath, [("map", "implementation")]))
        }.class("hint")
        Div { map }.class("map")
        Paragraph("ขอบเขตจังหวัด © OpenStreetMap contributors (ODbL 1.0)").class("hint")
      }
      childTable
      groupTable
      targetTable
      trendPart
    }
  }

  private var trendPart: Component {
    guard !model.trend.isEmpty else { return EmptyComponent() }
    let points = model.trend.map {
      TrendChart.Point(label: $0.label, rate: $0.row.rate.rate, implementation: $0.row.implementation)
    }
    return Div {
      H2("แนวโน้มตามรอบการรายงาน")
      downloads("trend")
      Div { TrendChart.svg(points) }.class("chart")
      Table(
        header: TableRow {
          for heading in DashboardModel.trendHeader { TableHeaderCell(heading) }
        },
        rows: {
          for (label, row) in model.trend {
            TableRow {
              TableCell(label)
              for cell in [
                String(row.expected), String(row.submitted), DashboardSort.percent(row.rate.rate),
                DashboardSort.percent(row.rate.onTimeRate), DashboardSort.percent(row.implementation),
                DashboardSort.percent(row.disbursement),
              ] { TableCell(cell).class("number") }
            }
          }
        }
      ).class("data compact").attribute(named: "data-sortable", value: "1")
    }
  }

  private var childTable: Component {
    Div {
      H2("แยกตาม \(model.childLabel) (\(model.children.count))")
      Paragraph {
        for (index, grouping) in DashboardGrouping.allCases.enumerated() {
          if index > 0 { Text(" · ") }
          if grouping == model.grouping {
            El("strong") { Text(grouping.label) }
          } else {
            Link(
              grouping.label,
              url: Paths.withQuery(
                model.areaPath, [("round", model.round.slug)] + (grouping == .area ? [] : [("by", grouping.rawValue)]))
            )
          }
        }
      }.class("hint")
      Table(
        header: TableRow {
          for sort in DashboardSort.allCases {
            TableHeaderCell {
              let descending = model.sort == sort ? !model.descending : sort != .name
              Link(
                (sort == .name ? model.childLabel : sort.label)
                  + (model.sort == sort ? (model.descending ? " ▼" : " ▲") : ""),
                url: model.link(model.areaPath, [("sort", sort.rawValue), ("dir", descending ? "desc" : "asc")]))
            }
          }
        },
        rows: {
          for child in model.children {
            TableRow {
              TableCell {
                if let path = child.path { Link(child.name, url: model.link(path)) } else { Text(child.name) }
              }
              for cell in DashboardSort.cells(child.figures) { TableCell(cell).class("number") }
            }
          }
        }
      ).class("data sortable")
    }
  }

  private func downloads(_ table: String) -> Component {
    Paragraph {
      Text("ดาวน์โหลด: ")
      Link("Excel", url: model.link(model.areaPath, [("table", table), ("format", "xlsx")]))
      Text(" · ")
      Link("CSV", url: model.link(model.areaPath, [("table", table), ("format", "csv")]))
    }.class("hint")
  }

  private var groupTable: Component {
    guard !model.groups.isEmpty else {
      return Paragraph("ยังไม่มีรายงานที่ส่งแล้วในรอบนี้ จึงยังไม่มีตัวเลขรายมิติ").class("notice")
    }
    return figuresTable("แยกตามมิติและภารกิจ (จากรายงานที่ส่งแล้ว)", table: "groups", rows: model.groups)
  }

  /// Projects by the national system's target groups; a project with several counts in each.
  private var targetTable: Component {
    guard !model.targets.isEmpty else { return EmptyComponent() }
    return Div {
      figuresTable("แยกตามกลุ่มเป้าหมาย (จากรายงานที่ส่งแล้ว)", table: "targets", rows: model.targets)
      Paragraph("โครงการที่มีหลายกลุ่มเป้าหมายนับในทุกกลุ่ม ผลรวมของตารางนี้จึงอาจมากกว่าจำนวนโครงการ").class("hint")
    }
  }

  private func figuresTable(_ title: String, table: String, rows: [DashboardModel.Group]) -> Component {
    Div {
      H2(title)
      downloads(table)
      Table(
        header: TableRow {
          TableHeaderCell(table == "groups" ? DashboardModel.groupHeader[0] : "กลุ่มเป้าหมาย")
          for heading in DashboardModel.groupHeader.dropFirst() { TableHeaderCell(heading) }
        },
        rows: {
          for group in rows {
            TableRow {
              TableCell(group.label)
              for cell in [
                String(group.projects), String(group.completed), String(group.inProgress), String(group.cannot),
                DashboardSort.percent(group.implementation), DashboardSort.percent(group.disbursement),
              ] { TableCell(cell).class("number") }
            }.class(group.isDimension ? "group dimension-row" : "")
          }
        }
      ).class("data").attribute(named: "data-sortable", value: "1")
    }
  }
}
