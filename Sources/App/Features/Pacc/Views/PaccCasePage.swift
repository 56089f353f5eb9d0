import Domain
import Foundation

struct PaccCaseModel {
  let record: PaccCase
  let unitName: String
  let steps: [PaccStepView]
  /// The LAO's own view: no source, no internal description, the report-back form.
  let forLAO: Bool
  var values: [String: String]
  var errors: FieldErrors
}

/// A case with its steps; PACC officers move it on, the LAO reports back.
struct PaccCasePage {
  let shell: PageShell
  let model: PaccCaseModel

  var html: HTML {
    let record = model.record
    let id = record.id ?? UUID()
    return Layout.page(shell) {
      Paragraph {
        if model.forLAO {
          Link("เรื่องที่สำนักงาน ป.ป.ท. ติดตาม", url: Paths.organizationPacc(record.orgCode ?? ""))
        } else {
          Link("เรื่องเฝ้าระวังการทุจริต", url: Paths.paccCases(year: record.fiscalYear))
        }
      }.class("breadcrumbs")
      H1("เรื่องเฝ้าระวังการทุจริต \(record.reference)")
      El("dl") {
        term("หน่วยงาน", model.unitName)
        term("โครงการ", record.projectName)
        term("งบประมาณ", record.budgetSatang.map { Money(satang: $0).formatted + " บาท" } ?? "—")
        term("ความเสี่ยงที่พบ", record.risks.map(\.thaiName).joined(separator: ", "))
        if !model.forLAO {
          term("ที่มาของเรื่อง", record.source.thaiName)
          term("ข้อเท็จจริงเบื้องต้น", record.description.isEmpty ? "—" : record.description)
        }
        term("สถานะ", record.state.thaiName)
        if let recommendation = record.recommendation { term("ข้อเสนอแนะ", recommendation.thaiName) }
        if let outcome = record.outcome { term("ผลการดำเนินการ", outcome.thaiName) }
      }.class("facts")
      H2("ลำดับการดำเนินการ")
      if model.steps.isEmpty { Paragraph("ยังไม่มีการดำเนินการ").class("empty") }
      for item in model.steps { step(item) }
      ErrorSummary(messages: model.errors.messages.values.sorted())
      if record.state != .closed {
        if model.forLAO {
          if record.state == .recommended || record.state == .reportedBack { reportBackForm(id) }
        } else {
          officerForms(id)
        }
      }
    }
  }

  private func term(_ name: String, _ value: String) -> Component {
    ComponentGroup(members: [El("dt") { Text(name) }, El("dd") { Text(value) }])
  }

  private func stepTitle(_ step: PaccCaseStep) -> String {
    switch step.kind {
    case .visit: return "ลงพื้นที่ตรวจติดตาม"
    case .recommend:
      return "แจ้งข้อเสนอแนะ: " + (step.choice.flatMap(PaccRecommendation.init)?.thaiName ?? "")
    case .reportBack: return "หน่วยงานรายงานผลการปรับปรุงแก้ไข"
    case .close: return "ปิดเรื่อง: " + (step.choice.flatMap(PaccCaseOutcome.init)?.thaiName ?? "")
    }
  }

  private func step(_ item: PaccStepView) -> Component {
    Article {
      H3("\(ThaiCalendar.longDate(item.step.day)) · \(stepTitle(item.step))")
      if !item.step.team.isEmpty { Paragraph("คณะทำงาน: \(item.step.team)") }
      if !item.step.text.isEmpty { Paragraph(item.step.text).class("prewrap") }
      if !item.files.isEmpty {
        List(item.files) { file in Link(file.name, url: Paths.paccFile(file.id)) }
      }
      Paragraph("บันทึกโดย \(item.step.byName)").class("hint")
    }.class("step")
  }

  private func fileField() -> Component {
    Div {
      Label("ภาพถ่าย/เอกสาร (ไม่เกิน 5 ไฟล์ ไฟล์ละไม่เกิน 5 MB)") {}.attribute(named: "for", value: "files")
      Input(type: .file, name: "files[]").id("files").attribute(named: "multiple", value: "multiple")
      if let error = model.errors["files"] { Paragraph(error).class("field-error") }
    }.class("field")
  }

  private func officerForm(_ id: UUID, action: PaccCaseAction, title: String, @ComponentBuilder fields: () -> Component)
    -> Component
  {
    let chosen = model.values["action"] == action.rawValue
    return Form(url: Paths.paccCaseSteps(id), method: .post, contentType: .multipartData) {
      CSRFField(token: shell.csrfToken)
      FormOrigin(path: Paths.paccCase(id))
      Input(type: .hidden, name: "action", value: action.rawValue)
      H3(title)
      FormField(
        label: "วันที่ (วว/ดด/ปปปป พ.ศ.)", name: "day", value: chosen ? model.values["day"] ?? "" : "",
        error: chosen ? model.errors["day"] : nil, hint: "เว้นว่าง = วันนี้")
      fields()
      Button("บันทึก").attribute(named: "type", value: "submit").class("button primary")
    }.class("stacked")
  }

  private func text(_ action: PaccCaseAction, label: String) -> Component {
    let chosen = model.values["action"] == action.rawValue
    return TextAreaField(
      label: label, name: "text", value: chosen ? model.values["text"] ?? "" : "",
      error: chosen ? model.errors["text"] : nil, rows: 5)
  }

  private func officerForms(_ id: UUID) -> Component {
    let state = model.record.state
    return Div {
      officerForm(id, action: .visit, title: "บันทึกการลงพื้นที่") {
        FormField(
          label: "คณะทำงาน", name: "team", value: model.values["action"] == "visit" ? model.values["team"] ?? "" : "")
        text(.visit, label: "สิ่งที่พบ")
        fileField()
      }
      if state != .opened {
        officerForm(id, action: .recommend, title: "แจ้งข้อเสนอแนะแก่หน่วยงาน") {
          SelectField(
            label: "ข้อเสนอแนะ", name: "choice",
            options: [("", "— เลือก —")] + PaccRecommendation.allCases.map { ($0.rawValue, $0.thaiName) },
            selected: model.values["action"] == "recommend" ? model.values["choice"] ?? "" : "",
            error: model.values["action"] == "recommend" ? model.errors["choice"] : nil)
          text(.recommend, label: "ข้อสังเกตและข้อเสนอแนะ (หน่วยงานเห็นข้อความนี้)")
        }
        officerForm(id, action: .close, title: "ปิดเรื่อง") {
          SelectField(
            label: "ผลการดำเนินการ", name: "choice",
            options: [("", "— เลือก —")] + PaccCaseOutcome.allCases.map { ($0.rawValue, $0.thaiName) },
            selected: model.values["action"] == "close" ? model.values["choice"] ?? "" : "",
            error: model.values["action"] == "close" ? model.errors["choice"] : nil)
          text(.close, label: "สรุปผล")
        }
      }
    }.class("step-forms")
  }

  private func reportBackForm(_ id: UUID) -> Component {
    let code = model.record.orgCode ?? ""
    return Form(url: Paths.organizationPaccReportBack(code, id), method: .post, contentType: .multipartData) {
      CSRFField(token: shell.csrfToken)
      FormOrigin(path: Paths.organizationPaccCase(code, id))
      H2("รายงานผลการปรับปรุงแก้ไขต่อสำนักงาน ป.ป.ท.")
      FormField(
        label: "วันที่ (วว/ดด/ปปปป พ.ศ.)", name: "day", value: model.values["day"] ?? "", error: model.errors["day"])
      TextAreaField(
        label: "สิ่งที่หน่วยงานได้ปรับปรุงแก้ไข", name: "text", value: model.values["text"] ?? "", error: model.errors["text"],
        rows: 6)
      fileField()
      Button("ส่งรายงานผล").attribute(named: "type", value: "submit").class("button primary")
    }.class("stacked")
  }
}

/// `/organizations/{code}/pacc`: the LAO's cases.
struct PaccLAOListPage {
  let shell: PageShell
  let code: String
  let name: String
  let rows: [PaccCaseRow]

  var html: HTML {
    Layout.page(shell) {
      Paragraph { Link(name, url: Paths.organization(code)) }.class("breadcrumbs")
      H1("เรื่องที่สำนักงาน ป.ป.ท. เฝ้าระวังและติดตาม: \(name)")
      Paragraph("เมื่อได้รับข้อเสนอแนะ ให้รายงานผลการปรับปรุงแก้ไขพร้อมหลักฐานในหน้าของแต่ละเรื่อง").class("hint")
      if rows.isEmpty { Paragraph("ไม่มีเรื่องที่ติดตาม").class("empty") }
      if !rows.isEmpty {
        Table(
          header: TableRow { for heading in ["เรื่อง", "โครงการ", "สถานะ"] { TableHeaderCell(heading) } },
          rows: {
            for row in rows {
              TableRow {
                TableCell { Link(row.record.reference, url: Paths.organizationPaccCase(code, row.record.id ?? UUID())) }
                TableCell(row.record.projectName)
                TableCell(row.record.state.thaiName).class(row.record.state == .recommended ? "status bad" : "status")
              }
            }
          }
        ).class("data")
      }
    }
  }
}
