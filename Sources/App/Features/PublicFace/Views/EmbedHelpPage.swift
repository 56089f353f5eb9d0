import Domain

struct EmbedHelpModel {
  let code: String
  let name: String
  let widgetURL: String
  let badgeURL: String
  let pageURL: String

  var iframeSnippet: String {
    "<iframe src=\"\(widgetURL)\" title=\"ผลการป้องกันการทุจริต \(name)\" width=\"440\" height=\"230\" style=\"border:0\" loading=\"lazy\"></iframe>"
  }

  var badgeSnippet: String {
    "<a href=\"\(pageURL)\"><img src=\"\(badgeURL)\" alt=\"ผลการป้องกันการทุจริต \(name)\" width=\"320\" height=\"64\"></a>"
  }
}

/// How an LAO shows its figures on its own website: the widget and the badge, previewed,
/// with the HTML to copy.
struct EmbedHelpPage {
  let shell: PageShell
  let model: EmbedHelpModel

  var html: HTML {
    Layout.page(shell) {
      Paragraph { Link(model.name, url: Paths.organization(model.code)) }.class("breadcrumbs")
      H1("นำผลการป้องกันการทุจริตไปแสดงบนเว็บไซต์ของ \(model.name)")
      Paragraph("ตัวเลขปรับตามรายงานล่าสุดที่ผู้บริหารยืนยันและผล ITA ล่าสุดโดยอัตโนมัติ ผู้ชมคลิกเพื่ออ่านข้อมูลเต็มในระบบสุจริตได้")
      H2("วิดเจ็ต (กรอบในหน้าเว็บ)")
      El("iframe") {}
        .attribute(named: "src", value: Paths.widget(model.code))
        .attribute(named: "title", value: "ตัวอย่างวิดเจ็ตของ \(model.name)")
        .attribute(named: "width", value: "440").attribute(named: "height", value: "230")
        .class("widget-preview")
      Div {
        Label("โค้ด HTML สำหรับวิดเจ็ต") {}.attribute(named: "for", value: "iframe-code")
        TextArea(text: model.iframeSnippet, name: "iframe-code", numberOfRows: 3).id("iframe-code")
          .attribute(named: "readonly", value: "readonly")
      }.class("field")
      H2("ป้ายสรุปผล (รูปภาพ SVG)")
      Paragraph {
        Image(url: Paths.badge(model.code), description: "ป้ายสรุปผลของ \(model.name)")
      }
      Div {
        Label("โค้ด HTML สำหรับป้าย") {}.attribute(named: "for", value: "badge-code")
        TextArea(text: model.badgeSnippet, name: "badge-code", numberOfRows: 3).id("badge-code")
          .attribute(named: "readonly", value: "readonly")
      }.class("field")
    }
  }
}
