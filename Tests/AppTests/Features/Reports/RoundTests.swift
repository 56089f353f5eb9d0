import Domain
import Fluent
import XCTVapor

@testable import App

final class RoundTests: XCTestCase {
  func testOnlyNationalAdminManagesRounds() async throws {
    try await withApp { app in
      let anonymous = try await Browser(app).get(Paths.rounds)
      XCTAssertTrue(anonymous.location.hasPrefix(Paths.login))
      for who in ["chonburi", "region2", "banglamung", Fixtures.nongprue, "\(Fixtures.nongprue)-2"] {
        let browser = try await Browser.signedIn(app, as: who)
        try await XCTAssertEqualAsync(try await browser.get(Paths.rounds).status, .forbidden, who)
        try await XCTAssertEqualAsync(
          try await browser.post(Paths.rounds, ["fiscalYear": "2569", "kind": "6"]).status, .forbidden, who)
      }
      try await XCTAssertEqualAsync(try await ReportRound.query(on: app.db).count(), 0)
    }
  }

  func testAdminCreatesOpensAndClosesARound() async throws {
    try await withApp { app in
      let admin = try await Browser.signedIn(app, as: "admin")
      let created = try await admin.post(Paths.rounds, ["fiscalYear": "2569", "kind": "6", "dueDate": ""])
      XCTAssertEqual(created.location, Paths.round("2569-6"))
      let round = try await ReportRound.query(on: app.db).first()!
      XCTAssertEqual(ThaiCalendar.longDate(round.dueDate), "30 เมษายน 2569")
      XCTAssertFalse(round.windowOpen)
      let page = try await admin.get(Paths.round("2569-6"))
      XCTAssertContains(page.body.string, "ผลการดำเนินงาน 1 ตุลาคม 2568 – 31 มีนาคม 2569")

      try await XCTAssertEqualAsync(
        try await admin.post(Paths.round("2569-6") + "/window", ["open": "1"]).status, .seeOther)
      try await XCTAssertEqualAsync(try await ReportRound.query(on: app.db).first()!.windowOpen, true)
      try await XCTAssertEqualAsync(
        try await admin.post(Paths.round("2569-6") + "/window", ["open": "0"]).status, .seeOther)
      try await XCTAssertEqualAsync(try await ReportRound.query(on: app.db).first()!.windowOpen, false)
      let actions = try await AuditEvent.query(on: app.db).filter(\.$entity == RoundQueries.entity).sort(\.$at).all()
        .map(\.action)
      XCTAssertEqual(actions, ["สร้างรอบการรายงาน", "เปิดรับรายงาน", "ปิดรับรายงาน"])

      let rounds = try await Browser(app).get("/api/v1/rounds").content.decode([RoundJSON].self)
      XCTAssertEqual(rounds.map(\.title), ["ปีงบประมาณ พ.ศ. 2569 รอบ 6 เดือน"])
    }
  }

  func testBadOrDuplicateRoundsAreRefusedInThai() async throws {
    try await withApp { app in
      let admin = try await Browser.signedIn(app, as: "admin")
      try await admin.post(Paths.rounds, ["fiscalYear": "2569", "kind": "12"])
      let duplicate = try await admin.post(Paths.rounds, ["fiscalYear": "๒๕๖๙", "kind": "12"])
      XCTAssertEqual(duplicate.status, .unprocessableEntity)
      XCTAssertContains(duplicate.body.string, "มีรอบ 12 เดือน ของปีงบประมาณ 2569 อยู่แล้ว")
      let bad = try await admin.post(Paths.rounds, ["fiscalYear": "69", "kind": "3", "dueDate": "31/2/2569"])
      XCTAssertEqual(bad.status, .unprocessableEntity)
      XCTAssertContains(bad.body.string, "กรุณากรอกปีงบประมาณ พ.ศ.")
      XCTAssertContains(bad.body.string, "กรุณาเลือกรอบ 6 หรือ 12 เดือน")
      XCTAssertContains(bad.body.string, "value=\"31/2/2569\"")
      try await XCTAssertEqualAsync(try await ReportRound.query(on: app.db).count(), 1)
      try await XCTAssertEqualAsync(try await admin.get(Paths.round("2569-7")).status, .notFound)
    }
  }

  func testDueDatesAndExtensions() async throws {
    try await withApp { app in
      let admin = try await Browser.signedIn(app, as: "admin")
      let year = FiscalYear(containing: Date()).buddhistYear
      try await admin.post(Paths.rounds, ["fiscalYear": String(year), "kind": "12"])
      let path = Paths.round("\(year)-12")
      try await XCTAssertEqualAsync(try await admin.post(path + "/due", ["dueDate": "15/11/\(year)"]).status, .seeOther)
      try await XCTAssertEqualAsync(
        ThaiCalendar.longDate(try await ReportRound.query(on: app.db).first()!.dueDate), "15 พฤศจิกายน \(year)")
      try await XCTAssertEqualAsync(
        try await admin.post(path + "/due", ["dueDate": "พรุ่งนี้"]).status, .unprocessableEntity)

      let future = ThaiCalendar.numericDate(Date().addingTimeInterval(10 * 24 * 3600))
      let unknown = try await admin.post(
        path + "/extensions", ["orgCode": "9999999", "until": future, "reason": "น้ำท่วม"])
      XCTAssertContains(unknown.body.string, "ไม่พบ อปท. รหัสนี้")
      let past = try await admin.post(
        path + "/extensions", ["orgCode": Fixtures.nongprue, "until": "1/1/2560", "reason": "x"])
      XCTAssertContains(past.body.string, "ต้องเป็นวันในอนาคต")
      let noReason = try await admin.post(
        path + "/extensions", ["orgCode": Fixtures.nongprue, "until": future, "reason": " "])
      XCTAssertContains(noReason.body.string, "กรุณาระบุเหตุผล")
      try await XCTAssertEqualAsync(
        try await admin.post(path + "/extensions", ["orgCode": Fixtures.nongprue, "until": future, "reason": "น้ำท่วม"])
          .status, .seeOther)
      try await XCTAssertEqualAsync(
        try await admin.post(path + "/extensions", ["orgCode": Fixtures.nongprue, "until": future, "reason": "ขยายซ้ำ"])
          .status, .seeOther)
      let extensions = try await ReportExtension.query(on: app.db).all()
      XCTAssertEqual(extensions.map(\.reason), ["ขยายซ้ำ"], "one extension per organization, updated")
      try await XCTAssertContainsAsync(try await admin.get(path).body.string, "เทศบาลเมืองหนองปรือ")
      try await XCTAssertEqualAsync(
        try await Browser.signedIn(app, as: "chonburi").post(
          path + "/extensions/\(extensions[0].id!.uuidString)/delete"
        ).status, .forbidden)
      try await XCTAssertEqualAsync(
        try await admin.post(path + "/extensions/\(extensions[0].id!.uuidString)/delete").status, .seeOther)
      try await XCTAssertEqualAsync(try await ReportExtension.query(on: app.db).count(), 0)
    }
  }
}
