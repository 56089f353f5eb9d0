import Domain
import Fluent
import XCTVapor

@testable import App

final class PlanImportExportTests: XCTestCase {
  var importPath: String { Paths.planAction(Fixtures.nongprue, PlanFixtures.period, "import") }

  func testImportCSVWithThaiHeadersAndBOM() async throws {
    try await withApp { app in
      let officer = try await PlanFixtures.officerWithPlan(app, projects: 0)
      let csv =
        "\u{FEFF}ลำดับ,ชื่อโครงการ,ประเภท,มิติ,ภารกิจ,งบประมาณ 2566\n1,อบรมคุณธรรมจริยธรรม,กิจกรรม,1,1.2,\"50,000\"\n2,ประกาศเจตจำนงสุจริต,มาตรการ,2,2.2,0\n"
      let response = try await officer.upload(importPath, fileName: "แผน.csv", data: Data(csv.utf8))
      XCTAssertEqual(response.status, .seeOther, response.body.string)
      let projects = try await PlanFixtures.projects(app)
      XCTAssertEqual(projects.map(\.name), ["อบรมคุณธรรมจริยธรรม", "ประกาศเจตจำนงสุจริต"])
      XCTAssertEqual(projects[0].budgets.first?.amountSatang, 5_000_000)
      XCTAssertEqual(projects[1].type, .measure)
    }
  }

  func testImportWithoutBOMAndFromThaiWindowsExcel() async throws {
    try await withApp { app in
      let officer = try await PlanFixtures.officerWithPlan(app, projects: 0)
      let plain = "no,name,dimension\n1,โครงการไม่มีบีโอเอ็ม,1\n"
      try await XCTAssertEqualAsync(
        try await officer.upload(importPath, fileName: "a.csv", data: Data(plain.utf8)).status, .seeOther)
      // "no,name,dimension\n1,มิติ,1" saved by Thai Excel (Windows-874)
      let legacy: [UInt8] = Array("no,name,dimension\n1,".utf8) + [0xC1, 0xD4, 0xB5, 0xD4] + Array(",1\n".utf8)
      try await XCTAssertEqualAsync(
        try await officer.upload(importPath, fileName: "b.csv", data: Data(legacy)).status, .seeOther)
      try await XCTAssertEqualAsync(try await PlanFixtures.projects(app).map(\.name), ["มิติ"])
    }
  }

  func testOneBadRowRejectsTheWholeFileWithThaiRowErrors() async throws {
    try await withApp { app in
      let officer = try await PlanFixtures.officerWithPlan(app, projects: 2)
      let csv =
        "no,name,dimension,sub_mission,budget_2566\n1,ดี,1,1.1,100\n2,มิติผิด,9,,100\n3,ภารกิจผิด,1,7.7,100\n4,งบติดลบ,1,,-5\n4,ลำดับซ้ำ,1,,abc\n"
      let response = try await officer.upload(importPath, fileName: "bad.csv", data: Data(csv.utf8))
      XCTAssertEqual(response.status, .unprocessableEntity)
      let body = response.body.string
      XCTAssertContains(body, "ไม่ได้นำเข้าไฟล์ bad.csv")
      XCTAssertContains(body, "แถวที่ 3 คอลัมน์ dimension")
      XCTAssertContains(body, "แถวที่ 4 คอลัมน์ sub_mission")
      XCTAssertContains(body, "แถวที่ 5 คอลัมน์ budget_2566")
      XCTAssertContains(body, "แถวที่ 6 คอลัมน์ budget_2566")
      try await XCTAssertEqualAsync(
        try await PlanFixtures.projects(app).map(\.name), ["โครงการที่ 1", "โครงการที่ 2"], "nothing written")
    }
  }

  func testFilesThatAreNotSpreadsheetsAreRefused() async throws {
    try await withApp { app in
      let officer = try await PlanFixtures.officerWithPlan(app, projects: 0)
      let pdf = try await officer.upload(
        importPath, fileName: "plan.pdf", data: Data("%PDF-1.4\0\0binary".utf8), type: "application/pdf")
      XCTAssertEqual(pdf.status, .unsupportedMediaType)
      XCTAssertContains(pdf.body.string, "ไฟล์ต้องเป็น CSV หรือ XLSX")
      let brokenZip = try await officer.upload(
        importPath, fileName: "x.xlsx", data: Data([0x50, 0x4B, 0x03, 0x04, 1, 2, 3]))
      XCTAssertEqual(brokenZip.status, .unprocessableEntity)
      XCTAssertContains(brokenZip.body.string, "อ่านไฟล์ Excel ไม่ได้")
      let empty = try await officer.upload(importPath, fileName: "x.csv", data: Data())
      XCTAssertEqual(empty.status, .badRequest)
    }
  }

  func testExportThenImportRoundTripsExactlyInCSVAndXLSX() async throws {
    try await withApp { app in
      let officer = try await PlanFixtures.officerWithPlan(app, projects: 4)
      var detailed = PlanFixtures.project(
        "ชื่อมี \"อัญประกาศ\", และจุลภาค", dimension: "3", sub: "3.2", budget2566: "1,234.56")
      detailed["note"] = "บรรทัดแรก\nบรรทัดสอง"
      detailed["budget_2570"] = "99,999,999.99"
      try await officer.post(Paths.projects(Fixtures.nongprue, PlanFixtures.period), detailed)
      let before = try await PlanFixtures.projects(app).map { $0.snapshot() }
      for format in ["csv", "xlsx"] {
        let file = try await officer.get(Paths.planAction(Fixtures.nongprue, PlanFixtures.period, "export.\(format)"))
        XCTAssertEqual(file.status, .ok)
        XCTAssertContains(
          file.headers.first(name: .contentDisposition) ?? "", "plan-\(Fixtures.nongprue)-2566-2570.\(format)")
        let response = try await officer.upload(importPath, fileName: "plan.\(format)", data: Data(buffer: file.body))
        XCTAssertEqual(response.status, .seeOther, "\(format): \(response.body.string)")
        try await XCTAssertContainsAsync(
          try await officer.get(PlanFixtures.plan).body.string, "เพิ่ม 0 แก้ไข 0 ลบ 0 ไม่เปลี่ยน 5 โครงการ")
      }
      try await XCTAssertEqualAsync(try await PlanFixtures.projects(app).map { $0.snapshot() }, before)
    }
  }

  func testReimportUpdatesByNumberAddsAndRemoves() async throws {
    try await withApp { app in
      let officer = try await PlanFixtures.officerWithPlan(app, projects: 3)
      let csv =
        "no,name,dimension,sub_mission,budget_2566\n1,โครงการที่ 1,1,1.1,\"10,000\"\n2,เปลี่ยนชื่อแล้ว,2,2.1,\"10,000\"\n9,ใหม่,4,,\n"
      try await XCTAssertEqualAsync(
        try await officer.upload(importPath, fileName: "v2.csv", data: Data(csv.utf8)).status, .seeOther)
      try await XCTAssertContainsAsync(
        try await officer.get(PlanFixtures.plan).body.string, "เพิ่ม 1 แก้ไข 1 ลบ 1 ไม่เปลี่ยน 1 โครงการ")
      try await XCTAssertEqualAsync(try await PlanFixtures.projects(app).map(\.number), [1, 2, 9])
      let history = try await AuditEvent.query(on: app.db).filter(\.$action == "แก้ไขโครงการ (นำเข้า)").all()
      XCTAssertEqual(history.count, 1)
      XCTAssertContains(history[0].after ?? "", "เปลี่ยนชื่อแล้ว")
    }
  }

  func testLargestPlanImportsAndOneMoreRowIsRefused() async throws {
    try await withApp { app in
      let officer = try await PlanFixtures.officerWithPlan(app, projects: 0)
      func table(_ rows: Int) -> Data {
        var csv = "no,name,dimension,sub_mission,budget_2566,budget_2567\n"
        for number in 1...rows { csv += "\(number),โครงการทดสอบที่ \(number),\(number % 4 + 1),,\(number),0\n" }
        return Data(csv.utf8)
      }
      let tooMany = try await officer.upload(importPath, fileName: "big.csv", data: table(PlanImport.maxProjects + 1))
      XCTAssertEqual(tooMany.status, .unprocessableEntity)
      XCTAssertContains(tooMany.body.string, "เกินกว่าที่รับได้")
      let response = try await officer.upload(importPath, fileName: "big.csv", data: table(PlanImport.maxProjects))
      XCTAssertEqual(response.status, .seeOther, response.body.string)
      try await XCTAssertEqualAsync(try await PlanProject.query(on: app.db).count(), 2_000)
      try await XCTAssertEqualAsync(try await PlanProjectBudget.query(on: app.db).count(), 2_000)
      let api = try await Browser(app).get("/api/v1/organizations/\(Fixtures.nongprue)/plans/\(PlanFixtures.period)")
        .content.decode(PlanJSON.self)
      XCTAssertEqual(api.projectCount, 2_000)
      XCTAssertEqual(api.budgetTotals["2566"], "2001000.00")
      let oneMore = try await officer.post(
        Paths.projects(Fixtures.nongprue, PlanFixtures.period), PlanFixtures.project("โครงการที่ 2001"))
      XCTAssertEqual(oneMore.status, .unprocessableEntity)
      XCTAssertContains(oneMore.body.string, "ไม่เกิน 2,000 โครงการ")
    }
  }

  func testUploadStreamedThroughARealServerPassesTheCSRFCheck() async throws {
    try await withApp { app in
      let officer = try await PlanFixtures.officerWithPlan(app, projects: 0)
      officer.livePort = 18_089
      // Long notes make a body of a few hundred kilobytes, which arrives in many chunks.
      let note = String(repeating: "หมายเหตุยาว ", count: 100)
      var csv = "no,name,dimension,note\n"
      for number in 1...200 { csv += "\(number),โครงการที่ส่งผ่านเครือข่ายจริง \(number),1,\(note)\n" }
      let response = try await officer.upload(importPath, fileName: "big.csv", data: Data(csv.utf8))
      XCTAssertEqual(response.status, .ok, "the live client follows the redirect to the plan page")
      try await XCTAssertEqualAsync(try await PlanProject.query(on: app.db).count(), 200)
    }
  }

  func testAnOversizedUploadIsAThai413() async throws {
    try await withApp { app in
      let officer = try await PlanFixtures.officerWithPlan(app, projects: 0)
      officer.livePort = 18_091
      let huge = Data(repeating: 0x41, count: 11 * 1024 * 1024)
      let response = try await officer.upload(importPath, fileName: "huge.csv", data: huge)
      XCTAssertEqual(response.status, .payloadTooLarge)
      XCTAssertContains(response.body.string, "มีขนาดใหญ่เกินไป")
    }
  }

  func testOnlyTheOwnOfficerImports() async throws {
    try await withApp { app in
      _ = try await PlanFixtures.officerWithPlan(app, projects: 0)
      for who in [Fixtures.huaiyai, "\(Fixtures.nongprue)-2", "chonburi", "admin"] {
        let browser = try await Browser.signedIn(app, as: who)
        try await XCTAssertEqualAsync(
          try await browser.upload(importPath, fileName: "a.csv", data: Data("no,name,dimension\n1,x,1\n".utf8)).status,
          .forbidden, who)
        try await XCTAssertEqualAsync(try await browser.get(importPath).status, .forbidden, who)
      }
      try await XCTAssertEqualAsync(try await PlanFixtures.projects(app).count, 0)
    }
  }

  func testPrintViewIsTheA4PlanDocument() async throws {
    try await withApp { app in
      _ = try await PlanFixtures.officerWithPlan(app, projects: 2)
      let print = try await Browser(app).get(Paths.planAction(Fixtures.nongprue, PlanFixtures.period, "print"))
      XCTAssertEqual(print.status, .ok)
      let body = print.body.string
      XCTAssertContains(body, "/static/print.css")
      XCTAssertContains(body, "แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. 2566 – 2570)")
      XCTAssertContains(body, "เทศบาลเมืองหนองปรือ จังหวัดชลบุรี")
      XCTAssertContains(body, "วัตถุประสงค์")
      XCTAssertContains(body, "1) เพื่อสร้างจิตสำนึก")
      XCTAssertContains(body, "รวม จำนวน 2 โครงการ")
      try await XCTAssertContainsAsync(
        try await Browser(app).get("/static/print.css").body.string, "size: A4 landscape")
    }
  }
}
