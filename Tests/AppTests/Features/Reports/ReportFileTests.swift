import Domain
import Fluent
import XCTVapor

@testable import App

final class ReportFileTests: XCTestCase {
  func testExportImportRoundTripsAndBadFilesChangeNothing() async throws {
    try await withApp { app in
      let officer = try await ReportFixtures.officerInOpenRound(app)
      let csv = """
        no,name,status,budget,disbursed,reason,note
        1,โครงการที่ 1,ดำเนินการแล้วเสร็จ,,"9,500.25",,อบรม 120 คน
        2,โครงการที่ 2,ไม่สามารถดำเนินการได้,10000,0,อื่นๆ: น้ำท่วม,
        3,โครงการที่ 3,,,,,
        """
      let imported = try await officer.upload(
        ReportFixtures.path() + "/import", fileName: "r.csv", data: Data(csv.utf8))
      XCTAssertEqual(imported.status, .seeOther, imported.body.string)
      let export = try await officer.get(ReportFixtures.path() + "/export.csv")
      let table = CSVTable(parsing: export.body.string)
      XCTAssertEqual(table.header, ReportImport.header)
      XCTAssertEqual(
        table.rows[0], ["1", "โครงการที่ 1", "ดำเนินการแล้วเสร็จ", "10000.00", "9500.25", "", "", "อบรม 120 คน"])
      XCTAssertEqual(table.rows[1][5], "อื่นๆ: น้ำท่วม")
      let before = try await ReportEntry.query(on: app.db).all().map(\.version).sorted()

      // Re-importing the export changes nothing; so does XLSX.
      let again = try await officer.upload(
        ReportFixtures.path() + "/import", fileName: "r.csv", data: Data(export.body.string.utf8))
      XCTAssertEqual(again.status, .seeOther)
      let xlsx = try await officer.get(ReportFixtures.path() + "/export.xlsx")
      XCTAssertEqual(xlsx.status, .ok)
      let fromXLSX = try await officer.upload(
        ReportFixtures.path() + "/import", fileName: "r.xlsx", data: Data(buffer: xlsx.body),
        type: FileDownload.xlsxType)
      XCTAssertEqual(fromXLSX.status, .seeOther, fromXLSX.body.string)
      try await XCTAssertEqualAsync(try await ReportEntry.query(on: app.db).all().map(\.version).sorted(), before)

      let bad = "no,status,disbursed\n1,เสร็จแล้ว,\n2,ดำเนินการแล้วเสร็จ,abc\n99,ดำเนินการแล้วเสร็จ,\n"
      let refused = try await officer.upload(
        ReportFixtures.path() + "/import", fileName: "bad.csv", data: Data(bad.utf8))
      XCTAssertEqual(refused.status, .unprocessableEntity)
      XCTAssertContains(refused.body.string, "พบปัญหา 3 รายการ")
      XCTAssertContains(refused.body.string, "แถวที่ 4 คอลัมน์ no: ไม่พบโครงการลำดับ 99 ในแผน")
      try await XCTAssertEqualAsync(try await ReportEntry.query(on: app.db).all().map(\.version).sorted(), before)
      let pdf = try await officer.upload(
        ReportFixtures.path() + "/import", fileName: "x.pdf", data: Data("%PDF\u{0}".utf8))
      XCTAssertEqual(pdf.status, .unsupportedMediaType)
      try await XCTAssertEqualAsync(
        try await Browser.signedIn(app, as: "\(Fixtures.nongprue)-2").upload(
          ReportFixtures.path() + "/import", fileName: "r.csv", data: Data(csv.utf8)
        ).status, .forbidden)
    }
  }

  func testOfficialPrintViewWithThaiDigitsAndPDF() async throws {
    try await withApp { app in
      let officer = try await ReportFixtures.officerInOpenRound(app)
      try await ReportFixtures.fillAndSend(app, officer)
      let print = try await officer.get(ReportFixtures.path() + "/print")
      let html = print.body.string
      XCTAssertContains(html, "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ของเทศบาลเมืองหนองปรือ พ.ศ. 2566 รอบ 6 เดือน")
      for column in ReportPrintPage.statusColumns { XCTAssertContains(html, "<th class=\"tick\">\(column)</th>") }
      XCTAssertContains(html, "ปัญหา อุปสรรค และข้อเสนอแนะ")
      XCTAssertContains(html, "งบประมาณล่าช้า")
      XCTAssertContains(html, "สรุปผลการขับเคลื่อนแผนฯ")
      XCTAssertContains(html, "เบิกจ่ายงบประมาณ 15,000.00 บาท คิดเป็นร้อยละ 50.00")
      XCTAssertContains(html, "มีการนำแผนฯ ไปปฏิบัติ ระดับ (มาก) ร้อยละ 100.00")
      XCTAssertContains(html, "** ข้อมูล ณ วันที่")
      XCTAssertContains(html, "ผู้รายงาน นายสมชาย ใจดี นิติกร")
      XCTAssertContains(html, "มิติที่ 4 การยกระดับกลไกการตรวจสอบ")
      let thai = try await officer.get(ReportFixtures.path() + "/print?digits=thai").body.string
      XCTAssertContains(thai, "พ.ศ. ๒๕๖๖ รอบ ๖ เดือน")
      XCTAssertContains(thai, "ร้อยละ ๕๐.๐๐")

      let pdf = try await officer.get(ReportFixtures.path() + "/report.pdf")
      if PDFRenderer.fromEnvironment().executable == nil {
        XCTAssertEqual(pdf.status, .serviceUnavailable)
        XCTAssertContains(pdf.body.string, "ไม่ได้ติดตั้ง Chromium")
      } else {
        XCTAssertEqual(pdf.status, .ok)
        XCTAssertEqual(pdf.headers.contentType?.description, "application/pdf")
        XCTAssertTrue(Data(buffer: pdf.body).starts(with: Array("%PDF".utf8)))
      }
    }
  }

  func testMissingChromiumIsSaidClearly() async throws {
    let renderer = PDFRenderer(executable: nil)
    do {
      _ = try await renderer.render(html: "<p>x</p>", queue: PDFQueue(slots: 1, maxWaiting: 0))
      XCTFail("rendered without Chromium")
    } catch let error as Abort {
      XCTAssertEqual(error.status, .serviceUnavailable)
      XCTAssertTrue(error.reason.contains("ติดตั้งแพ็กเกจ chromium"))
    }
  }
}
