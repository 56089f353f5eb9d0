import Domain
import Fluent
import XCTVapor

@testable import App

final class ComplaintStatisticsRouteTests: XCTestCase {
  /// Three cases: one closed as unfounded, one not taken up, one still open.
  func fileThree(_ app: Application) async throws {
    let (_, closed) = try await ComplaintFixtures.file(app)
    let (_, refused) = try await ComplaintFixtures.file(app, Fixtures.nongprue, ComplaintFixtures.anonymous)
    _ = try await ComplaintFixtures.file(app, Fixtures.nongprue, ComplaintFixtures.anonymous)
    let handler = try await Browser.signedIn(app, as: ComplaintCaseTests.complaintOfficer)
    try await handler.post(Paths.complaintMove(closed), ["state": "considering"])
    try await handler.post(Paths.complaintMove(closed), ["state": "closed", "outcome": "unfounded", "reason": "ไม่มีมูล"])
    try await handler.post(Paths.complaintMove(refused), ["state": "not_taken_up", "reason": "ไม่มีหลักฐาน"])
  }

  func testPublishedStatisticsCountTheCases() async throws {
    try await withApp { app in
      try await fileThree(app)
      let year = FiscalYear(containing: Date()).buddhistYear
      let anyone = Browser(app)
      let api = try await anyone.get(Paths.apiComplaintStatistics(Fixtures.nongprue, year))
      XCTAssertEqual(api.status, .ok)
      let counts = try api.content.decode(ComplaintStatisticsDTO.self)
      XCTAssertEqual(
        [counts.received, counts.inProgress, counts.completed, counts.notTakenUp, counts.overdue], [3, 1, 1, 1, 0])
      XCTAssertEqual(counts.byOutcome, ["unfounded": 1])
      XCTAssertEqual(counts.byConcern, ["person": 1, "project": 2])
      XCTAssertEqual(counts.firstHalf.received + counts.secondHalf.received, 3)
      let page = try await anyone.get(Paths.complaintStatistics(Fixtures.nongprue, year))
      XCTAssertEqual(page.status, .ok)
      XCTAssertContains(page.body.string, "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต")
      XCTAssertFalse(page.body.string.contains("ผู้อำนวยการกองช่าง"), "counts only")
      let csv = try await anyone.get(Paths.complaintStatisticsCSV(Fixtures.nongprue, year))
      XCTAssertEqual(csv.status, .ok)
      XCTAssertContains(csv.body.string, "เรื่องที่รับ")
      XCTAssertContains(csv.body.string, "ทั้งปีงบประมาณ \(year),3,1,1,1,0")
      let latest = try await anyone.get(Paths.complaintStatistics(Fixtures.nongprue))
      XCTAssertEqual(latest.location, Paths.complaintStatistics(Fixtures.nongprue, year))
      try await XCTAssertEqualAsync(
        try await anyone.get(Paths.complaintStatistics(Fixtures.nongprue) + "/abc").status, .badRequest)
      try await XCTAssertEqualAsync(
        try await anyone.get(Paths.apiComplaintStatistics("9999999", year)).status, .notFound)
      let empty = try await anyone.get(Paths.apiComplaintStatistics(Fixtures.huaiyai, year)).content.decode(
        ComplaintStatisticsDTO.self)
      XCTAssertEqual(empty.received, 0)
    }
  }

  func testMonitorsSeeTheirAreasTotalsOnly() async throws {
    try await withApp { app in
      try await fileThree(app)
      _ = try await ComplaintFixtures.file(app, Fixtures.saraphi, ComplaintFixtures.anonymous)
      let province = try await Browser.signedIn(app, as: "chonburi")
      let page = try await province.get(Paths.complaintDashboard(Paths.dashboardProvince("20")))
      XCTAssertEqual(page.status, .ok)
      XCTAssertContains(page.body.string, "รวม: รับ 3 เรื่อง อยู่ระหว่างดำเนินการ 1 แล้วเสร็จ 1 ไม่รับไว้พิจารณา 1")
      XCTAssertFalse(page.body.string.contains("สารภี"))
      XCTAssertFalse(page.body.string.contains("ผู้อำนวยการกองช่าง"))
      let admin = try await Browser.signedIn(app, as: "admin")
      let nation = try await admin.get(Paths.complaintDashboard(Paths.dashboardNation))
      XCTAssertContains(nation.body.string, "รวม: รับ 4 เรื่อง")
      let csv = try await admin.get(
        Paths.withQuery(Paths.complaintDashboard(Paths.dashboardNation), [("format", "csv")]))
      XCTAssertContains(csv.body.string, "\(Fixtures.nongprue),เทศบาลเมืองหนองปรือ,3,1,1,1,0")
      for outsider in ["chiangmai", Fixtures.nongprue, ComplaintCaseTests.complaintOfficer] {
        let browser = try await Browser.signedIn(app, as: outsider)
        try await XCTAssertEqualAsync(
          try await browser.get(Paths.complaintDashboard(Paths.dashboardProvince("20"))).status, .forbidden, outsider)
      }
      try await XCTAssertEqualAsync(
        try await province.get(Paths.withQuery(Paths.complaintDashboard(Paths.dashboardProvince("20")), [("fy", "x")]))
          .status, .badRequest)
    }
  }

  func testTheDemoHasComplaintsOnceAndOneIsOverdue() async throws {
    try await withApp { app in
      try await XCTAssertEqualAsync(try await DemoComplaints.load(app), 3)
      try await XCTAssertEqualAsync(try await DemoComplaints.load(app), 0)
      let cases = try await Complaint.query(on: app.db).all()
      XCTAssertEqual(cases.filter { $0.isOverdue(now: Date()) && $0.state.isOpen }.count, 1)
      XCTAssertEqual(cases.filter { $0.state == .closed }.count, 1)
      let list = try await Browser.signedIn(app, as: ComplaintCaseTests.complaintOfficer).get(Paths.complaintCases)
      XCTAssertContains(list.body.string, "เกินกำหนด")
    }
  }

  func testTheOitComplaintItemIsTheChannelAndItsStatistics() async throws {
    try await withApp { app in
      let year = FiscalYear(containing: Date()).buddhistYear
      let supplied = try await OitSourceQueries(db: app.db).supplied(
        Fixtures.nongprue, year, sources: [.complaintStatistics])
      let urls = supplied[.complaintStatistics]?.compactMap(\.url) ?? []
      XCTAssertEqual(
        urls, [Paths.complaintForm(Fixtures.nongprue), Paths.complaintStatistics(Fixtures.nongprue, year)])
    }
  }
}
