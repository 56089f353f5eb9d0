import Domain
import Fluent
import XCTVapor

@testable import App

/// Drafts of forms kept across an expired session: only for the person, only for real pages,
/// a few and small.
final class DraftSafetyTests: XCTestCase {
  func testAnAnonymousPostStoresNothing() async throws {
    try await withApp { app in
      let visitor = Browser(app)
      for index in 0..<20 {
        try await visitor.post(
          Paths.projects(Fixtures.nongprue, PlanFixtures.period),
          [
            DraftQueries.originField: Paths.newProject(Fixtures.nongprue, PlanFixtures.period),
            "name": String(repeating: "ก", count: 50_000) + "\(index)",
          ])
      }
      try await XCTAssertEqualAsync(try await FormDraft.query(on: app.db).count(), 0)
    }
  }

  func testAnExpiredSessionKeepsAFewSmallDraftsForPagesThatExistAndOnlyItsPersonGetsThem() async throws {
    try await withApp { app in
      let officer = try await PlanFixtures.officerWithPlan(app, projects: 0)
      try await UserSession.query(on: app.db).set(\.$expiresAt, to: Date().addingTimeInterval(-60)).update()
      let post = Paths.projects(Fixtures.nongprue, PlanFixtures.period)
      let page = Paths.newProject(Fixtures.nongprue, PlanFixtures.period)
      try await officer.post(post, [DraftQueries.originField: "/no/such/page", "name": "x"])
      try await officer.post(post, [DraftQueries.originField: page, "name": String(repeating: "ก", count: 400_000)])
      try await XCTAssertEqualAsync(try await FormDraft.query(on: app.db).count(), 0, "no page, or too big")
      for index in 0..<15 {
        try await officer.post(post, [DraftQueries.originField: page + "?n=\(index)", "name": "ร่างที่ \(index)"])
      }
      try await XCTAssertEqualAsync(try await FormDraft.query(on: app.db).count(), DraftQueries.maxPerPerson)
      try await officer.post(post, [DraftQueries.originField: page, "name": "งานของเจ้าหน้าที่"])

      let other = try await Browser.signedIn(app, as: Fixtures.huaiyai)
      let stranger = try await other.get(page.replacingOccurrences(of: Fixtures.nongprue, with: Fixtures.huaiyai))
      XCTAssertFalse(stranger.body.string.contains("งานของเจ้าหน้าที่"))
      try await officer.login(Fixtures.nongprue, Fixtures.password)
      try await XCTAssertContainsAsync(try await officer.get(page).body.string, "งานของเจ้าหน้าที่")
    }
  }
}

final class ExportSafetyTests: XCTestCase {
  func testSpreadsheetExportsCannotRunWhatAnOfficerTyped() async throws {
    try await withApp { app in
      let officer = try await PlanFixtures.officerWithPlan(app, projects: 0)
      var project = PlanFixtures.project("=HYPERLINK(\"http://evil.example\",\"คลิก\")", budget2566: "1,250")
      project["note"] = "@SUM(A1:A9)\u{FFFE}\u{FFFF}"
      try await officer.post(Paths.projects(Fixtures.nongprue, PlanFixtures.period), project)
      let csv = try await officer.get(PlanFixtures.plan + "/export.csv").body.string
      XCTAssertContains(csv, "\"'=HYPERLINK(")
      XCTAssertContains(csv, "'@SUM(A1:A9)")
      XCTAssertContains(csv, ",1250.00,")
      let xlsx = try await officer.get(PlanFixtures.plan + "/export.xlsx")
      XCTAssertEqual(xlsx.status, .ok)
      let rows = try XLSXReader.rows(from: Data(buffer: xlsx.body))
      XCTAssertEqual(rows.count, 2, "the workbook opens: no character XML forbids is in it")
      XCTAssertEqual(rows[1][1], "=HYPERLINK(\"http://evil.example\",\"คลิก\")", "an inline string, shown as text")
      // Importing the export back changes nothing.
      let again = try await officer.upload(PlanFixtures.plan + "/import", fileName: "p.csv", data: Data(csv.utf8))
      XCTAssertEqual(again.status, .seeOther, again.body.string)
      try await XCTAssertEqualAsync(
        try await PlanFixtures.projects(app).first?.name, "=HYPERLINK(\"http://evil.example\",\"คลิก\")")
    }
  }
}

final class PDFQueueTests: XCTestCase {
  func testRendersBeyondTheQueueAreAThai503WithRetryAfter() async throws {
    let queue = PDFQueue(slots: 1, maxWaiting: 1)
    try await queue.acquire()
    let waiting = Task { try await queue.acquire() }
    try await Task.sleep(nanoseconds: 50_000_000)
    do {
      try await queue.acquire()
      XCTFail("a third render was let in")
    } catch let error as Abort {
      XCTAssertEqual(error.status, .serviceUnavailable)
      XCTAssertEqual(error.headers.first(name: .retryAfter), "30")
      XCTAssertTrue(error.reason.contains("ลองใหม่"))
    }
    await queue.release()
    try await waiting.value
    await queue.release()
    try await queue.acquire()
  }

  func testTheBusyAnswerKeepsItsRetryAfterHeader() async throws {
    try await withApp { app in
      app.pdfQueue = PDFQueue(slots: 1, maxWaiting: 0)
      try await app.pdfQueue.acquire()
      let officer = try await ReportFixtures.officerInOpenRound(app, projects: 1)
      try await officer.get(ReportFixtures.path())
      let pdf = try await officer.get(ReportFixtures.path() + "/report.pdf")
      guard PDFRenderer.fromEnvironment().executable != nil else { return }
      XCTAssertEqual(pdf.status, .serviceUnavailable)
      XCTAssertEqual(pdf.headers.first(name: .retryAfter), "30")
    }
  }
}

final class SubUnitTests: XCTestCase {
  func testBangkoksOfficerReadsButCannotEditADistrictOfficesProfile() async throws {
    try await withApp { app in
      let user = User(
        username: "1100000", displayName: "นิติกร กทม.", role: .laoOfficer, orgCode: "1100000", provinceCode: nil,
        district: nil, region: nil)
      user.passwordHash = try await app.password.async.hash(Fixtures.password).get()
      user.mustSetPassword = false
      try await user.create(on: app.db)
      let officer = try await Browser.signedIn(app, as: "1100000")
      try await XCTAssertEqualAsync(try await officer.get(Paths.organization("1101001")).status, .ok)
      try await XCTAssertEqualAsync(try await officer.get(Paths.organizationProfile("1101001")).status, .forbidden)
      let post = try await officer.post(Paths.organizationProfile("1101001"), ["address": "x", "version": "1"])
      XCTAssertEqual(post.status, .forbidden)
      try await XCTAssertEqualAsync(try await officer.get(Paths.organizationProfile("1100000")).status, .ok)
    }
  }
}

final class MailSafetyTests: XCTestCase {
  func testTheAddressIsCheckedAgainBeforeSendingAndTheBodyCannotAddHeaders() async throws {
    let from = try XCTUnwrap(EmailAddress("sujarit@nacc.go.th"))
    let pool = NIOThreadPool(numberOfThreads: 1)
    pool.start()
    let mailer = CurlSMTPMailer(
      url: "smtp://127.0.0.1:1", from: from, user: nil, password: nil, requireTLS: true, pool: pool)
    do {
      try await mailer.send(to: "legal@nongprue.go.th\r\nBcc: everyone@evil.example", subject: "x", body: "y")
      XCTFail("sent to an address with a line break")
    } catch let error as Abort {
      XCTAssertEqual(error.status, .unprocessableEntity)
      XCTAssertTrue(error.reason.contains("รูปแบบอีเมลไม่ถูกต้อง"))
    }
    try await pool.shutdownGracefully()
    let message = CurlSMTPMailer.message(
      from: from, to: try XCTUnwrap(EmailAddress("legal@nongprue.go.th")), subject: "เตือน\r\nBcc: x@evil.example",
      body: "บรรทัดแรก\r\nBcc: x@evil.example\nบรรทัดสอง")
    let headers = message.components(separatedBy: "\r\n\r\n")[0]
    XCTAssertFalse(headers.contains("Bcc"), "the subject is an encoded word")
    XCTAssertEqual(
      headers.components(separatedBy: "\r\n").map { $0.components(separatedBy: ":")[0] },
      ["From", "To", "Subject", "MIME-Version", "Content-Type", "Content-Transfer-Encoding"],
      "whatever the body holds stays below the blank line")
    XCTAssertFalse(message.contains("\r\r"), "no bare carriage return survives")
  }

  func testTheSMTPLoginIsInAPrivateFileNotOnTheCommandLine() throws {
    let file = try CurlConfig.write(user: "sujarit", password: "pa\"ss\\word")
    defer { try? FileManager.default.removeItem(at: file) }
    let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
    XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
    XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "user = \"sujarit:pa\\\"ss\\\\word\"\n")
  }
}

final class DraftConflictTests: XCTestCase {
  func testARestoredFormKeepsItsVersionSoALaterChangeIsNotOverwritten() async throws {
    try await withApp { app in
      let officer = try await Browser.signedIn(app, as: Fixtures.nongprue)
      try await UserSession.query(on: app.db).set(\.$expiresAt, to: Date().addingTimeInterval(-60)).update()
      let path = Paths.organizationProfile(Fixtures.nongprue)
      let kept = try await officer.post(
        path, ["address": "ที่อยู่ที่พิมพ์ค้างไว้", "version": "1", DraftQueries.originField: path])
      XCTAssertEqual(kept.status, .seeOther)
      let admin = try await Browser.signedIn(app, as: "admin")
      try await XCTAssertEqualAsync(
        try await admin.post(path, ["address": "ที่อยู่ที่ผู้ดูแลแก้", "version": "1"]).status, .seeOther)
      try await officer.login(Fixtures.nongprue, Fixtures.password)
      let restored = try await officer.get(path).body.string
      XCTAssertContains(restored, "ที่อยู่ที่พิมพ์ค้างไว้")
      XCTAssertContains(restored, "name=\"version\" value=\"1\"")
      let save = try await officer.post(path, ["address": "ที่อยู่ที่พิมพ์ค้างไว้", "version": "1"])
      XCTAssertEqual(save.status, .conflict, "the administrator's later change is shown, not overwritten")
    }
  }
}
