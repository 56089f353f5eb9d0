import Domain

struct NewPeriodModel {
  let values: [String: String]
  let errors: FieldErrors
  let periods: [(code: String, name: String)]
}

struct NewPeriodPage {
  let shell: PageShell
  let model: NewPeriodModel

  var html: HTML {
    Layout.page(shell) {
      H1("เพิ่มช่วงแผนปฏิบัติการ")
      ErrorSummary(messages: model.errors.messages.keys.sorted().compactMap { model.errors[$0] })
      Form(url: Paths.frameworks, method: .post) {
        CSRFField(token: shell.csrfToken)
        FormField(
          label: "ปีงบประมาณเริ่มต้น (พ.ศ.)", name: "startYear", value: model.values["startYear"] ?? "",
          error: model.errors["startYear"], required: true, inputMode: "numeric")
        FormField(
          label: "ปีงบประมาณสิ้นสุด (พ.ศ.)", name: "endYear", value: model.values["endYear"] ?? "",
          error: model.errors["endYear"], required: true, inputMode: "numeric")
        FormField(
          label: "ชื่อแผน", name: "name", value: model.values["name"] ?? "",
          hint: "เว้นว่างได้ ระบบจะตั้งชื่อ \"แผนปฏิบัติการป้องกันการทุจริต พ.ศ. …\"")
        SelectField(
          label: "คัดลอกมิติและภารกิจจาก", name: "copyFrom",
          options: [("", "ไม่คัดลอก (เริ่มว่าง)")] + model.periods.map { ($0.code, $0.name) },
          selected: model.values["copyFrom"] ?? "")
        Button("เพิ่มช่วงแผน").attribute(named: "type", value: "submit").class("button primary")
      }.class("stacked")
    }
  }
}
