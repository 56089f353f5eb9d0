import Fluent
import SQLKit
import XCTVapor

@testable import App

final class AccountTests: XCTestCase {
  func testPasswordLoginStartsASessionThatShowsTheUser() async throws {
    try await withApp { app in
      let browser = Browser(app)
      let response = try await browser.login("chonburi", Fixtures.password)
      XCTAssertEqual(response.status, .seeOther)
      XCTAssertEqual(response.location, "/")
      let home = try await browser.get("/")
      XCTAssertContains(home.body.string, "ผู้กำกับดูแลระดับจังหวัด")
      XCTAssertContains(home.body.string, "ออกจากระบบ")
    }
  }

  func testWrongPasswordIsRefusedInThaiWithoutASession() async throws {
    try await withApp { app in
      let browser = Browser(app)
      let response = try await browser.login("chonburi", "not-the-password")
      XCTAssertEqual(response.status, .unauthorized)
      XCTAssertContains(response.body.string, "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง")
      XCTAssertContains(response.body.string, "value=\"chonburi\"")
      XCTAssertNil(browser.cookies[SessionAuthenticator.cookieName])
    }
  }

  func testLoginWithoutCSRFTokenIsForbidden() async throws {
    try await withApp { app in
      let response = try await Browser(app).post(
        Paths.login, ["username": "admin", "secret": Fixtures.password], csrf: false)
      XCTAssertEqual(response.status, .forbidden)
      XCTAssertContains(response.body.string, "แบบฟอร์มนี้หมดอายุ")
    }
  }

  func testFailedLoginsFromOneAddressAreThrottledForThatAccountOnly() async throws {
    try await withApp { app in
      let browser = Browser(app)
      for _ in 0..<5 { try await browser.login("chonburi", "wrong-password") }
      let blocked = try await browser.login("chonburi", Fixtures.password)
      XCTAssertEqual(blocked.status, .tooManyRequests)
      XCTAssertContains(blocked.body.string, "กรุณารอ 1 นาที")
      XCTAssertEqual(blocked.headers.first(name: .retryAfter), "60")
      // Another account from the same address is still allowed.
      try await XCTAssertEqualAsync(try await browser.login("admin", Fixtures.password).status, .seeOther)
    }
  }

  func testGuessingFromElsewhereDoesNotLockTheOfficerOutOfTheirOffice() async throws {
    try await withApp { app in
      app.config.trustProxy = true
      for attempt in 0..<10 {
        try await Self.login(app, "chonburi", "wrong-password", from: "203.0.113.\(attempt % 2)")
      }
      let office = try await Self.login(app, "chonburi", Fixtures.password, from: "192.0.2.10")
      XCTAssertEqual(office.status, .seeOther, "ten wrong guesses from two other addresses")
    }
  }

  func testOneAddressHammeringAnAccountNeverLocksItsOfficerOut() async throws {
    try await withApp { app in
      app.config.trustProxy = true
      for _ in 0..<120 { try await Self.login(app, "chonburi", "wrong-password", from: "203.0.113.7") }
      let office = try await Self.login(app, "chonburi", Fixtures.password, from: "192.0.2.10")
      XCTAssertEqual(
        office.status, .seeOther, "attempts refused at the attacker's own limit do not count on the account")
      // An IPv6 attacker varying the low half of its address is still one place.
      for host in 0..<12 { try await Self.login(app, "admin", "wrong", from: "2001:db8:1:2::\(host)") }
      let blocked = try await Self.login(app, "admin", Fixtures.password, from: "2001:db8:1:2:ffff::1")
      XCTAssertEqual(blocked.status, .tooManyRequests)
      try await XCTAssertEqualAsync(
        try await Self.login(app, "admin", Fixtures.password, from: "2001:db8:9::1").status, .seeOther)
    }
  }

  func testAnAccountHasAHigherCeilingAcrossAddresses() async throws {
    try await withApp { app in
      app.config.trustProxy = true
      for attempt in 0..<50 {
        try await Self.login(app, "chonburi", "wrong-password", from: "198.51.100.\(attempt)")
      }
      let blocked = try await Self.login(app, "chonburi", Fixtures.password, from: "192.0.2.10")
      XCTAssertEqual(blocked.status, .tooManyRequests, "fifty guesses from fifty addresses")
      try await XCTAssertEqualAsync(
        try await Self.login(app, "admin", Fixtures.password, from: "192.0.2.10").status, .seeOther)
    }
  }

  func testFailedLoginsAreThrottledPerAddress() async throws {
    try await withApp { app in
      let browser = Browser(app)
      for index in 0..<100 { try await browser.login("nobody\(index)", "wrong-password") }
      try await XCTAssertEqualAsync(try await browser.login("admin", Fixtures.password).status, .tooManyRequests)
    }
  }

  func testParallelGuessesAreCountedOneByOne() async throws {
    try await withApp { app in
      let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
        for _ in 0..<40 { group.addTask { try await Browser(app).login("chonburi", "wrong-password").status } }
        return try await group.reduce(into: [HTTPStatus]()) { $0.append($1) }
      }
      XCTAssertEqual(statuses.filter { $0 == .unauthorized }.count, 5, "only five passwords were checked")
      XCTAssertEqual(statuses.filter { $0 == .tooManyRequests }.count, 35)
    }
  }

  func testASuccessfulSignInStartsThePairAfresh() async throws {
    try await withApp { app in
      let browser = Browser(app)
      for _ in 0..<4 { try await browser.login("chonburi", "wrong-password") }
      try await XCTAssertEqualAsync(try await browser.login("chonburi", Fixtures.password).status, .seeOther)
      let other = Browser(app)
      for _ in 0..<4 { try await other.login("chonburi", "wrong-password") }
      try await XCTAssertEqualAsync(try await other.login("chonburi", Fixtures.password).status, .seeOther)
    }
  }

  /// A sign-in as it arrives through the proxy from `address`.
  @discardableResult
  static func login(_ app: Application, _ username: String, _ secret: String, from address: String) async throws
    -> XCTHTTPResponse
  {
    let browser = Browser(app)
    try await browser.get(Paths.login)
    var headers = HTTPHeaders()
    headers.contentType = .urlEncodedForm
    headers.replaceOrAdd(name: "X-Forwarded-For", value: "10.0.0.1, \(address)")
    let body = ["username": username, "secret": secret, "_csrf": browser.csrf]
      .map { "\($0.key)=\(Browser.encode($0.value))" }.joined(separator: "&")
    return try await browser.sendRaw(.POST, Paths.login, headers: headers, body: ByteBuffer(string: body))
  }

  func testActivationCodeOnboardingThenOwnPassword() async throws {
    try await withApp { app in
      let monitor = try await Browser.signedIn(app, as: "chonburi")
      let letter = try await monitor.post(
        Paths.organizationAccounts(Fixtures.pattaya), ["role": "lao_officer", "displayName": "นิติกร พัทยา"])
      XCTAssertEqual(letter.status, .ok)
      XCTAssertContains(letter.body.string, "หนังสือแจ้งรหัสเปิดใช้งาน")
      let code = try XCTUnwrap(activationCode(in: letter.body.string))

      let officer = Browser(app)
      let login = try await officer.login(Fixtures.pattaya, code.lowercased())
      XCTAssertEqual(login.location, Paths.setPassword)
      try await XCTAssertEqualAsync(try await officer.get(Paths.organizations).location, Paths.setPassword)

      let sameAsCode = try await officer.post(Paths.setPassword, ["password": code, "confirmation": code])
      XCTAssertEqual(
        sameAsCode.status, .unprocessableEntity, "the code printed on the letter cannot become the password")
      XCTAssertContains(sameAsCode.body.string, "ต้องไม่ใช่รหัสเปิดใช้งาน")
      let spaced = String(code.prefix(5)) + "-" + String(code.dropFirst(5)).lowercased()
      try await XCTAssertEqualAsync(
        try await officer.post(Paths.setPassword, ["password": spaced, "confirmation": spaced]).status,
        .unprocessableEntity)

      let weak = try await officer.post(Paths.setPassword, ["password": "short", "confirmation": "short"])
      XCTAssertEqual(weak.status, .unprocessableEntity)
      XCTAssertContains(weak.body.string, "อย่างน้อย 10 ตัวอักษร")
      let withCode = try await officer.post(
        Paths.setPassword, ["password": "pw-\(Fixtures.pattaya)-x", "confirmation": "pw-\(Fixtures.pattaya)-x"])
      XCTAssertContains(withCode.body.string, "ต้องไม่มีชื่อผู้ใช้หรือรหัส อปท.")

      let set = try await officer.post(
        Paths.setPassword, ["password": "ทะเลพัทยา-2569", "confirmation": "ทะเลพัทยา-2569"])
      XCTAssertEqual(set.status, .seeOther)
      try await XCTAssertEqualAsync(try await officer.get(Paths.organizations).status, .ok)

      // The code was single-use; the new password works.
      try await XCTAssertEqualAsync(try await Browser(app).login(Fixtures.pattaya, code).status, .unauthorized)
      try await XCTAssertEqualAsync(try await Browser(app).login(Fixtures.pattaya, "ทะเลพัทยา-2569").status, .seeOther)
    }
  }

  func testExpiredActivationCodeIsRefused() async throws {
    try await withApp { app in
      let admin = try await Browser.signedIn(app, as: "admin")
      let letter = try await admin.post(
        Paths.organizationAccounts(Fixtures.pattaya), ["role": "lao_officer", "displayName": "x"])
      let code = try XCTUnwrap(activationCode(in: letter.body.string))
      try await ActivationCode.query(on: app.db).set(\.$expiresAt, to: Date().addingTimeInterval(-1)).update()
      try await XCTAssertEqualAsync(try await Browser(app).login(Fixtures.pattaya, code).status, .unauthorized)
    }
  }

  func testPasswordChangeNeedsCurrentPasswordAndSignsOutOtherSessions() async throws {
    try await withApp { app in
      let first = try await Browser.signedIn(app, as: "admin")
      let second = try await Browser.signedIn(app, as: "admin")
      let wrong = try await first.post(
        Paths.setPassword, ["current": "nope", "password": "ใหม่เอี่ยม-2569", "confirmation": "ใหม่เอี่ยม-2569"])
      XCTAssertEqual(wrong.status, .unprocessableEntity)
      XCTAssertContains(wrong.body.string, "รหัสผ่านปัจจุบันไม่ถูกต้อง")
      let changed = try await first.post(
        Paths.setPassword, ["current": Fixtures.password, "password": "ใหม่เอี่ยม-2569", "confirmation": "ใหม่เอี่ยม-2569"])
      XCTAssertEqual(changed.status, .seeOther)
      try await XCTAssertEqualAsync(try await first.get(Paths.users).status, .ok)
      try await XCTAssertEqualAsync(
        try await second.get(Paths.users).status, .seeOther, "the other session must be signed out")
    }
  }

  func testLogoutEndsTheSession() async throws {
    try await withApp { app in
      let browser = try await Browser.signedIn(app, as: "admin")
      let cookie = try XCTUnwrap(browser.cookies[SessionAuthenticator.cookieName])
      try await XCTAssertEqualAsync(try await browser.post(Paths.logout).status, .seeOther)
      var headers = HTTPHeaders()
      headers.replaceOrAdd(name: .cookie, value: "\(SessionAuthenticator.cookieName)=\(cookie)")
      let reused = try await app.testable().sendRequest(.GET, Paths.users, headers: headers)
      XCTAssertEqual(reused.status, .seeOther)
      XCTAssertTrue(reused.location.hasPrefix(Paths.login))
    }
  }

  func testSessionsAreStoredOnlyAsHashes() async throws {
    try await withApp { app in
      let browser = try await Browser.signedIn(app, as: "admin")
      let cookie = try XCTUnwrap(browser.cookies[SessionAuthenticator.cookieName])
      let stored = try await UserSession.query(on: app.db).all()
      XCTAssertEqual(stored.count, 1)
      XCTAssertNotEqual(stored.first?.id, cookie)
      XCTAssertEqual(stored.first?.id, Tokens.sha256(cookie))
    }
  }

  func testPagesCarrySecurityHeaders() async throws {
    try await withApp { app in
      let response = try await Browser(app).get(Paths.login)
      XCTAssertEqual(response.headers.first(name: "X-Frame-Options"), "DENY")
      XCTAssertEqual(response.headers.first(name: "Referrer-Policy"), "same-origin")
      let csp = try XCTUnwrap(response.headers.first(name: "Content-Security-Policy"))
      XCTAssertContains(csp, "script-src 'self'")
      XCTAssertContains(csp, "frame-ancestors 'none'")
      XCTAssertEqual(response.headers.setCookie?[CSRFMiddleware.cookieName]?.isHTTPOnly, true)
    }
  }

  func testLoginOnlyRedirectsToLocalPaths() async throws {
    try await withApp { app in
      let browser = Browser(app)
      let response = try await browser.post(
        Paths.login, ["username": "admin", "secret": Fixtures.password, "next": "//evil.example/x"])
      XCTAssertEqual(response.location, "/")
      let local = try await Browser(app).post(
        Paths.login, ["username": "admin", "secret": Fixtures.password, "next": "/provinces/20"])
      XCTAssertEqual(local.location, "/provinces/20")
    }
  }

  func testEveryLoginAndPasswordChangeIsAudited() async throws {
    try await withApp { app in
      let browser = try await Browser.signedIn(app, as: "admin")
      try await browser.post(
        Paths.setPassword, ["current": Fixtures.password, "password": "ใหม่เอี่ยม-2569", "confirmation": "ใหม่เอี่ยม-2569"])
      let actions = try await AuditEvent.query(on: app.db).sort(\.$at).all().map(\.action)
      XCTAssertEqual(actions, ["เข้าสู่ระบบ", "เปลี่ยนรหัสผ่าน"])
    }
  }

  func testAuditLogRefusesUpdateAndDelete() async throws {
    try await withApp { app in
      _ = try await Browser.signedIn(app, as: "admin")
      let sql = app.db as! SQLDatabase
      do {
        try await sql.raw("UPDATE audit_events SET action = 'x'").run()
        XCTFail("update must be refused")
      } catch {}
      do {
        try await sql.raw("DELETE FROM audit_events").run()
        XCTFail("delete must be refused")
      } catch {}
      try await XCTAssertEqualAsync(try await AuditEvent.query(on: app.db).count(), 1)
    }
  }
}

/// Reads the activation code from the letter page ("ABCDE-FGHJK").
func activationCode(in html: String) -> String? {
  guard let range = html.range(of: "class=\"activation-code\">") else { return nil }
  let rest = html[range.upperBound...]
  return rest.prefix { $0 != "<" }.replacingOccurrences(of: "-", with: "")
}
