import Domain
import Foundation

struct ComplaintCaseModel {
  let complaint: Complaint
  let organizationName: String
  let content: ComplaintContent
  let identity: ComplaintIdentity?
  let files: [(file: ComplaintFile, name: String)]
  let events: [(event: ComplaintEvent, body: String?)]
  let values: [String: String]
  let errors: FieldErrors
  let notice: String?
  let now: Date

  var id: UUID { complaint.id ?? UUID() }
  var needsExplanation: Bool { complaint.needsDelayExplanation(now: now) }
  var unsupported: Bool {
    ComplaintFiling.unsignedWithoutSupport(
      anonymous: complaint.anonymous, witnesses: content.witnesses, files: files.count)
  }
}

/// A case for its handler: the facts and the 15-day clock, what was filed and by whom, the
/// files, the log, and the forms that move it on.
struct ComplaintCasePage {
  let shell: PageShell
  let model: ComplaintCaseModel

  var html: HTML {
    let complaint = model.complaint
    return Layout.page(shell) {
      Paragraph {
        Link("เรื่องร้องเรียน", url: Paths.complaintCases); Text(" › " + model.organizationName)
      }
      .class("breadcrumbs")
      H1("เรื่องร้องเรียน: " + model.content.concerns)
      if model.needsExplanation {
        Div {
          Paragraph("เรื่องนี้เกิน 15 วันแล้ว ต้องชี้แจงเหตุให้ผู้ร้องเรียนทราบก่อนดำเนินการขั้นต่อไป")
          Form(url: Paths.complaintDelay(model.id), method: .post) {
            CSRFField(token: shell.csrfToken)
            TextAreaField(
              label: "คำชี้แจงถึงผู้ร้องเรียน", name: "delayExplanation", value: model.values["delayExplanation"] ?? "",
              error: model.errors["delayExplanation"], rows: 3)
            Button("ส่งคำชี้แจง").attribute(named: "type", value: "submit").class("button primary")
          }.class("stacked")
        }.class("notice warning").attribute(named: "role", value: "alert")
      }
      if model.unsupported {
        Paragraph(
          "เรื่องไม่ระบุชื่อ ไม่มีหลักฐานแนบและไม่ระบุพยาน: ตามมาตรการ รับพิจารณาเมื่อมีหลักฐานชัดแจ้งหรือพยานบุคคลแน่นอนเท่านั้น "
            + "สอบถามผู้ร้องเรียนได้ด้วยข้อความด้านล่าง"
        ).class("notice warning")
      }
      ComplaintCaseFacts(model: model)
      H2("ผู้ร้องเรียน")
      ComplaintIdentityBlock(model: model)
      H2("หลักฐาน")
      if model.files.isEmpty {
        Paragraph("ไม่มีไฟล์แนบ")
      } else {
        List(model.files) { item in
          Div {
            Link(item.name, url: Paths.complaintCaseFile(model.id, item.file.id ?? UUID()))
            Span(
              " (\(EvidenceQueries.size(item.file.sizeBytes)) · "
                + (item.file.fromComplainant ? "จากผู้ร้องเรียน" : "จากผู้รับผิดชอบ") + " · "
                + ThaiCalendar.shortDateTime(item.file.createdAt) + ")"
            ).class("hint")
          }
        }
      }
      Paragraph {
        Link("พิมพ์สำเนาปกปิดชื่อผู้ร้องเรียน (ส่งผู้บังคับบัญชาตรวจสอบข้อเท็จจริง)", url: Paths.complaintForward(model.id))
          .class("button")
      }
      if complaint.state.isOpen { ComplaintCaseForms(shell: shell, model: model) }
      H2("บันทึกการดำเนินการ")
      Table(
        header: TableRow {
          for heading in ["เมื่อ", "ขั้นตอน", "โดย", "รายละเอียด", "ผู้ร้องเห็น"] { TableHeaderCell(heading) }
        }
      ) {
        for (event, body) in model.events {
          TableRow {
            TableCell(ThaiCalendar.shortDateTime(event.at))
            TableCell(
              event.kind == .state
                ? "สถานะ: " + (event.stateRaw.flatMap(ComplaintState.init(rawValue:))?.thaiName ?? "")
                : event.kind.thaiName)
            TableCell(event.actor)
            TableCell(body ?? "")
            TableCell(event.forComplainant ? "เห็น" : "ไม่เห็น")
          }
        }
      }.class("data case-log")
    }
  }
}

struct ComplaintCaseFacts: Component {
  let model: ComplaintCaseModel

  var body: Component {
    let complaint = model.complaint
    let overdue = complaint.isOverdue(now: model.now)
    return El("dl") {
      El("dt") { Text("หน่วยงาน") }
      El("dd") { Text(model.organizationName + (complaint.aboutExecutive ? " (เรื่องเกี่ยวกับผู้บริหาร)" : "")) }
      El("dt") { Text("สถานะ") }
      El("dd") {
        Span(complaint.state.thaiName).class("badge complaint-\(complaint.stateRaw)")
        if let outcome = complaint.outcome { Text(" — " + outcome.thaiName) }
      }
      El("dt") { Text("รับเรื่องเมื่อ") }
      El("dd") { Text(ThaiCalendar.longDateTime(complaint.receivedAt)) }
      El("dt") { Text("กำหนด 15 วัน") }
      El("dd") {
        Text(complaint.clock.dueDate.map { ThaiCalendar.longDate($0) } ?? "-")
        if complaint.state.isOpen {
          let left = complaint.clock.daysLeft(now: model.now)
          Span(overdue ? " เกินกำหนด \(-left) วัน" : " เหลือ \(left) วัน").class(overdue ? "late" : "hint")
        }
      }
      El("dt") { Text("เกี่ยวกับ") }
      El("dd") { Text(complaint.concern.thaiName + " — " + model.content.concerns) }
      if let project = model.content.projectName {
        El("dt") { Text("โครงการในแผน") }
        El("dd") { Text(project) }
      }
      El("dt") { Text("เกิดอะไรขึ้น") }
      El("dd") { Paragraph(model.content.details).class("message-text") }
      El("dt") { Text("เมื่อใด / ที่ไหน") }
      El("dd") {
        Text([model.content.when, model.content.whereText].map { $0.isEmpty ? "-" : $0 }.joined(separator: " / "))
      }
      El("dt") { Text("พยานบุคคล") }
      El("dd") { Text(model.content.witnesses.isEmpty ? "ไม่ระบุ" : model.content.witnesses) }
    }.class("facts")
  }
}

struct ComplaintIdentityBlock: Component {
  let model: ComplaintCaseModel

  var body: Component {
    if let erased = model.complaint.identityErasedAt {
      return Paragraph("ลบข้อมูลผู้ร้องเรียนแล้วเมื่อครบระยะเก็บรักษา (\(ThaiCalendar.longDate(erased)))").class("hint")
    }
    guard let identity = model.identity else { return Paragraph("ไม่ประสงค์ออกนาม") }
    return Div {
      Paragraph("ข้อมูลนี้เป็นความลับทางราชการ ห้ามเปิดเผย และไม่ปรากฏในสำเนาที่ส่งตรวจสอบข้อเท็จจริง").class("hint")
      El("dl") {
        El("dt") { Text("ชื่อ") }
        El("dd") { Text(identity.name) }
        El("dt") { Text("ติดต่อ") }
        El("dd") { Text(identity.contact) }
      }.class("facts")
    }.class("identity")
  }
}

/// Moving the case on and writing to the complainant.
struct ComplaintCaseForms: Component {
  let shell: PageShell
  let model: ComplaintCaseModel

  var body: Component {
    let complaint = model.complaint
    let errors = model.errors
    return Div {
      H2("ดำเนินการ")
      ErrorSummary(messages: ["state", "outcome", "reason", "delayExplanation", "message"].compactMap { errors[$0] })
      Form(url: Paths.complaintMove(model.id), method: .post) {
        CSRFField(token: shell.csrfToken)
        SelectField(
          label: "เปลี่ยนสถานะเป็น", name: "state",
          options: [("", "— เลือก —")] + complaint.state.next.map { ($0.rawValue, $0.thaiName) },
          selected: model.values["state"] ?? "", error: errors["state"])
        SelectField(
          label: "ผลการดำเนินการ (เมื่อยุติเรื่อง)", name: "outcome",
          options: [("", "—")] + ComplaintOutcome.allCases.map { ($0.rawValue, $0.thaiName) },
          selected: model.values["outcome"] ?? "", error: errors["outcome"])
        TextAreaField(
          label: "ข้อความถึงผู้ร้องเรียน (ผลการดำเนินการ หรือเหตุที่ไม่รับไว้พิจารณา)", name: "reason",
          value: model.values["reason"] ?? "", error: errors["reason"], rows: 3)
        if model.needsExplanation {
          TextAreaField(
            label: "คำชี้แจงเหตุที่ดำเนินการไม่ทัน 15 วัน", name: "delayExplanation",
            value: model.values["delayExplanation"] ?? "", error: errors["delayExplanation"], rows: 2)
        }
        Button("บันทึกสถานะ").attribute(named: "type", value: "submit").class("button primary")
      }.class("stacked")
      H2("ส่งข้อความหรือคำถามถึงผู้ร้องเรียน")
      Form(url: Paths.complaintMessage(model.id), method: .post) {
        CSRFField(token: shell.csrfToken)
        TextAreaField(
          label: "ข้อความ (ผู้ร้องเรียนเห็นเมื่อติดตามเรื่องด้วยเลขรับเรื่อง)", name: "message",
          value: model.values["message"] ?? "", error: errors["message"], rows: 3)
        Button("ส่งข้อความ").attribute(named: "type", value: "submit").class("button")
      }.class("stacked")
    }
  }
}
