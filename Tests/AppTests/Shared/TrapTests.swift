import Domain
import Fluent
import SQLKit
import XCTVapor
import ZIPFoundation

@testable import App

/// Requests and stored data that used to trap the process (a trap stops the whole national
/// service): every one of them now answers, in Thai, and the server keeps running.
final class TrapTests: XCTestCase {
  func testTheAmountThatOverflowedIsRefusedWithAThaiReason() async throws {
    try await withApp { app in
      let officer = try await ReportFixtures.officerInOpenRound(app, projects: 1)
      let project = try await PlanFixtures.projects(app)[0]
      try await officer.get(ReportFixtures.path())
      let row = ReportFixtures.row(
        project, status: "ดำเนินการแล้วเสร็จ", budget: "4611686018427", disbursed: "4611686018427", note: "x")
      let page = try await officer.post(ReportFixtures.path() + "/entries", row)
      XCTAssertEqual(page.status, .unprocessableEntity)
      XCTAssertContains(page.body.string, "จำนวนเงินต้องไม่เกิน 999,999,999,999.99 บาท")
      XCTAssertContains(page.body.string, "4611686018427")  // what was typed stays in the form
      let autosave = try await officer.post(ReportFixtures.path() + "/entries", row, acceptJSON: true)
      XCTAssertTrue(autosave.status.code < 500, "\(autosave.status)")
      try await XCTAssertEqualAsync(try await ReportEntry.query(on: app.db).count(), 0, "nothing stored")
    }
  }

  /// Amounts written before the limit existed (or by hand) must not crash any page that sums them.
  func testStoredAbsurdAmountsAreShownNotTrappedOn() async throws {
    try await withApp { app in
      let officer = try await ReportFixtures.officerInOpenRound(app, projects: 3)
      try await ReportFixtures.fillAndSend(app, officer)
      let sql = app.db as! any SQLDatabase
      try await sql.raw(
        "UPDATE report_entries SET budget_satang = \(bind: Int64.max / 2), disbursed_satang = \(bind: Int64.max - 5)"
      ).run()
      try await sql.raw("UPDATE plan_project_budgets SET amount_satang = \(bind: Int64.max / 2)").run()
      let executive = try await Browser.signedIn(app, as: "\(Fixtures.nongprue)-2")
      try await XCTAssertEqualAsync(try await executive.post(ReportFixtures.path() + "/confirm").status, .seeOther)
      let admin = try await Browser.signedIn(app, as: "admin")
      let path = ReportFixtures.path()
      for page in [
        path, path + "/print", path + "/export.csv", path + "/export.xlsx", PlanFixtures.plan,
        PlanFixtures.plan + "/print",
        PlanFixtures.plan + "/export.csv", Paths.dashboardNation, Paths.dashboardProvince("20"), Paths.areaPlans,
        "/api/v1/organizations/\(Fixtures.nongprue)/reports/\(ReportFixtures.year)/6",
        "/api/v1/organizations/\(Fixtures.nongprue)/plans/\(PlanFixtures.period)",
        Paths.dashboardNation + "?format=csv&table=trend", Paths.dashboardNation + "?format=csv&table=groups",
      ] {
        let response = try await admin.get(page)
        XCTAssertEqual(response.status, .ok, page)
      }
      let report = try await admin.get(path).body.string
      XCTAssertContains(report, "92,233,720,368,547,758.02")  // the sum saturates at the largest amount
    }
  }

  func testAPageNumberTooLargeForAnyOffsetShowsTheLastPage() async throws {
    try await withApp { app in
      try await ReportFixtures.openRound(app)
      let admin = try await Browser.signedIn(app, as: "admin")
      let huge = String(Int.max)
      for path in [
        "/plans?page=\(huge)", "/admin/users?page=\(huge)", "/admin/audit?page=\(huge)", "/organizations?page=\(huge)",
        "/api/v1/organizations?page=\(huge)", "/organizations?page=-\(huge)", "/plans?page=99999999999999999999999",
        "/dashboard/provinces/20/missing?page=\(huge)", "/admin/users?page=0",
        "/dashboard/nation/plan-deadlines?page=\(huge)", "/dashboard/provinces/20/plan-deadlines?page=-1&show=none",
      ] {
        let response = try await admin.get(path)
        XCTAssertEqual(response.status, .ok, path)
      }
      let api = try await admin.get("/api/v1/organizations?page=\(huge)&per=200").content.decode(
        OrganizationPageJSON.self)
      XCTAssertEqual(api.page, 1, "7 organizations fill one page: the last page is 1")
      try await XCTAssertContainsAsync(try await admin.get("/admin/users?page=\(huge)").body.string, "หน้า 1 จาก 1")
      let words = try await admin.get("/plans?page=abc")
      XCTAssertEqual(words.status, .badRequest)
      XCTAssertContains(words.body.string, "เลขหน้าต้องเป็นตัวเลข")
      let monitor = try await Browser.signedIn(app, as: "chonburi")
      try await XCTAssertEqualAsync(try await monitor.get("/plans?page=\(huge)").status, .ok)
    }
  }

  func testAPeriodYearAtTheEdgeOfIntIsRefusedNotAddedTo() async throws {
    try await withApp { app in
      let admin = try await Browser.signedIn(app, as: "admin")
      let max = String(Int.max)
      let response = try await admin.post(Paths.frameworks, ["startYear": max, "endYear": max])
      XCTAssertEqual(response.status, .unprocessableEntity)
      XCTAssertContains(response.body.string, "กรุณากรอกปีเริ่มต้นเป็นปี พ.ศ.")
      let far = try await admin.post(Paths.frameworks, ["startYear": "2571", "endYear": max])
      XCTAssertEqual(far.status, .unprocessableEntity)
    }
  }

  func testCraftedWorkbooksAreRefusedNotTrappedOn() throws {
    func workbook(_ sheet: String, shared: String? = nil) throws -> Data {
      var files = [("xl/worksheets/sheet1.xml", sheet)]
      if let shared { files.append(("xl/sharedStrings.xml", shared)) }
      return try XLSXTestArchive.make(files)
    }
    let head = #"<?xml version="1.0"?><worksheet><sheetData><row r="1">"#
    let tail = "</row></sheetData></worksheet>"
    // A column reference past Int (used to overflow) and one past Excel's last column.
    for reference in [String(repeating: "Z", count: 20) + "1", "XFE1", "ZZZZZZZ1"] {
      let data = try workbook(head + #"<c r="\#(reference)" t="inlineStr"><is><t>x</t></is></c>"# + tail)
      XCTAssertThrowsError(try XLSXReader.rows(from: data), reference)
    }
    // A shared-string index below zero (used to read shared[-1]).
    let negative = try workbook(
      head + #"<c r="A1" t="s"><v>-1</v></c>"# + tail, shared: #"<sst><si><t>ok</t></si></sst>"#)
    XCTAssertEqual(try XLSXReader.rows(from: negative), [[""]])
    // A sheet that inflates past the limit, whatever size the archive claims.
    let big = try workbook(
      head + String(repeating: #"<c t="inlineStr"><is><t>aaaaaaaaaa</t></is></c>"#, count: 200) + tail)
    XCTAssertThrowsError(try XLSXReader.rows(from: big, maxBytes: 4_000))
    // Entity declarations (the "billion laughs") are refused before any parsing.
    let laughs = try workbook(
      #"<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>"#
        + #"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>"#
    )
    XCTAssertThrowsError(try XLSXReader.rows(from: laughs))
  }
}

/// Builds small .xlsx archives for tests.
enum XLSXTestArchive {
  static func make(_ files: [(String, String)]) throws -> Data {
    let archive = try Archive(accessMode: .create)
    for (path, text) in files {
      let data = Data(text.utf8)
      try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
        position, size in data.subdata(in: Int(position)..<Int(position) + size)
      }
    }
    return archive.data ?? Data()
  }
}
