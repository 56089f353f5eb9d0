import Domain
import Foundation

/// The copy of a complaint for the accused's superior to inquire in secret (seed 004
/// §8.1.2): the complainant's name and contact are left out, and wherever they (or any phone
/// number or e-mail address) appear in the text they are masked; witnesses are not named.
struct ComplaintForwardModel {
  let id: UUID
  let organization: String
  let received: String
  let concern: String
  let concerns: String
  let details: String
  let when: String
  let whereText: String
  let witnesses: String
  let project: String?
  let files: [String]
  let printedAt: String
  let thaiDigits: Bool
  var inlineStyle: String? = nil

  init(
    id: UUID, complaint: Complaint, organizationName: String, content: ComplaintContent,
    identity: ComplaintIdentity?, files: [String], thaiDigits: Bool, printedAt: Date
  ) {
    // Witnesses are protected too: their names are masked wherever the story names them.
    let names = [identity?.name].compactMap { $0 } + ComplaintMasking.witnessNames(content.witnesses)
    let contacts = [identity?.contact].compactMap { $0 }
    func mask(_ text: String) -> String {
      let masked = ComplaintMasking.masked(text, names: names, contacts: contacts)
      return thaiDigits ? ThaiDigits.convert(masked) : masked
    }
    self.id = id
    organization = organizationName
    received = ThaiCalendar.longDate(complaint.receivedAt, thaiDigits: thaiDigits)
    concern = complaint.concern.thaiName
    concerns = mask(content.concerns)
    details = mask(content.details)
    when = mask(content.when)
    whereText = mask(content.whereText)
    witnesses =
      content.witnesses.isEmpty
      ? "ไม่ระบุ" : "มีพยานบุคคล ผู้รับผิดชอบเรื่องเก็บรายชื่อไว้และจะประสานเมื่อจำเป็น (ไม่เปิดเผยในสำเนานี้)"
    project = content.projectName.map(mask)
    // File names keep their own digits.
    self.files = files.map { ComplaintMasking.masked($0, names: names, contacts: contacts) }
    self.printedAt =
      thaiDigits ? ThaiDigits.convert(ThaiCalendar.longDateTime(printedAt)) : ThaiCalendar.longDateTime(printedAt)
    self.thaiDigits = thaiDigits
  }
}

struct ComplaintForwardPage {
  let model: ComplaintForwardModel

  var html: HTML {
    let head = HTML.Head(
      title: "สำเนาเรื่องร้องเรียน (ปกปิดชื่อผู้ร้องเรียน)",
      stylesheets: model.inlineStyle == nil ? ["/static/print.css"] : [], inlineStyle: model.inlineStyle,
      scripts: model.inlineStyle == nil ? ["/static/app.js"] : [])
    return HTML(head: head) {
      if model.inlineStyle == nil {
        Div {
          Button("พิมพ์").attribute(named: "type", value: "button").class("button primary")
            .attribute(named: "data-print", value: "1")
          Link(
            model.thaiDigits ? "ใช้เลขอารบิก" : "ใช้เลขไทย",
            url: Paths.complaintForward(model.id) + (model.thaiDigits ? "?digits=arabic" : ""))
          Link(
            "ดาวน์โหลด PDF", url: Paths.complaintForwardPDF(model.id) + (model.thaiDigits ? "" : "?digits=arabic"))
          Link("กลับไปที่เรื่อง", url: Paths.complaintCase(model.id))
        }.class("toolbar")
      }
      Div {
        Paragraph("ลับ").class("secret-mark")
        H1("สำเนาเรื่องร้องเรียน เพื่อสืบสวนข้อเท็จจริงทางลับ").class("memo-title")
        Div {
          Paragraph {
            El("b") { Text("หน่วยงาน ") }; Text(model.organization)
          }
          Paragraph {
            El("b") { Text("รับเรื่องเมื่อ ") }; Text(model.received)
          }
          Paragraph {
            El("b") { Text("ผู้ร้องเรียน ") }; Text("ปกปิดชื่อและที่อยู่ตามมาตรการคุ้มครองผู้ร้องเรียน")
          }
        }.class("memo-head")
        El("table") {
          El("tbody") {
            Self.row("เรื่องนี้เกี่ยวกับ", model.concern)
            Self.row("ผู้ถูกร้องหรือเรื่องที่ร้อง", model.concerns)
            if let project = model.project { Self.row("โครงการ", project) }
            Self.row("ข้อเท็จจริงที่ร้อง", model.details)
            Self.row("เมื่อใด", model.when.isEmpty ? "-" : model.when)
            Self.row("ที่ไหน", model.whereText.isEmpty ? "-" : model.whereText)
            Self.row("พยานบุคคล", model.witnesses)
            Self.row("หลักฐานที่แนบ", model.files.isEmpty ? "ไม่มี" : model.files.joined(separator: ", "))
          }
        }.class("memo-items forward")
        Paragraph(
          "ขอให้ผู้บังคับบัญชาของผู้ถูกกล่าวโทษสืบสวนทางลับว่ามีมูลความจริงเพียงใด แล้วรายงานผลให้ผู้รับผิดชอบเรื่องทราบ "
            + "โดยถือเป็นความลับทางราชการ และคุ้มครองผู้ให้ข้อมูลและพยานมิให้ได้รับความเดือดร้อน"
        ).class("body")
        Paragraph("พิมพ์เมื่อ " + model.printedAt).class("hint")
      }.class("memo")
    }
  }

  static func row(_ label: String, _ value: String) -> Component {
    El("tr") {
      El("th") { Text(label) }
      El("td") { Text(value) }
    }
  }
}
