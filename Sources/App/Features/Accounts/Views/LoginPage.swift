struct LoginModel {
  let username: String
  let next: String?
  let error: String?
}

/// One form for both: a password, or on first use the activation code from the letter.
struct LoginPage {
  let shell: PageShell
  let model: LoginModel

  var html: HTML {
    Layout.page(shell) {
      Div {
        H1("เข้าสู่ระบบ")
        if let error = model.error { Paragraph(error).class("error-summary").attribute(named: "role", value: "alert") }
        Form(url: Paths.login, method: .post) {
          CSRFField(token: shell.csrfToken)
          if let next = model.next { Input(type: .hidden, name: "next", value: next) }
          FormField(
            label: "ชื่อผู้ใช้", name: "username", value: model.username, hint: "เจ้าหน้าที่ อปท. ใช้รหัส อปท. 7 หลัก",
            required: true, autocomplete: "username")
          FormField(
            label: "รหัสผ่าน หรือ รหัสเปิดใช้งาน", name: "secret", type: .password,
            hint: "ใช้งานครั้งแรก: กรอกรหัสเปิดใช้งานจากหนังสือแจ้ง แล้วระบบจะให้ตั้งรหัสผ่านใหม่",
            required: true, autocomplete: "current-password")
          Button("เข้าสู่ระบบ").attribute(named: "type", value: "submit").class("button primary")
        }.class("stacked")
        Paragraph(
          "ลืมรหัสผ่านหรือยังไม่มีรหัสเปิดใช้งาน: ติดต่อสำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด หรือสำนักงาน ป.ป.ช. ประจำจังหวัด เพื่อขอรหัสเปิดใช้งานใหม่"
        )
        .class("hint")
      }.class("narrow")
    }
  }
}
