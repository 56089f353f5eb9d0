import Domain
import Fluent
import Vapor

/// Account administration: lists, new accounts, disabling, and activation letters.
struct UserRoutes: RouteCollection {
  func boot(routes: any RoutesBuilder) throws {
    routes.get("admin", "users", use: listPage)
    routes.get("admin", "users", "new", use: newUserForm)
    routes.post("admin", "users", use: createUser)
    routes.post("admin", "users", ":id", "status", use: setStatus)
    routes.post("admin", "users", ":id", "activation", use: reissueActivation)
    routes.get("organizations", ":code", "accounts", use: organizationAccounts)
    routes.post("organizations", ":code", "accounts", use: createOrganizationAccount)
  }

  /// Own LAO staff, monitors whose area covers it, and national admins may see an LAO's accounts.
  static func canSeeAccounts(of place: OrganizationPlace, user: CurrentUser?) -> Bool {
    guard let user else { return false }
    return user.policy.canView(place)
  }

  func listPage(req: Request) async throws -> Response {
    let user = try req.requireUser()
    var filter = UserFilter()
    switch user.scope {
    case .nation: filter.provinceCode = req.query[String.self, at: "province"].flatMap { $0.isEmpty ? nil : $0 }
    case .province(let code) where user.role == .provincialMonitor: filter.provinceCode = code
    default: throw Forbidden.generic
    }
    filter.text = req.query[String.self, at: "q"] ?? ""
    filter.role = req.query[String.self, at: "role"].flatMap(Role.init(rawValue:))
    filter.paging = try req.paging(perPage: UserFilter.perPage)
    let found = try await UserQueries(db: req.db).list(filter)
    filter.paging = found.paging
    let model = UserListModel(
      filter: filter, users: found.users.map(UserListModel.Row.init), total: found.total,
      canManage: user.isNationalAdmin)
    return req.page(UserListPage(shell: req.shell("บัญชีผู้ใช้"), model: model).html)
  }

  func newUserForm(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    let model = NewUserModel(
      values: ["role": Role.provincialMonitor.rawValue], errors: FieldErrors(),
      provinces: try await provinceOptions(req))
    return req.page(NewUserPage(shell: req.shell("สร้างบัญชีผู้ใช้"), model: model).html)
  }

  func createUser(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    let form = try req.content.decode(NewUserForm.self)
    let (user, errors) = try await validate(form, on: req.db)
    guard let user, errors.isEmpty else {
      let model = NewUserModel(values: form.values, errors: errors, provinces: try await provinceOptions(req))
      return req.page(NewUserPage(shell: req.shell("สร้างบัญชีผู้ใช้"), model: model).html, status: .unprocessableEntity)
    }
    return try await createWithLetter(user, req: req)
  }

  func setStatus(req: Request) async throws -> Response {
    let admin = try req.requireNationalAdmin()
    let user = try await UserQueries(db: req.db).require(req.parameters.get("id", as: UUID.self))
    guard user.id != admin.id else { throw Abort(.badRequest, reason: "ไม่สามารถระงับบัญชีของตนเองได้") }
    let disable = try req.content.decode(StatusForm.self).disabled == "1"
    try await UserQueries(db: req.db).setDisabled(user, disable, actor: .of(req))
    let notice = disable ? "ระงับบัญชี \(user.username) แล้ว ผู้ใช้ถูกออกจากระบบทุกเครื่อง" : "เปิดใช้บัญชี \(user.username) แล้ว"
    return Flash.redirect(req, to: backTo(req, user), notice: notice)
  }

  func reissueActivation(req: Request) async throws -> Response {
    let issuer = try req.requireUser()
    let user = try await UserQueries(db: req.db).require(req.parameters.get("id", as: UUID.self))
    try await requireCanIssue(for: user, issuer: issuer, req: req)
    return try await letter(for: user, req: req)
  }

  func organizationAccounts(req: Request) async throws -> Response {
    let viewer = try req.requireUser()
    let record = try await OrganizationQueries(db: req.db).require(req.parameters.get("code") ?? "")
    guard Self.canSeeAccounts(of: record.place, user: viewer) else { throw Forbidden.outsideScope }
    return try await accountsPage(req, record, viewer: viewer, values: [:], errors: FieldErrors())
  }

  func createOrganizationAccount(req: Request) async throws -> Response {
    let issuer = try req.requireUser()
    let record = try await OrganizationQueries(db: req.db).require(req.parameters.get("code") ?? "")
    guard issuer.policy.canIssueActivation(for: record.place) else { throw Forbidden.outsideScope }
    let form = try req.content.decode(NewOrganizationAccountForm.self)
    let displayName = form.displayName.cleaned
    var errors = FieldErrors()
    let role = form.role.flatMap(Role.init(rawValue:))
    if role == nil || role?.isLAORole == false {
      errors["role"] = "กรุณาเลือกบทบาท: เจ้าหน้าที่ ผู้บริหาร หรือผู้รับผิดชอบเรื่องร้องเรียน อปท."
    }
    if displayName.isEmpty { errors["displayName"] = "กรุณากรอกชื่อ-นามสกุลของผู้ใช้" }
    if displayName.count > 120 { errors["displayName"] = "ชื่อยาวเกิน 120 ตัวอักษร" }
    guard let role, errors.isEmpty else {
      let values = ["role": form.role ?? "", "displayName": displayName, "position": form.position ?? ""]
      return try await accountsPage(req, record, viewer: issuer, values: values, errors: errors)
    }
    let username = try await UserQueries(db: req.db).nextUsername(for: record.organization.code, role: role)
    let user = User(username: username, displayName: displayName, role: role, orgCode: record.organization.code)
    user.position = form.position.cleaned.nonEmpty
    return try await createWithLetter(user, req: req)
  }

  // MARK: - Helpers

  /// The organization's accounts page; with errors (a refused new account) it answers 422.
  private func accountsPage(
    _ req: Request, _ record: OrganizationRecord, viewer: CurrentUser, values: [String: String], errors: FieldErrors
  ) async throws -> Response {
    let users = try await UserQueries(db: req.db).users(of: record.organization.code)
    let model = OrganizationAccountsModel(
      code: record.organization.code, name: record.organization.fullName, users: users.map(UserListModel.Row.init),
      canIssue: viewer.policy.canIssueActivation(for: record.place), canManage: viewer.isNationalAdmin,
      values: values, errors: errors)
    return req.page(
      OrganizationAccountsPage(shell: req.shell("บัญชีผู้ใช้ของ อปท."), model: model).html,
      status: errors.isEmpty ? .ok : .unprocessableEntity)
  }

  private func createWithLetter(_ user: User, req: Request) async throws -> Response {
    let validity = req.application.config.activationValidity
    let (code, expiresAt) = try await req.db.writeTransaction { db in
      try await UserQueries(db: db).create(user, actor: .of(req))
      return try await AccountQueries(db: db).issueActivation(for: user, by: .of(req), validity: validity)
    }
    return try await letterPage(user, code: code, expiresAt: expiresAt, req: req)
  }

  private func letter(for user: User, req: Request) async throws -> Response {
    let validity = req.application.config.activationValidity
    let (code, expiresAt) = try await req.db.writeTransaction { db in
      try await AccountQueries(db: db).issueActivation(for: user, by: .of(req), validity: validity)
    }
    return try await letterPage(user, code: code, expiresAt: expiresAt, req: req)
  }

  private func letterPage(_ user: User, code: String, expiresAt: Date, req: Request) async throws -> Response {
    let organization = try await user.orgCode.asyncMap { try await OrganizationQueries(db: req.db).record($0) } ?? nil
    let model = ActivationLetterModel(
      organizationName: organization?.organization.fullName, displayName: user.displayName, role: user.role,
      username: user.username, code: code, expiresAt: expiresAt,
      loginURL: req.application.config.publicURL + Paths.login)
    let response = req.page(ActivationLetterPage(shell: req.shell("หนังสือแจ้งรหัสเปิดใช้งาน"), model: model).html)
    response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
    return response
  }

  private func requireCanIssue(for user: User, issuer: CurrentUser, req: Request) async throws {
    if issuer.isNationalAdmin { return }
    guard user.role.isLAORole, let orgCode = user.orgCode,
      let record = try await OrganizationQueries(db: req.db).record(orgCode),
      issuer.policy.canIssueActivation(for: record.place)
    else { throw Forbidden.outsideScope }
  }

  private func backTo(_ req: Request, _ user: User) -> String {
    user.orgCode.map(Paths.organizationAccounts) ?? Paths.users
  }

  private func provinceOptions(_ req: Request) async throws -> [(code: String, name: String)] {
    try await ProvinceDirectory.load(on: req.db).sorted.map { ($0.id!, $0.nameTH) }
  }

  /// Checks the admin's new-account form against the data; nothing is written here.
  private func validate(_ form: NewUserForm, on db: Database) async throws -> (User?, FieldErrors) {
    var errors = FieldErrors()
    let displayName = form.displayName.cleaned
    if displayName.isEmpty { errors["displayName"] = "กรุณากรอกชื่อ-นามสกุลหรือชื่อหน่วยงาน" }
    guard let role = form.role.flatMap(Role.init(rawValue:)) else {
      errors["role"] = "กรุณาเลือกบทบาท"
      return (nil, errors)
    }
    let queries = UserQueries(db: db)
    var username = AccountQueries.normalize(form.username ?? "")
    let user = User(username: "", displayName: displayName, role: role)
    user.position = form.position.cleaned.nonEmpty
    switch role {
    case .laoOfficer, .laoExecutive, .complaintOfficer:
      let code = DLACode(form.orgCode ?? "")?.value
      if let code, try await Organization.find(code, on: db) != nil {
        user.orgCode = code
        if username.isEmpty { username = try await queries.nextUsername(for: code, role: role) }
      } else {
        errors["orgCode"] = "ไม่พบ อปท. รหัสนี้ กรุณากรอกรหัส 7 หลัก"
      }
    case .districtMonitor, .provincialMonitor:
      let province = form.provinceCode.cleaned
      if try await Province.find(province, on: db) == nil {
        errors["provinceCode"] = "กรุณาเลือกจังหวัด"
      } else {
        user.provinceCode = province
      }
      if role == .districtMonitor {
        let district = form.district.cleaned
        let known = user.provinceCode == nil ? false : try await queries.districtExists(district, in: province)
        if district.isEmpty || !known {
          errors["district"] = "ไม่พบอำเภอนี้ในจังหวัดที่เลือก (พิมพ์ชื่ออำเภอโดยไม่ต้องมีคำว่า \"อำเภอ\")"
        }
        user.district = district
      }
    case .regionalMonitor:
      if let region = Int(form.region ?? ""), NACCRegion.numbers.contains(region) {
        user.region = region
      } else {
        errors["region"] = "กรุณาเลือกสำนักงาน ป.ป.ช. ภาค 1–9"
      }
    case .paccRegionalOfficer:
      if let region = Int(form.region ?? ""), (1...9).contains(region) {
        user.region = region
      } else {
        errors["region"] = "กรุณาเลือกสำนักงาน ป.ป.ท. เขต 1–9"
      }
    case .nationalAdmin, .paccCentralOfficer:
      break
    }
    if username.isEmpty {
      errors["username"] = "กรุณากำหนดชื่อผู้ใช้"
    } else if username.count < 3 || username.count > 40
      || !username.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.@".contains($0)) })
    {
      errors["username"] = "ชื่อผู้ใช้ต้องยาว 3–40 ตัว ใช้ตัวอักษรภาษาอังกฤษ ตัวเลข และ - _ . @ เท่านั้น"
    } else if try await queries.usernameExists(username) {
      errors["username"] = "มีชื่อผู้ใช้นี้อยู่แล้ว"
    }
    user.username = username
    return (user, errors)
  }
}
