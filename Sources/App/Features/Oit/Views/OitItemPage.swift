import Domain
import Foundation

struct OitItemModel {
  let title: String
  let context: OitContext
  let status: OitItemStatus
  let accounts: [(id: UUID, label: String)]
  let values: [String: String]
  let errors: FieldErrors

  init(
    context: OitContext, status: OitItemStatus, accounts: [(id: UUID, label: String)], values: [String: String],
    errors: FieldErrors
  ) {
    self.context = context
    self.status = status
    self.accounts = accounts
    self.values = values
    self.errors = errors
    title = "\(status.item.code) \(status.item.title)"
  }

  func value(_ key: String, _ stored: String) -> String { values[key] ?? stored }
}

/// One OIT item: what must be published, what Sujarit supplies, the evidence, and the form
/// for state, owner, due date and note (editors only).
struct OitItemPage {
  let shell: PageShell
  let model: OitItemModel

  var html: HTML {
    let context = model.context
    let status = model.status
    let item = status.item
    let entry = status.entry
    return Layout.page(shell) {
      Paragraph {
        Link(context.name, url: Paths.organization(context.code))
        Text(" › ")
        Link("แบบตรวจ OIT ปี \(context.year)", url: Paths.oitWorkspace(context.code, context.year))
      }.class("breadcrumbs")
      H1(model.title)
      Paragraph(item.indicator.title + (item.subIndicator.isEmpty ? "" : " — " + item.subIndicator)).class("hint")
      if !item.required.isEmpty {
        H2("สิ่งที่ต้องเผยแพร่")
        Paragraph(item.required).class("lines")
      }
      Paragraph("หลักฐานที่รับ: " + item.evidenceKinds.map(\.thaiName).joined(separator: ", ")).class("hint")
      Paragraph {
        Text("สถานะ: ")
        Span(status.state.thaiName).class("badge state-\(status.state.rawValue)")
        if let entry { Text(" — แก้ไขล่าสุด \(ThaiCalendar.shortDateTime(entry.updated_at)) โดย \(entry.updated_by)") }
      }
      if !status.supplied.isEmpty {
        H2("ข้อมูลจากระบบสุจริต")
        List(status.supplied) { supplied in
          Div {
            if let url = supplied.url {
              Link(supplied.title, url: url)
            } else {
              Span(supplied.title + ": " + (supplied.missing ?? "")).class("hint")
            }
          }
        }
      }
      H2("หลักฐาน")
      if status.evidence.isEmpty { Paragraph("ยังไม่มีหลักฐาน").class("hint") }
      List(status.evidence) { evidence in
        Div {
          switch evidence.evidenceKind {
          case .url:
            Link(evidence.url ?? "", url: evidence.url ?? "")
            if let problem = evidence.link_problem { Span(" — " + problem).class("late") }
          case .file:
            Link(
              (evidence.file_name ?? "ไฟล์") + " (\(EvidenceQueries.size(evidence.size_bytes ?? 0)))",
              url: Paths.oitEvidence(context.code, context.year, evidence.id))
          case .text:
            Paragraph(evidence.body ?? "").class("lines")
          }
          Span(" เพิ่มโดย \(evidence.created_by) \(ThaiCalendar.shortDateTime(evidence.created_at))").class("hint")
          if context.canEdit {
            PostButton(
              action: Paths.oitEvidence(context.code, context.year, evidence.id) + "/delete", label: "ลบ",
              csrfToken: shell.csrfToken, style: "button small", confirm: "ลบหลักฐานนี้?")
          }
        }
      }
      if context.canEdit { editForms(item: item, entry: entry) }
    }
  }

  @ComponentBuilder
  private func editForms(item: OitItem, entry: OitEntryRow?) -> Component {
    let context = model.context
    let errors = model.errors
    Div {
      Form(url: Paths.oitItemAction(context.code, context.year, item.code, "links"), method: .post) {
        CSRFField(token: shell.csrfToken)
        FormField(
          label: "เพิ่มลิงก์บนเว็บไซต์ของหน่วยงาน", name: "url", value: model.values["url"] ?? "", error: errors["url"],
          type: .url, hint: "เช่น https://www.example.go.th/ita/\(item.code.lowercased())")
        Button("เพิ่มลิงก์").attribute(named: "type", value: "submit").class("button")
      }
      Form(
        url: Paths.oitItemAction(context.code, context.year, item.code, "files"), method: .post,
        contentType: .multipartData
      ) {
        CSRFField(token: shell.csrfToken)
        Div {
          Label("แนบไฟล์ (PDF หรือรูปภาพ ไม่เกิน 5 MB)") {}.attribute(named: "for", value: "file")
          Input(type: .file, name: "file").id("file").attribute(
            named: "accept", value: "application/pdf,image/jpeg,image/png,image/webp")
          if let error = errors["file"] { Paragraph(error).class("field-error") }
        }.class(errors["file"] == nil ? "field" : "field has-error")
        Button("แนบไฟล์").attribute(named: "type", value: "submit").class("button")
      }
      Form(url: Paths.oitItemAction(context.code, context.year, item.code, "texts"), method: .post) {
        CSRFField(token: shell.csrfToken)
        TextAreaField(
          label: "เพิ่มข้อความ", name: "body", value: model.values["body"] ?? "", error: errors["body"], rows: 3)
        Button("เพิ่มข้อความ").attribute(named: "type", value: "submit").class("button")
      }
    }.class("evidence-forms")
    H2("สถานะและผู้รับผิดชอบ")
    Form(url: Paths.oitItem(context.code, context.year, item.code), method: .post) {
      CSRFField(token: shell.csrfToken)
      FormOrigin(path: Paths.oitItem(context.code, context.year, item.code))
      ErrorSummary(messages: ["state"].compactMap { errors[$0] })
      SelectField(
        label: "สถานะ", name: "state", options: OitItemState.allCases.map { ($0.rawValue, $0.thaiName) },
        selected: model.value("state", model.status.state.rawValue), error: errors["state"])
      SelectField(
        label: "บัญชีผู้รับผิดชอบ (ไม่บังคับ)", name: "owner_user",
        options: [("", "— ไม่ระบุบัญชี —")] + model.accounts.map { ($0.id.uuidString, $0.label) },
        selected: model.value("owner_user", entry?.owner_user_id?.uuidString ?? ""))
      FormField(
        label: "ชื่อผู้รับผิดชอบ", name: "owner_name", value: model.value("owner_name", entry?.owner_name ?? ""),
        error: errors["owner_name"], hint: "เว้นว่างได้เมื่อเลือกบัญชี หรือมอบหมายตามตำแหน่ง")
      FormField(
        label: "ตำแหน่ง", name: "owner_position", value: model.value("owner_position", entry?.owner_position ?? ""),
        error: errors["owner_position"])
      FormField(
        label: "กำหนดเสร็จ (วัน/เดือน/ปี พ.ศ.)", name: "due_date",
        value: model.value("due_date", entry?.due_date.map(ThaiCalendar.numericDate) ?? ""), error: errors["due_date"],
        hint: "เช่น 30/4/\(context.year)")
      TextAreaField(
        label: "หมายเหตุ", name: "note", value: model.value("note", entry?.note ?? ""), error: errors["note"], rows: 2)
      Button("บันทึก").attribute(named: "type", value: "submit").class("button primary")
    }
  }
}
