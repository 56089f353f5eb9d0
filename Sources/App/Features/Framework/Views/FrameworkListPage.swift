struct FrameworkListModel {
  struct Row {
    let code: String
    let name: String
    let years: String

    init(_ period: PlanPeriod) {
      code = period.code
      name = period.name
      years =
        "ปีงบประมาณ \(period.startYear)–\(period.endYear)"
        + (period.isExtended ? " (ขยายจาก \(period.originalEndYear))" : "")
    }
  }

  let periods: [Row]
  let canEdit: Bool
}

struct FrameworkListPage {
  let shell: PageShell
  let model: FrameworkListModel

  var html: HTML {
    Layout.page(shell) {
      H1("กรอบแผนปฏิบัติการป้องกันการทุจริต")
      if model.canEdit { Paragraph { Link("+ เพิ่มช่วงแผน", url: Paths.newFramework).class("button") } }
      List(model.periods) { row in
        ListItem {
          Link(row.name, url: Paths.framework(row.code))
          Span(" — \(row.years)").class("hint")
        }
      }.class("periods")
    }
  }
}
