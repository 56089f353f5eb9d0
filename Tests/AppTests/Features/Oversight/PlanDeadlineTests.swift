import Domain
import Fluent
import XCTVapor

@testable import App

final class PlanDeadlineTests: XCTestCase {
  /// 2566–2570 plans are due by 30 September 2565. In Chon Buri: พัทยา has no plan,
  /// หนองปรือ approved on time, ห้วยใหญ่ has a draft, บ่อวิน (ศรีราชา) approved late.
  private func plans(_ app: Application) async throws {
    try await UnitFixtures.plan(
      app, org: Fixtures.nongprue, status: .approved, approvedAt: UnitFixtures.day(2565, 9, 30))
    try await UnitFixtures.plan(app, org: Fixtures.huaiyai)
    // Approved late, then amended: still counted by its first approval.
    try await UnitFixtures.plan(app, org: "6200301", status: .draft, approvedAt: UnitFixtures.day(2565, 10, 15))
  }

  private let province = Paths.planDeadlines(Paths.dashboardProvince("20"))
  private let district = Paths.planDeadlines(Paths.dashboardDistrict("20", "บางละมุง"))

  func testTheDefaultDueDateOf2566IsShippedAndShownOnTheFrameworkAndTheAPI() async throws {
    try await withApp { app in
      let period = try await UnitFixtures.period(app)
      XCTAssertEqual(period.planDueDate.map(ThaiCalendar.isoDate), "2022-09-30")
      let older = try await UnitFixtures.period(app, "2561-2565")
      XCTAssertNil(older.planDueDate, "other periods stay empty")
      try await XCTAssertContainsAsync(
        try await Browser(app).get(Paths.framework(PlanFixtures.period)).body.string, "ภายในวันที่ 30 กันยายน 2565")
      let api = try await Browser(app).get("/api/v1/plan-periods/\(PlanFixtures.period)").content.decode(
        PeriodJSON.self)
      XCTAssertEqual(api.planDueDate, "2022-09-30")
    }
  }

  func testMonitorsSeeWhoHasNoPlanNoApprovedPlanOrApprovedLate() async throws {
    try await withApp { app in
      try await plans(app)
      let monitor = try await Browser.signedIn(app, as: "chonburi")
      let page = try await monitor.get(province)
      XCTAssertEqual(page.status, .ok)
      let html = page.body.string
      XCTAssertContains(html, "3 แห่ง")
      XCTAssertContains(html, "เมืองพัทยา")
      XCTAssertContains(html, "ยังไม่มีแผน")
      XCTAssertContains(html, "ยังไม่อนุมัติ (ร่าง)")
      XCTAssertContains(html, "อนุมัติล่าช้า (15 ตุลาคม 2565)")
      XCTAssertFalse(html.contains("เทศบาลเมืองหนองปรือ"), "approved on the due day is on time")
      let late = try await monitor.get(province + "?show=late").body.string
      XCTAssertContains(late, "อบต.บ่อวิน")
      XCTAssertFalse(late.contains("เมืองพัทยา"))
      try await XCTAssertEqualAsync(try await monitor.get(province + "?show=bogus").status, .badRequest)

      let csv = CSVTable(parsing: try await monitor.get(province + "?format=csv").body.string)
      XCTAssertEqual(csv.header[3], "สถานะแผน")
      XCTAssertEqual(csv.rows.map(\.first), [Fixtures.pattaya, Fixtures.huaiyai, "6200301"])
      XCTAssertEqual(csv.rows[2][7], "15", "days late at approval")
      let xlsx = try await monitor.get(province + "?format=xlsx")
      XCTAssertEqual(xlsx.headers.contentType?.description, FileDownload.xlsxType)
      try await ReportFixtures.openRound(app)
      try await XCTAssertContainsAsync(
        try await monitor.get(Paths.dashboardProvince("20")).body.string, "/plan-deadlines")
    }
  }

  func testOnlyMonitorsOfTheAreaSeeTheListOrRemind() async throws {
    try await withApp { app in
      try await plans(app)
      for (who, path) in [
        ("admin", Paths.planDeadlines(Paths.dashboardNation)),
        ("region2", Paths.planDeadlines(Paths.dashboardRegion(2))),
        ("chonburi", province), ("banglamung", district),
      ] {
        try await XCTAssertEqualAsync(try await Browser.signedIn(app, as: who).get(path).status, .ok, who)
      }
      for (who, path) in [
        ("chiangmai", province), ("banglamung", province), ("region2", Paths.planDeadlines(Paths.dashboardNation)),
        (Fixtures.nongprue, district), ("\(Fixtures.nongprue)-2", province),
      ] {
        let browser = try await Browser.signedIn(app, as: who)
        try await XCTAssertEqualAsync(try await browser.get(path).status, .forbidden, "\(who) \(path)")
        try await XCTAssertEqualAsync(try await browser.get(path + "?format=csv").status, .forbidden, "\(who) csv")
        try await XCTAssertEqualAsync(
          try await browser.post(path + "/remind", ["all": "1"]).status, .forbidden, "\(who) remind")
      }
      let anonymous = try await Browser(app).get(province)
      XCTAssertTrue(anonymous.location.hasPrefix(Paths.login))
      try await XCTAssertEqualAsync(try await Reminder.query(on: app.db).count(), 0)
    }
  }

  func testRemindersGoOnlyToThoseStillWithoutAnApprovedPlanOncePerDayAndTopic() async throws {
    try await withApp { app in
      try await plans(app)
      try await ReportFixtures.openRound(app)
      let monitor = try await Browser.signedIn(app, as: "banglamung")
      let none = try await monitor.post(district + "/remind", [:])
      XCTAssertEqual(none.status, .unprocessableEntity)
      XCTAssertContains(none.body.string, "กรุณาเลือก อปท.")
      try await XCTAssertEqualAsync(try await monitor.post(district + "/remind", ["all": "1"]).status, .seeOther)
      let reminders = try await Reminder.query(on: app.db).filter(\.$topic == "plan").all()
      XCTAssertEqual(Set(reminders.map(\.orgCode)), [Fixtures.pattaya, Fixtures.huaiyai])
      XCTAssertTrue(reminders.allSatisfy { $0.periodID != nil && $0.roundID == nil })
      // The same day: skipped, whoever asks; the late approver บ่อวิน is never reminded.
      try await Browser.signedIn(app, as: "chonburi").post(province + "/remind", ["all": "1"])
      try await XCTAssertEqualAsync(try await Reminder.query(on: app.db).filter(\.$topic == "plan").count(), 2)
      // A reminder to report is another topic, with its own limit.
      try await monitor.post(
        Paths.missingReports(Paths.dashboardDistrict("20", "บางละมุง")) + "/remind?round=2566-6",
        ["codes[]": Fixtures.huaiyai])
      try await XCTAssertEqualAsync(try await Reminder.query(on: app.db).filter(\.$topic == "report").count(), 1)
      let events = try await AuditEvent.query(on: app.db).filter(\.$action == "เตือนให้จัดทำและอนุมัติแผน").count()
      XCTAssertEqual(events, 2)

      let home = try await Browser.signedIn(app, as: Fixtures.huaiyai).get(Paths.home).body.string
      XCTAssertContains(home, "ขอให้จัดทำแผนปฏิบัติการป้องกันการทุจริต")
      XCTAssertContains(home, Paths.organizationPlans(Fixtures.huaiyai))
    }
  }

  func testTheNationalAdminSetsOrClearsTheDueDateAndOthersMayNot() async throws {
    try await withApp { app in
      try await plans(app)
      let due = Paths.frameworkPlanDue(PlanFixtures.period)
      for who in ["chonburi", Fixtures.nongprue, "region2"] {
        let response = try await Browser.signedIn(app, as: who).post(due, ["planDueDate": "1/1/2566"])
        XCTAssertEqual(response.status, .forbidden, who)
      }
      let anonymous = try await Browser(app).post(due, ["planDueDate": "1/1/2566"])
      XCTAssertTrue(anonymous.location.hasPrefix(Paths.login), anonymous.location)
      let admin = try await Browser.signedIn(app, as: "admin")
      let bad = try await admin.post(due, ["planDueDate": "31/2/2565"])
      XCTAssertEqual(bad.status, .unprocessableEntity)
      XCTAssertContains(bad.body.string, "กรุณากรอกวันกำหนดส่งแผน")
      let unchanged = try await UnitFixtures.period(app)
      XCTAssertEqual(unchanged.planDueDate.map(ThaiCalendar.isoDate), "2022-09-30")

      try await XCTAssertEqualAsync(try await admin.post(due, ["planDueDate": "๑๕/๑๐/๒๕๖๕"]).status, .seeOther)
      let moved = try await UnitFixtures.period(app)
      XCTAssertEqual(moved.planDueDate.map(ThaiCalendar.isoDate), "2022-10-15")
      let event = try await AuditEvent.query(on: app.db).filter(\.$action == "กำหนดวันส่งแผน").first()
      XCTAssertNotNil(event)
      // บ่อวิน's approval on 15 ตุลาคม is now on time.
      let monitor = try await Browser.signedIn(app, as: "chonburi")
      try await XCTAssertContainsAsync(try await monitor.get(province).body.string, "2 แห่ง")

      try await XCTAssertEqualAsync(try await admin.post(due, ["planDueDate": ""]).status, .seeOther)
      let cleared = try await UnitFixtures.period(app)
      XCTAssertNil(cleared.planDueDate)
      let undated = try await monitor.get(province).body.string
      XCTAssertContains(undated, "ยังไม่กำหนดวันส่งแผน")
      XCTAssertFalse(undated.contains("อนุมัติล่าช้า"))
    }
  }
}
