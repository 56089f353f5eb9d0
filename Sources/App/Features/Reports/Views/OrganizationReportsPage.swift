struct OrganizationReportsModel {
  struct Row {
    let title: String
    let path: String
    let status: String
    let open: Bool
    let due: String
    let late: Bool
  }
  let code: String
  let name: String
  let rows: [Row]
}

/// Every reporting round with this organization's report status.
struct OrganizationReportsPage {
  let shell: PageShell
  let model: OrganizationReportsModel

  var html: HTML {
    Layout.page(shell) {
      Paragraph { Link(model.name, url: Paths.organization(model.code)) }.class("breadcrumbs")
      H1("รายงานผลการดำเนินงานของ \(model.name)")
      if model.rows.isEmpty {
        Paragraph("ยังไม่มีรอบการรายงาน (สำนักงาน ป.ป.ช. เป็นผู้เปิดรอบ)").class("notice")
      } else {
        Table(
          header: TableRow {
            TableHeaderCell("รอบการรายงาน")
            TableHeaderCell("กำหนดส่ง")
            TableHeaderCell("รับรายงาน")
            TableHeaderCell("สถานะรายงาน")
          },
          rows: {
            for row in model.rows {
              TableRow {
                TableCell { Link(row.title, url: row.path) }
                TableCell(row.due)
                TableCell(row.open ? "เปิด" : "ปิด")
                TableCell(row.status + (row.late ? " (ส่งหลังกำหนด)" : ""))
              }
            }
          }
        ).class("data")
      }
    }
  }
}
