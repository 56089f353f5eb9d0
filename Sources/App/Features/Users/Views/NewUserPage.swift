import Domain

struct NewUserModel {
  let values: [String: String]
  let errors: FieldErrors
  let provinces: [(code: String, name: String)]
}

/// National admin creates any account; the activation letter follows.
struct NewUserPage {
  let shell: PageShell
  let model: NewUserModel

  var html: HTML {
    let values = model.values
    let errors = model.errors
    return Layout.page(shell) {
      H1("สร้างบัญชีผู้ใช้")
      ErrorSummary(messages: errors.messages.keys.sorted().compactMap { errors[$0] })
      Form(url: Paths.users, method: .post) {
        CSRFField(token: shell.csrfToken)
        SelectField(
          label: "บทบาท", name: "role", options: Role.allCases.map { ($0.rawValue, $0.thaiName) },
          selected: values["role"] ?? "", error: errors["role"])
        FormField(
          label: "ชื่อ-นามสกุล หรือชื่อหน่วยงาน", name: "displayName", value: values["displayName"] ?? "",
          error: errors["displayName"], required: true)
        FormField(label: "ตำแหน่ง", name: "position", value: values["position"] ?? "")
        FormField(
          label: "ชื่อผู้ใช้", name: "username", value: values["username"] ?? "", error: errors["username"],
          hint: "สำหรับบัญชี อปท. เว้นว่างได้ ระบบจะใช้รหัส อปท.")
        FieldSet {
          El("legend") { Text("พื้นที่รับผิดชอบ (กรอกเฉพาะที่ตรงกับบทบาท)") }
          FormField(
            label: "รหัส อปท. 7 หลัก (เจ้าหน้าที่/ผู้บริหาร อปท.)", name: "orgCode", value: values["orgCode"] ?? "",
            error: errors["orgCode"], inputMode: "numeric")
          SelectField(
            label: "จังหวัด (ผู้กำกับดูแลระดับจังหวัด/อำเภอ)", name: "provinceCode",
            options: [("", "—")] + model.provinces.map { ($0.code, $0.name) },
            selected: values["provinceCode"] ?? "", error: errors["provinceCode"])
          FormField(
            label: "อำเภอ (ผู้กำกับดูแลระดับอำเภอ)", name: "district", value: values["district"] ?? "",
            error: errors["district"])
          SelectField(
            label: "สำนักงาน ป.ป.ช. ภาค (ผู้กำกับดูแลระดับภาค) หรือ ปปท. เขต (เจ้าหน้าที่ ปปท. เขต)", name: "region",
            options: [("", "—")] + NACCRegion.numbers.map { (String($0), NACCRegion.name($0)) },
            selected: values["region"] ?? "", error: errors["region"])
        }
        Button("สร้างบัญชีและออกหนังสือแจ้งรหัส").attribute(named: "type", value: "submit").class("button primary")
      }.class("stacked")
    }
  }
}
