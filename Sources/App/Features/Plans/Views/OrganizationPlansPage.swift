import Domain

struct OrganizationPlansModel {
  struct Row {
    let code: String
    let name: String
    let status: PlanStatus?
    let open: Bool
  }

  let code: String
  let name: String
  let rows: [Row]
  let canCreate: Bool
}

/// An organization's plans, one per plan period.
struct OrganizationPlansPage {
  let shell: PageShell
  let model: OrganizationPlansModel

  var html: HTML {
    Layout.page(shell) {
      Paragraph { Link(model.name, url: Paths.organization(model.code)) }.class("breadcrumbs")
      H1("แผนปฏิบัติการป้องกันการทุจริตของ \(model.name)")
      Table(
        header: TableRow {
          TableHeaderCell("ช่วงแผน")
          TableHeaderCell("สถานะ")
          TableHeaderCell("")
        },
        rows: {
          for row in model.rows {
            TableRow {
              TableCell(row.name)
              TableCell(row.status?.thaiName ?? "ยังไม่ได้จัดทำ")
              TableCell {
                if row.status != nil {
                  Link("ดูแผน", url: Paths.plan(model.code, row.code))
                } else if model.canCreate && row.open {
                  Form(url: Paths.organizationPlans(model.code), method: .post) {
                    CSRFField(token: shell.csrfToken)
                    Input(type: .hidden, name: "period", value: row.code)
                    Button("จัดทำแผนช่วงนี้").attribute(named: "type", value: "submit").class("button small primary")
                  }.class("inline")
                } else if !row.open {
                  Text("ช่วงแผนสิ้นสุดแล้ว")
                }
              }
            }
          }
        }
      ).class("data")
    }
  }
}
