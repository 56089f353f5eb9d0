import Domain
import Foundation

struct CircularFormModel {
  /// The letter being relayed (nil: a new circular).
  let parent: Circular?
  let chain: [Circular]
  let senderOffice: String
  let values: [String: String]
  let errors: FieldErrors
  /// Whether there are monitors below the poster (a district has none).
  let canIncludeMonitors: Bool

  var action: String { parent.flatMap(\.id).map { Paths.circularAction($0, "relay") } ?? Paths.circulars }
  static let order = [
    "title", "number", "letterDate", "summary", "action", "dueDate", "audience", "types", "codes", "file",
  ]
}

/// Posting (or relaying) a circular: the letter's number and date as on paper, the PDF, the
/// audience within the poster's area.
struct CircularFormPage {
  let shell: PageShell
  let model: CircularFormModel

  var html: HTML {
    Layout.page(shell) {
      Paragraph {
        Link("หนังสือเวียน", url: Paths.circulars)
        if let parent = model.parent, let id = parent.id {
          Text(" › ")
          Link(parent.title, url: Paths.circular(id))
        }
      }.class("breadcrumbs")
      H1(model.parent == nil ? "ส่งหนังสือเวียน" : "ส่งต่อหนังสือเวียน")
      Paragraph("ผู้ส่ง: \(model.senderOffice)").class("hint")
      if let parent = model.parent {
        Div {
          Paragraph("อ้างถึง หนังสือ \(parent.senderOffice) \(parent.citation) เรื่อง \(parent.title)")
          Paragraph("ผู้รับจะเห็นลำดับการส่งต่อทั้งหมดและเปิดไฟล์หนังสือต้นเรื่องได้").class("hint")
        }.class("notice")
      }
      ErrorSummary(messages: CircularFormModel.order.compactMap { model.errors[$0] })
      Form(url: model.action, method: .post, contentType: .multipartData) {
        CSRFField(token: shell.csrfToken)
        field("เรื่อง", "title", required: true)
        field(
          "เลขที่หนังสือ", "number", required: true,
          hint: "พิมพ์ตามหนังสือ เลขไทยหรือเลขอารบิกก็ได้ เช่น มท ๐๘๑๐.๓/ว ๑๒๓๔ หรือ ปช 0004/ว 0001")
        field("วันที่หนังสือ (วัน/เดือน/ปี พ.ศ.)", "letterDate", required: true, hint: "เช่น 15/1/2567")
        TextAreaField(
          label: "สรุปสาระสำคัญโดยย่อ *", name: "summary", value: value("summary"), error: model.errors["summary"],
          rows: 4)
        TextAreaField(
          label: "สิ่งที่ขอให้ดำเนินการ (ถ้ามี)", name: "action", value: value("action"), error: model.errors["action"])
        field("กำหนดวัน (ถ้ามี, วัน/เดือน/ปี พ.ศ.)", "dueDate", hint: "วันที่ขอให้รับทราบหรือดำเนินการให้แล้วเสร็จ")
        Div {
          Label(model.parent == nil ? "ไฟล์หนังสือ (PDF ไม่เกิน 10 MB) *" : "หนังสือนำส่ง (PDF ไม่เกิน 10 MB, ถ้ามี)") {}
            .attribute(named: "for", value: "file")
          Input(type: .file, name: "file").id("file").attribute(named: "accept", value: "application/pdf,.pdf")
          if let error = model.errors["file"] { Paragraph(error).class("field-error") }
        }.class(model.errors["file"] == nil ? "field" : "field has-error")
        audience
        Label("") {
          Input(type: .checkbox, name: "isPublic", value: "1")
            .attribute(named: "checked", value: value("isPublic") == "1" ? "checked" : "")
          Text(" เผยแพร่ในคลังหนังสือเวียนสาธารณะ (ประชาชนอ่านหนังสือและไฟล์ได้ ไม่แสดงข้อมูลการรับทราบ)")
        }.class("check")
        Button(model.parent == nil ? "ส่งหนังสือเวียน" : "ส่งต่อหนังสือเวียน").attribute(named: "type", value: "submit")
          .class("button primary")
      }.class("stacked")
    }
  }

  private var audience: Component {
    FieldSet {
      El("legend") { Text("ผู้รับ (เฉพาะในพื้นที่ของคุณ)") }
      if let error = model.errors["audience"] { Paragraph(error).class("field-error") }
      for kind in CircularAudienceKind.allCases {
        Label("") {
          Input(type: .radio, name: "audience", value: kind.rawValue)
            .attribute(named: "checked", value: value("audience") == kind.rawValue ? "checked" : "")
          Text(" " + kind.thaiName)
        }.class("check")
      }
      Div {
        Paragraph("ประเภท อปท. (เมื่อเลือก \"เฉพาะประเภท\")").class("hint")
        if let error = model.errors["types"] { Paragraph(error).class("field-error") }
        for (index, type) in OrganizationType.allCases.enumerated() {
          Label("") {
            Input(type: .checkbox, name: CircularRoutes.typeField(index), value: "1")
              .attribute(named: "checked", value: value(CircularRoutes.typeField(index)) == "1" ? "checked" : "")
            Text(" " + type.rawValue)
          }.class("check")
        }
      }.class("checks")
      Div {
        Label("รหัส อปท. 7 หลัก (เมื่อเลือก \"ตามรายการรหัส\") คั่นด้วยขึ้นบรรทัดใหม่ จุลภาค หรือเว้นวรรค") {}
          .attribute(named: "for", value: "codes")
        TextArea(text: value("codes"), name: "codes", numberOfRows: 3).id("codes")
        if let error = model.errors["codes"] { Paragraph(error).class("field-error") }
      }.class(model.errors["codes"] == nil ? "field" : "field has-error")
      if model.canIncludeMonitors {
        Label("") {
          Input(type: .checkbox, name: "includeMonitors", value: "1")
            .attribute(named: "checked", value: value("includeMonitors") == "1" ? "checked" : "")
          Text(" ส่งถึงผู้กำกับดูแลระดับถัดลงไปในพื้นที่ด้วย (เพื่อส่งต่อพร้อมหนังสือนำส่งของตน)")
        }.class("check")
      }
    }
  }

  private func value(_ key: String) -> String { model.values[key] ?? "" }

  private func field(_ label: String, _ name: String, required: Bool = false, hint: String? = nil) -> Component {
    FormField(label: label, name: name, value: value(name), error: model.errors[name], hint: hint, required: required)
  }
}
