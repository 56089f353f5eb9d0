import Domain
import Fluent
import XCTVapor

@testable import App

final class ComplaintFollowUpTests: XCTestCase {
  func testTheComplainantAnswersAQuestionAndAddsEvidence() async throws {
    try await withApp { app in
      let (receipt, id) = try await ComplaintFixtures.file(app, Fixtures.nongprue, ComplaintFixtures.anonymous)
      let handler = try await Browser.signedIn(app, as: ComplaintCaseTests.complaintOfficer)
      try await handler.post(Paths.complaintMessage(id), ["message": "ขอภาพถ่ายหน้างาน"])
      try await XCTAssertEqualAsync(try await Complaint.find(id, on: app.db)?.awaitingComplainant, true)

      let citizen = Browser(app)
      try await XCTAssertEqualAsync(try await citizen.get(Paths.complaintFollow).status, .ok)
      // Typed in lower case, spaced instead of dashed: still the receipt.
      let typed = receipt.lowercased().replacingOccurrences(of: "-", with: " ")
      let status = try await citizen.post(Paths.complaintFollow, ["receipt": typed])
      XCTAssertEqual(status.status, .ok)
      XCTAssertContains(status.body.string, "ขอภาพถ่ายหน้างาน")
      XCTAssertContains(status.body.string, "รับเรื่อง")
      XCTAssertEqual(status.headers.first(name: .cacheControl), "no-store")
      let nothing = try await citizen.multipart(Paths.complaintReply, ["receipt": receipt, "message": " "])
      XCTAssertEqual(nothing.status, .unprocessableEntity)
      let answer = try await citizen.multipart(
        Paths.complaintReply, ["receipt": receipt, "message": "แนบภาพถ่ายแล้ว ถ่ายเมื่อ 3 มี.ค."],
        files: [("หน้างาน.pdf", Browser.pdf)])
      XCTAssertEqual(answer.status, .ok, answer.body.string)
      XCTAssertContains(answer.body.string, "ส่งถึงผู้รับผิดชอบเรื่องแล้ว")
      let page = try await handler.get(Paths.complaintCase(id)).body.string
      XCTAssertContains(page, "แนบภาพถ่ายแล้ว ถ่ายเมื่อ 3 มี.ค.")
      XCTAssertContains(page, "หน้างาน.pdf")
      try await XCTAssertEqualAsync(try await Complaint.find(id, on: app.db)?.awaitingComplainant, false)
      // A closed case takes nothing more.
      try await handler.post(Paths.complaintMove(id), ["state": "not_taken_up", "reason": "ไม่มีมูลเพียงพอ"])
      let late = try await citizen.multipart(Paths.complaintReply, ["receipt": receipt, "message": "อีกเรื่อง"])
      XCTAssertEqual(late.status, .conflict)
    }
  }

  func testWrongReceiptsAreAnsweredAlikeAndThrottled() async throws {
    try await withApp { app in
      let (receipt, _) = try await ComplaintFixtures.file(app)
      let citizen = Browser(app)
      let wellFormed = try await citizen.post(Paths.complaintFollow, ["receipt": "0000-0000-0000-0000-0000"])
      let junk = try await citizen.post(Paths.complaintFollow, ["receipt": "<script>"])
      XCTAssertEqual(wellFormed.status, .notFound)
      XCTAssertEqual(junk.status, .notFound)
      XCTAssertEqual(wellFormed.body.string, junk.body.string)
      let apiWellFormed = try await citizen.get(Paths.apiComplaints + "/0000-0000-0000-0000-0000")
      let apiJunk = try await citizen.get(Paths.apiComplaints + "/x")
      XCTAssertEqual(apiWellFormed.status, .notFound)
      XCTAssertEqual(apiWellFormed.body.string, apiJunk.body.string)
      for _ in 4..<ComplaintThrottleQueries.maxWrongReceipts {
        try await citizen.post(Paths.complaintFollow, ["receipt": ComplaintReceipt.random().grouped])
      }
      // Past the limit even the right receipt is refused, so the refusal tells nothing.
      let refused = try await citizen.post(Paths.complaintFollow, ["receipt": receipt])
      XCTAssertEqual(refused.status, .tooManyRequests)
      XCTAssertNotNil(refused.headers.first(name: "Retry-After"))
      try await XCTAssertEqualAsync(try await citizen.get(Paths.apiComplaints + "/" + receipt).status, .tooManyRequests)
    }
  }

  func testTheStatusCanBeAskedWithTheReceiptInTheBody() async throws {
    try await withApp { app in
      let (receipt, _) = try await ComplaintFixtures.file(app)
      var headers = HTTPHeaders()
      headers.contentType = .json
      let found = try await Browser(app).sendRaw(
        .POST, Paths.apiComplaintStatus, headers: headers, body: ByteBuffer(string: "{\"receipt\":\"\(receipt)\"}"))
      XCTAssertEqual(found.status, .ok, found.body.string)
      XCTAssertEqual(try found.content.decode(ComplaintStatusDTO.self).state, "received")
      let unknown = try await Browser(app).sendRaw(
        .POST, Paths.apiComplaintStatus, headers: headers, body: ByteBuffer(string: "{\"receipt\":\"nope\"}"))
      XCTAssertEqual(unknown.status, .notFound)
      let byPath = try await Browser(app).get(Paths.apiComplaints + "/0000000000000000000A")
      XCTAssertEqual(unknown.body.string, byPath.body.string)
    }
  }

  func testRightReceiptsAreNotCountedAgainstTheAddress() async throws {
    try await withApp { app in
      let (receipt, _) = try await ComplaintFixtures.file(app)
      for _ in 0..<(ComplaintThrottleQueries.maxWrongReceipts + 5) {
        try await XCTAssertEqualAsync(
          try await Browser(app).post(Paths.complaintFollow, ["receipt": receipt]).status, .ok)
      }
    }
  }
}
