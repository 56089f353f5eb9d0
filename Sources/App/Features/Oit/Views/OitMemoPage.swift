import Domain
import Foundation

struct OitMemoModel {
  struct Line {
    let code: String
    let title: String
    let owner: String
    let position: String
    let due: String
  }
  let code: String
  let year: Int
  let organization: String
  let date: String
  let subject: String
  let addressee: String
  let body: String
  let lines: [Line]
  let unassigned: [String]
  let signer: String
  let signerPosition: String
  let executive: String
  let executivePosition: String
  let thaiDigits: Bool
  /// For the PDF: the stylesheet inlined and no toolbar.
  var inlineStyle: String? = nil

  init(context: OitContext, entries: [String: OitEntryRow], thaiDigits: Bool, date: Date) {
    func d(_ text: String) -> String { thaiDigits ? ThaiDigits.convert(text) : text }
    let profile = context.record.organization
    code = context.code
    year = context.year
    self.thaiDigits = thaiDigits
    organization = context.name
    self.date = ThaiCalendar.longDate(date, thaiDigits: thaiDigits)
    subject = d("การมอบหมายผู้รับผิดชอบข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. \(year)")
    let executivePosition = profile.executivePosition ?? ""
    addressee = executivePosition.isEmpty ? "ผู้บริหาร\(context.name)" : executivePosition
    var lines: [Line] = []
    var unassigned: [String] = []
    for item in context.checklist.items {
      guard let entry = entries[item.code], !(entry.owner_name.isEmpty && entry.owner_position.isEmpty) else {
        unassigned.append(item.code)
        continue
      }
      lines.append(
        Line(
          code: item.code, title: item.title, owner: entry.owner_name, position: entry.owner_position,
          due: entry.due_date.map { ThaiCalendar.longDate($0, thaiDigits: thaiDigits) } ?? "-"))
    }
    self.lines = lines
    self.unassigned = unassigned
    body = d(
      "เพื่อให้การเผยแพร่ข้อมูลสาธารณะตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. \(year) "
        + "ลงบนเว็บไซต์ของ\(context.name) มีความถูกต้อง ครบถ้วน และเป็นปัจจุบัน จึงขอมอบหมายผู้รับผิดชอบข้อมูล "
        + "จำนวน \(lines.count) ข้อ ดังนี้")
    signer = profile.coordinatorName ?? ""
    signerPosition = profile.coordinatorPosition ?? ""
    executive = profile.executiveName ?? ""
    self.executivePosition = executivePosition
  }
}

/// บันทึกข้อความ มอบหมายผู้รับผิดชอบข้อมูลตามแบบตรวจ OIT: A4 portrait in the official memo
/// layout, the items and their owners in a table, signature and approval blocks.
struct OitMemoPage {
  let model: OitMemoModel

  var html: HTML {
    let head = HTML.Head(
      title: model.subject, stylesheets: model.inlineStyle == nil ? ["/static/print.css"] : [],
      inlineStyle: model.inlineStyle, scripts: model.inlineStyle == nil ? ["/static/app.js"] : [])
    return HTML(head: head) {
      if model.inlineStyle == nil {
        Div {
          Button("พิมพ์").attribute(named: "type", value: "button").class("button primary").attribute(
            named: "data-print", value: "1")
          Link(
            model.thaiDigits ? "ใช้เลขอารบิก" : "ใช้เลขไทย",
            url: Paths.oitMemo(model.code, model.year) + (model.thaiDigits ? "?digits=arabic" : ""))
          Link(
            "ดาวน์โหลด PDF",
            url: Paths.oitMemo(model.code, model.year) + ".pdf" + (model.thaiDigits ? "" : "?digits=arabic"))
          Link("กลับไปที่แบบตรวจ OIT", url: Paths.oitWorkspace(model.code, model.year))
        }.class("toolbar")
      }
      Div {
        H1("บันทึกข้อความ").class("memo-title")
        Div {
          Paragraph {
            El("b") { Text("ส่วนราชการ") }
            Text(model.organization)
          }
          Paragraph {
            El("b") { Text("ที่") }
            Text("........................")
            El("b") { Text(" วันที่") }
            Text(model.date)
          }
          Paragraph {
            El("b") { Text("เรื่อง") }
            Text(model.subject)
          }
          Paragraph {
            El("b") { Text("เรียน") }
            Text(model.addressee)
          }
        }.class("memo-head")
        Paragraph(model.body).class("body")
        El("table") {
          El("colgroup") {
            for name in ["code", "title", "owner", "position", "due"] { El("col").class(name) }
          }
          El("thead") {
            El("tr") {
              for heading in ["ข้อ", "ข้อมูล", "ผู้รับผิดชอบ", "ตำแหน่ง", "กำหนดเสร็จ"] { El("th") { Text(heading) } }
            }
          }
          El("tbody") {
            for line in model.lines {
              El("tr") {
                El("td") { Text(line.code) }
                El("td") { Text(line.title) }
                El("td") { Text(line.owner) }
                El("td") { Text(line.position) }
                El("td") { Text(line.due) }
              }
            }
          }
        }.class("memo-items")
        if !model.unassigned.isEmpty {
          // Item codes stay as the checklist writes them (O21), never in Thai digits.
          Paragraph("ข้อที่ยังไม่ได้มอบหมาย: " + model.unassigned.joined(separator: ", ")).class("body")
        }
        Paragraph("จึงเรียนมาเพื่อโปรดพิจารณา หากเห็นชอบขอได้โปรดลงนามมอบหมายต่อไป").class("body")
        Div {
          Paragraph(
            "(" + (model.signer.isEmpty ? "..............................................." : model.signer) + ")")
          Paragraph(
            model.signerPosition.isEmpty ? "ตำแหน่ง ........................................" : model.signerPosition)
        }.class("signature")
        Div {
          Paragraph("ความเห็นผู้บริหาร ☐ อนุมัติ ☐ ไม่อนุมัติ")
          Div {
            Paragraph(
              "(" + (model.executive.isEmpty ? "..............................................." : model.executive)
                + ")")
            Paragraph(
              model.executivePosition.isEmpty
                ? "ตำแหน่ง ........................................" : model.executivePosition)
          }.class("signature")
        }.class("approval")
      }.class("memo")
    }
  }
}
