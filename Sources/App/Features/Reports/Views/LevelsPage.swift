import Domain

struct LevelsModel {
  struct Kind {
    let kind: RoundKind
    let rule: String
    let defaults: String
    let high: String
    let medium: String
    let errors: FieldErrors
  }
  let kinds: [Kind]
}

/// The thresholds of the implementation levels, one pair per round kind.
struct LevelsPage {
  let shell: PageShell
  let model: LevelsModel

  var html: HTML {
    Layout.page(shell) {
      Paragraph { Link("รอบการรายงาน", url: Paths.rounds) }.class("breadcrumbs")
      H1("เกณฑ์ระดับการนำแผนไปปฏิบัติ")
      Paragraph(
        "ระดับ (มาก / ปานกลาง / น้อย) คิดจากร้อยละการนำแผนไปปฏิบัติ ตามเกณฑ์ของรอบแต่ละแบบ: "
          + "ครึ่งปีแรก ดำเนินการได้ครึ่งหนึ่งถือว่าดี รายงานที่ส่งแล้วคงระดับตามเกณฑ์ในวันที่ส่ง")
      Form(url: Paths.levels, method: .post) {
        CSRFField(token: shell.csrfToken)
        for kind in model.kinds {
          H2(kind.kind.thaiName)
          Paragraph("ใช้อยู่: " + kind.rule).class("formula")
          ErrorSummary(messages: ["high", "medium"].compactMap { kind.errors[$0] })
          Div {
            FormField(
              label: "ระดับมาก ตั้งแต่ร้อยละ", name: "high_\(kind.kind.rawValue)", value: kind.high,
              error: kind.errors["high"], inputMode: "decimal")
            FormField(
              label: "ระดับปานกลาง ตั้งแต่ร้อยละ", name: "medium_\(kind.kind.rawValue)", value: kind.medium,
              error: kind.errors["medium"], hint: "ต่ำกว่านี้ = น้อย", inputMode: "decimal")
          }.class("filters")
          Paragraph("ค่าเริ่มต้นตามระบบของสำนักงาน ป.ป.ช.: " + kind.defaults).class("hint")
        }
        Button("บันทึกเกณฑ์").attribute(named: "type", value: "submit").class("button primary")
      }
    }
  }
}
