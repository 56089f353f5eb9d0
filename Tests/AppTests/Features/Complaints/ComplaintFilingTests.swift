import Domain
import Fluent
import SQLKit
import XCTVapor

@testable import App

final class ComplaintFilingTests: XCTestCase {
  func testTheFormSaysWhatHappensNextAndAnyoneFindsTheirOrganization() async throws {
    try await withApp { app in
      let browser = Browser(app)
      let chooser = try await browser.get(Paths.withQuery(Paths.complaints, [("q", "หนองปรือ")]))
      XCTAssertEqual(chooser.status, .ok)
      XCTAssertContains(chooser.body.string, Paths.complaintForm(Fixtures.nongprue))
      let form = try await browser.get(Paths.complaintForm(Fixtures.nongprue))
      XCTAssertEqual(form.status, .ok)
      for text in ["15 วัน", "บัตรสนเท่ห์", "ความลับทางราชการ", "ผู้กำกับดูแลระดับจังหวัดชลบุรี", "เลขรับเรื่อง"] {
        XCTAssertContains(form.body.string, text)
      }
      XCTAssertEqual(form.headers.first(name: .cacheControl), "no-store")
      XCTAssertFalse(form.body.string.contains("data-keep-draft"), "a complaint must never be kept in the browser")
      try await XCTAssertEqualAsync(try await browser.get(Paths.complaintForm("9999999")).status, .notFound)
    }
  }

  func testAnAnonymousFilingWithAFileGetsItsReceiptOnce() async throws {
    try await withApp { app in
      let browser = Browser(app)
      let page = try await browser.fileComplaint(
        Fixtures.nongprue, ComplaintFixtures.anonymous + ["name": "ไม่ควรถูกเก็บ"], files: [("scan.pdf", Browser.pdf)])
      XCTAssertEqual(page.status, .ok, page.body.string)
      let receipt = try XCTUnwrap(ComplaintFixtures.receipt(in: page.body.string))
      XCTAssertEqual(receipt.count, 24)
      XCTAssertNotNil(ComplaintReceipt(typed: receipt))
      XCTAssertEqual(page.headers.first(name: .cacheControl), "no-store")
      XCTAssertContains(page.body.string, "1 ไฟล์")
      let found = try await Complaint.query(on: app.db).first()
      let complaint = try XCTUnwrap(found)
      XCTAssertTrue(complaint.anonymous)
      XCTAssertNil(complaint.identity, "an anonymous filing keeps no name even if one was typed")
      XCTAssertEqual(complaint.state, .received)
      XCTAssertEqual(complaint.concern, .project)
      XCTAssertEqual(complaint.clock, ComplaintClock(receivedAt: complaint.receivedAt))
      XCTAssertEqual(complaint.fiscalYear, FiscalYear(containing: Date()).buddhistYear)
      try await XCTAssertEqualAsync(try await ComplaintFile.query(on: app.db).count(), 1)
      XCTAssertNotEqual(complaint.receiptDigest, receipt)
    }
  }

  func testProblemsAreShownInThaiWithWhatWasTypedAndNothingIsFiled() async throws {
    try await withApp { app in
      let browser = Browser(app)
      var fields = ComplaintFixtures.named
      fields["details"] = ""
      fields["name"] = ""
      let page = try await browser.fileComplaint(Fixtures.nongprue, fields, files: [("a.pdf", Browser.pdf)])
      XCTAssertEqual(page.status, .unprocessableEntity)
      XCTAssertContains(page.body.string, "กรุณาเล่าว่าเกิดอะไรขึ้น")
      XCTAssertContains(page.body.string, "กรุณากรอกชื่อ")
      XCTAssertContains(page.body.string, "ผู้อำนวยการกองช่าง")
      XCTAssertContains(page.body.string, "กรุณาเลือกไฟล์หลักฐานอีกครั้ง")
      let wrongType = try await browser.fileComplaint(
        Fixtures.nongprue, ComplaintFixtures.anonymous, files: [("page.html", Data("<html><script>".utf8))])
      XCTAssertEqual(wrongType.status, .unprocessableEntity)
      XCTAssertContains(wrongType.body.string, "ไม่ใช่ชนิดที่รับ")
      let tooMany = try await browser.fileComplaint(
        Fixtures.nongprue, ComplaintFixtures.anonymous, files: (1...6).map { ("\($0).pdf", Browser.pdf) })
      XCTAssertContains(tooMany.body.string, "ไม่เกิน 5 ไฟล์")
      var foreign = ComplaintFixtures.anonymous
      foreign["projectId"] = UUID().uuidString
      try await XCTAssertContainsAsync(
        try await browser.fileComplaint(Fixtures.nongprue, foreign).body.string, "ไม่พบโครงการนี้")
      try await XCTAssertEqualAsync(try await Complaint.query(on: app.db).count(), 0)
      try await XCTAssertEqualAsync(try await ComplaintFile.query(on: app.db).count(), 0)
    }
  }

  func testTheFormNeedsItsTokenButTheJSONAPIDoesNot() async throws {
    try await withApp { app in
      let browser = Browser(app)
      try await browser.get(Paths.complaints)
      var headers = HTTPHeaders()
      headers.contentType = .urlEncodedForm
      let forged = try await browser.sendRaw(
        .POST, Paths.complaintFile(Fixtures.nongprue), headers: headers,
        body: ByteBuffer(string: "concerns=x&details=y&anonymous=1"))
      XCTAssertEqual(forged.status, .forbidden)

      let api = try await Self.fileByAPI(
        app,
        [
          "organizationCode": Fixtures.nongprue, "concerns": "ปลัด", "details": "ทุจริตงบประมาณ", "anonymous": false,
          "name": "นางสาวสมศรี มีสุข", "contact": "0899999999", "aboutExecutive": true,
        ])
      XCTAssertEqual(api.status, .created, api.body.string)
      let filed = try api.content.decode(ComplaintFiledResponse.self)
      XCTAssertNotNil(ComplaintReceipt(typed: filed.receipt))
      XCTAssertEqual(filed.handledBy, "province")
      XCTAssertEqual(filed.dueOn, ComplaintClock(receivedAt: Date()).dueOn)
      XCTAssertEqual(api.headers.first(name: .cacheControl), "no-store")

      let status = try await Browser(app).get(Paths.apiComplaints + "/" + filed.receipt.lowercased())
      XCTAssertEqual(status.status, .ok)
      let view = try status.content.decode(ComplaintStatusDTO.self)
      XCTAssertEqual(view.state, "received")
      XCTAssertEqual(view.dueOn, filed.dueOn)
      XCTAssertContains(view.handledBy, "จังหวัดชลบุรี")
      XCTAssertFalse(status.body.string.contains("สมศรี"), "the status never repeats who filed")
    }
  }

  func testTheAPIAnswersBadInputInThai() async throws {
    try await withApp { app in
      let missing = try await Self.fileByAPI(
        app, ["organizationCode": Fixtures.nongprue, "concerns": "", "details": "", "anonymous": true])
      XCTAssertEqual(missing.status, .unprocessableEntity)
      XCTAssertContains(missing.body.string, "กรุณาเล่าว่าเกิดอะไรขึ้น")
      let unknown = try await Self.fileByAPI(
        app, ["organizationCode": "<b>", "concerns": "x", "details": "y", "anonymous": true])
      XCTAssertEqual(unknown.status, .unprocessableEntity)
      let unnamed = try await Self.fileByAPI(
        app, ["organizationCode": Fixtures.nongprue, "concerns": "x", "details": "y", "anonymous": false])
      XCTAssertEqual(unnamed.status, .unprocessableEntity)
      var headers = HTTPHeaders()
      headers.contentType = .json
      let broken = try await Browser(app).sendRaw(
        .POST, Paths.apiComplaints, headers: headers, body: ByteBuffer(string: "{"))
      XCTAssertEqual(broken.status, .badRequest)
      try await XCTAssertEqualAsync(try await Complaint.query(on: app.db).count(), 0)
    }
  }

  func testFilingIsRateLimitedPerAddress() async throws {
    try await withApp { app in
      for _ in 0..<ComplaintThrottleQueries.maxFilings {
        let filed = try await Self.fileByAPI(
          app, ["organizationCode": Fixtures.nongprue, "concerns": "x", "details": "y", "anonymous": true])
        XCTAssertEqual(filed.status, .created)
      }
      let refused = try await Self.fileByAPI(
        app, ["organizationCode": Fixtures.nongprue, "concerns": "x", "details": "y", "anonymous": true])
      XCTAssertEqual(refused.status, .tooManyRequests)
      XCTAssertNotNil(refused.headers.first(name: "Retry-After"))
      XCTAssertContains(refused.body.string, "ลองใหม่")
      struct Row: Decodable { let key: String }
      let keys = try await (app.db as! any SQLDatabase).raw("SELECT key FROM complaint_throttle").all(
        decoding: Row.self)
      XCTAssertFalse(keys.isEmpty)
      XCTAssertFalse(
        keys.contains { $0.key.contains("unknown") || $0.key.contains("127.0.0.1") }, "no address is stored")
    }
  }

  func testFilesAreSavedAsWhatTheyReallyAre() async throws {
    try await withApp { app in
      let browser = Browser(app)
      let disguised = Browser.pdf + Data("<html><script>new ActiveXObject('x')</script>".utf8)
      let page = try await browser.fileComplaint(
        Fixtures.nongprue, ComplaintFixtures.anonymous, files: [("หลักฐาน.hta", disguised)])
      XCTAssertEqual(page.status, .ok)
      let (_, id) = try await Self.onlyCase(app)
      let officer = try await Browser.signedIn(app, as: ComplaintCaseTests.complaintOfficer)
      let file = try await XCTUnwrapAsync(try await ComplaintFile.query(on: app.db).first())
      let download = try await officer.get(Paths.complaintCaseFile(id, try file.requireID()))
      let disposition = download.headers.first(name: .contentDisposition) ?? ""
      XCTAssertFalse(disposition.contains(".hta"), disposition)
      XCTAssertContains(disposition, ".pdf")
      // A ZIP that merely mentions "word/" is not a Word document.
      let fakeWord = Data([0x50, 0x4B, 0x03, 0x04]) + Data("word/ and nothing else".utf8)
      let refused = try await browser.fileComplaint(
        Fixtures.nongprue, ComplaintFixtures.anonymous, files: [("a.docx", fakeWord)])
      XCTAssertEqual(refused.status, .unprocessableEntity)
      XCTAssertEqual(ComplaintUploads.named("รูป", as: "image/png"), "รูป.png")
      XCTAssertEqual(ComplaintUploads.named("a.b.exe", as: "application/pdf"), "a.b.pdf")
      // Every complaint address is never cached, even a refused one.
      var headers = HTTPHeaders()
      headers.contentType = .urlEncodedForm
      let forged = try await browser.sendRaw(
        .POST, Paths.complaintFile(Fixtures.nongprue), headers: headers, body: ByteBuffer(string: "x=1"))
      XCTAssertEqual(forged.status, .forbidden)
      XCTAssertEqual(forged.headers.first(name: .cacheControl), "no-store")
    }
  }

  func testParallelFilingsCannotPassTheLimit() async throws {
    try await withApp { app in
      let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
        for _ in 0..<(ComplaintThrottleQueries.maxFilings + 8) {
          group.addTask {
            try await Self.fileByAPI(
              app, ["organizationCode": Fixtures.nongprue, "concerns": "x", "details": "y", "anonymous": true]
            ).status
          }
        }
        return try await group.reduce(into: [HTTPStatus]()) { $0.append($1) }
      }
      XCTAssertEqual(statuses.filter { $0 == .created }.count, ComplaintThrottleQueries.maxFilings)
      XCTAssertEqual(statuses.filter { $0 == .tooManyRequests }.count, 8)
      try await XCTAssertEqualAsync(try await Complaint.query(on: app.db).count(), ComplaintThrottleQueries.maxFilings)
    }
  }

  func testTheFormSaysWhenNobodyHandlesTheOrganizationsComplaintsYet() async throws {
    try await withApp { app in
      let page = try await Browser(app).get(Paths.complaintForm(Fixtures.pattaya)).body.string
      XCTAssertContains(page, "ยังไม่ได้แต่งตั้งผู้รับผิดชอบเรื่องร้องเรียน")
      let staffed = try await Browser(app).get(Paths.complaintForm(Fixtures.nongprue)).body.string
      XCTAssertFalse(staffed.contains("ยังไม่ได้แต่งตั้งผู้รับผิดชอบเรื่องร้องเรียน"))
      _ = try await ComplaintFixtures.file(app, Fixtures.pattaya, ComplaintFixtures.anonymous)
      let province = try await Browser.signedIn(app, as: "chonburi")
      try await XCTAssertContainsAsync(
        try await province.get(Paths.complaintDashboard(Paths.dashboardProvince("20"))).body.string,
        "ยังไม่มีผู้รับผิดชอบเรื่องร้องเรียน")
    }
  }

  static func onlyCase(_ app: Application) async throws -> (Complaint, UUID) {
    let found = try await Complaint.query(on: app.db).first()
    let complaint = try XCTUnwrap(found)
    return (complaint, try complaint.requireID())
  }

  static func fileByAPI(_ app: Application, _ body: [String: Any]) async throws -> XCTHTTPResponse {
    var headers = HTTPHeaders()
    headers.contentType = .json
    return try await Browser(app).sendRaw(
      .POST, Paths.apiComplaints, headers: headers,
      body: ByteBuffer(data: try JSONSerialization.data(withJSONObject: body)))
  }
}

func + (lhs: [String: String], rhs: [String: String]) -> [String: String] {
  lhs.merging(rhs) { _, new in new }
}
