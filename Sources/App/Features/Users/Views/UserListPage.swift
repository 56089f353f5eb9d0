import Domain
import Foundation

struct UserListModel {
  struct Row {
    let id: UUID
    let username: String
    let displayName: String
    let role: Role
    let area: String
    let isDisabled: Bool
    let awaitingActivation: Bool
    let lastLogin: Date?

    init(_ user: User) {
      id = user.id!
      username = user.username
      displayName = user.displayName + (user.position.map { " (\($0))" } ?? "")
      role = user.role
      area =
        user.orgCode ?? user.district.map { "อำเภอ\($0)" } ?? user.provinceCode.map { "จังหวัดรหัส \($0)" }
        ?? user.region.map { user.role == .paccRegionalOfficer ? "ปปท. เขต \($0)" : "ภาค \($0)" } ?? "ทั่วประเทศ"
      isDisabled = user.isDisabled
      awaitingActivation = user.passwordHash == nil
      lastLogin = user.lastLoginAt
    }

    var status: String {
      isDisabled ? "ระงับ" : awaitingActivation ? "รอเปิดใช้งาน" : "ใช้งาน"
    }
  }

  let filter: UserFilter
  let users: [Row]
  let total: Int
  let canManage: Bool
}

struct UserListPage {
  let shell: PageShell
  let model: UserListModel

  var html: HTML {
    Layout.page(shell) {
      H1("บัญชีผู้ใช้ (\(model.total.formatted))")
      if model.canManage { Paragraph { Link("+ สร้างบัญชีผู้ใช้", url: Paths.newUser).class("button") } }
      Form(url: Paths.users, method: .get) {
        Div {
          FormField(label: "ชื่อผู้ใช้หรือชื่อ", name: "q", value: model.filter.text, type: .search)
          SelectField(
            label: "บทบาท", name: "role", options: [("", "ทุกบทบาท")] + Role.allCases.map { ($0.rawValue, $0.thaiName) },
            selected: model.filter.role?.rawValue ?? "")
          Button("ค้นหา").attribute(named: "type", value: "submit").class("button")
        }.class("filters")
      }
      UserTable(rows: model.users, csrfToken: shell.csrfToken, canManage: model.canManage, canIssue: true)
      Pager(page: model.filter.paging.page, pageCount: model.filter.paging.pageCount(total: model.total)) { page in
        Paths.withQuery(
          Paths.users, [("q", model.filter.text), ("role", model.filter.role?.rawValue ?? ""), ("page", String(page))])
      }
    }
  }
}

/// Accounts with their status and the actions the viewer may take.
struct UserTable: Component {
  let rows: [UserListModel.Row]
  let csrfToken: String
  let canManage: Bool
  let canIssue: Bool

  var body: Component {
    Table(
      header: TableRow {
        TableHeaderCell("ชื่อผู้ใช้")
        TableHeaderCell("ชื่อ")
        TableHeaderCell("บทบาท")
        TableHeaderCell("พื้นที่")
        TableHeaderCell("สถานะ")
        TableHeaderCell("เข้าระบบล่าสุด")
        TableHeaderCell("")
      },
      rows: {
        for row in rows {
          TableRow {
            TableCell(row.username).class("code")
            TableCell(row.displayName)
            TableCell(row.role.thaiName)
            TableCell(row.area)
            TableCell(row.status).class(row.isDisabled ? "status bad" : "status")
            TableCell(row.lastLogin.map(ThaiCalendar.shortDateTime) ?? "—")
            TableCell {
              if canIssue {
                PostButton(
                  action: Paths.userActivation(row.id), label: "ออกรหัสเปิดใช้งานใหม่", csrfToken: csrfToken,
                  style: "button small",
                  confirm: "ออกรหัสเปิดใช้งานใหม่ให้ \(row.username)? รหัสเดิมที่ยังไม่ได้ใช้จะใช้ไม่ได้อีก")
              }
              if canManage {
                Form(url: Paths.userStatus(row.id), method: .post) {
                  CSRFField(token: csrfToken)
                  Input(type: .hidden, name: "disabled", value: row.isDisabled ? "0" : "1")
                  Button(row.isDisabled ? "เปิดใช้" : "ระงับ").attribute(named: "type", value: "submit").class(
                    "button small"
                  )
                  .attribute(named: "data-confirm", value: row.isDisabled ? "" : "ระงับบัญชี \(row.username)?")
                }.class("inline")
              }
            }
          }
        }
      }
    ).class("data")
  }
}
