import Domain
import Fluent
import SQLKit
import XCTVapor

@testable import App

/// Seed 004's FY2565 table.
let itaSeedRow = "86.63,66.37,76.97,67.18,74.73,99.04,98.29,98.11,91.00,100.00"
let itaHeader = "code,i1,i2,i3,i4,i5,i6,i7,i8,i9,i10,iit_respondents,eit_respondents\n"

/// Imports results through the same path as the admin page.
func importIta(_ app: Application, year: Int = 2565, _ csv: String) async throws -> Int {
  let table = CSVTable(parsing: itaHeader + csv)
  return try await ItaImportRunner.run(
    (table.header, table.rows), fiscalYear: year, db: app.db, actor: AuditActor.system)
}

final class ItaAdminTests: XCTestCase {
  func testOnlyNationalAdminEntersAndImports() async throws {
    try await withApp { app in
      let anonymous = try await Browser(app).get(Paths.itaAdmin)
      XCTAssertTrue(anonymous.location.hasPrefix(Paths.login))
      for who in ["chonburi", "region2", "banglamung", "chiangmai", Fixtures.nongprue, "\(Fixtures.nongprue)-2"] {
        let browser = try await Browser.signedIn(app, as: who)
        try await XCTAssertEqualAsync(try await browser.get(Paths.itaAdmin).status, .forbidden, who)
        try await XCTAssertEqualAsync(try await browser.get(Paths.itaAdminYear(2565)).status, .forbidden, who)
        try await XCTAssertEqualAsync(
          try await browser.get(Paths.itaAdminOrganization(2565, Fixtures.nongprue)).status, .forbidden, who)
        try await XCTAssertEqualAsync(
          try await browser.post(Paths.itaAdminOrganization(2565, Fixtures.nongprue), ["i1": "50"]).status, .forbidden,
          who)
        try await XCTAssertEqualAsync(
          try await browser.post(Paths.itaAdminWeights(2565), ["iit": "30", "eit": "30", "oit": "40"]).status,
          .forbidden, who)
        let upload = try await browser.upload(
          Paths.itaAdminImport(2565), fileName: "ita.csv",
          data: Data((itaHeader + "\(Fixtures.nongprue),1,1,1,1,1,1,1,1,1,1,,\n").utf8))
        XCTAssertEqual(upload.status, .forbidden, who)
      }
      try await XCTAssertEqualAsync(try await ItaQueries(db: app.db).years().count, 0)
      let admin = try await Browser.signedIn(app, as: "admin")
      try await XCTAssertEqualAsync(try await admin.get(Paths.itaAdmin).status, .ok)
      try await XCTAssertEqualAsync(try await admin.get(Paths.itaAdminYear(2565)).status, .ok)
      try await XCTAssertEqualAsync(try await admin.get(Paths.itaAdmin + "/abc").status, .notFound)
      try await XCTAssertEqualAsync(
        try await admin.get(Paths.itaAdminYear(2565) + "/organizations/12").status, .notFound)
      try await XCTAssertEqualAsync(
        try await admin.get(Paths.itaAdminYear(2565) + "/organizations/9999999").status, .notFound)
      try await XCTAssertEqualAsync(try await admin.get(Paths.itaAdmin + "?fy=xx").status, .badRequest)
      try await XCTAssertEqualAsync(try await admin.get(Paths.itaAdmin + "?fy=2565").location, Paths.itaAdminYear(2565))
      try await XCTAssertEqualAsync(
        try await admin.get(Paths.itaAdminYear(2565) + "?code=4200401").location,
        Paths.itaAdminOrganization(2565, Fixtures.nongprue))
    }
  }

  func testFormSavesScoresAndRefusesBadOnesWithValuesKept() async throws {
    try await withApp { app in
      let admin = try await Browser.signedIn(app, as: "admin")
      let path = Paths.itaAdminOrganization(2565, Fixtures.nongprue)
      try await XCTAssertEqualAsync(try await admin.get(path).status, .ok)
      var form: [String: String] = [:]
      for (index, value) in itaSeedRow.split(separator: ",").enumerated() { form["i\(index + 1)"] = String(value) }
      form["i3"] = "101"
      form["i4"] = "๘๖.๖๓๑"
      form["iit_respondents"] = "-4"
      let bad = try await admin.post(path, form)
      XCTAssertEqual(bad.status, .unprocessableEntity)
      XCTAssertContains(bad.body.string, "คะแนนตัวชี้วัดที่ 3 ต้องอยู่ระหว่าง 0 ถึง 100")
      XCTAssertContains(bad.body.string, "คะแนนตัวชี้วัดที่ 4 ทศนิยมได้ไม่เกิน 2 ตำแหน่ง")
      XCTAssertContains(bad.body.string, "จำนวนผู้ตอบแบบวัด IIT")
      XCTAssertContains(bad.body.string, "value=\"๘๖.๖๓๑\"")
      try await XCTAssertEqualAsync(try await ItaQueries(db: app.db).years().count, 0)

      form["i3"] = "76.97"
      form["i4"] = "67.18"
      form["iit_respondents"] = "405"
      let saved = try await admin.post(path, form)
      XCTAssertEqual(saved.status, .seeOther)
      let row = try await ItaQueries(db: app.db).result(code: Fixtures.nongprue, fiscalYear: 2565)
      XCTAssertEqual(row?.total_hundredths, 9006)
      XCTAssertEqual(row?.level, "A")
      XCTAssertEqual(row?.source, "form")
      XCTAssertEqual(row?.iit_respondents, 405)
      let events = try await AuditEvent.query(on: app.db).filter(\.$entity == ItaQueries.resultEntity).all()
      XCTAssertEqual(events.map(\.action), ["บันทึกผล ITA"])
      try await XCTAssertContainsAsync(try await admin.get(Paths.itaAdminYear(2565)).body.string, "90.06")
    }
  }

  func testImportIsAllOrNothingWithThaiRowErrors() async throws {
    try await withApp { app in
      let admin = try await Browser.signedIn(app, as: "admin")
      let bad =
        itaHeader + "\(Fixtures.nongprue),\(itaSeedRow),405,\n" + "\(Fixtures.huaiyai),1,1,1,1,1,1,1,1,1,1,,\n"
        + "\(Fixtures.nongprue),1,1,1,1,1,1,1,1,1,1,,\n" + "\(Fixtures.pattaya),1,1,500,1,1,1,1,1,1,1,,\n"
        + "\(Fixtures.saraphi),1,1,1,1,1,1,1,1,1,\(String(repeating: "9", count: 5_000)),,\n"
      let refused = try await admin.upload(Paths.itaAdminImport(2565), fileName: "ita.csv", data: Data(bad.utf8))
      XCTAssertEqual(refused.status, .unprocessableEntity)
      let page = refused.body.string
      XCTAssertContains(page, "แถวที่ 4 คอลัมน์ code: รหัส 4200401 ซ้ำกับแถวที่ 2")
      XCTAssertContains(page, "แถวที่ 5 คอลัมน์ i3: คะแนนตัวชี้วัดที่ 3 ต้องอยู่ระหว่าง 0 ถึง 100")
      XCTAssertContains(page, "แถวที่ 6 คอลัมน์ i10: คะแนนตัวชี้วัดที่ 10 ต้องเป็นตัวเลข")
      try await XCTAssertEqualAsync(try await ItaQueries(db: app.db).years().count, 0)

      let unknown = itaHeader + "\(Fixtures.nongprue),\(itaSeedRow),,\n9999999,1,1,1,1,1,1,1,1,1,1,,\n"
      let refusedUnknown = try await admin.upload(
        Paths.itaAdminImport(2565), fileName: "ita.csv", data: Data(unknown.utf8))
      XCTAssertEqual(refusedUnknown.status, .unprocessableEntity)
      XCTAssertContains(refusedUnknown.body.string, "แถวที่ 3 คอลัมน์ code: ไม่พบหน่วยงานรหัส 9999999 ในระบบ")
      try await XCTAssertEqualAsync(try await ItaQueries(db: app.db).years().count, 0)

      let good =
        itaHeader + "\(Fixtures.nongprue),\(itaSeedRow),405,120\n" + "\(Fixtures.huaiyai),,,,,,,,,91,100,,\n"
      let imported = try await admin.upload(Paths.itaAdminImport(2565), fileName: "ita.csv", data: Data(good.utf8))
      XCTAssertEqual(imported.status, .seeOther)
      let years = try await ItaQueries(db: app.db).years()
      XCTAssertEqual(years.map(\.fiscal_year), [2565])
      XCTAssertEqual(years.map(\.organizations), [2])
      let partial = try await ItaQueries(db: app.db).result(code: Fixtures.huaiyai, fiscalYear: 2565)
      XCTAssertNil(partial?.total_hundredths)
      XCTAssertEqual(partial?.source, "import")
      // Re-importing updates in place.
      _ = try await importIta(app, "\(Fixtures.huaiyai),\(itaSeedRow),,\n")
      try await XCTAssertEqualAsync(
        try await ItaQueries(db: app.db).result(code: Fixtures.huaiyai, fiscalYear: 2565)?.total_hundredths, 9006)
      try await XCTAssertEqualAsync(try await ItaQueries(db: app.db).years().first?.organizations, 2)

      let notCSV = try await admin.upload(
        Paths.itaAdminImport(2565), fileName: "ita.pdf", data: Data([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]))
      XCTAssertEqual(notCSV.status, .unsupportedMediaType)
    }
  }

  func testImportReadsXLSX() async throws {
    try await withApp { app in
      let admin = try await Browser.signedIn(app, as: "admin")
      let header = Array(itaHeader.dropLast().split(separator: ",").map(String.init))
      let cells = [Fixtures.nongprue] + itaSeedRow.split(separator: ",").map(String.init) + ["405", "120"]
      let data = try XLSXWriter.workbook(
        sheetName: "ITA", header: header, rows: [cells], numeric: Set(1..<header.count))
      let imported = try await admin.upload(
        Paths.itaAdminImport(2566), fileName: "ita.xlsx", data: data, type: FileDownload.xlsxType)
      XCTAssertEqual(imported.status, .seeOther)
      try await XCTAssertEqualAsync(
        try await ItaQueries(db: app.db).result(code: Fixtures.nongprue, fiscalYear: 2566)?.total_hundredths, 9006)
    }
  }

  func testTooManyRowsAreRefusedBeforeWork() async throws {
    try await withApp { app in
      let rows = String(repeating: "\(Fixtures.nongprue),1,1,1,1,1,1,1,1,1,1,,\n", count: ItaImport.maxRows + 1)
      do {
        _ = try await importIta(app, rows)
        XCTFail("accepted")
      } catch let problems as ImportProblems {
        XCTAssertEqual(problems.items.map(\.message), ["ไฟล์มี 20001 แถว เกินกว่าที่รับได้ (20000 แถว)"])
      }
    }
  }

  func testChangingWeightsRecomputesTheYearsTotals() async throws {
    try await withApp { app in
      _ = try await importIta(app, "\(Fixtures.nongprue),\(itaSeedRow),,\n\(Fixtures.huaiyai),\(itaSeedRow),,\n")
      _ = try await importIta(app, year: 2566, "\(Fixtures.nongprue),\(itaSeedRow),,\n")
      let admin = try await Browser.signedIn(app, as: "admin")
      let bad = try await admin.post(Paths.itaAdminWeights(2565), ["iit": "30", "eit": "30", "oit": "30"])
      XCTAssertEqual(bad.status, .unprocessableEntity)
      XCTAssertContains(bad.body.string, "น้ำหนักของทั้งสามเครื่องมือรวมกันต้องเท่ากับ 100")
      let saved = try await admin.post(Paths.itaAdminWeights(2565), ["iit": "20", "eit": "20", "oit": "60"])
      XCTAssertEqual(saved.status, .seeOther)
      // 0.2·74.376 + 0.2·98.48 + 0.6·95.50 = 91.8712 → 91.87
      let queries = ItaQueries(db: app.db)
      try await XCTAssertEqualAsync(
        try await queries.result(code: Fixtures.nongprue, fiscalYear: 2565)?.total_hundredths, 9187)
      try await XCTAssertEqualAsync(
        try await queries.result(code: Fixtures.huaiyai, fiscalYear: 2565)?.total_hundredths, 9187)
      try await XCTAssertEqualAsync(
        try await queries.result(code: Fixtures.nongprue, fiscalYear: 2566)?.total_hundredths, 9006)
      try await XCTAssertEqualAsync(try await queries.weights(2565), ItaWeights(iit: 2000, eit: 2000, oit: 6000))
      let events = try await AuditEvent.query(on: app.db).filter(\.$entity == ItaQueries.weightsEntity).all()
      XCTAssertEqual(events.count, 1)
    }
  }

  func testImportCommand() async throws {
    try await withApp { app in
      let dir = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
      try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
      let good = dir.appendingPathComponent("ita.csv")
      try Data((itaHeader + "\(Fixtures.nongprue),\(itaSeedRow),405,\n").utf8).write(to: good)
      let bad = dir.appendingPathComponent("bad.csv")
      try Data((itaHeader + "\(Fixtures.nongprue),1,1,101,1,1,1,1,1,1,1,,\n").utf8).write(to: bad)

      let missing = try await runCommand(app, ["import-ita", "--file", good.path])
      XCTAssertEqual(missing.code, 2)
      XCTAssertContains(missing.output, "ต้องระบุ --fiscal-year")
      let badYear = try await runCommand(app, ["import-ita", "--fiscal-year", "abc", "--file", good.path])
      XCTAssertEqual(badYear.code, 2)
      let noFile = try await runCommand(app, ["import-ita", "--fiscal-year", "2565", "--file", dir.path + "/none.csv"])
      XCTAssertEqual(noFile.code, 2)
      let refused = try await runCommand(app, ["import-ita", "--fiscal-year", "2565", "--file", bad.path])
      XCTAssertEqual(refused.code, 1)
      XCTAssertContains(refused.output, "แถวที่ 2 คอลัมน์ i3: คะแนนตัวชี้วัดที่ 3 ต้องอยู่ระหว่าง 0 ถึง 100")
      let done = try await runCommand(app, ["import-ita", "--fiscal-year", "2565", "--file", good.path])
      XCTAssertEqual(done.code, 0)
      XCTAssertContains(done.output, "นำเข้าผล ITA ปีงบประมาณ 2565 แล้ว 1 หน่วยงาน")
      try await XCTAssertEqualAsync(
        try await ItaQueries(db: app.db).result(code: Fixtures.nongprue, fiscalYear: 2565)?.total_hundredths, 9006)
    }
  }
}

final class ItaPublicTests: XCTestCase {
  func testAPIGivesTheSeedFiguresExactly() async throws {
    try await withApp { app in
      _ = try await importIta(app, "\(Fixtures.nongprue),\(itaSeedRow),405,120\n\(Fixtures.huaiyai),,,,,,,,,91,100,,\n")
      let response = try await Browser(app).get(Paths.apiIta(Fixtures.nongprue, 2565))
      XCTAssertEqual(response.status, .ok)
      let json = try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any] ?? [:]
      XCTAssertEqual(json["total"] as? String, "90.06")
      XCTAssertEqual(json["iit"] as? String, "74.38")
      XCTAssertEqual(json["eit"] as? String, "98.48")
      XCTAssertEqual(json["oit"] as? String, "95.50")
      XCTAssertEqual(json["level"] as? String, "A")
      XCTAssertEqual(json["levelName"] as? String, "Very Good")
      XCTAssertEqual(json["levelThaiName"] as? String, "ดีมาก")
      XCTAssertEqual(json["passed"] as? Bool, true)
      XCTAssertEqual((json["weights"] as? [String: String])?["oit"], "40")
      let indicators = json["indicators"] as? [[String: Any]] ?? []
      XCTAssertEqual(indicators.count, 10)
      XCTAssertEqual(indicators.first?["score"] as? String, "86.63")
      XCTAssertEqual(indicators.first?["level"] as? String, "A")
      XCTAssertEqual(indicators[1]["level"] as? String, "C")
      XCTAssertEqual(indicators[5]["level"] as? String, "AA")
      XCTAssertEqual((json["respondents"] as? [String: Any])?["iit"] as? Int, 405)

      let partial = try await Browser(app).get(Paths.apiIta(Fixtures.huaiyai, 2565))
      let partialJSON = try JSONSerialization.jsonObject(with: Data(partial.body.string.utf8)) as? [String: Any] ?? [:]
      XCTAssertTrue(partialJSON["total"] is NSNull)
      XCTAssertTrue(partialJSON["level"] is NSNull)
      XCTAssertEqual(partialJSON["oit"] as? String, "95.50")
      XCTAssertEqual(partialJSON["passed"] as? Bool, false)

      let none = try await Browser(app).get(Paths.apiIta(Fixtures.nongprue, 2566))
      XCTAssertEqual(none.status, .notFound)
      XCTAssertContains(none.body.string, "ยังไม่มีผลการประเมิน ITA")
      try await XCTAssertEqualAsync(try await Browser(app).get(Paths.apiIta("9999999", 2565)).status, .notFound)
      try await XCTAssertEqualAsync(try await Browser(app).get("/api/v1/organizations/12/ita").status, .notFound)
      try await XCTAssertEqualAsync(
        try await Browser(app).get(Paths.apiIta(Fixtures.nongprue) + "/abc").status, .notFound)
      try await XCTAssertEqualAsync(
        try await Browser(app).get(Paths.apiIta(Fixtures.nongprue) + "/99999999999999999999").status, .notFound)

      let history = try await Browser(app).get(Paths.apiIta(Fixtures.nongprue))
      XCTAssertEqual(history.status, .ok)
      XCTAssertContains(history.body.string, "\"total\":\"90.06\"")
      try await XCTAssertContainsAsync(
        try await Browser(app).get(Paths.openAPI).body.string, "/api/v1/organizations/{code}/ita/{fiscalYear}")
    }
  }

  func testOrganizationPageAndPrintArePublic() async throws {
    try await withApp { app in
      let empty = try await Browser(app).get(Paths.organizationIta(Fixtures.nongprue))
      XCTAssertEqual(empty.status, .ok)
      XCTAssertContains(empty.body.string, "ยังไม่มีผลการประเมิน ITA")
      _ = try await importIta(app, "\(Fixtures.nongprue),\(itaSeedRow),,\n")
      _ = try await importIta(app, year: 2566, "\(Fixtures.nongprue),\(itaSeedRow),,\n")
      let page = try await Browser(app).get(Paths.organizationIta(Fixtures.nongprue, year: 2565))
      XCTAssertEqual(page.status, .ok)
      let html = page.body.string
      XCTAssertContains(html, "90.06")
      XCTAssertContains(html, "A Very Good")
      XCTAssertContains(html, "below-target")
      XCTAssertContains(html, "<svg")
      XCTAssertContains(html, "ตัวชี้วัดที่ 2 การใช้งบประมาณ")
      try await XCTAssertEqualAsync(
        try await Browser(app).get(Paths.organizationIta(Fixtures.nongprue) + "?fy=abc").status, .badRequest)
      try await XCTAssertEqualAsync(try await Browser(app).get("/organizations/123/ita").status, .notFound)
      let print = try await Browser(app).get(Paths.itaPrint(Fixtures.nongprue, 2565))
      XCTAssertEqual(print.status, .ok)
      XCTAssertContains(print.body.string, "ผลการวิเคราะห์การประเมิน ITA และมาตรการยกระดับ ประจำปีงบประมาณ พ.ศ. 2565")
      XCTAssertContains(print.body.string, "90.06 A - Very Good")
      XCTAssertContains(print.body.string, "22.31")
      let pdf = try await Browser(app).get(Paths.itaPDF(Fixtures.nongprue, 2565))
      if PDFRenderer.fromEnvironment().executable == nil {
        XCTAssertEqual(pdf.status, .serviceUnavailable)
        XCTAssertContains(pdf.body.string, "ไม่ได้ติดตั้ง Chromium")
      } else {
        XCTAssertEqual(pdf.status, .ok)
        XCTAssertEqual(pdf.headers.contentType?.description, "application/pdf")
      }
      try await XCTAssertEqualAsync(try await Browser(app).get(Paths.itaPDF(Fixtures.nongprue, 2564)).status, .notFound)
      let thai = try await Browser(app).get(Paths.itaPrint(Fixtures.nongprue, 2565) + "?digits=thai")
      XCTAssertContains(thai.body.string, "๙๐.๐๖")
      try await XCTAssertEqualAsync(
        try await Browser(app).get(Paths.itaPrint(Fixtures.nongprue, 2564)).status, .notFound)
      try await XCTAssertContainsAsync(
        try await Browser(app).get(Paths.organization(Fixtures.nongprue)).body.string,
        Paths.organizationIta(Fixtures.nongprue))
    }
  }

  func testMeasuresAreEditedByTheOrganizationsOwnAccountsOnly() async throws {
    try await withApp { app in
      let path = Paths.itaMeasures(Fixtures.nongprue, 2565)
      let form = [
        "title": "ประชุมชี้แจงการใช้งบประมาณ", "indicator": "2", "owner_name": "นายสมชาย", "owner_position": "ปลัด",
        "due_date": "30/9/2566", "status": "in_progress", "note": "",
      ]
      let anonymous = try await Browser(app).post(path, form)
      XCTAssertTrue(anonymous.location.hasPrefix(Paths.login))
      for who in ["admin", "chonburi", "banglamung", "chiangmai", "region2", Fixtures.huaiyai] {
        let browser = try await Browser.signedIn(app, as: who)
        try await XCTAssertEqualAsync(try await browser.post(path, form).status, .forbidden, who)
        try await XCTAssertEqualAsync(try await browser.get(path).status, .ok, who)
      }
      try await XCTAssertEqualAsync(try await ItaMeasure.query(on: app.db).count(), 0)

      let officer = try await Browser.signedIn(app, as: Fixtures.nongprue)
      var badForm = form
      badForm["due_date"] = "31/2/2566"
      let bad = try await officer.post(path, badForm)
      XCTAssertEqual(bad.status, .unprocessableEntity)
      XCTAssertContains(bad.body.string, "กรุณากรอกวันที่แบบ วัน/เดือน/ปี พ.ศ.")
      XCTAssertContains(bad.body.string, "ประชุมชี้แจงการใช้งบประมาณ")
      var wrongProject = form
      wrongProject["project_id"] = UUID().uuidString
      try await XCTAssertEqualAsync(try await officer.post(path, wrongProject).status, .unprocessableEntity)
      try await XCTAssertEqualAsync(try await ItaMeasure.query(on: app.db).count(), 0)

      // A measure carried out through one of the organization's announcements (never another's).
      let actor = AuditActor(id: nil, name: "test", address: nil)
      let found = try await Organization.query(on: app.db).filter(\.$id ~~ [Fixtures.nongprue, Fixtures.huaiyai]).all()
      let nongprue = try XCTUnwrap(found.first { $0.code == Fixtures.nongprue })
      let huaiyai = try XCTUnwrap(found.first { $0.code == Fixtures.huaiyai })
      let ownAnnouncement = try await AnnouncementQueries(db: app.db).createDrafts(
        [.noGift], organization: nongprue, fiscalYear: 2566, actor: actor)[0]
      let foreignAnnouncement = try await AnnouncementQueries(db: app.db).createDrafts(
        [.noGift], organization: huaiyai, fiscalYear: 2566, actor: actor)[0]
      var foreign = form
      foreign["announcement_id"] = foreignAnnouncement.uuidString
      let refusedForeign = try await officer.post(path, foreign)
      XCTAssertEqual(refusedForeign.status, .unprocessableEntity)
      XCTAssertContains(refusedForeign.body.string, "กรุณาเลือกประกาศจากทะเบียนประกาศของหน่วยงาน")
      var linked = form
      linked["announcement_id"] = ownAnnouncement.uuidString
      try await XCTAssertEqualAsync(try await officer.post(path, linked).status, .seeOther)
      let withAnnouncement = try await officer.get(Paths.organizationIta(Fixtures.nongprue, year: 2565))
      XCTAssertContains(withAnnouncement.body.string, Paths.announcement(Fixtures.nongprue, ownAnnouncement))
      XCTAssertContains(withAnnouncement.body.string, "No Gift Policy")
      for page in [Paths.organizationIta(Fixtures.nongprue, year: 2565), Paths.itaPrint(Fixtures.nongprue, 2565)] {
        let seen = try await Browser(app).get(page).body.string
        XCTAssertFalse(seen.contains("No Gift Policy"), "a draft announcement's title stays inside: \(page)")
      }
      try await ItaMeasure.query(on: app.db).delete()

      try await XCTAssertEqualAsync(try await officer.post(path, form).status, .seeOther)
      let measure = try await ItaMeasure.query(on: app.db).first()
      XCTAssertEqual(measure?.indicator, 2)
      XCTAssertEqual(measure?.status, .inProgress)
      let id = try XCTUnwrap(measure?.id)
      let listed = try await Browser(app).get(path)
      XCTAssertContains(listed.body.string, "ประชุมชี้แจงการใช้งบประมาณ")
      XCTAssertContains(listed.body.string, "30 กันยายน 2566")

      let executive = try await Browser.signedIn(app, as: "\(Fixtures.nongprue)-2")
      var edited = form
      edited["status"] = "done"
      try await XCTAssertEqualAsync(try await executive.get(Paths.itaMeasure(Fixtures.nongprue, 2565, id)).status, .ok)
      try await XCTAssertEqualAsync(
        try await executive.post(Paths.itaMeasure(Fixtures.nongprue, 2565, id), edited).status, .seeOther)
      try await XCTAssertEqualAsync(try await ItaMeasure.find(id, on: app.db)?.status, .done)
      let other = try await Browser.signedIn(app, as: Fixtures.huaiyai)
      try await XCTAssertEqualAsync(
        try await other.post(Paths.itaMeasureDelete(Fixtures.nongprue, 2565, id)).status, .forbidden)
      try await XCTAssertEqualAsync(
        try await officer.post(Paths.itaMeasureDelete(Fixtures.huaiyai, 2565, id)).status, .forbidden)
      try await XCTAssertEqualAsync(
        try await officer.get(Paths.itaMeasures(Fixtures.nongprue, 2565) + "/not-a-uuid").status, .notFound)
      try await XCTAssertEqualAsync(
        try await officer.post(Paths.itaMeasureDelete(Fixtures.nongprue, 2565, id)).status, .seeOther)
      try await XCTAssertEqualAsync(try await ItaMeasure.query(on: app.db).count(), 0)
      let actions = try await AuditEvent.query(on: app.db).filter(\.$entity == ItaQueries.measureEntity).sort(\.$at)
        .all().map(\.action)
      XCTAssertEqual(
        actions, ["เพิ่มมาตรการยกระดับ ITA", "เพิ่มมาตรการยกระดับ ITA", "แก้ไขมาตรการยกระดับ ITA", "ลบมาตรการยกระดับ ITA"])
    }
  }
}

final class ItaViewModelTests: XCTestCase {
  func testIndicatorsBelow85CarryTheirToolsWeightAndShare() {
    let row = ItaResultRow(
      organization_code: Fixtures.nongprue, fiscal_year: 2565, i1: 8663, i2: 6637, i3: 7697, i4: 6718, i5: 7473,
      i6: 9904, i7: 9829, i8: 9811, i9: 8000, i10: 10_000, iit_respondents: nil, eit_respondents: nil,
      total_hundredths: nil, level: nil, source: "import", name: nil)
    let detail = ItaOrganizationModel.Detail(year: 2565, weights: .standard, row: row, measures: [])
    XCTAssertEqual(detail.indicators.filter(\.below).map(\.number), [2, 3, 4, 5, 9])
    XCTAssertEqual(detail.indicators[1].toolWeight, "30")
    XCTAssertEqual(detail.indicators[1].share, "6")
    XCTAssertEqual(detail.indicators[8].share, "20")
    XCTAssertEqual(detail.indicators[0].level, "A Very Good")
    XCTAssertFalse(detail.indicators[0].below)
  }
}

final class ItaDashboardTests: XCTestCase {
  func testTheNationalDashboardCountsProvincesOutsideAnyRegion() async throws {
    try await withApp { app in
      _ = try await importIta(app, year: 2565, "1100000,\(itaSeedRow),,\n\(Fixtures.nongprue),\(itaSeedRow),,\n")
      let admin = try await Browser.signedIn(app, as: "admin")
      let page = try await admin.get(Paths.itaDashboard(Paths.dashboardNation) + "?fy=2565")
      XCTAssertEqual(page.status, .ok, page.body.string)
      XCTAssertContains(page.body.string, "ส่วนกลาง (ไม่อยู่ในภาค)")
      XCTAssertContains(page.body.string, "ภาค 2")
      let csv = try await admin.get(Paths.itaDashboard(Paths.dashboardNation) + "?fy=2565&format=csv")
      XCTAssertEqual(csv.status, .ok)
    }
  }

  func testAreaFiguresAndWhoMaySeeThem() async throws {
    try await withApp { app in
      // Chon Buri: 90.06 (A, pass), 72.50-ish (C), partial; Chiang Mai: one AA.
      _ = try await importIta(
        app,
        "\(Fixtures.nongprue),\(itaSeedRow),,\n"
          + "\(Fixtures.huaiyai),70,70,70,70,70,75,75,75,72.5,72.5,,\n"
          + "\(Fixtures.pattaya),,,,,,,,,50,50,,\n"
          + "\(Fixtures.saraphi),99,99,99,99,99,99,99,99,99,99,,\n")
      let path = Paths.itaDashboard(Paths.dashboardProvince("20")) + "?fy=2565"
      let anonymous = try await Browser(app).get(path)
      XCTAssertTrue(anonymous.location.hasPrefix(Paths.login))
      for who in [Fixtures.nongprue, "\(Fixtures.nongprue)-2", "chiangmai"] {
        let browser = try await Browser.signedIn(app, as: who)
        try await XCTAssertEqualAsync(try await browser.get(path).status, .forbidden, who)
      }
      let banglamung = try await Browser.signedIn(app, as: "banglamung")
      try await XCTAssertEqualAsync(try await banglamung.get(path).status, .forbidden)
      try await XCTAssertEqualAsync(
        try await banglamung.get(Paths.itaDashboard(Paths.dashboardDistrict("20", "บางละมุง")) + "?fy=2565").status, .ok)
      for who in ["chonburi", "region2", "admin"] {
        let browser = try await Browser.signedIn(app, as: who)
        try await XCTAssertEqualAsync(try await browser.get(path).status, .ok, who)
      }
      let monitor = try await Browser.signedIn(app, as: "chonburi")
      try await XCTAssertEqualAsync(try await monitor.get(Paths.itaDashboard(Paths.dashboardNation)).status, .forbidden)
      try await XCTAssertEqualAsync(try await monitor.get(path + "&sort=bogus").status, .badRequest)
      try await XCTAssertEqualAsync(try await monitor.get(path + "&format=pdf").status, .badRequest)
      try await XCTAssertEqualAsync(
        try await monitor.get(Paths.itaDashboard(Paths.dashboardProvince("20")) + "?fy=abc").status, .badRequest)

      let html = try await monitor.get(path).body.string
      // Totals: 90.06 and 0.3·70 + 0.3·75 + 0.4·72.5 = 72.50 → mean 81.28; 1 of 2 passes.
      XCTAssertContains(html, "81.28")
      XCTAssertContains(html, "50.00 %")
      XCTAssertContains(html, "อำเภอบางละมุง")
      XCTAssertFalse(html.contains("สารภี"))

      let totals = try await ItaDashboardQueries(db: app.db).totals(in: .province(code: "20"), year: 2565)
      XCTAssertEqual(totals.organizations, 3)
      XCTAssertEqual(totals.with_total, 2)
      XCTAssertEqual(totals.total_sum, 9006 + 7250)
      XCTAssertEqual(totals.passed, 1)
      let levels = try await ItaDashboardQueries(db: app.db).levels(in: .province(code: "20"), year: 2565)
      let counts = Dictionary(levels.map { ($0.level ?? "-", $0.n) }, uniquingKeysWith: +)
      XCTAssertEqual(counts, ["A": 1, "C": 1, "-": 1])
      let means = try await ItaDashboardQueries(db: app.db).indicatorMeans(in: .province(code: "20"), year: 2565)
      XCTAssertEqual(means[1], (8663 + 7000 + 1) / 2)  // 78.315 → 78.32
      XCTAssertEqual(means[9], (9100 + 7250 + 5000 + 1) / 3)

      let csv = try await monitor.get(path + "&format=csv&sort=code")
      XCTAssertEqual(csv.status, .ok)
      let table = CSVTable(parsing: csv.body.string)
      XCTAssertEqual(table.header, ItaDashboardModel.tableHeader)
      XCTAssertEqual(table.rows.map { $0[0] }, [Fixtures.pattaya, Fixtures.nongprue, Fixtures.huaiyai])
      XCTAssertEqual(table.rows[1][3], "90.06")
      XCTAssertEqual(table.rows[1][4], "A")
      XCTAssertEqual(table.rows[1][5], "ผ่าน")
      XCTAssertEqual(table.rows[1][7], "—", "no OIT checklist for 2565 yet")

      // With the year's OIT checklist: readiness and owners per organization, from the workspaces.
      let actor = AuditActor(id: nil, name: "test", address: nil)
      let items = try await OitChecklistQueries(db: app.db).require(2566).items
      try await OitChecklistQueries(db: app.db).insert(year: 2565, items: items, template: true, note: "", actor: actor)
      try await OitQueries(db: app.db).add(
        .text("ติดประกาศ"), code: Fixtures.nongprue, year: 2565, item: "O1", actor: actor)
      try await OitQueries(db: app.db).save(
        OitEntryChange(
          state: .published, ownerUserID: nil, ownerName: "", ownerPosition: "ปลัด", dueDate: nil, note: ""),
        code: Fixtures.nongprue, year: 2565, item: "O1", actor: actor)
      let withOit = CSVTable(parsing: try await monitor.get(path + "&format=csv&sort=code").body.string)
      XCTAssertEqual(withOit.rows[1][7], "1/30 (3.33 %)")
      XCTAssertEqual(withOit.rows[1][8], "1/30")
      XCTAssertEqual(withOit.rows[0][7], "0/30 (0.00 %)", "an organization that has not started")
      let xlsx = try await monitor.get(path + "&format=xlsx")
      XCTAssertEqual(xlsx.status, .ok)
      XCTAssertEqual(xlsx.headers.contentType?.description.hasPrefix("application/vnd.openxml"), true)
    }
  }
}
