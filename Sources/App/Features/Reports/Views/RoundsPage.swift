import Domain
import Foundation

struct RoundsModel {
  struct Row {
    let slug: String
    let title: String
    let dueDate: Date
    let open: Bool

    init(_ round: ReportRound) {
      slug = round.slug
      title = round.title
      dueDate = round.dueDate
      open = round.windowOpen
    }
  }

  let rounds: [Row]
  let values: [String: String]
  let errors: FieldErrors
}

/// The rounds of every fiscal year, and a form for the next one.
struct RoundsPage {
  let shell: PageShell
  let model: RoundsModel

  var html: HTML {
    Layout.page(shell) {
      H1("รอบการรายงานผลการดำเนินงาน")
      Table(
        header: TableRow {
          TableHeaderCell("รอบ")
          TableHeaderCell("กำหนดส่ง")
          TableHeaderCell("สถานะ")
        },
        rows: {
          for row in model.rounds {
            TableRow {
              TableCell { Link(row.title, url: Paths.round(row.slug)) }
              TableCell(ThaiCalendar.longDate(row.dueDate))
              TableCell(row.open ? "เปิดรับรายงาน" : "ปิดรับรายงาน").class(row.open ? "status" : "status bad")
            }
          }
        }
      ).class("data")
      H2("สร้างรอบการรายงาน")
      ErrorSummary(messages: ["fiscalYear", "kind", "dueDate"].compactMap { model.errors[$0] })
      Form(url: Paths.rounds, method: .post) {
        CSRFField(token: shell.csrfToken)
        Div {
          FormField(
            label: "ปีงบประมาณ (พ.ศ.)", name: "fiscalYear", value: model.values["fiscalYear"] ?? "",
            error: model.errors["fiscalYear"], inputMode: "numeric")
          SelectField(
            label: "รอบ", name: "kind", options: RoundKind.allCases.map { (String($0.rawValue), $0.thaiName) },
            selected: model.values["kind"] ?? "6", error: model.errors["kind"])
          FormField(
            label: "กำหนดส่ง (วัน/เดือน/ปี พ.ศ.)", name: "dueDate", value: model.values["dueDate"] ?? "",
            error: model.errors["dueDate"], hint: "เว้นว่าง = 30 เมษายน (รอบ 6 เดือน) หรือ 31 ตุลาคม (รอบ 12 เดือน)")
          Button("สร้างรอบ").attribute(named: "type", value: "submit").class("button primary")
        }.class("filters")
      }
    }
  }
}
