import Domain
import Fluent
import XCTVapor

@testable import App

final class DashboardTests: XCTestCase {
  /// หนองปรือ reports the 2566 6-month round (3 projects, all completed, half disbursed).
  private func submittedRound(_ app: Application) async throws {
    let officer = try await ReportFixtures.officerInOpenRound(app)
    try await ReportFixtures.fillAndSend(app, officer)
    try await Browser.signedIn(app, as: "\(Fixtures.nongprue)-2").post(ReportFixtures.path() + "/confirm")
  }

  func testEachMonitorLandsOnItsOwnAreaAndSeesNothingOutsideIt() async throws {
    try await withApp { app in
      try await submittedRound(app)
      let expected = [
        ("admin", Paths.dashboardNation), ("region2", Paths.dashboardRegion(2)),
        ("chonburi", Paths.dashboardProvince("20")),
        ("banglamung", Paths.dashboardDistrict("20", "บางละมุง")),
      ]
      for (who, path) in expected {
        let browser = try await Browser.signedIn(app, as: who)
        try await XCTAssertEqualAsync(try await browser.get(Paths.dashboard).location, path, who)
        try await XCTAssertEqualAsync(try await browser.get(path).status, .ok, who)
      }
      let forbidden = [
        ("region2", Paths.dashboardNation), ("region2", Paths.dashboardRegion(5)),
        ("region2", Paths.dashboardProvince("50")),
        ("chonburi", Paths.dashboardNation), ("chonburi", Paths.dashboardRegion(2)),
        ("chonburi", Paths.dashboardProvince("50")),
        ("chonburi", Paths.dashboardDistrict("50", "สารภี")), ("chiangmai", Paths.dashboardProvince("20")),
        ("banglamung", Paths.dashboardProvince("20")), ("banglamung", Paths.dashboardDistrict("20", "ศรีราชา")),
        (Fixtures.nongprue, Paths.dashboardDistrict("20", "บางละมุง")),
        ("\(Fixtures.nongprue)-2", Paths.dashboardNation),
      ]
      for (who, path) in forbidden {
        let browser = try await Browser.signedIn(app, as: who)
        for suffix in ["", "/missing", "?format=csv", "/missing?format=xlsx"] {
          try await XCTAssertEqualAsync(
            try await browser.get(path + suffix).status, .forbidden, "\(who) \(path)\(suffix)")
        }
        try await XCTAssertEqualAsync(
          try await browser.post(path + "/missing/remind", ["all": "1"]).status, .forbidden, "\(who) remind \(path)")
      }
      try await XCTAssertEqualAsync(try await Reminder.query(on: app.db).count(), 0)
      let anonymous = try await Browser(app).get(Paths.dashboardNation)
      XCTAssertTrue(anonymous.location.hasPrefix(Paths.login))
    }
  }

  func testFiguresRollUpAndTheProvinceMapShowsOnlyTheArea() async throws {
    try await withApp { app in
      try await submittedRound(app)
      let chonburi = try await Browser.signedIn(app, as: "chonburi")
      let province = try await chonburi.get(Paths.dashboardProvince("20")).body.string
      // Chon Buri has 4 organizations, one of which submitted.
      XCTAssertContains(province, "ส่งแล้ว 1 จาก 4 แห่ง")
      XCTAssertContains(province, "25.00 %")
      XCTAssertContains(province, "100.00 %")  // implementation of the submitted report
      XCTAssertContains(province, "50.00 %")  // disbursement
      XCTAssertContains(province, "อำเภอบางละมุง")
      XCTAssertContains(province, "มิติที่ 1")
      XCTAssertFalse(province.contains("province-map"), "no map below region level")
      let region = try await Browser.signedIn(app, as: "region2").get(Paths.dashboardRegion(2)).body.string
      XCTAssertContains(region, "province-map")
      XCTAssertContains(region, "ชลบุรี: ร้อยละ 25.00")
      XCTAssertFalse(region.contains("เชียงใหม่:"), "only the region's provinces are drawn")
      let nation = try await Browser.signedIn(app, as: "admin").get(Paths.dashboardNation).body.string
      XCTAssertContains(nation, "ส่งแล้ว 1 จาก 7 แห่ง")
      XCTAssertContains(nation, "OpenStreetMap")

      let csv = try await chonburi.get(Paths.dashboardProvince("20") + "?format=csv&sort=rate&dir=desc")
      XCTAssertEqual(csv.headers.contentType?.description, "text/csv; charset=utf-8")
      let table = CSVTable(parsing: csv.body.string)
      XCTAssertEqual(table.header.first, "อำเภอ")
      XCTAssertEqual(table.rows.map(\.first), ["อำเภอบางละมุง", "อำเภอศรีราชา"])
      XCTAssertEqual(table.rows[0][1...3], ["3", "1", "33.33"])
      let groups = CSVTable(
        parsing: try await chonburi.get(Paths.dashboardProvince("20") + "?table=groups&format=csv").body.string)
      XCTAssertEqual(groups.header, DashboardModel.groupHeader)
      XCTAssertEqual(groups.rows.first?.prefix(2), ["มิติที่ 1 การสร้างวัฒนธรรมสุจริต", "1"])
      let trend = CSVTable(
        parsing: try await chonburi.get(Paths.dashboardProvince("20") + "?table=trend&format=csv").body.string)
      XCTAssertEqual(trend.rows.map { $0.prefix(4) }, [["2566/6", "4", "1", "25.00"]])
      let xlsx = try await chonburi.get(Paths.dashboardProvince("20") + "?format=xlsx")
      XCTAssertTrue(Data(buffer: xlsx.body).starts(with: [0x50, 0x4B]))
    }
  }

  func testAnOrganizationThatDidNotExistOnTheDueDateIsNotExpected() async throws {
    try await withApp { app in
      try await submittedRound(app)
      let bowin = try await Organization.find("6200301", on: app.db)!
      bowin.activeFrom = ThaiCalendar.date(buddhistYear: 2567, month: 1, day: 1)
      try await bowin.update(on: app.db)
      let page = try await Browser.signedIn(app, as: "chonburi").get(Paths.dashboardProvince("20")).body.string
      XCTAssertContains(page, "ส่งแล้ว 1 จาก 3 แห่ง")
      let missing = try await Browser.signedIn(app, as: "chonburi").get(Paths.dashboardProvince("20") + "/missing").body
        .string
      XCTAssertFalse(missing.contains("บ่อวิน"))
      XCTAssertContains(missing, "เมืองพัทยา")
      XCTAssertFalse(missing.contains("เทศบาลเมืองหนองปรือ"), "submitted")
    }
  }

  func testRemindersAreRecordedShownAtLoginAndLimitedToOnePerDay() async throws {
    try await withApp { app in
      try await submittedRound(app)
      let monitor = try await Browser.signedIn(app, as: "banglamung")
      let district = Paths.dashboardDistrict("20", "บางละมุง")
      let none = try await monitor.post(district + "/missing/remind?round=2566-6", [:])
      XCTAssertEqual(none.status, .unprocessableEntity)
      XCTAssertContains(none.body.string, "กรุณาเลือก อปท.")
      let first = try await monitor.post(district + "/missing/remind?round=2566-6", ["codes[]": Fixtures.huaiyai])
      XCTAssertEqual(first.status, .seeOther)
      let all = try await monitor.post(district + "/missing/remind?round=2566-6", ["all": "1"])
      XCTAssertEqual(all.status, .seeOther)
      try await XCTAssertEqualAsync(try await Reminder.query(on: app.db).count(), 2, "ห้วยใหญ่ once, พัทยา once")
      try await XCTAssertEqualAsync(
        try await Reminder.query(on: app.db).filter(\.$orgCode == Fixtures.nongprue).count(), 0, "already submitted")
      // A provincial monitor reminding the same LAO on the same day is skipped too.
      try await Browser.signedIn(app, as: "chonburi").post(
        Paths.dashboardProvince("20") + "/missing/remind?round=2566-6", ["codes[]": Fixtures.huaiyai])
      try await XCTAssertEqualAsync(try await Reminder.query(on: app.db).count(), 2)

      let officer = try await Browser.signedIn(app, as: Fixtures.huaiyai)
      let home = try await officer.get(Paths.home).body.string
      XCTAssertContains(home, "คำเตือนจากผู้กำกับดูแล")
      XCTAssertContains(home, "ขอให้ส่งรายงานผลการดำเนินงาน")
      try await XCTAssertContainsAsync(
        try await officer.get(Paths.home).body.string.contains("คำเตือนจากผู้กำกับดูแล") ? "again" : "seen once", "seen once")
      let events = try await AuditEvent.query(on: app.db).filter(\.$entity == ReminderQueries.entity).count()
      XCTAssertEqual(events, 2)
      let list = try await monitor.get(district + "/missing?round=2566-6&format=csv")
      XCTAssertEqual(CSVTable(parsing: list.body.string).rows.count, 2)
    }
  }
}

final class DashboardComparisonTests: XCTestCase {
  func testComparisonsByTypeAndProvinceAndTheTrendAcrossRounds() async throws {
    try await withApp { app in
      let officer = try await ReportFixtures.officerInOpenRound(app)
      try await ReportFixtures.fillAndSend(app, officer)
      try await Browser.signedIn(app, as: "\(Fixtures.nongprue)-2").post(ReportFixtures.path() + "/confirm")
      try await ReportFixtures.openRound(app, kind: 12)
      let admin = try await Browser.signedIn(app, as: "admin")
      let byType = try await admin.get(Paths.dashboardNation + "?round=2566-6&by=type&format=csv")
      let types = CSVTable(parsing: byType.body.string)
      XCTAssertEqual(types.header.first, "ประเภท อปท.")
      let town = types.rows.first { $0.first == "เทศบาลเมือง" }
      XCTAssertEqual(town?[1...3], ["1", "1", "100.00"])
      let byProvince = CSVTable(
        parsing: try await admin.get(Paths.dashboardNation + "?round=2566-6&by=province&format=csv").body.string)
      XCTAssertEqual(Set(byProvince.rows.map(\.first)), ["ชลบุรี", "เชียงใหม่", "กรุงเทพมหานคร"])
      let page = try await admin.get(Paths.dashboardNation + "?round=2566-12").body.string
      XCTAssertContains(page, "แนวโน้มตามรอบการรายงาน")
      XCTAssertContains(page, "trend-chart")
      XCTAssertContains(page, "<td>2566/6</td>")
      XCTAssertContains(page, "<td>2566/12</td>")
      let chonburi = try await Browser.signedIn(app, as: "chonburi").get(
        Paths.dashboardProvince("20") + "?by=province&format=csv")
      XCTAssertEqual(CSVTable(parsing: chonburi.body.string).rows.map(\.first), ["ชลบุรี"], "only its own province")
    }
  }

  func testAConfirmationRefreshesItsOwnRoundOfTheTrendAndOnlyThatRoundsVersion() async throws {
    try await withApp { app in
      try await ReportFixtures.fillAndSend(app, try await ReportFixtures.officerInOpenRound(app))
      try await Browser.signedIn(app, as: "\(Fixtures.nongprue)-2").post(ReportFixtures.path() + "/confirm")
      try await ReportFixtures.openRound(app, kind: 12)
      let admin = try await Browser.signedIn(app, as: "admin")
      let trend = Paths.dashboardNation + "?round=2566-12&format=csv&table=trend"
      let submitted = { () async throws -> [String: String] in
        let rows = CSVTable(parsing: try await admin.get(trend).body.string).rows
        return Dictionary(rows.map { ($0[0], $0[2]) }, uniquingKeysWith: { first, _ in first })
      }
      try await XCTAssertEqualAsync(try await submitted(), ["2566/6": "1", "2566/12": "0"])
      let before = try await StatsQueries.figuresVersions(on: app.db)

      let officer = try await Browser.signedIn(app, as: Fixtures.nongprue)
      try await ReportFixtures.fillAndSend(app, officer, kind: 12)
      try await Browser.signedIn(app, as: "\(Fixtures.nongprue)-2").post(ReportFixtures.path(12) + "/confirm")

      try await XCTAssertEqualAsync(try await submitted(), ["2566/6": "1", "2566/12": "1"], "shown at once")
      let after = try await StatsQueries.figuresVersions(on: app.db)
      let rounds = try await ReportRound.query(on: app.db).all()
      let twelve = try XCTUnwrap(rounds.first { $0.kind == .twelveMonth }?.id)
      let six = try XCTUnwrap(rounds.first { $0.kind == .sixMonth }?.id)
      XCTAssertEqual(after.all, before.all, "a confirmation leaves the other rounds' figures alone")
      XCTAssertEqual(after.rounds[six], before.rounds[six])
      XCTAssertGreaterThan(after.rounds[twelve] ?? 0, before.rounds[twelve] ?? 0)
    }
  }
}

final class ReviewQueueTests: XCTestCase {
  func testNationalStaffSeeFlaggedProjectsAndUnusualLines() async throws {
    try await withApp { app in
      let officer = try await ReportFixtures.officerInOpenRound(app)
      let projects = try await PlanFixtures.projects(app)
      var form = ReportFixtures.row(projects[0], status: "ดำเนินการแล้วเสร็จ", disbursed: "12,000", note: "ใช้เงินสะสมเพิ่ม")
      form.merge(
        ReportFixtures.row(projects[1], status: "ไม่สามารถดำเนินการได้", reason: "อื่นๆ", reasonText: "น้ำท่วมพื้นที่")
      ) { $1 }
      form.merge(ReportFixtures.row(projects[2], status: "ดำเนินการแล้วเสร็จ")) { $1 }
      try await XCTAssertEqualAsync(try await officer.post(ReportFixtures.path() + "/entries", form).status, .seeOther)
      try await officer.post(ReportFixtures.path() + "/overall", ["reporterName": "ก", "reporterPosition": "ข"])
      try await officer.post(ReportFixtures.path() + "/send")
      try await Browser.signedIn(app, as: "\(Fixtures.nongprue)-2").post(ReportFixtures.path() + "/confirm")
      let admin = try await Browser.signedIn(app, as: "admin")
      try await admin.post(
        Paths.projectAction(Fixtures.nongprue, PlanFixtures.period, projects[2].id!.uuidString, "consistency"),
        ["inconsistent": "1", "reason": "ไม่ใช่มาตรการป้องกันการทุจริต"])
      let page = try await admin.get(Paths.review + "?round=2566-6").body.string
      XCTAssertContains(page, "ไม่ใช่มาตรการป้องกันการทุจริต")
      XCTAssertContains(page, "เบิกจ่าย 12,000.00 เกินงบประมาณ 10,000.00 บาท: ใช้เงินสะสมเพิ่ม")
      XCTAssertContains(page, "ไม่สามารถดำเนินการได้ (อื่นๆ): น้ำท่วมพื้นที่")
      for who in ["chonburi", "region2", Fixtures.nongprue] {
        try await XCTAssertEqualAsync(
          try await Browser.signedIn(app, as: who).get(Paths.review).status, .forbidden, who)
      }
    }
  }
}

/// Keeps the messages instead of sending them.
actor RecordingMailer: Mailer {
  private(set) var sent: [(to: String, subject: String, body: String)] = []
  func send(to: String, subject: String, body: String) async throws { sent.append((to, subject, body)) }
}

final class ReminderMailTests: XCTestCase {
  func testRemindersAreEmailedToCoordinatorsWhenAMailerIsConfigured() async throws {
    try await withApp { app in
      try await ReportFixtures.openRound(app)
      let huaiyai = try await Organization.find(Fixtures.huaiyai, on: app.db)!
      huaiyai.coordinatorEmail = "legal@huaiyai.go.th"
      try await huaiyai.update(on: app.db)
      let mailer = RecordingMailer()
      app.mailer = mailer
      let monitor = try await Browser.signedIn(app, as: "banglamung")
      let sent = try await monitor.post(
        Paths.dashboardDistrict("20", "บางละมุง") + "/missing/remind?round=2566-6", ["all": "1"])
      XCTAssertEqual(sent.status, .seeOther)
      let messages = await mailer.sent
      XCTAssertEqual(messages.map(\.to), ["legal@huaiyai.go.th"], "only organizations with a coordinator e-mail")
      XCTAssertEqual(messages.first?.subject, "เตือนส่งรายงาน ปีงบประมาณ พ.ศ. 2566 รอบ 6 เดือน")
      let channels = try await Reminder.query(on: app.db).sort(\.$orgCode).all().map(\.channel)
      XCTAssertEqual(channels, ["in-app", "in-app", "email"])  // พัทยา, หนองปรือ, ห้วยใหญ่ (3200408 < 4200401 < 5200403)
    }
  }
}

final class DashboardReturnTests: XCTestCase {
  func testAReturnedReportLeavesTheFiguresUntilItIsConfirmedAgain() async throws {
    try await withApp { app in
      let officer = try await ReportFixtures.officerInOpenRound(app)
      try await ReportFixtures.fillAndSend(app, officer)
      let executive = try await Browser.signedIn(app, as: "\(Fixtures.nongprue)-2")
      try await executive.post(ReportFixtures.path() + "/confirm")
      let chonburi = try await Browser.signedIn(app, as: "chonburi")
      let province = Paths.dashboardProvince("20") + "?round=2566-6"
      try await XCTAssertContainsAsync(try await chonburi.get(province).body.string, "ส่งแล้ว 1 จาก 4 แห่ง")
      try await chonburi.post(ReportFixtures.path() + "/return", ["comment": "แก้ไขงบประมาณ"])
      let returned = try await chonburi.get(province).body.string
      XCTAssertContains(returned, "ส่งแล้ว 0 จาก 4 แห่ง")
      XCTAssertContains(returned, "ยังไม่มีรายงานที่ส่งแล้วในรอบนี้")
      try await XCTAssertEqualAsync(try await ReportGroupStat.query(on: app.db).count(), 0)
      try await officer.post(ReportFixtures.path() + "/send")
      try await executive.post(ReportFixtures.path() + "/confirm")
      try await XCTAssertContainsAsync(try await chonburi.get(province).body.string, "ส่งแล้ว 1 จาก 4 แห่ง")
      try await XCTAssertEqualAsync(try await ReportStat.query(on: app.db).count(), 1)
    }
  }
}
