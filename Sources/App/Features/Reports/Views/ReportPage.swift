import Domain
import Foundation

struct ReportPageModel {
  struct Row {
    let id: UUID
    let number: Int
    let name: String
    let dimension: Int
    let cells: [String: String]
    let version: Int
    let errors: FieldErrors
    /// After a conflicting save: what the other person saved.
    let conflict: String?
    let evidenceCount: Int
    let statusLabel: String
  }

  let code: String
  let organizationName: String
  let year: Int
  let kind: Int
  let title: String
  let statusName: String
  let accessMessage: String
  let writable: Bool
  let canConfirm: Bool
  let canReturn: Bool
  /// Who would return it: a monitor, or the parent organization's officer (the BMA office).
  let returnsAsMonitor: Bool
  let hasPlan: Bool
  let periodCode: String
  let prefilled: Bool
  let dueDate: String
  let submittedLine: String?
  let summary: ReportSummary
  let level: ImplementationLevel?
  let levelRule: String
  /// Projects still รอรายงาน (number, name), listed before sending or confirming.
  let pending: [(number: Int, name: String)]
  /// The officer asked to send while projects are pending: ask to confirm (no JavaScript needed).
  var askSendAnyway = false
  /// The report's filed copies ("ส่งครั้งที่ 1 เมื่อ …").
  var filings: [(label: String, path: String)] = []
  var rows: [Row]
  let overall: [String: String]
  let history: [(when: String, who: String, what: String)]
  var problems: [String] = []

  init(
    context: ReportContext, rows: [ReportRow], history: [AuditEvent], parsed: EntryForm.Parsed? = nil,
    conflicts: [UUID: ReportEntryValues] = [:]
  ) {
    code = context.code
    organizationName = context.record.organization.fullName
    year = context.year
    kind = context.kind.rawValue
    title = context.title
    statusName = context.report?.status.thaiName ?? "ยังไม่เริ่มรายงาน"
    accessMessage = context.access.message
    writable = context.canWrite
    canConfirm = context.canConfirm
    canReturn = context.canReturn
    returnsAsMonitor = context.user?.role.isMonitor ?? false
    hasPlan = context.planID != nil
    periodCode = context.period.code
    prefilled = context.report?.prefilled == true && context.access.isWritable
    dueDate = ThaiCalendar.longDate(context.round.dueDate)
    submittedLine = context.report?.submittedAt.map { submitted in
      "ส่งเมื่อ \(ThaiCalendar.shortDateTime(submitted))" + (context.report?.confirmedBy.map { " ยืนยันโดย \($0)" } ?? "")
        + (context.report?.late == true ? " · ส่งหลังกำหนด" : "")
    }
    summary = ReportSummary(lines: rows.map(\.values.line))
    (level, levelRule) = context.level(summary)
    pending = rows.filter { $0.values.progress == nil }.map { ($0.number, $0.name) }
    self.rows = rows.map { row in
      let conflict = conflicts[row.projectID].map {
        "มีผู้อื่นบันทึกรายการนี้ก่อน (\($0.statusLabel), เบิกจ่าย \($0.disbursed.formatted) บาท) ระบบยังไม่ได้บันทึกค่าที่คุณพิมพ์ กดบันทึกอีกครั้งหากต้องการใช้ค่าของคุณ"
      }
      return Row(
        id: row.projectID, number: row.number, name: row.name, dimension: row.dimension,
        cells: parsed?.typed[row.projectID].flatMap { typed in
          parsed?.errors[row.projectID] != nil || conflicts[row.projectID] != nil ? typed : nil
        } ?? EntryForm.cells(row),
        version: row.version, errors: parsed?.errors[row.projectID] ?? FieldErrors(), conflict: conflict,
        evidenceCount: row.evidenceCount, statusLabel: row.values.statusLabel)
    }
    let report = context.report
    overall = [
      "problems": report?.problems ?? "", "suggestions": report?.suggestions ?? "",
      "reporterName": report?.reporterName ?? "", "reporterPosition": report?.reporterPosition ?? "",
    ]
    self.history = history.reversed().map { event in
      let after = AuditLog.fields(event.after)
      return (
        ThaiCalendar.shortDateTime(event.at), event.actorName, event.action + (after["หมายเหตุ"].map { ": \($0)" } ?? "")
      )
    }
  }

  var path: String { Paths.report(code, year, kind) }
}

/// An organization's round report: state, summary, the row-by-row entry table (one form that
/// saves every row; with JavaScript each row also saves as it is changed), the overall part,
/// the workflow buttons and the history.
struct ReportPage {
  let shell: PageShell
  let model: ReportPageModel

  var html: HTML {
    Layout.page(shell) {
      Paragraph {
        Link(model.organizationName, url: Paths.organization(model.code))
        Text(" › ")
        Link("รายงานผลทุกรอบ", url: Paths.organizationReports(model.code))
      }.class("breadcrumbs")
      H1(model.title)
      Paragraph("สถานะ: \(model.statusName) · กำหนดส่ง \(model.dueDate)" + (model.submittedLine.map { " · \($0)" } ?? ""))
        .class("count")
      Paragraph(model.accessMessage).class(model.writable ? "notice" : "notice locked")
      if model.prefilled {
        Paragraph("เริ่มต้นด้วยข้อมูลที่รายงานไว้ในรอบ 6 เดือนของปีเดียวกัน กรุณาปรับเป็นผลการดำเนินงานทั้งปี").class("notice")
      }
      ErrorSummary(messages: model.problems)
      if !model.hasPlan {
        Paragraph("ยังไม่มีแผนช่วงปี \(model.periodCode) จึงยังไม่มีโครงการให้รายงาน").class("notice")
      }
      if model.askSendAnyway { sendAnyway }
      actions
      ReportSummaryBlock(summary: model.summary, level: model.level, levelRule: model.levelRule)
      filedCopies
      entryTable
      overallPart
      workflowForms
      historyPart
    }
  }

  /// The officer's second step when projects are still pending: the count, the list, and a
  /// form that sends anyway.
  private var sendAnyway: Component {
    Div {
      H2("ยังมี \(model.pending.count) โครงการรอรายงาน")
      Paragraph(ReportWorkflow.sendWarning(model.summary) ?? "")
      pendingList
      Form(url: model.path + "/send", method: .post) {
        CSRFField(token: shell.csrfToken)
        Input(type: .hidden, name: "confirm_pending", value: "1")
        Button("ยืนยันส่งรายงานให้ผู้บริหาร ทั้งที่ยังมีโครงการรอรายงาน").attribute(named: "type", value: "submit").class(
          "button primary")
        Link("กลับไปกรอกสถานะให้ครบ", url: model.path + "#entries").class("button")
      }.class("inline")
    }.class("notice warning").id("send-anyway")
  }

  private var pendingList: Component {
    List(model.pending.prefix(200).map { "\($0.number). \($0.name)" }).class("pending-list")
  }

  private var filedCopies: Component {
    guard !model.filings.isEmpty else { return EmptyComponent() }
    return Div {
      H2("รายงานที่ส่งแล้ว (สำเนาที่ยื่น)")
      List(model.filings) { filing in ListItem { Link(filing.label, url: filing.path) } }
      if model.filings.count > 1 {
        Link("เปรียบเทียบสำเนาที่ส่งแต่ละครั้ง", url: model.path + "/filings/compare").class("button")
      }
    }.class("filings")
  }

  private var actions: Component {
    Div {
      Link("พิมพ์รายงาน", url: model.path + "/print").class("button")
      Link("PDF", url: model.path + "/report.pdf").class("button")
      Link("Excel", url: model.path + "/export.xlsx").class("button")
      Link("CSV", url: model.path + "/export.csv").class("button")
      if model.writable { Link("นำเข้าจากไฟล์", url: model.path + "/import").class("button") }
    }.class("actions")
  }

  private var entryTable: Component {
    Form(url: model.path + "/entries", method: .post) {
      CSRFField(token: shell.csrfToken)
      FormOrigin(path: model.path)
      H2("ผลการดำเนินงานรายโครงการ (\(model.rows.count) โครงการ)")
      if model.writable {
        Paragraph(
          "เลือกสถานะและกรอกจำนวนเงินทีละแถว แล้วกด \"บันทึกทั้งหมด\" (เมื่อเปิด JavaScript ระบบบันทึกให้ทันทีเมื่อเปลี่ยนแต่ละแถว) งบประมาณที่เว้นว่างจะใช้งบประมาณตามแผน"
        )
        .class("hint")
      }
      ReportEntryTable(model: model).markup
      if model.writable && !model.rows.isEmpty {
        Div {
          Button("บันทึกทั้งหมด").attribute(named: "type", value: "submit").class("button primary")
          Span("").class("autosave-status").attribute(named: "aria-live", value: "polite")
        }.class("form-actions sticky")
      }
    }.class("entries-form").attribute(named: "data-autosave", value: model.writable ? "1" : "")
  }

  private var overallPart: Component {
    let values = model.overall
    if !model.writable {
      return Div {
        H2("ปัญหา อุปสรรค และข้อเสนอแนะ")
        Paragraph(values["problems"].flatMap { $0.isEmpty ? nil : $0 } ?? "—").class("lines")
        if let suggestions = values["suggestions"], !suggestions.isEmpty { Paragraph(suggestions).class("lines") }
        Paragraph("ผู้รายงาน: \(values["reporterName"] ?? "") \(values["reporterPosition"] ?? "")")
      }.class("overall")
    }
    return Form(url: model.path + "/overall", method: .post) {
      CSRFField(token: shell.csrfToken)
      FormOrigin(path: model.path)
      H2("ปัญหา อุปสรรค และข้อเสนอแนะ")
      TextAreaField(label: "ปัญหา/อุปสรรค", name: "problems", value: values["problems"] ?? "", rows: 4)
      TextAreaField(label: "ข้อเสนอแนะ", name: "suggestions", value: values["suggestions"] ?? "", rows: 3)
      Div {
        FormField(label: "ชื่อผู้รายงาน", name: "reporterName", value: values["reporterName"] ?? "", required: true)
        FormField(
          label: "ตำแหน่ง", name: "reporterPosition", value: values["reporterPosition"] ?? "", hint: "เช่น นิติกรชำนาญการ",
          required: true)
      }.class("filters")
      Button("บันทึก").attribute(named: "type", value: "submit").class("button")
    }.class("stacked wide").attribute(
      named: "data-keep-draft", value: "report-overall-\(model.code)-\(model.year)-\(model.kind)")
  }

  private var workflowForms: Component {
    Div {
      if model.writable && !model.rows.isEmpty {
        PostButton(
          action: model.path + "/send", label: "ส่งรายงานให้ผู้บริหารยืนยัน", csrfToken: shell.csrfToken,
          style: "button primary", confirm: "ส่งรายงานให้ผู้บริหารยืนยัน? ระหว่างรอการยืนยันจะแก้ไขไม่ได้")
      }
      if model.canConfirm {
        H2("ผู้บริหารยืนยันรายงาน")
        Paragraph("ตรวจสอบสรุปผลด้านบน เมื่อยืนยันแล้วรายงานจะถูกส่งและแก้ไขไม่ได้").class("hint")
        confirmForm
        Form(url: model.path + "/send-back", method: .post) {
          CSRFField(token: shell.csrfToken)
          TextAreaField(label: "สิ่งที่ต้องแก้ไข (ส่งกลับให้เจ้าหน้าที่)", name: "comment")
          Button("ส่งกลับให้เจ้าหน้าที่แก้ไข").attribute(named: "type", value: "submit").class("button")
        }.class("stacked")
      }
      if model.canReturn {
        H2(model.returnsAsMonitor ? "ผู้กำกับดูแล: ส่งรายงานกลับให้แก้ไข" : "หน่วยงานต้นสังกัด: ส่งรายงานกลับให้แก้ไข")
        Form(url: model.path + "/return", method: .post) {
          CSRFField(token: shell.csrfToken)
          TextAreaField(label: "สิ่งที่ต้องแก้ไข", name: "comment")
          Button("ส่งกลับให้ อปท. แก้ไข").attribute(named: "type", value: "submit").class("button")
        }.class("stacked")
      }
    }.class("approval")
  }

  /// The executive's confirmation; with projects pending it lists them and needs a tick.
  private var confirmForm: Component {
    Form(url: model.path + "/confirm", method: .post) {
      CSRFField(token: shell.csrfToken)
      if !model.pending.isEmpty {
        Div {
          Paragraph(ReportWorkflow.sendWarning(model.summary) ?? "").class("strong")
          pendingList
          Label("") {
            Input(type: .checkbox, name: "confirm_pending", value: "1", isRequired: true)
            Text(" รับทราบว่ายังมี \(model.pending.count) โครงการรอรายงาน และยืนยันส่งรายงาน")
          }
        }.class("notice warning").id("confirm-pending")
      }
      Button("ยืนยันและส่งรายงาน").attribute(named: "type", value: "submit").class("button primary")
    }.class("stacked")
  }

  private var historyPart: Component {
    guard !model.history.isEmpty else { return EmptyComponent() }
    return Div {
      H2("ประวัติรายงาน")
      Table(
        header: TableRow {
          TableHeaderCell("เมื่อ")
          TableHeaderCell("ผู้ดำเนินการ")
          TableHeaderCell("รายการ")
        },
        rows: {
          for item in model.history {
            TableRow {
              TableCell(item.when)
              TableCell(item.who)
              TableCell(item.what)
            }
          }
        }
      ).class("data compact")
    }
  }
}
