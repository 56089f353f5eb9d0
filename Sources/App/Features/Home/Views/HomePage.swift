import Domain

struct HomeModel {
  let organizations: Int
  let provinces: Int
  let user: NavUser?
  /// Reports waiting for this person: returned to the officer, or awaiting the executive.
  var reportTasks: [(label: String, path: String, detail: String)] = []
  /// Circulars waiting for this person's organization (or office): `CircularRoutes.homeBox`.
  var circulars: CircularHomeBox? = nil
}

struct HomePage {
  let shell: PageShell
  let model: HomeModel

  var html: HTML {
    Layout.page(shell) {
      H1("ระบบสุจริต")
      Paragraph(
        "ระบบติดตามแผนปฏิบัติการป้องกันการทุจริตขององค์กรปกครองส่วนท้องถิ่น ข้อมูลแผนและผลการดำเนินงานเปิดให้ประชาชนดูได้โดยไม่ต้องเข้าสู่ระบบ")
      Form(url: Paths.organizations, method: .get) {
        Div {
          FormField(label: "ค้นหา อปท. จากชื่อ รหัส อำเภอ หรือจังหวัด", name: "q", type: .search)
          Button("ค้นหา").attribute(named: "type", value: "submit").class("button primary")
        }.class("filters")
      }.attribute(named: "role", value: "search")
      Paragraph("องค์กรในระบบ \(model.organizations.formatted) แห่ง ใน \(model.provinces) จังหวัด").class("count")
      if !model.reportTasks.isEmpty {
        Div {
          H2("รายงานที่รอคุณ")
          List(model.reportTasks) { task in
            ListItem {
              Link(task.label, url: task.path)
              Paragraph(task.detail).class("hint")
            }
          }
        }.class("notice").attribute(named: "role", value: "status")
      }
      if let circulars = model.circulars { circulars }
      H2("สำหรับประชาชน")
      List(HomePage.publicLinks) { link in Link(link.label, url: link.href) }.class("tiles")
      if let user = model.user {
        H2("งานของคุณ")
        List(NavigationMenu.links(for: user).dropFirst()) { link in Link(link.label, url: link.href) }.class("tiles")
      } else {
        Paragraph {
          Text("เจ้าหน้าที่ อปท. และผู้กำกับดูแล: "); Link("เข้าสู่ระบบ", url: Paths.login)
        }
      }
    }
  }

  /// What anyone can read without an account.
  static let publicLinks: [(label: String, href: String)] = [
    ("ค้นหา อปท. และอ่านแผน รายงาน ผล ITA", Paths.organizations), ("ค้นหาโครงการทั่วประเทศ", Paths.projectSearch),
    ("ภาพรวมการรายงานทั้งประเทศ", Paths.areaNation), ("ข้อมูลเปิด (ดาวน์โหลด)", Paths.openData),
    ("ร้องเรียนการทุจริต", Paths.complaints), ("คลินิกส่งเสริมธรรมาภิบาล สำนักงาน ป.ป.ท.", Paths.clinic),
    ("ตรวจสอบใบประกาศนียบัตร ป.ป.ท.", Paths.certificateCheck), ("หนังสือเวียนเผยแพร่", Paths.publicCirculars),
  ]
}
