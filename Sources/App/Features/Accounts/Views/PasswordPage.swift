import Domain

struct PasswordModel {
  let firstTime: Bool
  let username: String
  let errors: FieldErrors

  var title: String { firstTime ? "ตั้งรหัสผ่าน" : "เปลี่ยนรหัสผ่าน" }
}

struct PasswordPage {
  let shell: PageShell
  let model: PasswordModel

  var html: HTML {
    Layout.page(shell) {
      Div {
        H1(model.title)
        if model.firstTime {
          Paragraph("ยินดีต้อนรับ กรุณาตั้งรหัสผ่านของคุณเองก่อนเริ่มใช้งาน รหัสเปิดใช้งานจากหนังสือแจ้งใช้ได้ครั้งเดียว")
        }
        Form(url: Paths.setPassword, method: .post) {
          CSRFField(token: shell.csrfToken)
          Input(type: .hidden, name: "username", value: model.username).attribute(
            named: "autocomplete", value: "username")
          if !model.firstTime {
            FormField(
              label: "รหัสผ่านปัจจุบัน", name: "current", error: model.errors["current"], type: .password,
              required: true, autocomplete: "current-password")
          }
          FormField(
            label: "รหัสผ่านใหม่", name: "password", error: model.errors["password"], type: .password,
            hint: "อย่างน้อย \(PasswordPolicy.minimumLength) ตัวอักษร และต้องไม่มีชื่อผู้ใช้หรือรหัส อปท. อยู่ในนั้น",
            required: true, autocomplete: "new-password")
          FormField(
            label: "ยืนยันรหัสผ่านใหม่", name: "confirmation", type: .password, required: true, autocomplete: "new-password")
          Button("บันทึกรหัสผ่าน").attribute(named: "type", value: "submit").class("button primary")
        }.class("stacked")
      }.class("narrow")
    }
  }
}
