import Domain
import Foundation

struct FrameworkPageModel {
  struct Dimension {
    let number: Int
    let name: String
    let subMissions: [(id: UUID, number: String, name: String)]
  }

  let code: String
  let name: String
  let years: String
  let endYear: Int
  /// "30 กันยายน 2565" or nil (not set), and the same as typed in the form ("30/9/2565").
  let planDue: String?
  let planDueInput: String
  let dimensions: [Dimension]
  let canEdit: Bool
  let error: String?

  init(_ period: PlanPeriod, canEdit: Bool, error: String?) {
    code = period.code
    name = period.name
    years = FrameworkListModel.Row(period).years
    endYear = period.endYear
    planDue = period.planDueDate.map { ThaiCalendar.longDate($0) }
    planDueInput = period.planDueDate.map(ThaiCalendar.numericDate) ?? ""
    dimensions = period.dimensions.sorted { $0.number < $1.number }.map { dimension in
      Dimension(
        number: dimension.number, name: dimension.name,
        subMissions: dimension.subMissions.sorted { $0.sortOrder < $1.sortOrder }.map { ($0.id!, $0.number, $0.name) })
    }
    self.canEdit = canEdit
    self.error = error
  }
}

/// A period's dimensions and sub-missions; national admins edit them in place.
struct FrameworkPage {
  let shell: PageShell
  let model: FrameworkPageModel

  var html: HTML {
    Layout.page(shell) {
      Paragraph { Link("กรอบแผน", url: Paths.frameworks) }.class("breadcrumbs")
      H1(model.name)
      Paragraph(model.years).class("count")
      Paragraph(
        "กำหนดส่งแผน (อนุมัติแผนในระบบ): " + (model.planDue.map { "ภายในวันที่ \($0)" } ?? "ยังไม่กำหนด")
      ).id("plan-due")
      if let error = model.error { Paragraph(error).class("error-summary").attribute(named: "role", value: "alert") }
      for dimension in model.dimensions {
        Div {
          H2("มิติที่ \(dimension.number) \(dimension.name)")
          if model.canEdit {
            renameForm(
              action: Paths.framework(model.code) + "/dimensions/\(dimension.number)", value: dimension.name,
              label: "ชื่อมิติที่ \(dimension.number)")
          }
          Table(
            header: TableRow {
              TableHeaderCell("ภารกิจ")
              TableHeaderCell("ชื่อ")
            },
            rows: {
              for sub in dimension.subMissions {
                TableRow {
                  TableCell(sub.number).class("code")
                  TableCell {
                    if model.canEdit {
                      renameForm(
                        action: Paths.framework(model.code) + "/sub-missions/\(sub.id.uuidString)", value: sub.name,
                        label: "ชื่อภารกิจ \(sub.number)")
                    } else {
                      Text(sub.name)
                    }
                  }
                }
              }
            }
          ).class("data")
          if model.canEdit {
            Form(url: Paths.framework(model.code) + "/dimensions/\(dimension.number)/sub-missions", method: .post) {
              CSRFField(token: shell.csrfToken)
              FormField(label: "เลขภารกิจ (เว้นว่างให้ระบบกำหนด)", name: "number")
              FormField(label: "ชื่อภารกิจใหม่", name: "name", required: true)
              Button("เพิ่มภารกิจ").attribute(named: "type", value: "submit").class("button")
            }.class("filters")
          }
        }.class("dimension")
      }
      if model.canEdit {
        H2("จัดการช่วงแผน")
        Form(url: Paths.framework(model.code) + "/dimensions", method: .post) {
          CSRFField(token: shell.csrfToken)
          FormField(label: "ชื่อมิติใหม่", name: "name", required: true)
          Button("เพิ่มมิติ").attribute(named: "type", value: "submit").class("button")
        }.class("filters")
        Form(url: Paths.frameworkPlanDue(model.code), method: .post) {
          CSRFField(token: shell.csrfToken)
          FormField(
            label: "กำหนดส่งแผน (วัน/เดือน/ปี พ.ศ. เช่น 30/9/2565 เว้นว่างเพื่อยกเลิก)", name: "planDueDate",
            value: model.planDueInput)
          Button("บันทึกกำหนดส่งแผน").attribute(named: "type", value: "submit").class("button")
        }.class("filters")
        Form(url: Paths.framework(model.code) + "/extend", method: .post) {
          CSRFField(token: shell.csrfToken)
          FormField(
            label: "ขยายแผนถึงปีงบประมาณ (พ.ศ.)", name: "endYear", value: String(model.endYear + 1), inputMode: "numeric")
          Button("ขยายระยะเวลาแผน").attribute(named: "type", value: "submit").class("button")
            .attribute(named: "data-confirm", value: "ขยายแผนนี้? อปท. จะเพิ่ม/แก้ไขโครงการได้ถึงปีที่ขยาย")
        }.class("filters")
      }
    }
  }

  private func renameForm(action: String, value: String, label: String) -> Component {
    Form(url: action, method: .post) {
      CSRFField(token: shell.csrfToken)
      Input(type: .text, name: "name", value: value).attribute(named: "aria-label", value: label)
      Button("บันทึกชื่อ").attribute(named: "type", value: "submit").class("button small")
    }.class("rename")
  }
}
