import Domain
import Fluent
import XCTVapor

@testable import App

/// `sujarit demo`: a dataset to look at, made twice without harm, and the address really served.
final class DemoTests: XCTestCase {
  func testTheDemoDatasetGivesTheOfficerAPlanAndAReportInProgressAndTheProvinceSubmittedReports() async throws {
    try await withApp { app in
      _ = try await DemoAccounts.create(on: app.db, hasher: app.password.async, validity: 3600)
      let first = try await DemoData.load(on: app.db)
      let chonburi = try await Organization.query(on: app.db).filter(\.$provinceCode == DemoData.province).count()
      XCTAssertEqual(first.organizations, chonburi, "every LAO of the province")
      XCTAssertGreaterThan(first.entries, 0)
      let round = try XCTUnwrap(first.round)
      XCTAssertTrue(round.windowOpen)
      XCTAssertGreaterThan(round.dueDate, Date(), "the open round is the next one due")

      // The province's past rounds have submitted reports, and only its organizations have plans.
      let submitted = try await Report.query(on: app.db).filter(\.$status == .submitted).with(\.$round).all()
      XCTAssertFalse(submitted.isEmpty)
      XCTAssertTrue(submitted.allSatisfy { $0.round.dueDate < Date() })
      let planned = Set(try await Plan.query(on: app.db).all().map(\.orgCode))
      XCTAssertFalse(planned.contains(Fixtures.saraphi), "เชียงใหม่ is not part of the demo dataset")
      XCTAssertTrue(planned.contains(DemoData.officerOrg))

      // The demo officer signs in and finds the plan and the report half filled in.
      let officer = try await Browser.signedIn(app, as: DemoData.officerOrg, password: DemoAccounts.password)
      let plan = try await Plan.query(on: app.db).filter(\.$orgCode == DemoData.officerOrg).first()
      XCTAssertEqual(plan?.status, .approved)
      let report = try await Report.query(on: app.db).filter(\.$orgCode == DemoData.officerOrg)
        .filter(\.$round.$id == round.requireID()).first()
      XCTAssertEqual(report?.status, .draft)
      let page = try await officer.get(Paths.report(DemoData.officerOrg, round.fiscalYear, round.kind.rawValue))
      XCTAssertEqual(page.status, .ok)
      XCTAssertContains(page.body.string, "รอรายงาน")
      XCTAssertContains(page.body.string, "บันทึกทั้งหมด")
      let rows = try await ReportQueries(db: app.db).rows(
        planID: plan?.id, report: report, year: round.fiscalYear)
      let summary = ReportSummary(lines: rows.map(\.values.line))
      XCTAssertGreaterThan(summary.pending, 0, "in progress: some projects still to report")
      XCTAssertLessThan(summary.pending, summary.projects)

      // The province's monitor sees them on the dashboard.
      let last = try await ReportRound.query(on: app.db).filter(\.$windowOpen == false).sort(\.$dueDate, .descending)
        .first()
      let monitor = try await Browser.signedIn(app, as: "chonburi", password: DemoAccounts.password)
      let dashboard = try await monitor.get(
        Paths.dashboardProvince(DemoData.province) + "?round=\(try XCTUnwrap(last).slug)")
      XCTAssertEqual(dashboard.status, .ok)
      XCTAssertContains(dashboard.body.string, "บางละมุง")
      let pastRound = try XCTUnwrap(last)
      let period = try await FrameworkQueries(db: app.db).period(covering: pastRound.fiscalYear)
      let sums = try await OversightQueries(db: app.db).sums(
        in: .province(code: DemoData.province), round: pastRound, periodID: period.id, byDistrict: true)
      let figures = sums.reduce(into: AreaFigures()) { $0.add($1.figures) }
      XCTAssertGreaterThan(figures.rate.submitted, 0, "the province's dashboard counts submitted reports")

      // Last year's ITA results for every LAO of the province, on the monitors' ITA dashboard.
      XCTAssertEqual(first.itaResults, chonburi)
      let itaYear = round.fiscalYear - 1
      let ita = try await monitor.get(Paths.itaDashboard(Paths.dashboardProvince(DemoData.province)) + "?fy=\(itaYear)")
      XCTAssertEqual(ita.status, .ok)
      XCTAssertContains(ita.body.string, "หน่วยงานที่มีผลการประเมิน")

      // Twice: nothing fails, nothing doubles.
      let counts = (
        try await Plan.query(on: app.db).count(), try await Report.query(on: app.db).count(),
        try await ReportEntry.query(on: app.db).count(), try await ReportRound.query(on: app.db).count()
      )
      let second = try await DemoData.load(on: app.db)
      XCTAssertEqual(second.organizations, 0)
      XCTAssertEqual(second.entries, 0)
      XCTAssertEqual(second.itaResults, 0)
      XCTAssertEqual(second.round?.id, round.id)
      try await XCTAssertEqualAsync(try await Plan.query(on: app.db).count(), counts.0)
      try await XCTAssertEqualAsync(try await Report.query(on: app.db).count(), counts.1)
      try await XCTAssertEqualAsync(try await ReportEntry.query(on: app.db).count(), counts.2)
      try await XCTAssertEqualAsync(try await ReportRound.query(on: app.db).count(), counts.3)
      let audit = try await AuditEvent.query(on: app.db).filter(\.$actorName == DemoData.actor.name).all()
      XCTAssertTrue(audit.contains { $0.action == "สร้างรอบการรายงาน" }, "the demo's writes are audited")
    }
  }

  func testDemoArgumentsBecomeServeArguments() {
    let demo = DemoArguments(["sujarit", "demo", "--empty", "--port", "8081"])
    XCTAssertTrue(demo.isDemo)
    XCTAssertTrue(demo.empty)
    XCTAssertEqual(demo.serveArguments, ["sujarit", "serve", "--port", "8081"])
    let plain = DemoArguments(["sujarit", "demo"])
    XCTAssertFalse(plain.empty)
    XCTAssertEqual(plain.serveArguments, ["sujarit", "serve"])
    XCTAssertFalse(DemoArguments(["sujarit", "serve", "--empty"]).isDemo)
    XCTAssertEqual(DemoArguments(["sujarit", "serve", "--empty"]).serveArguments, ["sujarit", "serve", "--empty"])
    XCTAssertFalse(DemoArguments(["sujarit"]).isDemo)
    XCTAssertFalse(DemoArguments(["sujarit", "demo", "--help"]).isDemo, "help only, nothing set up")
  }

  func testTheAddressPrintedIsTheOneServed() async throws {
    XCTAssertEqual(ServedAddress.browserURL(host: "127.0.0.1", port: 8080), "http://127.0.0.1:8080")
    XCTAssertEqual(ServedAddress.browserURL(host: "0.0.0.0", port: 9000), "http://127.0.0.1:9000")
    XCTAssertEqual(ServedAddress.browserURL(host: "::", port: 9000), "http://[::1]:9000")
    XCTAssertEqual(ServedAddress.browserURL(host: "fe80::1", port: 81), "http://[fe80::1]:81")
    try await withApp(fixtures: false) { app in
      XCTAssertNil(Setup.openLine(app), "nothing printed before the server listens")
      // As `demo --port 0` would: the port the system gave, not 8080.
      try await app.server.start(address: .hostname("127.0.0.1", port: 0))
      let port = try XCTUnwrap(app.http.server.shared.localAddress?.port)
      XCTAssertNotEqual(port, 8080)
      XCTAssertEqual(Setup.openLine(app), "เปิด http://127.0.0.1:\(port) ในเบราว์เซอร์")
      await app.server.shutdown()
    }
  }
}
