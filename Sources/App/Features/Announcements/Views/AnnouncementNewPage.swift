import Domain

struct AnnouncementNewModel {
  let code: String
  let organizationName: String
  let values: [String: String]
  let errors: FieldErrors
  let executiveName: String?
  let executivePosition: String?
  let canEditProfile: Bool
}

/// "สร้างประกาศจากแบบ": pick the kinds (all eight ticked), drafts are filled with the
/// organization's name and its executive from the profile.
struct AnnouncementNewPage {
  let shell: PageShell
  let model: AnnouncementNewModel

  var html: HTML {
    Layout.page(shell) {
      Paragraph {
        Link(model.organizationName, url: Paths.organization(model.code)); Text(" › ")
        Link("ประกาศมาตรการส่งเสริมคุณธรรม", url: Paths.announcements(model.code, fiscalYear: nil))
      }.class("breadcrumbs")
      H1("สร้างประกาศจากแบบ")
      Paragraph(
        "ระบบจะสร้างร่างประกาศตามแบบ โดยใส่ชื่อ \(model.organizationName) ปีงบประมาณ และชื่อผู้บริหารจากข้อมูลองค์กร "
          + "แก้ไขข้อความได้ก่อนพิมพ์เพื่อเสนอผู้บริหารลงนาม")
      if let name = model.executiveName {
        Paragraph("ผู้ลงนาม: \(name)" + (model.executivePosition.map { " ตำแหน่ง \($0)" } ?? "")).class("hint")
      } else {
        Div {
          Paragraph(
            "ยังไม่มีชื่อและตำแหน่งผู้บริหารในข้อมูลองค์กร ร่างประกาศจะเว้นช่องลงนามไว้ "
              + "กรุณากรอกข้อมูลผู้บริหารในข้อมูลองค์กร หรือกรอกชื่อผู้ลงนามในร่างแต่ละฉบับ")
          if model.canEditProfile { Link("แก้ไขข้อมูลองค์กร", url: Paths.organizationProfile(model.code)) }
        }.class("notice warning").attribute(named: "role", value: "note")
      }
      ErrorSummary(messages: ["kinds", "fiscalYear"].compactMap { model.errors[$0] })
      Form(url: Paths.announcements(model.code, fiscalYear: nil), method: .post) {
        CSRFField(token: shell.csrfToken)
        FormField(
          label: "ปีงบประมาณ พ.ศ.", name: "fiscalYear", value: model.values["fiscalYear"] ?? "",
          error: model.errors["fiscalYear"], required: true, inputMode: "numeric")
        FieldSet {
          El("legend") { Text("เรื่องที่จะสร้าง (ค่าเริ่มต้น: สร้างทั้ง 8 ฉบับ)") }
          if let error = model.errors["kinds"] { Paragraph(error).class("field-error") }
          Div {
            for kind in AnnouncementKind.allCases {
              Label("") {
                Input(type: .checkbox, name: AnnouncementFormFields.kind(kind), value: "1")
                  .attribute(
                    named: "checked", value: model.values[AnnouncementFormFields.kind(kind)] == "1" ? "checked" : "")
                Text(" " + (kind == .other ? "ประกาศหรือมาตรการอื่น (แบบทั่วไป)" : kind.thaiTitle))
              }.class("check")
            }
          }.class("checks")
        }
        Button("สร้างร่างประกาศ").attribute(named: "type", value: "submit").class("button primary")
      }.class("stacked")
    }
  }
}
