import Domain
import Fluent
import SQLKit
import XCTVapor

@testable import App

final class ComplaintPrivacyTests: XCTestCase {
  static let secrets = [
    "นายสมชาย ใจดี", "สมชาย", "081-234-5678", "somchai.j@example.co.th", "ผู้อำนวยการกองช่าง",
    "เรียกรับเงินจากผู้รับเหมาโครงการถนน", "นายดำ ขยัน", "ขอเลขบัญชีที่โอน", "ตอบว่าโอนเข้าบัญชีภรรยา",
    "ZEBRA-EVIDENCE-MARKER", "หลักฐานลับ.pdf",
  ]

  /// What a person wrote never reaches the database in plain form: a copy of the database
  /// (SQLite: the file itself; PostgreSQL: every row of every table as text) holds none of
  /// it, nor the receipt.
  func testACopyOfTheDatabaseRevealsNothing() async throws {
    try await withApp { app in
      let evidence = Browser.pdf + Data("ZEBRA-EVIDENCE-MARKER".utf8)
      let (receipt, id) = try await ComplaintFixtures.file(
        app, Fixtures.nongprue, ComplaintFixtures.named, files: [("หลักฐานลับ.pdf", evidence)])
      let handler = try await Browser.signedIn(app, as: ComplaintCaseTests.complaintOfficer)
      try await handler.post(Paths.complaintMessage(id), ["message": "ขอเลขบัญชีที่โอน"])
      let citizen = Browser(app)
      try await citizen.get(Paths.complaintFollow)
      try await citizen.multipart(Paths.complaintReply, ["receipt": receipt, "message": "ตอบว่าโอนเข้าบัญชีภรรยา"])
      try await handler.post(Paths.complaintMove(id), ["state": "considering"])
      let receiptCode = try XCTUnwrap(ComplaintReceipt(typed: receipt)).code
      let dump = try await Self.databaseCopy(app)
      XCTAssertGreaterThan(dump.count, 1_000)
      for secret in Self.secrets + [receipt, receiptCode] {
        XCTAssertNil(dump.range(of: Data(secret.utf8)), "the database holds \(secret)")
        let hex = Data(secret.utf8).map { String(format: "%02x", $0) }.joined()
        XCTAssertNil(dump.range(of: Data(hex.utf8)), "the database holds \(secret) as hex")
        XCTAssertNil(dump.range(of: Data(Data(secret.utf8).base64EncodedString().utf8)), "base64 \(secret)")
      }
      // …while the handler still reads all of it.
      let page = try await handler.get(Paths.complaintCase(id)).body.string
      for secret in ["นายสมชาย ใจดี", "ขอเลขบัญชีที่โอน", "ตอบว่าโอนเข้าบัญชีภรรยา", "หลักฐานลับ.pdf"] {
        XCTAssertContains(page, secret)
      }
    }
  }

  /// The server's log (every level, through a real HTTP server) holds no receipt, no
  /// address and no user agent after filing and following up.
  func testTheLogHoldsNoReceiptAndNoAddress() async throws {
    LogCapture.install()
    try await withApp { app in
      app.config.trustProxy = true
      let address = "203.0.113.77"
      let agent = "SujaritProbe/7.7"
      let ((receipt, code), lines) = try await LogCapture.capture { () async throws -> (String, String) in
        let browser = Browser(app, livePort: 18_677)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: "X-Forwarded-For", value: address)
        headers.replaceOrAdd(name: .userAgent, value: agent)
        headers.contentType = .json
        let body = try JSONSerialization.data(withJSONObject: [
          "organizationCode": Fixtures.nongprue, "concerns": "ปลัด", "details": "ZEBRA-LOG-MARKER", "anonymous": true,
        ])
        let filed = try await browser.sendRaw(
          .POST, Paths.apiComplaints, headers: headers, body: ByteBuffer(data: body))
        XCTAssertEqual(filed.status, .created)
        let receipt = try filed.content.decode(ComplaintFiledResponse.self).receipt
        headers.contentType = nil
        try await XCTAssertEqualAsync(
          try await browser.sendRaw(.GET, Paths.apiComplaints + "/" + receipt, headers: headers, body: nil).status, .ok)
        try await XCTAssertEqualAsync(
          try await browser.sendRaw(.GET, Paths.apiComplaints + "/0000000000000000000Z", headers: headers, body: nil)
            .status, .notFound)
        try await browser.get(Paths.complaintFollow, headers: headers)
        headers.contentType = .urlEncodedForm
        let form = "receipt=\(receipt)&_csrf=\(browser.csrf)"
        try await XCTAssertEqualAsync(
          try await browser.sendRaw(.POST, Paths.complaintFollow, headers: headers, body: ByteBuffer(string: form))
            .status,
          .ok)
        return (receipt, try XCTUnwrap(ComplaintReceipt(typed: receipt)).code)
      }
      XCTAssertFalse(lines.isEmpty, "nothing was captured")
      let log = lines.joined(separator: "\n")
      XCTAssertContains(log, "/api/v1/complaints/:receipt")
      for secret in [receipt, code, address, agent, "ZEBRA-LOG-MARKER", "0000000000000000000Z"] {
        XCTAssertFalse(
          log.contains(secret),
          "the log holds \(secret): " + lines.filter { $0.contains(secret) }.prefix(3).joined(separator: " || "))
      }
    }
  }

  func testClosedCasesLoseTheirIdentityAfterTheRetentionButKeepTheirCounts() async throws {
    try await withApp { app in
      let (oldReceipt, old) = try await ComplaintFixtures.file(
        app, Fixtures.nongprue, ComplaintFixtures.named, files: [("บัตรประชาชน.pdf", Browser.pdf)])
      let citizen = Browser(app)
      try await citizen.get(Paths.complaintFollow)
      try await citizen.multipart(Paths.complaintReply, ["receipt": oldReceipt, "message": "ผมชื่อสมชายจริง ๆ"])
      let (_, recent) = try await ComplaintFixtures.file(app)
      let (_, open) = try await ComplaintFixtures.file(app)
      let handler = try await Browser.signedIn(app, as: ComplaintCaseTests.complaintOfficer)
      for id in [old, recent] {
        try await handler.post(Paths.complaintMove(id), ["state": "not_taken_up", "reason": "ไม่มีมูล"])
      }
      let year = FiscalYear(containing: Date()).buddhistYear
      let before = try await ComplaintStatisticsQueries(db: app.db).year(Fixtures.nongprue, year)
      let vault = try XCTUnwrap(app.complaintVault)
      let maintenance = ComplaintMaintenanceQueries(db: app.db, vault: vault)
      let now = Date()
      let sixYearsOn = try XCTUnwrap(ThaiCalendar.gregorian.date(byAdding: .year, value: 6, to: now))
      let fourYearsOn = try XCTUnwrap(ThaiCalendar.gregorian.date(byAdding: .year, value: 4, to: now))
      // Four years on nothing goes; six years on the two closed cases do, the open one stays.
      try await XCTAssertEqualAsync(try await maintenance.eraseExpired(now: fourYearsOn, years: 5), 0)
      try await XCTAssertEqualAsync(try await maintenance.eraseExpired(now: sixYearsOn, years: 5), 2)
      try await XCTAssertEqualAsync(try await maintenance.eraseExpired(now: sixYearsOn, years: 5), 0)
      let erased = try await XCTUnwrapAsync(try await Complaint.find(old, on: app.db))
      XCTAssertNil(erased.identity)
      XCTAssertNotNil(erased.identityErasedAt)
      XCTAssertEqual(try ComplaintQueries(db: app.db, vault: vault).content(of: erased).witnesses, "")
      try await XCTAssertEqualAsync(
        try await ComplaintFile.query(on: app.db).filter(\.$complaintID == old).count(), 0)
      let bodies = try await ComplaintQueries(db: app.db, vault: vault).events(of: erased).compactMap(\.body)
      XCTAssertFalse(bodies.contains { $0.contains("สมชาย") }, "\(bodies)")
      XCTAssertTrue(bodies.contains("ไม่มีมูล"), "the unit's own steps stay")
      try await XCTAssertEqualAsync(try await Complaint.find(open, on: app.db)?.identity != nil, true)
      let after = try await ComplaintStatisticsQueries(db: app.db).year(Fixtures.nongprue, year)
      XCTAssertEqual(after, before)
      let page = try await handler.get(Paths.complaintCase(old)).body.string
      XCTAssertContains(page, "ลบข้อมูลผู้ร้องเรียนแล้ว")
      XCTAssertFalse(page.contains("นายสมชาย"))
      // The command does the same (nothing left to erase today).
      let (status, output) = try await runCommand(app, ["complaints", "erase-expired"])
      XCTAssertEqual(status, 0)
      XCTAssertContains(output, "0 เรื่อง")
      try await XCTAssertEqualAsync(try await runCommand(app, ["complaints"]).code, 2)
    }
  }

  func testANewKeyResealsEverythingAndReceiptsStillWork() async throws {
    try await withApp { app in
      let (receipt, id) = try await ComplaintFixtures.file(
        app, Fixtures.nongprue, ComplaintFixtures.named, files: [("a.pdf", Browser.pdf)])
      let handler = try await Browser.signedIn(app, as: ComplaintCaseTests.complaintOfficer)
      try await handler.post(Paths.complaintMessage(id), ["message": "คำถาม"])
      let old = try XCTUnwrap(app.complaintVault)
      let fresh = ComplaintVault.newKey()
      let rotated = try ComplaintVault(keys: [fresh, Data(old.current.key.withUnsafeBytes { Data($0) })], file: nil)
      let changed = try await ComplaintMaintenanceQueries(db: app.db, vault: rotated).resealAll()
      XCTAssertGreaterThanOrEqual(changed, 4)
      try await XCTAssertEqualAsync(
        try await ComplaintMaintenanceQueries(db: app.db, vault: rotated).keysInUse().keys.sorted(),
        [rotated.current.id])
      app.complaintVault = try ComplaintVault(keys: [fresh], file: nil)
      let page = try await handler.get(Paths.complaintCase(id)).body.string
      XCTAssertContains(page, "นายสมชาย ใจดี")
      XCTAssertContains(page, "คำถาม")
      let file = try await XCTUnwrapAsync(try await ComplaintFile.query(on: app.db).first())
      try await XCTAssertEqualAsync(
        Data(try await handler.get(Paths.complaintCaseFile(id, try file.requireID())).body.readableBytesView),
        Browser.pdf)
      try await XCTAssertEqualAsync(
        try await Browser(app).post(Paths.complaintFollow, ["receipt": receipt]).status, .ok)
    }
  }

  func testASealedValueOpensOnlyInItsOwnCase() async throws {
    try await withApp { app in
      let (_, first) = try await ComplaintFixtures.file(app)
      let (_, second) = try await ComplaintFixtures.file(app, Fixtures.nongprue, ComplaintFixtures.anonymous)
      let source = try await XCTUnwrapAsync(try await Complaint.find(first, on: app.db))
      let target = try await XCTUnwrapAsync(try await Complaint.find(second, on: app.db))
      target.identity = source.identity
      try await target.update(on: app.db)
      let vault = try XCTUnwrap(app.complaintVault)
      XCTAssertThrowsError(try ComplaintQueries(db: app.db, vault: vault).identity(of: target))
    }
  }

  /// SQLite: the database written to a file (VACUUM INTO), read as bytes. PostgreSQL: every
  /// row of every table cast to text.
  static func databaseCopy(_ app: Application) async throws -> Data {
    let sql = app.db as! any SQLDatabase
    if usingPostgres {
      struct Table: Decodable { let table_name: String }
      struct Row: Decodable { let t: String }
      var dump = Data()
      let tables = try await sql.raw(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
      ).all(decoding: Table.self)
      for table in tables {
        let rows = try await sql.raw("SELECT CAST(x AS TEXT) AS t FROM \(ident: table.table_name) x").all(
          decoding: Row.self)
        for row in rows { dump += Data(row.t.utf8) }
      }
      return dump
    }
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("sujarit-copy-\(UUID().uuidString).sqlite")
      .path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try await sql.raw("VACUUM INTO \(bind: path)").run()
    return try Data(contentsOf: URL(fileURLWithPath: path))
  }
}
