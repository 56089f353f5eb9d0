struct ProvinceListModel {
  struct Row {
    let code: String
    let name: String
    let region: String
    let organizations: Int
  }
  let rows: [Row]
}

struct ProvinceListPage {
  let shell: PageShell
  let model: ProvinceListModel

  var html: HTML {
    Layout.page(shell) {
      H1("จังหวัด (\(model.rows.count))")
      Table(
        header: TableRow {
          TableHeaderCell("รหัส")
          TableHeaderCell("จังหวัด")
          TableHeaderCell("สำนักงาน ป.ป.ช.")
          TableHeaderCell("จำนวน อปท.")
        },
        rows: {
          for row in model.rows {
            TableRow {
              TableCell(row.code).class("code")
              TableCell { Link(row.name, url: Paths.province(row.code)) }
              TableCell(row.region)
              TableCell(row.organizations.formatted).class("number")
            }
          }
        }
      ).class("data")
    }
  }
}
