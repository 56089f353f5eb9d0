import Domain
import Foundation

struct ComplaintReceiptModel {
  let receipt: String
  let organizationName: String
  let aboutExecutive: Bool
  let provinceName: String
  let receivedAt: Date
  let dueDate: Date?
  let files: Int
  /// The follow-up page's full address, as the complainant would type it.
  let followURL: String
}

/// Shown once, right after filing: the receipt, large and grouped, printable.
struct ComplaintReceiptPage {
  let shell: PageShell
  let model: ComplaintReceiptModel

  var html: HTML {
    Layout.page(shell) {
      H1("รับเรื่องร้องเรียนแล้ว")
      Div {
        Paragraph("เลขรับเรื่องของท่าน").class("receipt-label")
        Paragraph(model.receipt).class("receipt-code").id("receipt")
        Paragraph(
          "เลขนี้แสดงเพียงครั้งเดียว ระบบเก็บไว้เพียงรูปที่ย้อนกลับไม่ได้ หากทำหาย จะติดตามเรื่องนี้ไม่ได้อีก "
            + "กรุณาจดไว้ ถ่ายภาพหน้าจอ หรือพิมพ์หน้านี้ และอย่าให้ผู้อื่นเห็น"
        ).class("receipt-warning")
        El("dl") {
          El("dt") { Text("ส่งถึง") }
          El("dd") {
            Text(
              model.aboutExecutive
                ? "ผู้กำกับดูแลระดับจังหวัด\(model.provinceName) (เรื่องเกี่ยวกับผู้บริหารของ\(model.organizationName))"
                : "ผู้รับผิดชอบเรื่องร้องเรียนของ\(model.organizationName)")
          }
          El("dt") { Text("วันที่รับเรื่อง") }
          El("dd") { Text(ThaiCalendar.longDateTime(model.receivedAt)) }
          El("dt") { Text("กำหนดดำเนินการ (15 วัน)") }
          El("dd") { Text(model.dueDate.map { ThaiCalendar.longDate($0) } ?? "-") }
          El("dt") { Text("หลักฐานที่แนบ") }
          El("dd") { Text(model.files == 0 ? "ไม่มี" : "\(model.files) ไฟล์") }
        }.class("facts")
      }.class("receipt-box")
      Paragraph {
        Button("พิมพ์ใบรับเรื่อง").attribute(named: "type", value: "button").class("button")
          .attribute(named: "data-print", value: "1")
        Text(" ")
        Link("ติดตามเรื่อง", url: Paths.complaintFollow).class("button")
      }.class("no-print")
      Paragraph(
        "ติดตามเรื่องได้ที่ \(model.followURL) โดยพิมพ์เลขรับเรื่องนี้ "
          + "หน่วยงานอาจส่งคำถามถึงท่านที่นั่น กรุณาเข้าไปดูเป็นระยะ")
    }
  }
}

/// Entering the receipt (a POST: the receipt never appears in an address or a history).
struct ComplaintFollowPage {
  let shell: PageShell
  let message: String?

  var html: HTML {
    Layout.page(shell) {
      H1("ติดตามเรื่องร้องเรียน")
      if let message { Paragraph(message).class("field-error").attribute(named: "role", value: "alert") }
      Form(url: Paths.complaintFollow, method: .post) {
        CSRFField(token: shell.csrfToken)
        FormField(
          label: "เลขรับเรื่อง", name: "receipt", hint: "20 ตัวอักษรตามใบรับเรื่อง พิมพ์ตัวเล็กหรือใหญ่ มีหรือไม่มีขีดก็ได้",
          required: true, autocomplete: "off")
        Button("ดูความคืบหน้า").attribute(named: "type", value: "submit").class("button primary")
      }.class("stacked")
      Paragraph {
        Text("ยังไม่ได้ร้องเรียน? "); Link("ร้องเรียนการทุจริต", url: Paths.complaints)
      }
    }
  }
}

struct ComplaintFollowUpModel {
  let receipt: String
  let status: ComplainantView
  let notice: String?
  let errors: FieldErrors
  let typed: String
}

/// The complainant's view of the case: state, dates, the unit's messages, a reply form.
struct ComplaintFollowUpPage {
  let shell: PageShell
  let model: ComplaintFollowUpModel

  var html: HTML {
    let status = model.status
    return Layout.page(shell) {
      H1("ความคืบหน้าเรื่องร้องเรียน")
      if let notice = model.notice { Paragraph(notice).class("notice") }
      El("dl") {
        El("dt") { Text("หน่วยงาน") }
        El("dd") { Text(status.organizationName) }
        El("dt") { Text("ผู้พิจารณา") }
        El("dd") { Text(status.handledBy) }
        El("dt") { Text("สถานะ") }
        El("dd") {
          Span(status.state.thaiName).class("badge complaint-\(status.state.rawValue)")
          if let outcome = status.outcome { Text(" — " + outcome.thaiName) }
        }
        El("dt") { Text("รับเรื่องเมื่อ") }
        El("dd") { Text(ThaiCalendar.longDateTime(status.receivedAt)) }
        El("dt") { Text("กำหนดดำเนินการ (15 วัน)") }
        El("dd") {
          Text(status.clock.dueDate.map { ThaiCalendar.longDate($0) } ?? "-")
          if status.overdue { Span(" เกินกำหนด").class("late") }
        }
        if let closed = status.closedAt {
          El("dt") { Text("ปิดเรื่องเมื่อ") }
          El("dd") { Text(ThaiCalendar.longDate(closed)) }
        }
      }.class("facts")
      H2("ความเคลื่อนไหวและข้อความ")
      List(status.messages) { message in
        Div {
          Paragraph {
            Span(ThaiCalendar.shortDateTime(message.at)).class("hint")
            Text(" " + Self.heading(message))
          }
          if let text = message.text { Paragraph(text).class("message-text") }
        }.class(message.fromComplainant ? "message mine" : "message")
      }.class("messages")
      if status.state.isOpen {
        H2("ตอบหรือส่งหลักฐานเพิ่ม")
        ErrorSummary(messages: ["message", "files"].compactMap { model.errors[$0] })
        Form(url: Paths.complaintReply, method: .post, contentType: .multipartData) {
          CSRFField(token: shell.csrfToken)
          Input(type: .hidden, name: "receipt", value: model.receipt)
          TextAreaField(
            label: "ข้อความถึงผู้รับผิดชอบเรื่อง", name: "message", value: model.typed, error: model.errors["message"], rows: 5)
          Div {
            Label("แนบหลักฐานเพิ่ม (ไม่เกิน 5 ไฟล์ ไฟล์ละไม่เกิน 5 MB รวมไม่เกิน 12 MB)") {}
              .attribute(named: "for", value: "files")
            ComplaintFileInput()
            if let error = model.errors["files"] { Paragraph(error).class("field-error") }
          }.class("field")
          Button("ส่ง").attribute(named: "type", value: "submit").class("button primary")
        }.class("stacked")
      } else {
        Paragraph("เรื่องนี้ปิดแล้ว หากมีข้อมูลใหม่ กรุณายื่นเรื่องใหม่")
      }
    }
  }

  static func heading(_ message: ComplainantView.Message) -> String {
    switch message.kind {
    case .filed: return "ยื่นเรื่องร้องเรียน"
    case .state: return "สถานะเปลี่ยนเป็น " + (message.state?.thaiName ?? "")
    case .toComplainant: return "ข้อความจากผู้รับผิดชอบเรื่อง"
    case .fromComplainant: return "ข้อความของท่าน"
    case .evidence: return "ท่านแนบหลักฐานเพิ่ม"
    case .delay: return "คำชี้แจงเหตุที่ดำเนินการไม่ทันภายใน 15 วัน"
    default: return message.kind.thaiName
    }
  }
}
