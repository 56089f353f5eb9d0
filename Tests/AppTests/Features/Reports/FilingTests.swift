import Domain
import Fluent
import XCTVapor

@testable import App

/// Reports filed with projects still pending, and filed copies that never change.
final class FilingTests: XCTestCase {
  /// Two of three projects reported; reporter filled in.
  private func fillTwoOfThree(_ officer: Browser, _ projects: [PlanProject]) async throws {
    var form = ReportFixtures.row(projects[0], status: "ดำเนินการแล้วเสร็จ", disbursed: "4,000")
    form.merge(ReportFixtures.row(projects[1], status: "อยู่ระหว่างดำเนินการ", disbursed: "1,000")) { $1 }
    form[EntryForm.name("in_ordinance", projects[0].id!)] = "ใช่"
    try await XCTAssertEqualAsync(try await officer.post(ReportFixtures.path() + "/entries", form).status, .seeOther)
    try await officer.post(
      ReportFixtures.path() + "/overall",
      ["problems": "ฝนตกชุก", "reporterName": "นายสมชาย", "reporterPosition": "นิติกร"])
  }

  /// Sent with one project pending (confirming the warning) and confirmed by the executive.
  private func fileWithOnePending(_ app: Application) async throws -> (Browser, Browser, [PlanProject]) {
    let officer = try await ReportFixtures.officerInOpenRound(app)
    let projects = try await PlanFixtures.projects(app)
    try await fillTwoOfThree(officer, projects)

    let asked = try await officer.post(ReportFixtures.path() + "/send")
    XCTAssertEqual(asked.status, .ok)
    XCTAssertContains(asked.body.string, "ยังมี 1 โครงการรอรายงาน")
    XCTAssertContains(asked.body.string, "3. โครงการที่ 3")
    XCTAssertContains(asked.body.string, "name=\"confirm_pending\"")
    try await XCTAssertEqualAsync(try await ReportFixtures.report(app)?.status, .draft)
    let sent = try await officer.post(ReportFixtures.path() + "/send", ["confirm_pending": "1"])
    XCTAssertEqual(sent.status, .seeOther, sent.body.string)
    try await XCTAssertEqualAsync(try await ReportFixtures.report(app)?.status, .awaitingConfirmation)

    let executive = try await Browser.signedIn(app, as: "\(Fixtures.nongprue)-2")
    let page = try await executive.get(ReportFixtures.path()).body.string
    XCTAssertContains(page, "รับทราบว่ายังมี 1 โครงการรอรายงาน")
    XCTAssertContains(page, "3. โครงการที่ 3")
    let unticked = try await executive.post(ReportFixtures.path() + "/confirm")
    XCTAssertEqual(unticked.status, .unprocessableEntity)
    XCTAssertContains(unticked.body.string, "กรุณาทำเครื่องหมายรับทราบ")
    let confirmed = try await executive.post(ReportFixtures.path() + "/confirm", ["confirm_pending": "1"])
    XCTAssertEqual(confirmed.status, .seeOther, confirmed.body.string)
    try await XCTAssertEqualAsync(try await ReportFixtures.report(app)?.status, .submitted)
    return (officer, executive, projects)
  }

  func testAReportWithAPendingProjectIsSentConfirmedAndCounted() async throws {
    try await withApp { app in
      _ = try await fileWithOnePending(app)
      let print = try await Browser(app).get(ReportFixtures.path() + "/print").body.string
      XCTAssertContains(print, "รอรายงาน 1 โครงการ")
      XCTAssertContains(print, "บรรจุในข้อบัญญัติ: ใช่")
      XCTAssertContains(print, "ระดับ (รอบ 6 เดือน)")
      let stat = try await ReportStat.query(on: app.db).first()
      XCTAssertEqual(stat?.pending, 1)
      XCTAssertEqual(stat?.projects, 3)
      let api = try await Browser(app).get("/api/v1/organizations/\(Fixtures.nongprue)/reports/2566/6")
      let json = try api.content.decode(ReportJSON.self)
      XCTAssertEqual(json.pending, 1)
      XCTAssertEqual(json.level, "มาก", "50 % in a 6-month round is มาก")
      XCTAssertEqual(json.filings, 1)
      XCTAssertEqual(json.rows.first?.inOrdinance, true)
    }
  }

  func testNothingCountedOrNoReporterIsStillRefused() async throws {
    try await withApp { app in
      let officer = try await ReportFixtures.officerInOpenRound(app)
      let noReporter = try await officer.post(ReportFixtures.path() + "/send", ["confirm_pending": "1"])
      XCTAssertEqual(noReporter.status, .unprocessableEntity)
      XCTAssertContains(noReporter.body.string, "กรุณากรอกชื่อและตำแหน่งผู้รายงาน")
      try await XCTAssertEqualAsync(try await ReportFixtures.report(app)?.status, .draft)
    }
  }

  func testAmendingThePlanAfterFilingChangesNothingInTheFiledReport() async throws {
    try await withApp { app in
      let (officer, _, projects) = try await fileWithOnePending(app)
      let anonymous = Browser(app)
      let apiPath = "/api/v1/organizations/\(Fixtures.nongprue)/reports/2566/6"
      func views() async throws -> [String] {
        [
          try await anonymous.get(ReportFixtures.path()).body.string,
          try await anonymous.get(ReportFixtures.path() + "/print").body.string,
          try await anonymous.get(ReportFixtures.path() + "/export.csv").body.string,
          try await anonymous.get(apiPath).body.string,
        ]
      }
      let before = try await views()
      let dashboard = try await Browser.signedIn(app, as: "admin").get(
        Paths.dashboardNation + "?round=2566-6&format=csv"
      )
      .body.string
      XCTAssertContains(before[2], "โครงการที่ 1")

      // Rename and re-budget one project, remove another, add a new one, flag the third.
      let plan = PlanFixtures.period
      let renamed = try await officer.post(
        Paths.project(Fixtures.nongprue, plan, projects[0].id!.uuidString),
        PlanFixtures.project("ชื่อใหม่หลังส่ง", budget2566: "99,000").merging([
          "no": "1", "version": String(projects[0].version),
        ]) { $1 })
      XCTAssertEqual(renamed.status, .seeOther, renamed.body.string)
      try await XCTAssertEqualAsync(
        try await officer.post(Paths.projectAction(Fixtures.nongprue, plan, projects[1].id!.uuidString, "delete"))
          .status,
        .seeOther)
      try await XCTAssertEqualAsync(
        try await officer.post(
          Paths.projects(Fixtures.nongprue, plan), PlanFixtures.project("โครงการเพิ่มหลังส่ง", budget2566: "5,000")
        ).status, .seeOther)
      try await Browser.signedIn(app, as: "admin").post(
        Paths.projectAction(Fixtures.nongprue, plan, projects[2].id!.uuidString, "consistency"),
        ["inconsistent": "1", "reason": "ไม่ใช่มาตรการ"])
      let changed = try await PlanFixtures.projects(app)
      XCTAssertTrue(changed.contains { $0.name == "ชื่อใหม่หลังส่ง" }, "the plan did change")

      let after = try await views()
      XCTAssertEqual(after[1], before[1], "print view")
      XCTAssertEqual(after[2], before[2], "CSV")
      let decoder = JSONDecoder()
      decoder.dateDecodingStrategy = .iso8601
      XCTAssertEqual(
        try decoder.decode(ReportJSON.self, from: Data(after[3].utf8)),
        try decoder.decode(ReportJSON.self, from: Data(before[3].utf8)), "JSON")
      for text in after {
        XCTAssertFalse(text.contains("ชื่อใหม่หลังส่ง"))
        XCTAssertFalse(text.contains("โครงการเพิ่มหลังส่ง"))
      }
      XCTAssertContains(after[0], "โครงการที่ 2")
      let dashboardAfter = try await Browser.signedIn(app, as: "admin").get(
        Paths.dashboardNation + "?round=2566-6&format=csv"
      ).body.string
      XCTAssertEqual(dashboardAfter, dashboard)
    }
  }

  func testAResubmissionKeepsEveryCopyAndTwoCopiesCompare() async throws {
    try await withApp { app in
      let (officer, executive, projects) = try await fileWithOnePending(app)
      try await XCTAssertEqualAsync(
        try await Browser.signedIn(app, as: "banglamung").post(
          ReportFixtures.path() + "/return", ["comment": "รายงานโครงการที่ 3 ด้วย"]
        ).status, .seeOther)
      // The return reopens work on the live plan.
      try await officer.post(
        Paths.project(Fixtures.nongprue, PlanFixtures.period, projects[2].id!.uuidString),
        PlanFixtures.project("โครงการที่ 3 (ปรับชื่อ)", budget2566: "10,000").merging([
          "no": "3", "version": String(projects[2].version),
        ]) { $1 })
      try await XCTAssertContainsAsync(try await officer.get(ReportFixtures.path()).body.string, "โครงการที่ 3 (ปรับชื่อ)")
      var row = ReportFixtures.row(projects[2], status: "ดำเนินการแล้วเสร็จ")
      row[EntryForm.name("in_ordinance", projects[2].id!)] = "ไม่ใช่"
      try await XCTAssertEqualAsync(try await officer.post(ReportFixtures.path() + "/entries", row).status, .seeOther)
      try await XCTAssertEqualAsync(try await officer.post(ReportFixtures.path() + "/send").status, .seeOther)
      try await XCTAssertEqualAsync(try await executive.post(ReportFixtures.path() + "/confirm").status, .seeOther)

      let anonymous = Browser(app)
      let page = try await anonymous.get(ReportFixtures.path()).body.string
      XCTAssertContains(page, "ส่งครั้งที่ 1 เมื่อ")
      XCTAssertContains(page, "ส่งครั้งที่ 2 เมื่อ")
      let first = try await anonymous.get(ReportFixtures.path() + "/filings/1").body.string
      XCTAssertContains(first, "รอรายงาน 1 โครงการ")
      XCTAssertContains(first, "โครงการที่ 3")
      XCTAssertFalse(first.contains("ปรับชื่อ"))
      let second = try await anonymous.get(ReportFixtures.path() + "/filings/2").body.string
      XCTAssertContains(second, "รอรายงาน 0 โครงการ")
      let diff = try await anonymous.get(ReportFixtures.path() + "/filings/compare?from=1&to=2").body.string
      XCTAssertContains(diff, "โครงการที่ 3 (ปรับชื่อ)")
      XCTAssertContains(diff, "รอรายงาน")
      XCTAssertContains(diff, "บรรจุในข้อบัญญัติ")
      try await XCTAssertEqualAsync(
        try await anonymous.get(ReportFixtures.path() + "/filings/compare?from=9").status, .badRequest)
      try await XCTAssertEqualAsync(try await anonymous.get(ReportFixtures.path() + "/filings/3").status, .notFound)
      try await XCTAssertEqualAsync(try await ReportFiling.query(on: app.db).count(), 2)

      // The same copies through the API, for anyone.
      let api = "/api/v1/organizations/\(Fixtures.nongprue)/reports/2566/6/filings"
      let list = try await anonymous.get(api)
      XCTAssertEqual(list.status, .ok, list.body.string)
      XCTAssertEqual(try list.content.decode([FilingJSON].self).map(\.sequence), [1, 2])
      let copy1 = try await anonymous.get(api + "/1").content.decode(ReportJSON.self)
      XCTAssertEqual([copy1.pending, copy1.filings], [1, 2])
      XCTAssertEqual(copy1.rows.map(\.name), ["โครงการที่ 1", "โครงการที่ 2", "โครงการที่ 3"])
      let copy2 = try await anonymous.get(api + "/2").content.decode(ReportJSON.self)
      XCTAssertEqual(copy2.pending, 0)
      XCTAssertEqual(copy2.rows.last?.name, "โครงการที่ 3 (ปรับชื่อ)")
      for missing in ["/3", "/0", "/x", "/99999999999999999999999"] {
        try await XCTAssertEqualAsync(try await anonymous.get(api + missing).status, .notFound, missing)
      }
    }
  }

  func testCopiesOfANeverFiledReportDoNotExist() async throws {
    try await withApp { app in
      let officer = try await ReportFixtures.officerInOpenRound(app)
      try await officer.get(ReportFixtures.path())
      try await XCTAssertEqualAsync(try await Browser(app).get(ReportFixtures.path() + "/filings/1").status, .notFound)
      try await XCTAssertEqualAsync(try await officer.get(ReportFixtures.path() + "/filings/compare").status, .notFound)
      try await XCTAssertEqualAsync(
        try await Browser(app).get("/api/v1/organizations/\(Fixtures.nongprue)/reports/2566/6/filings").status,
        .notFound, "a draft has no copies, and says nothing more to the public")
    }
  }

  func testTheMigrationFreezesReportsSubmittedBeforeCopiesExisted() async throws {
    try await withApp { app in
      _ = try await fileWithOnePending(app)
      try await ReportFiling.query(on: app.db).delete()
      try await ReportTargetStat.query(on: app.db).delete()
      try await FilingQueries(db: app.db).freezeSubmitted()
      let copy = try await ReportFiling.query(on: app.db).first()
      XCTAssertEqual(copy?.sequence, 1)
      let filed = try copy.map(FilingQueries.decode)
      XCTAssertEqual(filed?.totals.pending, 1)
      XCTAssertEqual(filed?.reporterName, "นายสมชาย")
      XCTAssertGreaterThan(copy?.sizeBytes ?? 0, 100)
      try await FilingQueries(db: app.db).freezeSubmitted()
      try await XCTAssertEqualAsync(try await ReportFiling.query(on: app.db).count(), 1, "frozen once")
    }
  }

  func testTheCommandLineFilesAReportWithPendingProjects() async throws {
    try await withApp { app in
      _ = try await PlanFixtures.officerWithPlan(app)
      try await ReportFixtures.openRound(app, open: false)
      let file = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID()).csv")
      try Data("no,status,disbursed,in_ordinance\n1,ดำเนินการแล้วเสร็จ,100,ใช่\n2,,,\n".utf8).write(to: file)
      defer { try? FileManager.default.removeItem(at: file) }
      let console = TestConsole()
      let input = CommandInput(arguments: [
        "sujarit", "--org", Fixtures.nongprue, "--fiscal-year", "2566", "--round", "6", "--file", file.path, "--submit",
        "--reporter-name", "นางสาวใจดี", "--reporter-position", "นิติกร",
      ])
      var context = CommandContext(console: console, input: input)
      context.application = app
      try await ImportReportCommand().run(using: &context)
      XCTAssertTrue(console.output.contains("คำเตือน: ยังมี 2 โครงการรอรายงาน"), console.output)
      XCTAssertTrue(console.output.contains("ส่งรายงานแล้ว"), console.output)
      let report = try await ReportFixtures.report(app)
      XCTAssertEqual(report?.status, .submitted)
      let filed = try await FilingQueries(db: app.db).latest(of: report!.id!)
      XCTAssertEqual(filed?.totals.pending, 2)
      XCTAssertEqual(filed?.reporterName, "นางสาวใจดี")
      XCTAssertEqual(filed?.lines.first?.inOrdinance, true)
    }
  }
}

/// Collects what a command prints.
final class TestConsole: Console, @unchecked Sendable {
  var output = ""
  var userInfo: [AnySendableHashable: any Sendable] = [:]
  var size: (width: Int, height: Int) { (120, 40) }
  func input(isSecure: Bool) -> String { "" }
  func output(_ text: ConsoleText, newLine: Bool) { output += text.description + (newLine ? "\n" : "") }
  func report(error: String, newLine: Bool) { output += error + (newLine ? "\n" : "") }
  func clear(_ type: ConsoleClear) {}
}
