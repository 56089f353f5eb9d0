import Domain
import Fluent
import Vapor

/// Sign in (password or one-time activation code), sign out, set or change the password.
struct AccountRoutes: RouteCollection {
  func boot(routes: any RoutesBuilder) throws {
    routes.get("login", use: loginForm)
    routes.post("login", use: login)
    routes.post("logout", use: logout)
    routes.get("account", "password", use: passwordForm)
    routes.post("account", "password", use: changePassword)
  }

  func loginForm(req: Request) async throws -> Response {
    if req.currentUser != nil { return req.redirect(to: Paths.home) }
    let model = LoginModel(username: "", next: Paths.safeNext(req.query[String.self, at: "next"]), error: nil)
    return req.page(LoginPage(shell: req.shell("เข้าสู่ระบบ"), model: model).html)
  }

  func login(req: Request) async throws -> Response {
    let form = try req.content.decode(LoginForm.self)
    let username = AccountQueries.normalize(form.username ?? "")
    let secret = form.secret ?? ""
    let next = Paths.safeNext(form.next)
    func refuse(_ message: String, _ status: HTTPStatus) -> Response {
      let model = LoginModel(username: form.username ?? "", next: next, error: message)
      return req.page(LoginPage(shell: req.shell("เข้าสู่ระบบ"), model: model).html, status: status)
    }
    guard !username.isEmpty, !secret.isEmpty else {
      return refuse("กรุณากรอกชื่อผู้ใช้และรหัสผ่าน (หรือรหัสเปิดใช้งาน)", .unprocessableEntity)
    }
    guard username.count <= 64, secret.count <= 200 else {
      return refuse(Self.wrongCredentials, .unauthorized)
    }
    let queries = AccountQueries(db: req.db)
    let address = req.clientAddress
    let throttle = LoginThrottleQueries(db: req.db, policy: req.application.config.throttle)
    if let wait = try await throttle.admit(username: username, address: address) {
      let response = refuse(LoginThrottlePolicy.blockedMessage(wait: wait), .tooManyRequests)
      response.headers.replaceOrAdd(name: .retryAfter, value: String(Int(wait.rounded(.up))))
      return response
    }

    let user = try await queries.user(named: username)
    var passwordMatches = false
    if let hash = user?.passwordHash {
      passwordMatches = (try? await req.password.async.verify(secret, created: hash).get()) ?? false
    } else {
      _ = try? await req.password.async.verify(secret, created: req.application.config.decoyHash).get()
    }
    let activation =
      try await user.asyncMap { user in
        passwordMatches ? nil : try await queries.matchingActivation(for: user, typed: secret)
      } ?? nil

    // A disabled account answers exactly like a wrong password: the answer must not tell
    // someone guessing that the password was right.
    guard let user, passwordMatches || activation != nil, !user.isDisabled else {
      return refuse(Self.wrongCredentials, .unauthorized)
    }

    let maxAge = req.application.config.sessionMaxAge
    let token = try await req.db.writeTransaction { db -> String in
      let queries = AccountQueries(db: db)
      try await LoginThrottleQueries(db: db, policy: req.application.config.throttle)
        .succeeded(username: username, address: address)
      if LoginThrottleQueries.isPurgeTurn() { try await queries.purgeExpiredSessions() }
      if let activation {
        activation.usedAt = Date()
        try await activation.update(on: db)
        user.mustSetPassword = true
      }
      user.lastLoginAt = Date()
      try await user.update(on: db)
      let actor = AuditActor(id: user.id, name: "\(user.displayName) (\(user.username))", address: address)
      try await AuditLog.record(
        on: db, actor: actor, action: activation == nil ? "เข้าสู่ระบบ" : "เข้าสู่ระบบด้วยรหัสเปิดใช้งาน",
        entity: "user", entityID: user.username, orgCode: user.orgCode)
      return try await queries.startSession(for: user, maxAge: maxAge)
    }
    let response = req.redirect(to: user.mustSetPassword ? Paths.setPassword : (next ?? Paths.home))
    response.cookies[SessionAuthenticator.cookieName] = HTTPCookies.Value(
      string: token, path: "/", isSecure: req.application.config.secureCookies, isHTTPOnly: true, sameSite: .lax)
    return response
  }

  static let wrongCredentials =
    "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง (หากบัญชีถูกระงับ กรุณาติดต่อสำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดหรือผู้ดูแลระบบ)"

  func logout(req: Request) async throws -> Response {
    if let user = req.currentUser {
      try await req.db.writeTransaction { db in
        try await AccountQueries(db: db).endSession(tokenHash: user.sessionTokenHash)
        try await AuditLog.record(
          on: db, actor: .of(req), action: "ออกจากระบบ", entity: "user", entityID: user.username, orgCode: user.orgCode)
      }
    }
    let response = Flash.redirect(req, to: Paths.login, notice: "ออกจากระบบแล้ว")
    response.cookies[SessionAuthenticator.cookieName] = HTTPCookies.Value(
      string: "", expires: Date(timeIntervalSince1970: 0), path: "/", isHTTPOnly: true)
    return response
  }

  func passwordForm(req: Request) async throws -> Response {
    let user = try req.requireUser()
    let model = PasswordModel(firstTime: user.mustSetPassword, username: user.username, errors: FieldErrors())
    return req.page(PasswordPage(shell: req.shell(model.title), model: model).html)
  }

  func changePassword(req: Request) async throws -> Response {
    let current = try req.requireUser()
    let form = try req.content.decode(PasswordForm.self)
    guard let user = try await User.find(current.id, on: req.db) else { throw Abort(.unauthorized) }
    var errors = FieldErrors()
    if !current.mustSetPassword {
      let matches =
        try await user.passwordHash.asyncMap {
          try await req.password.async.verify(form.current ?? "", created: $0).get()
        } ?? false
      if !matches { errors["current"] = "รหัสผ่านปัจจุบันไม่ถูกต้อง" }
    }
    if let problem = PasswordPolicy.problem(
      password: form.password ?? "", confirmation: form.confirmation ?? "", username: user.username)
    {
      errors["password"] = problem
    }
    if errors["password"] == nil, try await AccountQueries(db: req.db).isActivationCode(form.password ?? "", of: user) {
      errors["password"] = "รหัสผ่านต้องไม่ใช่รหัสเปิดใช้งานที่ได้รับ กรุณาตั้งรหัสผ่านใหม่ของท่านเอง"
    }
    guard errors.isEmpty else {
      let model = PasswordModel(firstTime: current.mustSetPassword, username: user.username, errors: errors)
      return req.page(PasswordPage(shell: req.shell(model.title), model: model).html, status: .unprocessableEntity)
    }
    let hash = try await req.password.async.hash(form.password ?? "").get()
    try await req.db.writeTransaction { db in
      user.passwordHash = hash
      user.mustSetPassword = false
      try await user.update(on: db)
      try await AccountQueries(db: db).endSessions(of: current.id, except: current.sessionTokenHash)
      try await AuditLog.record(
        on: db, actor: .of(req), action: current.mustSetPassword ? "ตั้งรหัสผ่านครั้งแรก" : "เปลี่ยนรหัสผ่าน",
        entity: "user", entityID: user.username, orgCode: user.orgCode)
    }
    return Flash.redirect(req, to: Paths.home, notice: "บันทึกรหัสผ่านใหม่แล้ว")
  }
}
