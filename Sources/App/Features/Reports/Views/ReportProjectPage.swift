import Domain
import Foundation

struct ReportProjectModel {
  struct File {
    let url: String
    let deleteURL: String
    let name: String
    let size: String
    let isImage: Bool
    let uploadedBy: String
  }

  let reportPath: String
  let title: String
  let row: ReportRow
  let objectives: [String]
  let targetGroup: String
  let cells: [String: String]
  let errors: FieldErrors
  let writable: Bool
  let files: [File]
  let history: [(when: String, who: String, what: String)]
  let problem: String?

  init(
    context: ReportContext, row: ReportRow, project: ProjectSnapshot?, typed: [String: String]?, errors: FieldErrors,
    files: [ReportEvidence], history: [AuditEvent], problem: String?
  ) {
    reportPath = Paths.report(context.code, context.year, context.kind.rawValue)
    title = context.title
    self.row = row
    objectives = project?.objectives ?? []
    targetGroup = project?.targetGroup ?? ""
    cells = typed ?? EntryForm.cells(row)
    self.errors = errors
    writable = context.canWrite
    let path = reportPath
    self.files = files.map { file in
      File(
        url: path + "/evidence/\(file.id!.uuidString)", deleteURL: path + "/evidence/\(file.id!.uuidString)/delete",
        name: file.fileName, size: EvidenceQueries.size(file.sizeBytes), isImage: file.isImage,
        uploadedBy: file.uploadedBy)
    }
    self.history = history.reversed().map { event in
      let after = AuditLog.fields(event.after).sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
      return (ThaiCalendar.shortDateTime(event.at), event.actorName, ([event.action] + after).joined(separator: " · "))
    }
    self.problem = problem
  }
}

/// The full form for one project's result, with evidence thumbnails and the entry's history.
struct ReportProjectPage {
  let shell: PageShell
  let model: ReportProjectModel

  var html: HTML {
    let id = model.row.projectID
    let cells = model.cells
    return Layout.page(shell) {
      Paragraph { Link(model.title, url: model.reportPath) }.class("breadcrumbs")
      H1("\(model.row.number). \(model.row.name)")
      Paragraph("มิติที่ \(model.row.dimension) · งบประมาณตามแผน \(model.row.planBudget.formatted) บาท").class("count")
      if !model.objectives.isEmpty { List(model.objectives).class("hint") }
      if let problem = model.problem {
        Paragraph(problem).class("error-summary").attribute(named: "role", value: "alert")
      }
      ErrorSummary(messages: ReportEntryRules.fieldOrder.compactMap { model.errors[$0] })
      if model.writable {
        Form(url: model.reportPath + "/projects/\(id.uuidString)", method: .post) {
          CSRFField(token: shell.csrfToken)
          FormOrigin(path: model.reportPath + "/projects/\(id.uuidString)")
          Input(type: .hidden, name: EntryForm.name("version", id), value: String(model.row.version))
          SelectField(
            label: "สถานะ", name: EntryForm.name("status", id),
            options: ReportEntryTable.statusOptions,
            selected: cells["status"] ?? "", error: model.errors["status"])
          SelectField(
            label: "เหตุผลที่ไม่สามารถดำเนินการได้", name: EntryForm.name("reason", id),
            options: [("", "—")] + CannotReason.allCases.map { ($0.rawValue, $0.rawValue) },
            selected: cells["reason"] ?? "",
            error: model.errors["reason"])
          FormField(
            label: "เหตุผลอื่นๆ (ระบุ)", name: EntryForm.name("reason_text", id), value: cells["reason_text"] ?? "",
            error: model.errors["reason_text"])
          Div {
            FormField(
              label: "งบประมาณตามข้อบัญญัติ/เทศบัญญัติ (บาท)", name: EntryForm.name("budget", id),
              value: cells["budget"] ?? "",
              error: model.errors["budget"], hint: "เว้นว่าง = งบประมาณตามแผน", inputMode: "decimal")
            FormField(
              label: "เบิกจ่าย (บาท)", name: EntryForm.name("disbursed", id), value: cells["disbursed"] ?? "",
              error: model.errors["disbursed"], inputMode: "decimal")
            SelectField(
              label: "บรรจุไว้ในข้อบัญญัติ/เทศบัญญัติ หรือไม่", name: EntryForm.name("in_ordinance", id),
              options: [
                ("", "ไม่ระบุ"), (OrdinanceAnswer.yes, OrdinanceAnswer.yes), (OrdinanceAnswer.no, OrdinanceAnswer.no),
              ],
              selected: cells["in_ordinance"] ?? "", error: model.errors["in_ordinance"])
          }.class("filters")
          TextAreaField(
            label: "หมายเหตุ (การใช้งบประมาณ ปัญหา ผลสำเร็จเทียบกับเป้าหมาย ข้อเสนอแนะ)", name: EntryForm.name("note", id),
            value: cells["note"] ?? "", error: model.errors["note"], rows: 4)
          Div {
            Button("บันทึก").attribute(named: "type", value: "submit").class("button primary")
            Link("กลับไปที่รายงาน", url: model.reportPath)
          }.class("form-actions")
        }.class("stacked wide").attribute(
          named: "data-keep-draft", value: "entry-\(id.uuidString)-\(model.row.version)")
      } else {
        DefinitionList(rows: [
          ("สถานะ", model.row.values.statusLabel),
          ("เหตุผล", model.row.values.reasonLabel.isEmpty ? "—" : model.row.values.reasonLabel),
          ("งบประมาณ", model.row.values.budget.formatted + " บาท"),
          ("เบิกจ่าย", model.row.values.disbursed.formatted + " บาท"),
          (
            "บรรจุในข้อบัญญัติ",
            OrdinanceAnswer.text(model.row.values.inOrdinance).isEmpty
              ? "ไม่ระบุ" : OrdinanceAnswer.text(model.row.values.inOrdinance)
          ),
          ("หมายเหตุ", model.row.values.note.isEmpty ? "—" : model.row.values.note),
        ])
      }
      evidence
      if !model.history.isEmpty {
        H2("ประวัติการแก้ไข")
        List(model.history.map { "\($0.when) · \($0.who) · \($0.what)" }).class("history")
      }
    }
  }

  private var evidence: Component {
    Div {
      H2("หลักฐาน (\(model.files.count) ไฟล์)")
      if !model.files.isEmpty {
        List(model.files) { file in
          ListItem {
            Link(url: file.url) {
              if file.isImage {
                Image(url: file.url, description: file.name).attribute(named: "loading", value: "lazy")
                  .attribute(named: "width", value: "120").attribute(named: "height", value: "90")
              } else {
                Span("PDF").class("file-badge")
              }
              Span(" \(file.name) (\(file.size))")
            }
            if model.writable {
              PostButton(
                action: file.deleteURL, label: "ลบ", csrfToken: shell.csrfToken, style: "link",
                confirm: "ลบไฟล์ \(file.name)?")
            }
          }
        }.class("evidence")
      }
      if model.writable {
        Form(
          url: model.reportPath + "/projects/\(model.row.projectID.uuidString)/evidence", method: .post,
          contentType: .multipartData
        ) {
          CSRFField(token: shell.csrfToken)
          Div {
            Label("แนบรูปภาพ (JPEG, PNG, WebP) หรือ PDF ไม่เกิน 5 MB ต่อไฟล์ สูงสุด \(EvidenceQueries.maxPerProject) ไฟล์") {}
              .attribute(named: "for", value: "file")
            Input(type: .file, name: "file").id("file").attribute(
              named: "accept", value: "image/jpeg,image/png,image/webp,application/pdf")
          }.class("field")
          Button("แนบไฟล์").attribute(named: "type", value: "submit").class("button")
        }.class("stacked")
      }
    }.class("evidence-part")
  }
}
