import Domain
import Foundation

/// `/pacc/cases`: the year's cases of the officer's office (every office for กปก.).
struct PaccCaseListPage {
  let shell: PageShell
  let year: Int
  let state: PaccCaseState?
  let rows: [PaccCaseRow]
  let total: Int
  let paging: Paging

  var html: HTML {
    Layout.page(shell) {
      Paragraph { Link("โครงการเฝ้าระวังการทุจริตเชิงรุก", url: Paths.pacc(year: year)) }.class("breadcrumbs")
      H1("เรื่องเฝ้าระวังการทุจริต ปีงบประมาณ พ.ศ. \(year)")
      Div {
        Link("เปิดเรื่องใหม่", url: Paths.paccNewCase).class("button primary")
        Link(
          "ดาวน์โหลด CSV",
          url: Paths.withQuery(Paths.paccCasesCSV, [("fy", String(year)), ("state", state?.rawValue ?? "")]))
      }.class("actions")
      Navigation {
        Link("ทุกสถานะ", url: Paths.paccCases(year: year))
        for option in PaccCaseState.allCases {
          Link(
            option.thaiName, url: Paths.withQuery(Paths.paccCases, [("fy", String(year)), ("state", option.rawValue)])
          )
          .attribute(named: "aria-current", value: option == state ? "page" : "")
        }
      }.class("tabs")
      Paragraph("\(total) เรื่อง").class("hint")
      if rows.isEmpty { Paragraph("ยังไม่มีเรื่องในปีนี้").class("empty") }
      if !rows.isEmpty {
        Table(
          header: TableRow {
            for heading in ["เรื่อง", "หน่วยงาน", "โครงการ", "ความเสี่ยง", "สถานะ", "ผล"] { TableHeaderCell(heading) }
          },
          rows: {
            for row in rows {
              TableRow {
                TableCell { Link(row.record.reference, url: Paths.paccCase(row.record.id ?? UUID())) }
                TableCell(row.unitName)
                TableCell(row.record.projectName)
                TableCell(row.record.risks.map(\.thaiName).joined(separator: ", "))
                TableCell(row.record.state.thaiName)
                TableCell(row.record.outcome?.thaiName ?? "")
              }
            }
          }
        ).class("data")
        Pager(page: paging.page, pageCount: paging.pageCount(total: total)) { page in
          Paths.withQuery(
            Paths.paccCases, [("fy", String(year)), ("state", state?.rawValue ?? ""), ("page", String(page))])
        }
      }
    }
  }
}

struct PaccNewCaseModel {
  var values: [String: String]
  var errors: FieldErrors
  var risks: Set<String>
  var organization: String?
  var projects: [(value: String, label: String)] = []
  var units: [(value: String, label: String)] = []
}

/// `/pacc/cases/new`: pick an LAO (its plan's projects appear) or an agency, the risks seen.
struct PaccNewCasePage {
  let shell: PageShell
  let model: PaccNewCaseModel

  var html: HTML {
    let values = model.values
    return Layout.page(shell) {
      Paragraph { Link("เรื่องเฝ้าระวังการทุจริต", url: Paths.paccCases) }.class("breadcrumbs")
      H1("เปิดเรื่องเฝ้าระวังการทุจริต")
      ErrorSummary(messages: model.errors.messages.values.sorted())
      Form(url: Paths.paccNewCase, method: .get) {
        FormField(
          label: "รหัส อปท. 7 หลัก", name: "org", value: values["org"] ?? "", error: model.errors["org"],
          hint: model.organization.map { "หน่วยงาน: \($0)" } ?? "พิมพ์รหัสแล้วกด \"แสดงโครงการในแผน\" เพื่อเลือกโครงการ",
          inputMode: "numeric")
        Button("แสดงโครงการในแผน").attribute(named: "type", value: "submit").class("button")
      }.class("stacked")
      Form(url: Paths.paccCases, method: .post) {
        CSRFField(token: shell.csrfToken)
        FormOrigin(path: Paths.paccNewCase)
        Input(type: .hidden, name: "org", value: values["org"] ?? "")
        if !model.units.isEmpty {
          SelectField(
            label: "หรือหน่วยงานภาครัฐอื่น (เมื่อไม่ใช่ อปท.)", name: "unit", options: [("", "—")] + model.units,
            selected: values["unit"] ?? "")
        }
        SelectField(
          label: "ที่มาของเรื่อง", name: "source",
          options: [("", "— เลือก —")] + PaccCaseSource.allCases.map { ($0.rawValue, $0.thaiName) },
          selected: values["source"] ?? "", error: model.errors["source"])
        if !model.projects.isEmpty {
          SelectField(
            label: "โครงการในแผนปฏิบัติการป้องกันการทุจริตของ อปท.", name: "project",
            options: [("", "— ไม่ใช่โครงการในแผน —")] + model.projects, selected: values["project"] ?? "",
            error: model.errors["project"])
        }
        FormField(
          label: "ชื่อโครงการ/การดำเนินการที่เฝ้าระวัง", name: "projectName", value: values["projectName"] ?? "",
          error: model.errors["projectName"], hint: "เว้นว่างได้เมื่อเลือกโครงการจากแผน")
        FormField(
          label: "งบประมาณ (บาท)", name: "budget", value: values["budget"] ?? "", error: model.errors["budget"],
          hint: "เว้นว่างเพื่อใช้งบประมาณตามแผน", inputMode: "decimal")
        FieldSet {
          El("legend") { Text("ความเสี่ยงที่พบ") }
          for risk in PaccRisk.allCases {
            Label(risk.thaiName) {
              Input(type: .checkbox, name: "risks[]", value: risk.rawValue)
                .attribute(named: "checked", value: model.risks.contains(risk.rawValue) ? "checked" : "")
            }.class("check")
          }
          if let error = model.errors["risks"] { Paragraph(error).class("field-error") }
        }
        TextAreaField(
          label: "รายละเอียดข้อเท็จจริงเบื้องต้น (เห็นเฉพาะเจ้าหน้าที่ ป.ป.ท.)", name: "description",
          value: values["description"] ?? "", rows: 5)
        Button("เปิดเรื่อง").attribute(named: "type", value: "submit").class("button primary")
      }.class("stacked")
    }
  }
}
