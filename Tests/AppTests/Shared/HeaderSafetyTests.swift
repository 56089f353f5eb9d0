import Domain
import Fluent
import XCTVapor

@testable import App

/// What reaches a response header: never a line break (a new header), never another site.
final class HeaderSafetyTests: XCTestCase {
  func testALineBreakInNextNeverReachesTheLocationHeader() async throws {
    try await withApp { app in
      let browser = Browser(app)
      let form = try await browser.get(
        "/login?next=/%0D%0ASet-Cookie:%20sujarit_csrf=planted-planted-planted-planted-1")
      XCTAssertFalse(form.body.string.contains("Set-Cookie"), "the unsafe next is dropped from the form")
      for next in [
        "/\r\nSet-Cookie: sujarit_csrf=planted-planted-planted-planted-1", "/\nX-Evil: 1", "/\tevil.example",
        "/\u{0}x", "//evil.example", "/\\evil.example", "https://evil.example/",
      ] {
        let response = try await Browser(app).post(
          Paths.login, ["username": "admin", "secret": Fixtures.password, "next": next])
        XCTAssertEqual(response.status, .seeOther)
        XCTAssertEqual(response.location, Paths.home, next.debugDescription)
        XCTAssertNil(response.headers.first(name: "X-Evil"))
        XCTAssertFalse(
          response.headers[.setCookie].contains { $0.contains("planted") },
          "no planted cookie for \(next.debugDescription)")
      }
      let thai = try await Browser(app).post(
        Paths.login,
        ["username": "admin", "secret": Fixtures.password, "next": "/dashboard/provinces/20/districts/บางละมุง"])
      XCTAssertEqual(
        thai.location,
        "/dashboard/provinces/20/districts/%E0%B8%9A%E0%B8%B2%E0%B8%87%E0%B8%A5%E0%B8%B0%E0%B8%A1%E0%B8%B8%E0%B8%87")
    }
  }

  func testAHeaderWithAControlCharacterIsReplacedByAThaiRefusal() async throws {
    try await withApp { app in
      app.get("test-bad-header") { _ -> Response in
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: "X-Test", value: "a\r\nSet-Cookie: x=1")
        return Response(status: .ok, headers: headers)
      }
      let response = try await Browser(app).get("/test-bad-header")
      XCTAssertEqual(response.status, .badRequest)
      XCTAssertNil(response.headers.first(name: "X-Test"))
      XCTAssertContains(response.body.string, "คำขอไม่ถูกต้อง")
    }
  }

  func testDownloadNamesAreSafeInContentDisposition() async throws {
    try await withApp { app in
      let admin = try await Browser.signedIn(app, as: "admin")
      try await ReportFixtures.openRound(app)
      let bad = try await admin.get(Paths.dashboardNation + "?format=csv&table=%22%0D%0AX-Evil:%201")
      XCTAssertEqual(bad.status, .badRequest)
      XCTAssertNil(bad.headers.first(name: "X-Evil"))
      XCTAssertContains(bad.body.string, "ไม่มีตาราง")
      let good = try await admin.get(Paths.dashboardNation + "?format=csv&table=trend")
      XCTAssertEqual(
        good.headers.first(name: .contentDisposition)?.hasPrefix("attachment; filename=\"dashboard-trend-"), true)
    }
    let header = HeaderValue.attachment(fileName: "รายงาน\"\r\nX-Evil: 1;.csv")
    XCTAssertTrue(HeaderValue.isSafe(header))
    XCTAssertFalse(header.contains("\r") || header.contains("\n"))
    XCTAssertEqual(header.components(separatedBy: "\"").count, 3, "only the fallback name is quoted")
    XCTAssertTrue(header.hasSuffix("''%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99X-Evil%201.csv"), header)
  }

  func testAnEvidenceFileNamedWithALineBreakDownloadsSafely() async throws {
    try await withApp { app in
      let officer = try await ReportFixtures.officerInOpenRound(app, projects: 1)
      let project = try await PlanFixtures.projects(app)[0].requireID()
      try await officer.get(ReportFixtures.path())
      let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 16))
      try await officer.upload(
        ReportFixtures.path() + "/projects/\(project)/evidence", fileName: "ภาพ\r\nX-Evil: 1.png", data: png,
        type: "image/png")
      let file = try await ReportEvidence.query(on: app.db).first()
      XCTAssertEqual(file?.fileName.contains("\r"), false, "control characters are taken out at upload")
      let download = try await officer.get(ReportFixtures.path() + "/evidence/\(try XCTUnwrap(file?.id))")
      XCTAssertEqual(download.status, .ok)
      XCTAssertNil(download.headers.first(name: "X-Evil"))
      XCTAssertEqual(download.headers.first(name: "Content-Security-Policy")?.hasPrefix("sandbox"), true)
    }
  }

  func testAnUndeclaredMethodIs405WithAllow() async throws {
    try await withApp { app in
      let response = try await Browser(app).sendRaw(.DELETE, "/api/v1/organizations", headers: [:], body: nil)
      XCTAssertEqual(response.status, .methodNotAllowed)
      XCTAssertEqual(response.headers.first(name: .allow), "GET, HEAD")
      let api = try await Browser(app).sendRaw(.PATCH, "/api/v1/organizations/4200401", headers: [:], body: nil)
      XCTAssertEqual(try api.content.decode(APIError.self).status, 405)
      let unknown = try await Browser(app).sendRaw(.DELETE, "/no-such-page", headers: [:], body: nil)
      XCTAssertNotEqual(unknown.status, .methodNotAllowed, "a path no route takes is not a 405")
    }
  }

  func testAnOverLongPathIsA404NotA500() async throws {
    try await withApp { app in
      for path in [
        "/static/" + String(repeating: "a", count: 300), "/" + String(repeating: "ก", count: 200),
        "/organizations/" + String(repeating: "1", count: 3_000),
      ] {
        let response = try await Browser(app).get(path)
        XCTAssertEqual(response.status, .notFound)
        XCTAssertContains(response.body.string, "ไม่พบหน้า")
      }
      let css = try await Browser(app).get("/static/app.css")
      XCTAssertEqual(css.status, .ok)
      XCTAssertEqual(css.headers.contentType?.subType, "css")
      var again = HTTPHeaders()
      again.replaceOrAdd(name: .ifNoneMatch, value: try XCTUnwrap(css.headers.first(name: .eTag)))
      try await XCTAssertEqualAsync(try await Browser(app).get("/static/app.css", headers: again).status, .notModified)
    }
  }

  func testCookiesAreSecureAndHSTSIsSentWhenThePublicAddressIsHTTPS() async throws {
    try await withApp { app in
      app.config.publicURL = "https://sujarit.example.go.th"
      app.config.servesHTTPS = true
      app.config.secureCookies = true
      let login = try await Browser(app).post(Paths.login, ["username": "admin", "secret": Fixtures.password])
      XCTAssertEqual(login.headers.first(name: "Strict-Transport-Security"), "max-age=31536000")
      XCTAssertTrue(login.headers[.setCookie].allSatisfy { $0.contains("Secure") })
    }
    var config = AppConfig()
    config.publicURL = "http://127.0.0.1:8080"
    XCTAssertFalse(config.servesHTTPS, "plain local use keeps plain cookies")
  }
}

/// Cross-site requests: the Origin check and the session-bound form token.
final class CrossSiteTests: XCTestCase {
  func testAFormPostedFromAnotherSiteIsRefused() async throws {
    try await withApp { app in
      let admin = try await Browser.signedIn(app, as: "admin")
      var headers = HTTPHeaders()
      headers.contentType = .urlEncodedForm
      headers.replaceOrAdd(name: .origin, value: "https://evil.example")
      let body = "fiscalYear=2567&kind=6&_csrf=\(admin.csrf)"
      let response = try await admin.sendRaw(.POST, Paths.rounds, headers: headers, body: ByteBuffer(string: body))
      XCTAssertEqual(response.status, .forbidden)
      XCTAssertContains(response.body.string, "ไม่ได้ส่งจากหน้าของระบบสุจริต")
      headers.replaceOrAdd(name: .origin, value: "null")
      try await XCTAssertEqualAsync(
        try await admin.sendRaw(.POST, Paths.rounds, headers: headers, body: ByteBuffer(string: body)).status,
        .forbidden)
      headers.remove(name: .origin)
      headers.replaceOrAdd(name: .referer, value: "https://evil.example/page")
      try await XCTAssertEqualAsync(
        try await admin.sendRaw(.POST, Paths.rounds, headers: headers, body: ByteBuffer(string: body)).status,
        .forbidden)
      headers.remove(name: .referer)
      headers.replaceOrAdd(name: .origin, value: "http://127.0.0.1:8080")
      try await XCTAssertEqualAsync(
        try await admin.sendRaw(.POST, Paths.rounds, headers: headers, body: ByteBuffer(string: body)).status,
        .seeOther, "our own public address")
      app.config.servesHTTPS = true
      try await XCTAssertEqualAsync(
        try await admin.sendRaw(.POST, Paths.rounds, headers: headers, body: ByteBuffer(string: body)).status,
        .forbidden, "behind https, a page over plain http is not ours")
    }
  }

  func testAPlantedCSRFCookieCannotStandInForTheSessionsToken() async throws {
    try await withApp { app in
      let admin = try await Browser.signedIn(app, as: "admin")
      let session = try XCTUnwrap(admin.cookies[SessionAuthenticator.cookieName])
      let planted = "planted-planted-planted-planted-planted-1"
      var headers = HTTPHeaders()
      headers.contentType = .urlEncodedForm
      headers.replaceOrAdd(
        name: .cookie, value: "\(SessionAuthenticator.cookieName)=\(session); \(CSRFMiddleware.cookieName)=\(planted)")
      let response = try await Browser(app).sendRaw(
        .POST, Paths.rounds, headers: headers, body: ByteBuffer(string: "fiscalYear=2567&kind=6&_csrf=\(planted)"))
      XCTAssertEqual(response.status, .forbidden, "with a session, only the session's own token counts")
      let page = try await admin.get(Paths.rounds).body.string
      XCTAssertContains(page, CSRFMiddleware.sessionBound(session))
      XCTAssertFalse(page.contains(session), "the page never shows the session secret itself")
    }
  }
}
