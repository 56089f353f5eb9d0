import Domain
import Fluent
import XCTVapor

@testable import App

/// `POST /api/v1/rounds`: national admins only; the same query as /admin/rounds.
final class RoundAPITests: XCTestCase {
  func testOnlyNationalAdminsCreateRoundsThroughTheAPI() async throws {
    try await withApp { app in
      let body: [String: Any] = ["fiscalYear": 2569, "round": 6]
      let anonymous = try await Browser(app).json(.POST, "/api/v1/rounds", body)
      XCTAssertEqual(anonymous.status, .unauthorized)
      XCTAssertTrue(anonymous.headers.contentType == .json, "an API refusal is JSON")
      for who in ["chonburi", "region2", "banglamung", Fixtures.nongprue, "\(Fixtures.nongprue)-2"] {
        let browser = try await Browser.signedIn(app, as: who)
        let refused = try await browser.json(.POST, "/api/v1/rounds", body)
        XCTAssertEqual(refused.status, .forbidden, who)
        XCTAssertContains(refused.body.string, "เฉพาะผู้ดูแลระบบระดับประเทศ")
      }
      // Without the CSRF header even the admin is refused.
      let admin = try await Browser.signedIn(app, as: "admin")
      var headers = HTTPHeaders()
      headers.contentType = .json
      let noToken = try await admin.sendRaw(
        .POST, "/api/v1/rounds", headers: headers, body: ByteBuffer(string: #"{"fiscalYear":2569,"round":6}"#))
      XCTAssertEqual(noToken.status, .forbidden)
      try await XCTAssertEqualAsync(try await ReportRound.query(on: app.db).count(), 0)
    }
  }

  func testCreatesOnceThenAnswersTheExistingRoundUnchanged() async throws {
    try await withApp { app in
      let admin = try await Browser.signedIn(app, as: "admin")
      let created = try await admin.json(
        .POST, "/api/v1/rounds", ["fiscalYear": 2565, "round": 12, "dueDate": "2022-11-15", "open": true])
      XCTAssertEqual(created.status, .created, created.body.string)
      let json = try created.content.decode(RoundJSON.self)
      XCTAssertEqual(json.title, "ปีงบประมาณ พ.ศ. 2565 รอบ 12 เดือน")
      XCTAssertTrue(json.open)
      XCTAssertEqual(ThaiCalendar.longDate(json.dueDate), "15 พฤศจิกายน 2565")

      let again = try await admin.json(.POST, "/api/v1/rounds", ["fiscalYear": 2565, "round": 12, "open": false])
      XCTAssertEqual(again.status, .ok)
      let same = try again.content.decode(RoundJSON.self)
      XCTAssertTrue(same.open, "an existing round is left as it is")
      XCTAssertEqual(same.dueDate, json.dueDate)

      let sixMonth = try await admin.json(
        .POST, "/api/v1/rounds", ["fiscalYear": 2565, "round": 6, "dueDate": NSNull()])
      XCTAssertEqual(sixMonth.status, .created)
      XCTAssertEqual(ThaiCalendar.longDate(try sixMonth.content.decode(RoundJSON.self).dueDate), "30 เมษายน 2565")

      let rounds = try await Browser(app).get("/api/v1/rounds").content.decode([RoundJSON].self)
      XCTAssertEqual(rounds.map(\.round), [6, 12])
      let audit = try await AuditEvent.query(on: app.db).filter(\.$entity == RoundQueries.entity).all()
      XCTAssertEqual(audit.map(\.action), ["สร้างรอบการรายงาน", "สร้างรอบการรายงาน"], "one record per round created")
      XCTAssertTrue(audit.allSatisfy { $0.actorName.contains("admin") })
    }
  }

  func testBadBodiesAreThaiFourHundreds() async throws {
    try await withApp { app in
      let admin = try await Browser.signedIn(app, as: "admin")
      let invalid = try await admin.json(
        .POST, "/api/v1/rounds", ["fiscalYear": 65, "round": 7, "dueDate": "31/10/2565"])
      XCTAssertEqual(invalid.status, .unprocessableEntity)
      for text in ["fiscalYear:", "round:", "dueDate:", "กรุณาเลือกรอบ 6 หรือ 12 เดือน", "ปปปป-ดด-วว"] {
        XCTAssertContains(invalid.body.string, text)
      }
      let buddhist = try await admin.json(
        .POST, "/api/v1/rounds", ["fiscalYear": 2565, "round": 6, "dueDate": "2565-04-30"])
      XCTAssertEqual(buddhist.status, .unprocessableEntity)
      XCTAssertContains(buddhist.body.string, "2022-04-30")
      let wrongType = try await admin.json(.POST, "/api/v1/rounds", ["fiscalYear": "สองพัน", "round": 6])
      XCTAssertEqual(wrongType.status, .badRequest)
      let reason = try wrongType.content.decode(ErrorJSON.self).reason
      XCTAssertTrue(reason.unicodeScalars.contains { (0x0E00...0x0E7F).contains($0.value) }, reason)
      let form = try await admin.post("/api/v1/rounds", ["fiscalYear": "2565", "round": "6"])
      XCTAssertEqual(form.status, .unsupportedMediaType)
      try await XCTAssertEqualAsync(try await ReportRound.query(on: app.db).count(), 0)
    }
  }
}

private struct ErrorJSON: Decodable {
  let reason: String
}
