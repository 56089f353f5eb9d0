import Domain
import Foundation

struct PaccClinicPublicModel {
  let faqs: [PaccConsultation]
  let provinces: [(value: String, label: String)]
  let values: [String: String]
  let errors: FieldErrors
  let sent: Bool
}

/// `/clinic`: frequent questions with their answers, and the request form.
struct PaccClinicPublicPage {
  let shell: PageShell
  let model: PaccClinicPublicModel

  var html: HTML {
    let values = model.values
    return Layout.page(shell) {
      H1("คลินิกส่งเสริมธรรมาภิบาลต่อต้านการทุจริต สำนักงาน ป.ป.ท.")
      Paragraph(
        "ให้คำปรึกษา แนะนำ และช่วยเหลือหน่วยงานภาครัฐ เจ้าหน้าที่ของรัฐ และภาคประชาสังคม เรื่องการประเมิน ITA นโยบาย No Gift Policy ผลประโยชน์ทับซ้อน การจัดซื้อจัดจ้าง และอื่น ๆ"
      )
      Paragraph("หากต้องการแจ้งเบาะแสหรือร้องเรียนการทุจริต กรุณาใช้ช่องทางร้องเรียนของหน่วยงาน ซึ่งปกปิดตัวผู้ร้อง").class("hint")
      H2("คำถามที่พบบ่อย")
      if model.faqs.isEmpty { Paragraph("ยังไม่มีคำถามที่เผยแพร่").class("empty") }
      for topic in PaccClinicTopic.allCases {
        let items = model.faqs.filter { $0.topic == topic }
        if !items.isEmpty {
          H3(topic.thaiName)
          for item in items {
            El("details") {
              El("summary") { Text(item.faqQuestion ?? "") }
              Paragraph(item.faqAnswer ?? "").class("prewrap")
            }
          }
        }
      }
      H2("ขอรับคำปรึกษา")
      ErrorSummary(messages: model.errors.messages.values.sorted())
      Form(url: Paths.clinic, method: .post) {
        CSRFField(token: shell.csrfToken)
        FormOrigin(path: Paths.clinic)
        FormField(
          label: "หน่วยงาน", name: "unitName", value: values["unitName"] ?? "", error: model.errors["unitName"],
          required: true)
        SelectField(
          label: "จังหวัดของหน่วยงาน", name: "province", options: [("", "— เลือก —")] + model.provinces,
          selected: values["province"] ?? "", error: model.errors["province"])
        FormField(
          label: "ชื่อผู้ขอรับคำปรึกษา", name: "requesterName", value: values["requesterName"] ?? "",
          error: model.errors["requesterName"], required: true, autocomplete: "name")
        FormField(
          label: "โทรศัพท์หรืออีเมลสำหรับติดต่อกลับ", name: "contact", value: values["contact"] ?? "",
          error: model.errors["contact"], required: true)
        SelectField(
          label: "หัวข้อ", name: "topic",
          options: [("", "— เลือก —")] + PaccClinicTopic.allCases.map { ($0.rawValue, $0.thaiName) },
          selected: values["topic"] ?? "", error: model.errors["topic"])
        TextAreaField(
          label: "คำถาม", name: "question", value: values["question"] ?? "", error: model.errors["question"], rows: 6)
        Button("ส่งคำขอ").attribute(named: "type", value: "submit").class("button primary")
      }.class("stacked")
    }
  }
}

/// `/pacc/clinic`: the office's requests.
struct PaccClinicListPage {
  let shell: PageShell
  let items: [PaccConsultation]
  let state: PaccClinicState?

  var html: HTML {
    Layout.page(shell) {
      Paragraph { Link("โครงการเฝ้าระวังการทุจริตเชิงรุก", url: Paths.pacc) }.class("breadcrumbs")
      H1("คลินิกส่งเสริมธรรมาภิบาลต่อต้านการทุจริต")
      Navigation {
        Link("ทั้งหมด", url: Paths.paccClinic)
        for option in PaccClinicState.allCases {
          Link(option.thaiName, url: Paths.withQuery(Paths.paccClinic, [("state", option.rawValue)]))
        }
      }.class("tabs")
      if items.isEmpty { Paragraph("ไม่มีคำขอ").class("empty") }
      if !items.isEmpty {
        Table(
          header: TableRow {
            for heading in ["วันที่", "หน่วยงาน", "หัวข้อ", "สำนักงาน", "สถานะ"] { TableHeaderCell(heading) }
          },
          rows: {
            for item in items {
              TableRow {
                TableCell(item.createdAt.map { ThaiCalendar.shortDate($0) } ?? "")
                TableCell { Link(item.unitName, url: Paths.paccConsultation(item.id ?? UUID())) }
                TableCell(item.topic.thaiName)
                TableCell(item.paccOffice.shortName)
                TableCell(item.state.thaiName).class(item.state == .received ? "status bad" : "status")
              }
            }
          }
        ).class("data")
      }
    }
  }
}

/// One request: what was asked, the answer, follow-up, FAQ publication.
struct PaccConsultationPage {
  let shell: PageShell
  let item: PaccConsultation
  let values: [String: String]
  let errors: FieldErrors

  var html: HTML {
    let path = Paths.paccConsultation(item.id ?? UUID())
    let value = { (key: String, stored: String?) in values[key] ?? stored ?? "" }
    return Layout.page(shell) {
      Paragraph { Link("คลินิกธรรมาภิบาล", url: Paths.paccClinic) }.class("breadcrumbs")
      H1("คำขอรับคำปรึกษา: \(item.topic.thaiName)")
      El("dl") {
        for (term, text) in [
          ("หน่วยงาน", item.unitName), ("ผู้ขอ", item.requesterName), ("ติดต่อ", item.contact),
          ("สำนักงานที่รับผิดชอบ", item.paccOffice.fullName), ("คำถาม", item.question),
        ] {
          El("dt") { Text(term) }
          El("dd") { Text(text) }
        }
      }.class("facts")
      ErrorSummary(messages: errors.messages.values.sorted())
      Form(url: path, method: .post) {
        CSRFField(token: shell.csrfToken)
        FormOrigin(path: path)
        TextAreaField(label: "คำตอบ/คำแนะนำที่ให้", name: "answer", value: value("answer", item.answer), rows: 6)
        TextAreaField(label: "การติดตามผล", name: "followUp", value: value("followUp", item.followUp), rows: 3)
        SelectField(
          label: "สถานะ", name: "state", options: PaccClinicState.allCases.map { ($0.rawValue, $0.thaiName) },
          selected: value("state", item.stateKey), error: errors["state"])
        Label("เผยแพร่เป็นคำถามที่พบบ่อย (ไม่ระบุตัวผู้ถาม)") {
          Input(type: .checkbox, name: "faq", value: "1")
            .attribute(named: "checked", value: (values["faq"] ?? (item.faq ? "1" : "")) == "1" ? "checked" : "")
        }.class("check")
        FormField(
          label: "คำถามที่เผยแพร่", name: "faqQuestion", value: value("faqQuestion", item.faqQuestion),
          error: errors["faqQuestion"])
        TextAreaField(label: "คำตอบที่เผยแพร่", name: "faqAnswer", value: value("faqAnswer", item.faqAnswer), rows: 4)
        Button("บันทึก").attribute(named: "type", value: "submit").class("button primary")
      }.class("stacked")
    }
  }
}
