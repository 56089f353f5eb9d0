import Domain
import Fluent
import XCTVapor

@testable import App

final class BangkokTests: XCTestCase {
  private let rollup = Paths.units(UnitFixtures.bma) + "?round=2566-6"

  /// กรุงเทพมหานคร, two district offices and สำนักการโยธา (added by the admin) in the 2566
  /// 6-month round: the BMA and พระนคร submitted, ดุสิต has no report, the department a draft.
  private func world(_ app: Application) async throws {
    try await UnitFixtures.bangkok(app)
    try await ReportFixtures.openRound(app)
    let admin = try await Browser.signedIn(app, as: "admin")
    try await XCTAssertEqualAsync(try await admin.post(Paths.bangkokUnits, ["name": "สำนักการโยธา"]).status, .seeOther)
    try await UnitFixtures.plan(app, org: UnitFixtures.bma, status: .approved, approvedAt: UnitFixtures.day(2565, 9, 1))
    try await UnitFixtures.plan(app, org: UnitFixtures.phraNakhon)
    try await UnitFixtures.report(
      app, org: UnitFixtures.bma, projects: 4, completed: 2, inProgress: 2, budget: 100_000, disbursed: 40_000)
    try await UnitFixtures.report(
      app, org: UnitFixtures.phraNakhon, projects: 2, completed: 2, budget: 50_000, disbursed: 50_000)
    try await UnitFixtures.report(app, org: "1102001", submitted: false)
  }

  func testTheNationalAdminAddsAUnitWithACodeThatCannotClash() async throws {
    try await withApp { app in
      try await UnitFixtures.bangkok(app)
      let admin = try await Browser.signedIn(app, as: "admin")
      try await XCTAssertContainsAsync(try await admin.get(Paths.bangkokUnits).body.string, "สำนักงานเขตพระนคร")
      try await XCTAssertEqualAsync(
        try await admin.post(Paths.bangkokUnits, ["name": " สำนักการโยธา "]).status, .seeOther)
      let unit = try await Organization.find("1102001", on: app.db)
      XCTAssertEqual(unit?.name, "สำนักการโยธา")
      XCTAssertEqual(unit?.parentCode, UnitFixtures.bma)
      XCTAssertEqual(unit?.organizationType, .bangkokUnit)
      XCTAssertEqual(unit?.provinceCode, "10")
      let event = try await AuditEvent.query(on: app.db).filter(\.$action == "เพิ่มหน่วยงานของกรุงเทพมหานคร").first()
      XCTAssertEqual(event?.orgCode, "1102001")
      try await XCTAssertEqualAsync(
        try await admin.post(Paths.bangkokUnits, ["code": "1102050", "name": "สำนักการศึกษา"]).status, .seeOther)

      for (form, message) in [
        (["name": "สำนักการโยธา"], "มีหน่วยงานชื่อ สำนักการโยธา"),
        (["code": "1102001", "name": "สำนักอนามัย"], "รหัส 1102001 มีอยู่แล้ว"),
        (["code": "2200101", "name": "สำนักอนามัย"], "1102001–1102999"),
        (["code": "1101003", "name": "สำนักอนามัย"], "1102001–1102999"),
        (["code": "1102000", "name": "สำนักอนามัย"], "1102001–1102999"),
        (["name": "Public Works"], "ต้องเป็นภาษาไทย"),
        (["name": ""], "กรุณากรอกชื่อหน่วยงาน"),
      ] {
        let response = try await admin.post(Paths.bangkokUnits, form)
        XCTAssertEqual(response.status, .unprocessableEntity, "\(form)")
        XCTAssertContains(response.body.string, message)
      }
      for who in ["chonburi", UnitFixtures.bma, "bangkok"] {
        let browser = try await Browser.signedIn(app, as: who)
        try await XCTAssertEqualAsync(try await browser.get(Paths.bangkokUnits).status, .forbidden, who)
        try await XCTAssertEqualAsync(
          try await browser.post(Paths.bangkokUnits, ["name": "สำนักอนามัย"]).status, .forbidden, who)
      }
      let anonymous = try await Browser(app).get(Paths.bangkokUnits)
      XCTAssertTrue(anonymous.location.hasPrefix(Paths.login))
      try await XCTAssertEqualAsync(
        try await Organization.query(on: app.db).filter(\.$parentCode == UnitFixtures.bma).count(), 4)
    }
  }

  func testTheBMAOfficeSeesEveryUnitWithFiguresAndTotals() async throws {
    try await withApp { app in
      try await world(app)
      let office = try await Browser.signedIn(app, as: UnitFixtures.bma)
      let page = try await office.get(rollup)
      XCTAssertEqual(page.status, .ok)
      let html = page.body.string
      for text in [
        "สำนักงานเขตพระนคร", "สำนักงานเขตดุสิต", "สำนักการโยธา", "กำลังกรอก", "ยังไม่เริ่มรายงาน", "ยังไม่มีแผน",
        "รวมทั้งกรุงเทพมหานคร (4 หน่วยงาน)", "ส่งแล้ว 2 จาก 4 แห่ง", "83.33", "60.00", "150,000.00",
      ] {
        XCTAssertContains(html, text)
      }
      XCTAssertContains(html, Paths.report(UnitFixtures.phraNakhon, 2566, 6) + "/return")
      XCTAssertFalse(html.contains(Paths.report(UnitFixtures.bma, 2566, 6) + "/return"), "not its own report")

      let csv = CSVTable(parsing: try await office.get(rollup + "&format=csv").body.string)
      XCTAssertEqual(csv.header, UnitRollupModel.header)
      XCTAssertEqual(
        csv.rows.map(\.first), [UnitFixtures.bma, UnitFixtures.phraNakhon, UnitFixtures.dusit, "1102001", ""])
      XCTAssertEqual(csv.rows[3][5], "—", "a draft shows its status only")
      XCTAssertEqual(csv.rows[4][5...11], ["6", "4", "2", "83.33", "150,000.00", "90,000.00", "60.00"])
      let xlsx = try await office.get(rollup + "&format=xlsx")
      XCTAssertEqual(xlsx.headers.contentType?.description, FileDownload.xlsxType)
      let print = try await office.get(Paths.unitsPrint(UnitFixtures.bma) + "?round=2566-6")
      XCTAssertEqual(print.status, .ok)
      XCTAssertContains(print.body.string, "/static/print.css")
      XCTAssertContains(print.body.string, "รวมทั้งกรุงเทพมหานคร")
      try await XCTAssertContainsAsync(
        try await office.get(Paths.organization(UnitFixtures.bma)).body.string, Paths.units(UnitFixtures.bma))
    }
  }

  /// Who may see the roll-up: the BMA's own accounts and monitors whose area holds Bangkok.
  func testOnlyTheBMAAndBangkoksMonitorsSeeTheRollUp() async throws {
    try await withApp { app in
      try await world(app)
      for who in [UnitFixtures.bma, "\(UnitFixtures.bma)-2", "bangkok", "admin"] {
        let browser = try await Browser.signedIn(app, as: who)
        for path in [rollup, rollup + "&format=csv", Paths.unitsPrint(UnitFixtures.bma)] {
          try await XCTAssertEqualAsync(try await browser.get(path).status, .ok, "\(who) \(path)")
        }
      }
      for who in [UnitFixtures.phraNakhon, UnitFixtures.dusit, "chonburi", "region2", Fixtures.nongprue] {
        let browser = try await Browser.signedIn(app, as: who)
        for path in [rollup, rollup + "&format=xlsx", Paths.unitsPrint(UnitFixtures.bma)] {
          try await XCTAssertEqualAsync(try await browser.get(path).status, .forbidden, "\(who) \(path)")
        }
      }
      // A district office has no units of its own: it sees only itself (its own pages).
      let district = try await Browser.signedIn(app, as: UnitFixtures.phraNakhon)
      try await XCTAssertEqualAsync(try await district.get(Paths.units(UnitFixtures.phraNakhon)).status, .notFound)
      let anonymous = try await Browser(app).get(rollup)
      XCTAssertTrue(anonymous.location.hasPrefix(Paths.login))
    }
  }

  func testTheBMAOfficerReturnsAUnitsReportButNoUnitReturnsAnothersOrBangkoks() async throws {
    try await withApp { app in
      try await world(app)
      try await UnitFixtures.report(app, org: UnitFixtures.dusit, projects: 1, completed: 1)
      let comment = ["comment": "กรุณาแนบหลักฐาน"]
      let phraNakhonReport = Paths.report(UnitFixtures.phraNakhon, 2566, 6)
      for (who, path) in [
        (UnitFixtures.dusit, phraNakhonReport), (UnitFixtures.phraNakhon, Paths.report(UnitFixtures.bma, 2566, 6)),
        (UnitFixtures.phraNakhon, Paths.report(UnitFixtures.dusit, 2566, 6)),
        ("\(UnitFixtures.bma)-2", phraNakhonReport), (UnitFixtures.bma, Paths.report(UnitFixtures.bma, 2566, 6)),
        ("chonburi", phraNakhonReport),
      ] {
        let response = try await Browser.signedIn(app, as: who).post(path + "/return", comment)
        XCTAssertEqual(response.status, .forbidden, "\(who) \(path)")
      }
      let office = try await Browser.signedIn(app, as: UnitFixtures.bma)
      try await XCTAssertContainsAsync(
        try await office.get(phraNakhonReport).body.string, "หน่วยงานต้นสังกัด: ส่งรายงานกลับให้แก้ไข")
      let returned = try await office.post(phraNakhonReport + "/return", comment)
      XCTAssertEqual(returned.status, .seeOther, returned.body.string)
      let report = try await Report.query(on: app.db).filter(\.$orgCode == UnitFixtures.phraNakhon).first()
      XCTAssertEqual(report?.status, .returned)
      XCTAssertEqual(report?.returnComment, "กรุณาแนบหลักฐาน")
      try await XCTAssertEqualAsync(
        try await ReportStat.query(on: app.db).filter(\.$orgCode == UnitFixtures.phraNakhon).count(), 0)
      let event = try await AuditEvent.query(on: app.db).filter(\.$orgCode == UnitFixtures.phraNakhon).first()
      XCTAssertNotNil(event)
      // Returned once: a second return is a state conflict, not a permission one.
      try await XCTAssertEqualAsync(try await office.post(phraNakhonReport + "/return", comment).status, .conflict)
      try await XCTAssertContainsAsync(try await office.get(rollup).body.string, "ส่งกลับให้แก้ไข")
    }
  }

  /// Each unit reports its own plan and the roll-up is summed on reading, never stored, so
  /// Bangkok and its units are each counted once in the national figures.
  func testBangkokAndItsUnitsAreCountedOnceInTheDashboards() async throws {
    try await withApp { app in
      try await world(app)
      let nation = try await Browser.signedIn(app, as: "admin").get(Paths.dashboardNation + "?round=2566-6").body.string
      XCTAssertContains(nation, "จากรายงานที่ส่งแล้ว 6 โครงการ")
      XCTAssertContains(nation, "ส่งแล้ว 2 จาก 9 แห่ง")
      let bangkok = try await Browser.signedIn(app, as: "bangkok").get(Paths.dashboardProvince("10") + "?round=2566-6")
        .body.string
      XCTAssertContains(bangkok, "ส่งแล้ว 2 จาก 4 แห่ง")
      XCTAssertContains(bangkok, "83.33 %")
      XCTAssertContains(bangkok, "60.00 %")
      try await XCTAssertEqualAsync(try await ReportStat.query(on: app.db).count(), 2, "one row per submitted report")
    }
  }
}
