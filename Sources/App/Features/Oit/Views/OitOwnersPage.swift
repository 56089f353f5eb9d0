import Domain
import Foundation

struct OitOwnersModel {
  let title: String
  let context: OitContext
  let entries: [String: OitEntryRow]
  let accounts: [(id: UUID, label: String)]
  let values: [String: String]
  let errors: [String: FieldErrors]

  init(
    context: OitContext, entries: [String: OitEntryRow], accounts: [(id: UUID, label: String)],
    values: [String: String], errors: [String: FieldErrors]
  ) {
    self.context = context
    self.entries = entries
    self.accounts = accounts
    self.values = values
    self.errors = errors
    title = "มอบหมายผู้รับผิดชอบข้อมูล OIT ปี \(context.year)"
  }

  func value(_ key: String, _ item: String, _ stored: String) -> String { values["\(key)_\(item)"] ?? stored }
}

/// Every item's owner (an account of the LAO, or a name and position) and due date in one
/// form: what the assignment memo then lists.
struct OitOwnersPage {
  let shell: PageShell
  let model: OitOwnersModel

  var html: HTML {
    let context = model.context
    let path = Paths.oitOwners(context.code, context.year)
    return Layout.page(shell) {
      Paragraph { Link("แบบตรวจ OIT ปี \(context.year)", url: Paths.oitWorkspace(context.code, context.year)) }
        .class("breadcrumbs")
      H1(model.title)
      Paragraph("เลือกบัญชีของหน่วยงาน หรือกรอกชื่อและตำแหน่ง (มอบหมายตามตำแหน่งได้โดยกรอกเฉพาะตำแหน่ง)").class("hint")
      ErrorSummary(
        messages: model.errors.sorted { $0.key < $1.key }.flatMap { code, errors in
          errors.messages.values.sorted().map { "ข้อ \(code): \($0)" }
        })
      Form(url: path, method: .post) {
        CSRFField(token: shell.csrfToken)
        FormOrigin(path: path)
        Table(
          header: TableRow {
            TableHeaderCell("ข้อ")
            TableHeaderCell("ข้อมูล")
            TableHeaderCell("บัญชี")
            TableHeaderCell("ชื่อผู้รับผิดชอบ")
            TableHeaderCell("ตำแหน่ง")
            TableHeaderCell("กำหนดเสร็จ (วัน/เดือน/พ.ศ.)")
          }
        ) {
          for item in context.checklist.items {
            let entry = model.entries[item.code]
            let errors = model.errors[item.code] ?? FieldErrors()
            TableRow {
              TableCell(item.code)
              TableCell(item.title)
              TableCell {
                Select(
                  name: "owner_user_\(item.code)",
                  options: [("", "—")] + model.accounts.map { ($0.id.uuidString, $0.label) },
                  selected: model.value("owner_user", item.code, entry?.owner_user_id?.uuidString ?? "")
                )
                .attribute(named: "aria-label", value: "บัญชีผู้รับผิดชอบข้อ \(item.code)")
              }
              TableCell {
                Input(
                  type: .text, name: "owner_name_\(item.code)",
                  value: model.value("owner_name", item.code, entry?.owner_name ?? "")
                ).attribute(named: "aria-label", value: "ชื่อผู้รับผิดชอบข้อ \(item.code)")
                if let error = errors["owner_name"] { Paragraph(error).class("field-error") }
              }
              TableCell {
                Input(
                  type: .text, name: "owner_position_\(item.code)",
                  value: model.value("owner_position", item.code, entry?.owner_position ?? "")
                ).attribute(named: "aria-label", value: "ตำแหน่งผู้รับผิดชอบข้อ \(item.code)")
                if let error = errors["owner_position"] { Paragraph(error).class("field-error") }
              }
              TableCell {
                Input(
                  type: .text, name: "due_date_\(item.code)",
                  value: model.value("due_date", item.code, entry?.due_date.map(ThaiCalendar.numericDate) ?? "")
                ).attribute(named: "aria-label", value: "กำหนดเสร็จข้อ \(item.code)")
                if let error = errors["due_date"] { Paragraph(error).class("field-error") }
              }
            }.class(errors.isEmpty ? "" : "has-error")
          }
        }.class("data")
        Button("บันทึกผู้รับผิดชอบ").attribute(named: "type", value: "submit").class("button primary")
      }
    }
  }
}
