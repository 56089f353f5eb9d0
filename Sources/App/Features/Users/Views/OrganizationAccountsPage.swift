import Domain

struct OrganizationAccountsModel {
  let code: String
  let name: String
  let users: [UserListModel.Row]
  let canIssue: Bool
  let canManage: Bool
  let values: [String: String]
  let errors: FieldErrors
}

/// An LAO's accounts; provincial monitors and national admins issue activation letters here.
struct OrganizationAccountsPage {
  let shell: PageShell
  let model: OrganizationAccountsModel

  var html: HTML {
    Layout.page(shell) {
      Paragraph { Link(model.name, url: Paths.organization(model.code)) }.class("breadcrumbs")
      H1("บัญชีผู้ใช้ของ \(model.name)")
      if model.users.isEmpty {
        Paragraph("ยังไม่มีบัญชีผู้ใช้").class("count")
      } else {
        UserTable(rows: model.users, csrfToken: shell.csrfToken, canManage: model.canManage, canIssue: model.canIssue)
      }
      if model.canIssue {
        H2("เพิ่มผู้ใช้และออกรหัสเปิดใช้งาน")
        ErrorSummary(messages: model.errors.messages.keys.sorted().compactMap { model.errors[$0] })
        Form(url: Paths.organizationAccounts(model.code), method: .post) {
          CSRFField(token: shell.csrfToken)
          SelectField(
            label: "บทบาท", name: "role",
            options: [
              (Role.laoOfficer.rawValue, Role.laoOfficer.thaiName),
              (Role.laoExecutive.rawValue, Role.laoExecutive.thaiName),
              (Role.complaintOfficer.rawValue, Role.complaintOfficer.thaiName),
            ],
            selected: model.values["role"] ?? "", error: model.errors["role"])
          FormField(
            label: "ชื่อ-นามสกุล", name: "displayName", value: model.values["displayName"] ?? "",
            error: model.errors["displayName"], required: true)
          FormField(
            label: "ตำแหน่ง", name: "position", value: model.values["position"] ?? "", hint: "เช่น นิติกร หรือ นายกเทศมนตรี")
          Button("สร้างบัญชีและพิมพ์หนังสือแจ้ง").attribute(named: "type", value: "submit").class("button primary")
        }.class("stacked")
      }
    }
  }
}
