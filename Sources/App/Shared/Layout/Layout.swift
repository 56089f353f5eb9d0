/// The frame around every page: header with navigation, notice, content, footer.
enum Layout {
  static func page(_ shell: PageShell, @ComponentBuilder content: () -> Component) -> HTML {
    var head = HTML.Head(
      title: shell.title + " — ระบบสุจริต",
      meta: [
        ("viewport", "width=device-width, initial-scale=1"), ("csrf-token", shell.csrfToken),
        ("draft-owner", shell.user.map { String(Tokens.sha256("draft|" + $0.username).prefix(16)) } ?? "anonymous"),
      ],
      stylesheets: ["/static/app.css"], scripts: ["/static/app.js"])
    if let share = shell.share {
      head.meta.append(("description", share.description))
      head.properties = [
        ("og:type", "website"), ("og:site_name", "ระบบสุจริต"), ("og:title", shell.title),
        ("og:description", share.description), ("og:url", share.url), ("og:locale", "th_TH"),
      ]
      head.canonical = share.url
    }
    let main = content()
    return HTML(head: head) {
      header(shell)
      El("main") {
        if let help = shell.help { Paragraph { Link("วิธีใช้หน้านี้", url: help) }.class("page-help") }
        if let flash = shell.flash { Paragraph(flash).class("notice").attribute(named: "role", value: "status") }
        main
      }.id("content")
      Footer {
        Paragraph("ระบบสุจริต — ระบบติดตามแผนปฏิบัติการป้องกันการทุจริตขององค์กรปกครองส่วนท้องถิ่น (ซอฟต์แวร์เสรี)")
        Paragraph { Link("คู่มือการใช้งาน", url: Paths.guide) }
      }.class("site-footer")
    }
  }

  private static func header(_ shell: PageShell) -> Component {
    Header {
      Div {
        Link("สุจริต", url: Paths.home).class("brand")
        Navigation {
          List(NavigationMenu.links(for: shell.user)) { link in Link(link.label, url: link.href) }
        }.accessibilityLabel("เมนูหลัก")
        Div {
          if let user = shell.user {
            Span("\(user.displayName) · \(user.role.thaiName)").class("who")
            Link("รหัสผ่าน", url: Paths.setPassword)
            PostButton(action: Paths.logout, label: "ออกจากระบบ", csrfToken: shell.csrfToken, style: "link")
          } else {
            Link("เข้าสู่ระบบ", url: Paths.login).class("button")
          }
        }.class("account")
      }.class("bar")
    }.class("site-header")
  }
}
