import Domain
import Foundation

struct RoundModel {
  struct Extension {
    let id: UUID
    let code: String
    let name: String
    let until: Date
    let reason: String
    let grantedBy: String
  }

  let slug: String
  let title: String
  let coverage: String
  let dueDate: Date
  let open: Bool
  let extensions: [Extension]
  let problem: String?

  init(round: ReportRound, extensions: [ReportExtension], names: [String: String], problem: String?) {
    slug = round.slug
    title = round.title
    let covers = round.kind.coverage(FiscalYear(round.fiscalYear))
    coverage = "ผลการดำเนินงาน \(ThaiCalendar.longDate(covers.first)) – \(ThaiCalendar.longDate(covers.last))"
    dueDate = round.dueDate
    open = round.windowOpen
    self.extensions = extensions.map {
      Extension(
        id: $0.id!, code: $0.orgCode, name: names[$0.orgCode] ?? $0.orgCode,
        until: $0.until.addingTimeInterval(-1), reason: $0.reason, grantedBy: $0.grantedBy)
    }
    self.problem = problem
  }
}

/// One round: open or close its window, move the due date, grant extensions.
struct RoundPage {
  let shell: PageShell
  let model: RoundModel

  var html: HTML {
    Layout.page(shell) {
      Paragraph { Link("รอบการรายงาน", url: Paths.rounds) }.class("breadcrumbs")
      H1(model.title)
      Paragraph(
        "\(model.coverage) · กำหนดส่ง \(ThaiCalendar.longDate(model.dueDate)) · "
          + (model.open ? "เปิดรับรายงาน" : "ปิดรับรายงาน")
      ).class("count")
      if let problem = model.problem {
        Paragraph(problem).class("error-summary").attribute(named: "role", value: "alert")
      }
      Div {
        Form(url: Paths.round(model.slug) + "/window", method: .post) {
          CSRFField(token: shell.csrfToken)
          Input(type: .hidden, name: "open", value: model.open ? "0" : "1")
          Button(model.open ? "ปิดรับรายงาน" : "เปิดรับรายงาน").attribute(named: "type", value: "submit").class(
            "button primary"
          )
          .attribute(
            named: "data-confirm", value: model.open ? "ปิดรับรายงานรอบนี้? อปท. ที่ยังไม่ส่งจะส่งได้เฉพาะเมื่อได้รับการขยายเวลา" : "")
        }.class("inline")
      }.class("actions")
      Form(url: Paths.round(model.slug) + "/due", method: .post) {
        CSRFField(token: shell.csrfToken)
        Div {
          FormField(
            label: "กำหนดส่งใหม่ (วัน/เดือน/ปี พ.ศ.)", name: "dueDate", value: ThaiCalendar.numericDate(model.dueDate))
          Button("เปลี่ยนกำหนดส่ง").attribute(named: "type", value: "submit").class("button")
        }.class("filters")
      }
      H2("การขยายเวลารายองค์กร (\(model.extensions.count))")
      Table(
        header: TableRow {
          TableHeaderCell("อปท.")
          TableHeaderCell("ขยายถึง")
          TableHeaderCell("เหตุผล")
          TableHeaderCell("ผู้อนุญาต")
          TableHeaderCell("")
        },
        rows: {
          for ext in model.extensions {
            TableRow {
              TableCell("\(ext.code) \(ext.name)")
              TableCell(ThaiCalendar.longDate(ext.until))
              TableCell(ext.reason)
              TableCell(ext.grantedBy)
              TableCell {
                PostButton(
                  action: Paths.round(model.slug) + "/extensions/\(ext.id.uuidString)/delete", label: "ยกเลิก",
                  csrfToken: shell.csrfToken, style: "button small", confirm: "ยกเลิกการขยายเวลาของ \(ext.name)?")
              }
            }
          }
        }
      ).class("data")
      Form(url: Paths.round(model.slug) + "/extensions", method: .post) {
        CSRFField(token: shell.csrfToken)
        Div {
          FormField(label: "รหัส อปท.", name: "orgCode", inputMode: "numeric")
          FormField(label: "ส่งได้ถึงวันที่ (วัน/เดือน/ปี พ.ศ.)", name: "until")
          FormField(label: "เหตุผล", name: "reason")
          Button("ขยายเวลา").attribute(named: "type", value: "submit").class("button")
        }.class("filters")
      }
    }
  }
}
