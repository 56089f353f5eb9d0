import Domain
import Foundation

struct ProjectSearchModel {
  /// What was typed, shown back in the form (also when it was refused).
  let typed: [String: String]
  let provinces: [(code: String, name: String)]
  let dimensions: [(number: Int, name: String)]
  let provinceNames: ProvinceDirectory
  var errors: [String: String] = [:]
  var query = ProjectSearchQuery()
  var counts = ProjectSearchCounts()
  var paging = Paging(page: 1, perPage: ProjectSearchRoutes.perPage)
  var rows: [ProjectSearchRow] = []

  static let downloadHeader = [
    "รหัส อปท.", "ชื่อ อปท.", "จังหวัด", "ช่วงแผน", "ฉบับที่อนุมัติ", "ลำดับ", "ประเภท", "มิติ", "ชื่อโครงการ",
    "งบประมาณรวม (บาท)", "ภารกิจ", "กลุ่มเป้าหมาย", "วัตถุประสงค์",
  ]

  func downloadCells(_ row: ProjectSearchRow) -> [String] {
    [
      row.org_code, row.organizationName, provinceNames.name(row.province_code), row.period_code,
      String(row.plan_version), String(row.number), row.type, String(row.dimension), row.name,
      row.budget.decimalString, row.sub_mission, row.targetGroups.map(\.thaiName).joined(separator: "; "),
      row.objectives.replacingOccurrences(of: "\n", with: "; "),
    ]
  }

  func dimensionName(_ number: Int) -> String {
    dimensions.first { $0.number == number }.map { "มิติที่ \(number) \($0.name)" } ?? "มิติที่ \(number)"
  }
}

/// Search every approved plan's projects in the country, with counts by dimension and
/// province and the matches as CSV or Excel.
struct ProjectSearchPage {
  let shell: PageShell
  let model: ProjectSearchModel

  var html: HTML {
    Layout.page(shell) {
      H1("ค้นหาโครงการในแผนปฏิบัติการป้องกันการทุจริตทั่วประเทศ")
      Paragraph(
        "ค้นจากคำใดก็ได้ในชื่อหรือวัตถุประสงค์ของโครงการ เช่น \"ไม่รับของขวัญ\" \"No Gift\" \"จัดซื้อจัดจ้าง\" — เฉพาะแผนที่ผู้บริหารอนุมัติแล้ว"
      ).class("hint")
      form
      if !model.errors.isEmpty {
        ErrorSummary(messages: model.errors.sorted { $0.key < $1.key }.map(\.value))
      } else if !model.query.isEmpty {
        results
      }
    }
  }

  private func typed(_ name: String) -> String { model.typed[name] ?? "" }

  private var form: Component {
    Form(url: Paths.projectSearch, method: .get) {
      Div {
        FormField(
          label: "คำค้น", name: "q", value: typed("q"), error: model.errors["q"], type: .search,
          hint: "หลายคำคั่นด้วยช่องว่าง (ต้องพบทุกคำ) หรือใส่ในเครื่องหมาย \" \" เพื่อค้นทั้งวลี")
        SelectField(
          label: "จังหวัด", name: "province", options: [("", "ทุกจังหวัด")] + model.provinces.map { ($0.code, $0.name) },
          selected: typed("province"), error: model.errors["province"])
        SelectField(
          label: "ประเภท อปท.", name: "type",
          options: [("", "ทุกประเภท")] + OrganizationType.allCases.map { ($0.rawValue, $0.rawValue) },
          selected: typed("type"), error: model.errors["type"])
        SelectField(
          label: "มิติ", name: "dimension",
          options: [("", "ทุกมิติ")] + model.dimensions.map { (String($0.number), "มิติที่ \($0.number) \($0.name)") },
          selected: typed("dimension"), error: model.errors["dimension"])
        FormField(
          label: "ภารกิจ (เลขข้อ)", name: "sub_mission", value: typed("sub_mission"), error: model.errors["sub_mission"],
          hint: "เช่น 1.1", inputMode: "decimal")
        SelectField(
          label: "กลุ่มเป้าหมาย", name: "target",
          options: [("", "ทุกกลุ่ม")] + TargetGroup.allCases.map { ($0.rawValue, $0.thaiName) },
          selected: typed("target"), error: model.errors["target"])
        FormField(
          label: "ปีงบประมาณ (พ.ศ.)", name: "fy", value: typed("fy"), error: model.errors["fy"], inputMode: "numeric")
        FormField(
          label: "งบประมาณตั้งแต่ (บาท)", name: "budget_min", value: typed("budget_min"),
          error: model.errors["budget_min"], inputMode: "decimal")
        FormField(
          label: "ถึง (บาท)", name: "budget_max", value: typed("budget_max"), error: model.errors["budget_max"],
          inputMode: "decimal")
        Button("ค้นหา").attribute(named: "type", value: "submit").class("button primary")
      }.class("filters")
    }.attribute(named: "role", value: "search")
  }

  private var results: Component {
    let query = model.query
    return Div {
      Paragraph("พบ \(model.counts.total.formatted) โครงการ").class("count").attribute(named: "role", value: "status")
      if model.counts.total > 0 {
        Paragraph {
          Text("ดาวน์โหลดผลการค้นหา: ")
          Link("Excel", url: Paths.projectSearch(query, format: "xlsx"))
          Text(" · ")
          Link("CSV", url: Paths.projectSearch(query, format: "csv"))
          Text(" (ไม่เกิน \(ProjectSearchQueries.downloadLimit.formatted) แถว ข้อมูลทั้งหมดอยู่ที่ ")
          Link("ข้อมูลเปิด", url: Paths.openData)
          Text(")")
        }.class("hint")
        Table(
          header: TableRow {
            TableHeaderCell("อปท.")
            TableHeaderCell("จังหวัด")
            TableHeaderCell("ช่วงแผน")
            TableHeaderCell("ลำดับ")
            TableHeaderCell("โครงการ")
            TableHeaderCell("มิติ")
            TableHeaderCell("งบประมาณรวม (บาท)")
          },
          rows: {
            for row in model.rows {
              TableRow {
                TableCell { Link(row.organizationName, url: Paths.organization(row.org_code)) }
                TableCell(model.provinceNames.name(row.province_code))
                TableCell(row.period_code)
                TableCell(String(row.number)).class("number")
                TableCell { Link(row.name, url: Paths.plan(row.org_code, row.period_code)) }
                TableCell(String(row.dimension)).class("number")
                TableCell(row.budget.formatted).class("number")
              }
            }
          }
        ).class("data")
        Pager(page: model.paging.page, pageCount: model.paging.pageCount(total: model.counts.total)) { page in
          Paths.projectSearch(query, page: page)
        }
        countTables
      }
    }
  }

  private var countTables: Component {
    Div {
      Div {
        H2("จำนวนโครงการตามมิติ")
        Table(
          header: TableRow {
            TableHeaderCell("มิติ")
            TableHeaderCell("โครงการ")
          },
          rows: {
            for (dimension, count) in model.counts.byDimension {
              TableRow {
                TableCell {
                  Link(model.dimensionName(dimension), url: Paths.projectSearch(model.query.withDimension(dimension)))
                }
                TableCell(count.formatted).class("number")
              }
            }
          }
        ).class("data compact")
      }
      Div {
        H2("จำนวนโครงการตามจังหวัด")
        Table(
          header: TableRow {
            TableHeaderCell("จังหวัด")
            TableHeaderCell("โครงการ")
          },
          rows: {
            for (code, count) in model.counts.byProvince {
              TableRow {
                TableCell {
                  Link(model.provinceNames.name(code), url: Paths.projectSearch(model.query.withProvince(code)))
                }
                TableCell(count.formatted).class("number")
              }
            }
          }
        ).class("data compact")
      }
    }.class("columns-2")
  }
}

extension ProjectSearchQuery {
  func withProvince(_ code: String) -> ProjectSearchQuery {
    var copy = self
    copy.province = code
    return copy
  }

  func withDimension(_ number: Int) -> ProjectSearchQuery {
    var copy = self
    copy.dimension = number
    return copy
  }
}
