import Domain
import Foundation

struct ActivationLetterModel {
  let organizationName: String?
  let displayName: String
  let role: Role
  let username: String
  let code: String
  let expiresAt: Date
  let loginURL: String

  /// "ABCDE-FGHJK": easier to read aloud over the phone.
  var groupedCode: String { String(code.prefix(5)) + "-" + String(code.dropFirst(5)) }
}

/// A printable letter with the one-time code. It is shown once; the code is not stored.
struct ActivationLetterPage {
  let shell: PageShell
  let model: ActivationLetterModel

  var html: HTML {
    Layout.page(shell) {
      Div {
        Paragraph("โปรดพิมพ์หรือบันทึกหน้านี้ทันที รหัสจะแสดงเพียงครั้งเดียว").class("notice")
        Button("พิมพ์หนังสือ").attribute(named: "type", value: "button").class("button primary").attribute(
          named: "data-print", value: "1")
      }.class("no-print")
      Article {
        H1("หนังสือแจ้งรหัสเปิดใช้งานระบบสุจริต")
        Paragraph("ระบบติดตามแผนปฏิบัติการป้องกันการทุจริตขององค์กรปกครองส่วนท้องถิ่น")
        DefinitionList(rows: [
          ("เรียน", model.displayName),
          ("หน่วยงาน", model.organizationName ?? "—"),
          ("บทบาท", model.role.thaiName),
          ("ชื่อผู้ใช้", model.username),
        ])
        Paragraph("รหัสเปิดใช้งาน").class("code-label")
        Paragraph(model.groupedCode).class("activation-code")
        Paragraph("ใช้ได้ครั้งเดียว ภายในวันที่ \(ThaiCalendar.longDate(model.expiresAt))")
        H2("ขั้นตอนการเข้าใช้งานครั้งแรก")
        El("ol") {
          ListItem("เปิด \(model.loginURL)")
          ListItem("กรอกชื่อผู้ใช้ \(model.username) และกรอกรหัสเปิดใช้งานข้างต้นในช่องรหัสผ่าน")
          ListItem("ตั้งรหัสผ่านของท่านเอง อย่างน้อย \(PasswordPolicy.minimumLength) ตัวอักษร")
        }
        Paragraph("หากรหัสหมดอายุหรือสูญหาย โปรดติดต่อผู้กำกับดูแลระดับจังหวัดเพื่อขอรหัสใหม่ อย่าเปิดเผยรหัสนี้แก่ผู้อื่น").class("hint")
      }.class("letter")
    }
  }
}
