import Domain
import Fluent
import XCTVapor

@testable import App

/// The national admin's yearly OIT checklists: shipped defaults, copy, import, edit, export.
final class OitChecklistAdminTests: XCTestCase {
  func testTheShippedChecklistsAreThereAndMarkedAsTemplates() async throws {
    try await withApp { app in
      let years = try await OitChecklistQueries(db: app.db).years()
      XCTAssertEqual(years.map(\.fiscal_year), [2570, 2566])
      XCTAssertTrue(years.allSatisfy { $0.is_template && $0.items == 30 })
      let json = try await Browser(app).get("/api/v1/oit/2566/checklist")
      XCTAssertEqual(json.status, .ok)
      let checklist = try json.content.decode(OitChecklistJSON.self)
      XCTAssertTrue(checklist.isTemplate)
      XCTAssertEqual(
        checklist.items.first { $0.code == "O28" }?.title,
        "ข้อมูลแผนปฏิบัติการต่อต้านการทุจริตและประพฤติมิชอบประจำปี และผลการดำเนินการตามแผนฯ")
      XCTAssertEqual(checklist.items.first { $0.code == "O28" }?.sujaritSources, ["plan", "report_6m"])
      try await XCTAssertEqualAsync(try await Browser(app).get("/api/v1/oit/2555/checklist").status, .notFound)
      try await XCTAssertEqualAsync(try await Browser(app).get("/api/v1/oit/abc/checklist").status, .notFound)
      let page = try await Browser.signedIn(app, as: "admin").get(Paths.oitChecklist(2566)).body.string
      XCTAssertContains(page, OitDefaults.templateNote)
    }
  }

  func testOnlyNationalAdminsReachTheChecklistPages() async throws {
    try await withApp { app in
      let gets = [
        Paths.oitChecklists, Paths.oitChecklist(2566), Paths.oitChecklistAction(2566, "export.csv"),
        Paths.oitChecklistAction(2566, "items/new"), Paths.oitChecklistItem(2566, "O1"),
      ]
      let posts = [
        Paths.oitChecklists, Paths.oitChecklistAction(2566, "template"), Paths.oitChecklistAction(2566, "items/new"),
        Paths.oitChecklistItem(2566, "O1"), Paths.oitChecklistItem(2566, "O1") + "/delete",
      ]
      for who in [Fixtures.nongprue, "\(Fixtures.nongprue)-2", "chonburi", "region2"] {
        let browser = try await Browser.signedIn(app, as: who)
        for path in gets {
          try await XCTAssertEqualAsync(try await browser.get(path).status, .forbidden, "\(who) \(path)")
        }
        for path in posts {
          try await XCTAssertEqualAsync(
            try await browser.post(path, ["year": "2567", "title": "x", "indicator": "9", "code": "O99"]).status,
            .forbidden, "\(who) POST \(path)")
        }
        let upload = try await browser.upload(
          Paths.oitChecklistAction(2566, "import"), fileName: "a.csv", data: Data("indicator,code,title\n9,O1,x\n".utf8)
        )
        XCTAssertEqual(upload.status, .forbidden)
      }
      let anonymous = try await Browser(app).get(Paths.oitChecklists)
      XCTAssertEqual(anonymous.status, .seeOther)
      let items = try await OitChecklistQueries(db: app.db).require(2566).items
      XCTAssertEqual(items.count, 30, "nothing changed")
    }
  }

  func testImportIsAllOrNothingAndReadsBackItsExport() async throws {
    try await withApp { app in
      let admin = try await Browser.signedIn(app, as: "admin")
      let import2566 = Paths.oitChecklistAction(2566, "import")
      let bad = "indicator,sub_indicator,code,title\n9,9.1,O1,โครงสร้าง\n12,9.1,O2,\n9,9.1,O1,ซ้ำ\n"
      let refused = try await admin.upload(import2566, fileName: "oit.csv", data: Data(bad.utf8))
      XCTAssertEqual(refused.status, .unprocessableEntity)
      XCTAssertContains(refused.body.string, "แถวที่ 3 คอลัมน์ indicator: ตัวชี้วัดต้องเป็น 9")
      XCTAssertContains(refused.body.string, "แถวที่ 3 คอลัมน์ title: กรุณากรอกชื่อข้อมูล")
      XCTAssertContains(refused.body.string, "แถวที่ 4 คอลัมน์ code: ข้อ O1 ซ้ำกับแถวที่ 2")
      XCTAssertContains(refused.body.string, "ยังไม่มีการบันทึกใด ๆ")
      let unchanged = try await OitChecklistQueries(db: app.db).require(2566)
      XCTAssertEqual(unchanged.items.count, 30)
      XCTAssertEqual(unchanged.version, 1)
      let notSheet = try await admin.upload(import2566, fileName: "oit.pdf", data: Data("%PDF-1.4\0".utf8))
      XCTAssertEqual(notSheet.status, .unsupportedMediaType)

      // Export → import: the same checklist, a new version.
      let csv = try await admin.get(Paths.oitChecklistAction(2566, "export.csv"))
      XCTAssertEqual(csv.status, .ok)
      XCTAssertContains(csv.body.string, "ข้อมูลช่องทางการร้องเรียนการทุจริตและข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี")
      let reread = try await admin.upload(import2566, fileName: "oit.csv", data: Data(csv.body.readableBytesView))
      XCTAssertEqual(reread.status, .seeOther, reread.body.string)
      let after = try await OitChecklistQueries(db: app.db).require(2566)
      XCTAssertEqual(after.items, unchanged.items)
      XCTAssertEqual(after.version, 2)
      let xlsx = try await admin.get(Paths.oitChecklistAction(2566, "export.xlsx"))
      XCTAssertEqual(xlsx.headers.contentType?.description, FileDownload.xlsxType)
      let fromExcel = try await admin.upload(
        import2566, fileName: "oit.xlsx", data: Data(xlsx.body.readableBytesView), type: FileDownload.xlsxType)
      XCTAssertEqual(fromExcel.status, .seeOther, fromExcel.body.string)
      let excelItems = try await OitChecklistQueries(db: app.db).require(2566).items
      XCTAssertEqual(excelItems, unchanged.items)

      // A renumbered year: a work entry under O5 stays, keyed by its code.
      let small = "ตัวชี้วัด,ข้อ,ข้อมูล,ข้อมูลจากระบบ\n9,O5,ข้อมูลการติดต่อ,\n10,O40,แผนปฏิบัติการ,plan;report_6m\n"
      try await XCTAssertEqualAsync(
        try await admin.upload(import2566, fileName: "oit.csv", data: Data(small.utf8)).status, .seeOther)
      let renumbered = try await OitChecklistQueries(db: app.db).require(2566).items
      XCTAssertEqual(renumbered.map(\.code), ["O5", "O40"])
      XCTAssertEqual(renumbered.last?.sources, [.actionPlan, .halfYearReport])
      let audit = try await AuditEvent.query(on: app.db).filter(\.$entity == OitChecklistQueries.entity)
        .filter(\.$action == "นำเข้าแบบตรวจ OIT").count()
      XCTAssertEqual(audit, 3)
    }
  }

  func testANewYearStartsFromACopyAndItemsAreEditedOneByOne() async throws {
    try await withApp { app in
      let admin = try await Browser.signedIn(app, as: "admin")
      let taken = try await admin.post(Paths.oitChecklists, ["year": "2566", "copy_from": "2566"])
      XCTAssertEqual(taken.status, .unprocessableEntity)
      XCTAssertContains(taken.body.string, "มีแบบตรวจปี 2566 แล้ว")
      let created = try await admin.post(Paths.oitChecklists, ["year": "๒๕๖๗", "copy_from": "2566"])
      XCTAssertEqual(created.status, .seeOther, created.body.string)
      let copy = try await OitChecklistQueries(db: app.db).require(2567)
      XCTAssertEqual(copy.items.count, 30)
      XCTAssertTrue(copy.isTemplate)

      let edit = Paths.oitChecklistItem(2567, "O28")
      let form = try await admin.get(edit)
      XCTAssertContains(form.body.string, "ข้อมูลแผนปฏิบัติการต่อต้านการทุจริต")
      let blank = try await admin.post(edit, ["indicator": "10", "title": " ", "sujarit": "plan;magic"])
      XCTAssertEqual(blank.status, .unprocessableEntity)
      XCTAssertContains(blank.body.string, "กรุณากรอกชื่อข้อมูล")
      XCTAssertContains(blank.body.string, "plan;magic")  // what was typed comes back
      let saved = try await admin.post(
        edit, ["indicator": "10", "code": "O99", "title": "แผนและผลการดำเนินการ", "sujarit": "plan;report_6m;report_12m"])
      XCTAssertEqual(saved.status, .seeOther, saved.body.string)
      let items = try await OitChecklistQueries(db: app.db).require(2567).items
      XCTAssertEqual(items.first { $0.code == "O28" }?.title, "แผนและผลการดำเนินการ", "the code stays")
      XCTAssertEqual(items.first { $0.code == "O28" }?.sources, [.actionPlan, .halfYearReport, .yearReport])
      XCTAssertNil(items.first { $0.code == "O99" })
      let original = try await OitChecklistQueries(db: app.db).require(2566).items.first { $0.code == "O28" }
      XCTAssertEqual(
        original?.title, "ข้อมูลแผนปฏิบัติการต่อต้านการทุจริตและประพฤติมิชอบประจำปี และผลการดำเนินการตามแผนฯ",
        "last year's checklist is untouched")

      let duplicate = try await admin.post(
        Paths.oitChecklistAction(2567, "items/new"), ["indicator": "9", "code": "O1", "title": "ซ้ำ"])
      XCTAssertEqual(duplicate.status, .unprocessableEntity)
      XCTAssertContains(duplicate.body.string, "มีข้อ O1 ในแบบตรวจปีนี้แล้ว")
      try await XCTAssertEqualAsync(
        try await admin.post(
          Paths.oitChecklistAction(2567, "items/new"), ["indicator": "9", "code": "o 31", "title": "ข้อใหม่"]
        ).status, .seeOther)
      try await XCTAssertEqualAsync(
        try await admin.post(Paths.oitChecklistItem(2567, "O2") + "/delete").status, .seeOther)
      let final = try await OitChecklistQueries(db: app.db).require(2567)
      XCTAssertEqual(final.items.count, 30)
      XCTAssertEqual(final.items.last?.code, "O31")
      try await XCTAssertEqualAsync(
        try await admin.post(Paths.oitChecklistAction(2567, "template"), ["template": "0"]).status, .seeOther)
      let confirmed = try await OitChecklistQueries(db: app.db).require(2567).isTemplate
      XCTAssertFalse(confirmed)
      try await XCTAssertEqualAsync(try await admin.get(Paths.oitChecklistItem(2567, "O2")).status, .notFound)
    }
  }
}
