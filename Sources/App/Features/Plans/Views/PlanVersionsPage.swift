import Domain
import Foundation

struct PlanVersionsModel {
  struct Row {
    let number: Int
    let label: String
    let approvedAt: Date
    let approver: String
    let projects: Int
  }

  let code: String
  let organizationName: String
  let periodCode: String
  let rows: [Row]

  init(context: PlanContext, plan: Plan, versions: [PlanVersion]) {
    code = context.code
    organizationName = context.record.organization.fullName
    periodCode = context.period.code
    rows = versions.map {
      Row(
        number: $0.number, label: $0.label, approvedAt: $0.approvedAt,
        approver: "\($0.approverName) \($0.approverPosition)",
        projects: $0.projectCount)
    }
  }

  /// Choices for the comparison selects: every approved version and the working copy.
  var choices: [(value: String, label: String)] {
    rows.map { (String($0.number), $0.label) } + [("current", "ฉบับปัจจุบัน")]
  }
}

/// Approved versions of a plan and a form to compare any two.
struct PlanVersionsPage {
  let shell: PageShell
  let model: PlanVersionsModel

  var html: HTML {
    Layout.page(shell) {
      Paragraph { Link("แผน \(model.organizationName)", url: Paths.plan(model.code, model.periodCode)) }.class(
        "breadcrumbs")
      H1("ฉบับของแผนที่ผู้บริหารอนุมัติ")
      Table(
        header: TableRow {
          TableHeaderCell("ฉบับ")
          TableHeaderCell("อนุมัติเมื่อ")
          TableHeaderCell("ผู้อนุมัติ")
          TableHeaderCell("จำนวนโครงการ")
          TableHeaderCell("เล่มแผน")
        },
        rows: {
          for row in model.rows {
            TableRow {
              TableCell(row.label)
              TableCell(ThaiCalendar.longDate(row.approvedAt))
              TableCell(row.approver)
              TableCell(String(row.projects)).class("number")
              TableCell {
                Link("พิมพ์", url: Paths.planBookPrint(model.code, model.periodCode, version: row.number))
                Text(" · ")
                Link("PDF", url: Paths.planBookPrint(model.code, model.periodCode, version: row.number, pdf: true))
              }
            }
          }
        }
      ).class("data")
      CompareForm(
        code: model.code, periodCode: model.periodCode, choices: model.choices,
        from: model.rows.last.map { String($0.number) } ?? "current", to: "current")
    }
  }
}

struct CompareForm: Component {
  let action: String
  let choices: [(value: String, label: String)]
  let from: String
  let to: String

  init(action: String, choices: [(value: String, label: String)], from: String, to: String) {
    self.action = action
    self.choices = choices
    self.from = from
    self.to = to
  }

  init(code: String, periodCode: String, choices: [(value: String, label: String)], from: String, to: String) {
    self.init(action: Paths.planAction(code, periodCode, "compare"), choices: choices, from: from, to: to)
  }

  var body: Component {
    Form(url: action, method: .get) {
      Div {
        SelectField(label: "เปรียบเทียบจาก", name: "from", options: choices, selected: from)
        SelectField(label: "กับ", name: "to", options: choices, selected: to)
        Button("เปรียบเทียบ").attribute(named: "type", value: "submit").class("button primary")
      }.class("filters")
    }
  }
}
