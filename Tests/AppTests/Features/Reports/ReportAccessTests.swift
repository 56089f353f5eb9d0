import Domain
import Fluent
import XCTVapor

@testable import App

final class ReportAccessTests: XCTestCase {
  func testUnsubmittedReportsAreSeenOnlyByTheOrganizationAndItsMonitors() async throws {
    try await withApp { app in
      let officer = try await ReportFixtures.officerInOpenRound(app)
      try await XCTAssertEqualAsync(try await officer.get(ReportFixtures.path()).status, .ok)
      let api = "/api/v1/organizations/\(Fixtures.nongprue)/reports/2566/6"
      for who in ["\(Fixtures.nongprue)-2", "banglamung", "chonburi", "region2", "admin"] {
        let browser = try await Browser.signedIn(app, as: who)
        try await XCTAssertEqualAsync(try await browser.get(ReportFixtures.path()).status, .ok, who)
        try await XCTAssertEqualAsync(try await browser.get(api).status, .ok, who)
      }
      for who in [Fixtures.huaiyai, "chiangmai"] {
        let browser = try await Browser.signedIn(app, as: who)
        for path in [
          ReportFixtures.path(), api, ReportFixtures.path() + "/print", ReportFixtures.path() + "/export.csv",
        ] {
          try await XCTAssertEqualAsync(try await browser.get(path).status, .forbidden, "\(who) \(path)")
        }
      }
      let anonymous = try await Browser(app).get(ReportFixtures.path())
      XCTAssertTrue(anonymous.location.hasPrefix(Paths.login))
      try await XCTAssertEqualAsync(try await Browser(app).get(api).status, .unauthorized)

      try await ReportFixtures.fillAndSend(app, officer)
      try await Browser.signedIn(app, as: "\(Fixtures.nongprue)-2").post(ReportFixtures.path() + "/confirm")
      let json = try await Browser(app).get(api)
      XCTAssertEqual(json.status, .ok, "submitted reports are public")
      let report = try json.content.decode(ReportJSON.self)
      XCTAssertEqual(report.projects, 3)
      XCTAssertEqual(report.completed, 3)
      XCTAssertEqual(report.budget, "30000.00")
      XCTAssertEqual(report.disbursed, "15000.00")
      XCTAssertEqual(report.disbursementPercent, "50.00")
      XCTAssertEqual(report.implementationPercent, "100.00")
      XCTAssertEqual(report.level, "มาก")
      XCTAssertTrue(report.late)
      XCTAssertNotNil(report.submittedAt)
      XCTAssertEqual(report.rows.map(\.status), Array(repeating: "ดำเนินการแล้วเสร็จ", count: 3))
      try await XCTAssertEqualAsync(try await Browser(app).get(ReportFixtures.path() + "/print").status, .ok)
    }
  }

  func testOnlyTheOwnOfficerWritesOnlyTheExecutiveConfirmsOnlyAreaMonitorsReturn() async throws {
    try await withApp { app in
      let officer = try await ReportFixtures.officerInOpenRound(app)
      let project = try await PlanFixtures.projects(app)[0]
      let row = ReportFixtures.row(project, status: "ดำเนินการแล้วเสร็จ")
      for who in ["\(Fixtures.nongprue)-2", Fixtures.huaiyai, "banglamung", "admin"] {
        let browser = try await Browser.signedIn(app, as: who)
        let expected = HTTPStatus.forbidden
        try await XCTAssertEqualAsync(
          try await browser.post(ReportFixtures.path() + "/entries", row).status, expected, who)
        try await XCTAssertEqualAsync(
          try await browser.post(ReportFixtures.path() + "/overall", ["reporterName": "x"]).status, expected, who)
        try await XCTAssertEqualAsync(try await browser.post(ReportFixtures.path() + "/send").status, expected, who)
      }
      try await XCTAssertEqualAsync(try await ReportEntry.query(on: app.db).count(), 0)

      try await ReportFixtures.fillAndSend(app, officer)
      for who in [Fixtures.nongprue, "banglamung", "admin"] {
        let browser = try await Browser.signedIn(app, as: who)
        try await XCTAssertEqualAsync(
          try await browser.post(ReportFixtures.path() + "/confirm").status, .forbidden, who)
      }
      let executive = try await Browser.signedIn(app, as: "\(Fixtures.nongprue)-2")
      try await executive.post(ReportFixtures.path() + "/confirm")
      for who in ["chiangmai", Fixtures.nongprue, "\(Fixtures.nongprue)-2", Fixtures.huaiyai] {
        let browser = try await Browser.signedIn(app, as: who)
        try await XCTAssertEqualAsync(
          try await browser.post(ReportFixtures.path() + "/return", ["comment": "แก้ไข"]).status, .forbidden, who)
      }
      try await XCTAssertEqualAsync(try await ReportFixtures.report(app)!.status, .submitted)
      let twice = try await executive.post(ReportFixtures.path() + "/confirm")
      XCTAssertEqual(twice.status, .conflict)
      XCTAssertContains(twice.body.string, "ยืนยันรายงานไม่ได้ เพราะรายงานอยู่ในสถานะ ส่งแล้ว")
      try await XCTAssertEqualAsync(
        try await Browser.signedIn(app, as: "region2").post(ReportFixtures.path() + "/return", ["comment": "แก้ไข"])
          .status,
        .seeOther)
    }
  }

  func testEachLockedStateTellsTheOfficerWhy() async throws {
    try await withApp { app in
      let officer = try await PlanFixtures.officerWithPlan(app)
      let project = try await PlanFixtures.projects(app)[0]
      let row = ReportFixtures.row(project, status: "ดำเนินการแล้วเสร็จ")
      try await ReportFixtures.openRound(app, open: false)
      let notOpen = try await officer.post(ReportFixtures.path() + "/entries", row)
      XCTAssertEqual(notOpen.status, .conflict)
      XCTAssertContains(notOpen.body.string, "ยังไม่เปิดรับรายงานรอบนี้")
      try await XCTAssertContainsAsync(try await officer.get(ReportFixtures.path()).body.string, "ยังไม่เปิดรับรายงานรอบนี้")

      let admin = try await Browser.signedIn(app, as: "admin")
      try await admin.post(Paths.round("2566-6") + "/window", ["open": "1"])
      try await admin.post(Paths.round("2566-6") + "/window", ["open": "0"])
      let closed = try await officer.post(ReportFixtures.path() + "/entries", row)
      XCTAssertContains(closed.body.string, "ปิดรับรายงานรอบนี้แล้ว")

      let future = ThaiCalendar.numericDate(Date().addingTimeInterval(5 * 24 * 3600))
      try await admin.post(
        Paths.round("2566-6") + "/extensions", ["orgCode": Fixtures.nongprue, "until": future, "reason": "น้ำท่วม"])
      try await XCTAssertContainsAsync(
        try await officer.get(ReportFixtures.path()).body.string, "ได้รับการขยายเวลาส่งรายงานถึงวันที่")
      try await XCTAssertEqualAsync(try await officer.post(ReportFixtures.path() + "/entries", row).status, .seeOther)
      try await XCTAssertEqualAsync(
        try await Browser.signedIn(app, as: Fixtures.huaiyai).get(Paths.report(Fixtures.huaiyai, 2566, 6)).status, .ok)

      try await ReportFixtures.fillAndSend(app, officer)
      try await Browser.signedIn(app, as: "\(Fixtures.nongprue)-2").post(ReportFixtures.path() + "/confirm")
      let submitted = try await officer.post(ReportFixtures.path() + "/entries", row)
      XCTAssertEqual(submitted.status, .conflict)
      XCTAssertContains(submitted.body.string, "ส่งรายงานรอบนี้แล้ว")
      let late = try await ReportFixtures.report(app)!.late
      XCTAssertTrue(late, "a report sent under an extension after the due date is marked late")
    }
  }
}
