import Domain

struct AreaPlansModel {
  let periodCode: String
  let periods: [(code: String, name: String)]
  let filter: AreaFilter
  let chosenProvince: String
  let provinceChoices: [(code: String, name: String)]
  let rows: [AreaPlanRow]
  let total: Int
  let page: Int
  let counts: [String: Int]
  let provinceNames: [String: String]

  var pageCount: Int { Paging(page: page, perPage: PlanAreaQueries.perPage).pageCount(total: total) }

  static func statusName(_ raw: String?) -> String {
    raw.flatMap(PlanStatus.init(rawValue:))?.thaiName ?? "ยังไม่จัดทำแผน"
  }

  func link(page: Int? = nil, status: String? = nil) -> String {
    Paths.withQuery(
      Paths.areaPlans,
      [
        ("period", periodCode), ("province", chosenProvince), ("status", status ?? filter.status ?? ""),
        ("page", page.map(String.init) ?? ""),
      ])
  }
}

/// The plans of every LAO in a monitor's area, with counts by status.
struct AreaPlansPage {
  let shell: PageShell
  let model: AreaPlansModel

  var html: HTML {
    let statuses = ["none"] + PlanStatus.allCases.map(\.rawValue)
    return Layout.page(shell) {
      H1("แผนปฏิบัติการของ อปท. ในพื้นที่")
      Form(url: Paths.areaPlans, method: .get) {
        Div {
          SelectField(
            label: "ช่วงแผน", name: "period", options: model.periods.map { ($0.code, $0.name) },
            selected: model.periodCode)
          if !model.provinceChoices.isEmpty {
            SelectField(
              label: "จังหวัด", name: "province",
              options: [("", "ทั้งหมด")] + model.provinceChoices.map { ($0.code, $0.name) },
              selected: model.chosenProvince)
          }
          SelectField(
            label: "สถานะ", name: "status",
            options: [("", "ทุกสถานะ")] + statuses.map { ($0, AreaPlansModel.statusName($0)) },
            selected: model.filter.status ?? "")
          Button("แสดง").attribute(named: "type", value: "submit").class("button primary")
        }.class("filters")
      }
      List(statuses) { status in
        ListItem {
          Link(
            "\(AreaPlansModel.statusName(status)) \(model.counts[status, default: 0].formatted)",
            url: model.link(status: status))
        }
      }.class("tiles")
      Paragraph("แสดง \(model.total.formatted) แห่ง").class("count")
      Table(
        header: TableRow {
          TableHeaderCell("รหัส")
          TableHeaderCell("อปท.")
          TableHeaderCell("อำเภอ")
          TableHeaderCell("จังหวัด")
          TableHeaderCell("สถานะแผน")
          TableHeaderCell("จำนวนโครงการ")
          TableHeaderCell("งบประมาณรวม (บาท)")
        },
        rows: {
          for row in model.rows {
            TableRow {
              TableCell(row.code).class("code")
              TableCell {
                let name = OrganizationType(rawValue: row.type)?.fullName(row.name) ?? row.name
                if row.status != nil {
                  Link(name, url: Paths.plan(row.code, model.periodCode))
                } else {
                  Link(name, url: Paths.organization(row.code))
                }
              }
              TableCell(row.district)
              TableCell(model.provinceNames[row.province_code] ?? row.province_code)
              TableCell(AreaPlansModel.statusName(row.status)).class(row.status == nil ? "status bad" : "status")
              TableCell(row.status == nil ? "—" : String(row.projects ?? 0)).class("number")
              TableCell(row.status == nil ? "—" : Money(satang: row.budget ?? 0).formatted).class("number")
            }
          }
        }
      ).class("data")
      Pager(page: model.page, pageCount: model.pageCount) { model.link(page: $0) }
    }
  }
}
