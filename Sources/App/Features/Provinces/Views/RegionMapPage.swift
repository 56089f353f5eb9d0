struct RegionMapModel {
  let rows: [(code: String, name: String, region: Int?)]
  let errors: [String]
}

/// National admin assigns each province to a NACC regional office (ภาค 1–9) or the centre.
struct RegionMapPage {
  let shell: PageShell
  let model: RegionMapModel

  var html: HTML {
    let options = [("", NACCRegion.name(nil))] + NACCRegion.numbers.map { (String($0), NACCRegion.name($0)) }
    return Layout.page(shell) {
      H1("จังหวัดในความรับผิดชอบของสำนักงาน ป.ป.ช. ภาค")
      ErrorSummary(messages: model.errors)
      Form(url: Paths.regions, method: .post) {
        CSRFField(token: shell.csrfToken)
        Table(
          header: TableRow {
            TableHeaderCell("จังหวัด")
            TableHeaderCell("สำนักงาน ป.ป.ช.")
          },
          rows: {
            for row in model.rows {
              TableRow {
                TableCell { Label(row.name) {}.attribute(named: "for", value: "region_\(row.code)") }
                TableCell {
                  Select(name: "region_\(row.code)", options: options, selected: row.region.map(String.init) ?? "")
                    .id("region_\(row.code)")
                }
              }
            }
          }
        ).class("data compact")
        Button("บันทึก").attribute(named: "type", value: "submit").class("button primary")
      }
    }
  }
}
