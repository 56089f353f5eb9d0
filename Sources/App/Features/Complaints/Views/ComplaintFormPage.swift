import Domain
import Foundation

struct ComplaintChooserModel {
  let text: String
  let province: String
  let provinces: [(code: String, name: String)]
  let results: [(code: String, name: String, province: String, district: String)]
  let total: Int
}

/// `/complaints`: the channel for any organization — find it by name or province.
struct ComplaintChooserPage {
  let shell: PageShell
  let model: ComplaintChooserModel

  var html: HTML {
    Layout.page(shell) {
      H1("ร้องเรียนการทุจริตและประพฤติมิชอบ")
      Paragraph(
        "ช่องทางนี้แยกจากการร้องเรียนทั่วไป เพื่อคุ้มครองข้อมูลของผู้แจ้งเบาะแส ไม่ต้องมีบัญชีผู้ใช้ "
          + "เลือกองค์กรปกครองส่วนท้องถิ่นที่เรื่องเกิดขึ้น แล้วกรอกแบบร้องเรียน")
      Paragraph { Link("มีเลขรับเรื่องแล้ว? ติดตามเรื่องร้องเรียน", url: Paths.complaintFollow) }
      Form(url: Paths.complaints, method: .get) {
        FormField(label: "ชื่อองค์กร อำเภอ หรือรหัส", name: "q", value: model.text, hint: "เช่น หนองปรือ หรือ บางละมุง")
        SelectField(
          label: "จังหวัด", name: "province", options: [("", "ทุกจังหวัด")] + model.provinces.map { ($0.code, $0.name) },
          selected: model.province)
        Button("ค้นหา").attribute(named: "type", value: "submit").class("button primary")
      }.class("stacked")
      if !model.text.isEmpty || !model.province.isEmpty {
        if model.results.isEmpty {
          Paragraph("ไม่พบองค์กรที่ตรงกับคำค้น ลองพิมพ์เพียงบางส่วนของชื่อ")
        } else {
          Paragraph(
            "พบ \(model.total) แห่ง" + (model.total > model.results.count ? " (แสดง \(model.results.count) แห่งแรก)" : "")
          )
          List(model.results) { row in
            Div {
              Link(row.name, url: Paths.complaintForm(row.code))
              Span(" อ.\(row.district) จ.\(row.province)").class("hint")
            }
          }.class("plain-list")
        }
      }
    }
  }
}

struct ComplaintFormModel {
  let code: String
  let organizationName: String
  let provinceName: String
  let projects: [ComplaintFormQueries.Project]
  let hasOfficer: Bool
  let values: [String: String]
  let errors: FieldErrors
}

/// The filing form: plain Thai on what happens next, then the complaint, then who is filing.
struct ComplaintFormPage {
  let shell: PageShell
  let model: ComplaintFormModel

  static let order = [
    "concern", "concerns", "projectId", "details", "when", "where", "witnesses", "files", "name", "contact",
  ]

  var html: HTML {
    Layout.page(shell) {
      Paragraph {
        Link("ร้องเรียนการทุจริต", url: Paths.complaints); Text(" › " + model.organizationName)
      }
      .class("breadcrumbs")
      H1("ร้องเรียนการทุจริต: \(model.organizationName)")
      Div {
        H2("ก่อนกรอก")
        List([
          "เมื่อส่งเรื่องแล้ว ท่านจะได้ \"เลขรับเรื่อง\" 20 ตัว ซึ่งแสดงเพียงครั้งเดียว เป็นทางเดียวที่ใช้ติดตามเรื่อง กรุณาจดหรือพิมพ์เก็บไว้",
          "หน่วยงานต้องดำเนินการภายใน 15 วันนับแต่วันรับเรื่อง หากไม่ทันต้องชี้แจงเหตุให้ท่านทราบ ท่านดูความคืบหน้า ตอบคำถาม และส่งหลักฐานเพิ่มได้ด้วยเลขรับเรื่อง",
          "ถ้าระบุชื่อ ชื่อและที่อยู่ของท่านเป็นความลับทางราชการ เห็นได้เฉพาะผู้รับผิดชอบเรื่องนี้ และสำเนาที่ส่งให้ผู้บังคับบัญชาของผู้ถูกร้องตรวจสอบจะปิดชื่อท่านไว้",
          "เรื่องที่ไม่ระบุชื่อ (บัตรสนเท่ห์) จะรับพิจารณาเมื่อมีหลักฐานชัดแจ้ง หรือระบุพยานบุคคลแน่นอนเท่านั้น",
          "เรื่องที่เกี่ยวกับผู้บริหารของหน่วยงาน (นายก รองนายก ปลัด) จะส่งให้ผู้กำกับดูแลระดับจังหวัด\(model.provinceName) พิจารณาแทน ผู้ถูกร้องจะไม่เห็นเรื่อง",
          "ข้อมูลทั้งหมดเข้ารหัสก่อนเก็บ ระบบไม่บันทึกหมายเลขเครื่อง (IP) ของท่าน",
        ])
      }.class("explainer")
      if !model.hasOfficer {
        Paragraph(
          "หน่วยงานนี้ยังไม่ได้แต่งตั้งผู้รับผิดชอบเรื่องร้องเรียนในระบบ เรื่องที่ส่งจะเก็บไว้อย่างปลอดภัยจนกว่าจะมีผู้รับผิดชอบ "
            + "และผู้กำกับดูแลระดับจังหวัด\(model.provinceName)จะเห็นว่ามีเรื่องรออยู่ (ไม่เห็นเนื้อหา) "
            + "เรื่องที่เกี่ยวกับผู้บริหารส่งถึงผู้กำกับดูแลระดับจังหวัดได้ทันที"
        ).class("notice warning").attribute(named: "role", value: "note")
      }
      ErrorSummary(messages: Self.order.compactMap { model.errors[$0] })
      Form(url: Paths.complaintFile(model.code), method: .post, contentType: .multipartData) {
        CSRFField(token: shell.csrfToken)
        FieldSet {
          El("legend") { Text("เรื่องที่ร้องเรียน") }
          SelectField(
            label: "เรื่องนี้เกี่ยวกับ", name: "concern",
            options: ComplaintConcern.allCases.map { ($0.rawValue, $0.thaiName) },
            selected: model.values["concern"] ?? ComplaintConcern.person.rawValue, error: model.errors["concern"])
          FormField(
            label: "ร้องเรียนใครหรือเรื่องอะไร", name: "concerns", value: model.values["concerns"] ?? "",
            error: model.errors["concerns"], hint: "เช่น ตำแหน่งของผู้ถูกร้อง กองหรือสำนัก ชื่อโครงการ", required: true)
          if !model.projects.isEmpty {
            SelectField(
              label: "โครงการในแผนของหน่วยงาน (ถ้าเกี่ยว)", name: "projectId",
              options: [("", "— ไม่เกี่ยวกับโครงการในแผน —")] + model.projects.map { ($0.id.uuidString, $0.name) },
              selected: model.values["projectId"] ?? "", error: model.errors["projectId"])
          }
          Self.textArea("เกิดอะไรขึ้น *", "details", model, rows: 8)
          FormField(
            label: "เมื่อใด", name: "when", value: model.values["when"] ?? "", error: model.errors["when"],
            hint: "วันที่หรือช่วงเวลาโดยประมาณ")
          FormField(label: "ที่ไหน", name: "where", value: model.values["where"] ?? "", error: model.errors["where"])
          Self.textArea("พยานบุคคล (ถ้ามี)", "witnesses", model, rows: 3)
          Div {
            Label("หลักฐาน (รูปภาพ PDF Word หรือ Excel ไม่เกิน 5 ไฟล์ ไฟล์ละไม่เกิน 5 MB รวมไม่เกิน 12 MB)") {}
              .attribute(named: "for", value: "files")
            ComplaintFileInput()
            if let error = model.errors["files"] { Paragraph(error).class("field-error") }
          }.class(model.errors["files"] == nil ? "field" : "field has-error")
          Self.checkbox(
            "aboutExecutive", "เรื่องนี้เกี่ยวกับผู้บริหารของหน่วยงาน (นายก รองนายก ปลัด) — ส่งให้ผู้กำกับดูแลระดับจังหวัดแทน",
            model)
        }
        FieldSet {
          El("legend") { Text("ผู้ร้องเรียน") }
          Self.checkbox("anonymous", "ไม่ประสงค์ออกนาม (ไม่ต้องกรอกชื่อและช่องทางติดต่อ)", model)
          FormField(
            label: "ชื่อ-นามสกุล", name: "name", value: model.values["name"] ?? "", error: model.errors["name"],
            autocomplete: "off")
          FormField(
            label: "ช่องทางติดต่อกลับ", name: "contact", value: model.values["contact"] ?? "",
            error: model.errors["contact"], hint: "โทรศัพท์ อีเมล หรือที่อยู่ — เห็นได้เฉพาะผู้รับผิดชอบเรื่อง",
            autocomplete: "off")
        }
        Button("ส่งเรื่องร้องเรียน").attribute(named: "type", value: "submit").class("button primary")
      }.class("stacked complaint-form")
    }
  }

  static func textArea(_ label: String, _ name: String, _ model: ComplaintFormModel, rows: Int) -> Component {
    TextAreaField(label: label, name: name, value: model.values[name] ?? "", error: model.errors[name], rows: rows)
  }

  static func checkbox(_ name: String, _ label: String, _ model: ComplaintFormModel) -> Component {
    Label("") {
      Input(type: .checkbox, name: name, value: "1")
        .attribute(named: "checked", value: model.values[name] == "1" ? "checked" : "")
      Text(" " + label)
    }.class("check")
  }
}

/// The evidence file picker: the types accepted, and the limits app.js checks before sending.
struct ComplaintFileInput: Component {
  var body: Component {
    Input(type: .file, name: "files[]").id("files").attribute(named: "multiple", value: "multiple")
      .attribute(named: "accept", value: "image/jpeg,image/png,image/webp,application/pdf,.docx,.xlsx")
      .attribute(named: "data-max-bytes", value: String(ComplaintQueries.maxUpload.value - 64 * 1024))
      .attribute(named: "data-max-each", value: String(ComplaintQueries.maxFileBytes))
  }
}
