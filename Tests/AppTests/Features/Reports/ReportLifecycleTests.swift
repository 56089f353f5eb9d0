import Domain
import Fluent
import XCTVapor

@testable import App

final class ReportLifecycleTests: XCTestCase {
  func testFillSendConfirmReturnAndResubmit() async throws {
    try await withApp { app in
      let officer = try await ReportFixtures.officerInOpenRound(app)
      let page = try await officer.get(ReportFixtures.path())
      XCTAssertEqual(page.status, .ok)
      XCTAssertContains(
        page.body.string, "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ของเทศบาลเมืองหนองปรือ พ.ศ. 2566 รอบ 6 เดือน")
      XCTAssertContains(page.body.string, "10,000.00")  // the plan budget is the default
      XCTAssertContains(page.body.string, "บันทึกทั้งหมด")

      let early = try await officer.post(ReportFixtures.path() + "/send")
      XCTAssertEqual(early.status, .unprocessableEntity)
      XCTAssertContains(early.body.string, "กรุณากรอกชื่อและตำแหน่งผู้รายงาน")

      try await ReportFixtures.fillAndSend(app, officer)
      var report = try await ReportFixtures.report(app)!
      XCTAssertEqual(report.status, .awaitingConfirmation)
      let locked = try await officer.post(ReportFixtures.path() + "/entries", [:])
      XCTAssertEqual(locked.status, .conflict)
      XCTAssertContains(locked.body.string, "อยู่ระหว่างรอการยืนยัน")

      let executive = try await Browser.signedIn(app, as: "\(Fixtures.nongprue)-2")
      try await XCTAssertContainsAsync(try await executive.get(ReportFixtures.path()).body.string, "ยืนยันและส่งรายงาน")
      try await XCTAssertEqualAsync(try await executive.post(ReportFixtures.path() + "/confirm").status, .seeOther)
      report = try await ReportFixtures.report(app)!
      XCTAssertEqual(report.status, .submitted)
      XCTAssertNotNil(report.submittedAt)
      XCTAssertTrue(report.late, "confirmed after 30 เมษายน 2566")
      try await XCTAssertContainsAsync(try await Browser(app).get(ReportFixtures.path()).body.string, "ส่งหลังกำหนด")

      let monitor = try await Browser.signedIn(app, as: "banglamung")
      let noComment = try await monitor.post(ReportFixtures.path() + "/return", ["comment": " "])
      XCTAssertEqual(noComment.status, .unprocessableEntity)
      try await XCTAssertEqualAsync(
        try await monitor.post(ReportFixtures.path() + "/return", ["comment": "แนบหลักฐานโครงการที่ 1"]).status, .seeOther)
      try await XCTAssertEqualAsync(try await ReportFixtures.report(app)!.status, .returned)

      // The window closes, but a returned report can still be corrected and resubmitted.
      try await Browser.signedIn(app, as: "admin").post(Paths.round("2566-6") + "/window", ["open": "0"])
      let returned = try await officer.get(ReportFixtures.path())
      XCTAssertContains(returned.body.string, "ผู้กำกับดูแลส่งรายงานกลับให้แก้ไข: แนบหลักฐานโครงการที่ 1")
      try await XCTAssertEqualAsync(try await officer.post(ReportFixtures.path() + "/send").status, .seeOther)
      try await XCTAssertEqualAsync(try await executive.post(ReportFixtures.path() + "/confirm").status, .seeOther)
      report = try await ReportFixtures.report(app)!
      XCTAssertEqual(report.status, .submitted)
      XCTAssertTrue(report.late, "lateness is judged on the first submission")
      XCTAssertGreaterThan(report.submittedAt!, report.firstSubmittedAt!)
      let actions = try await ReportQueries(db: app.db).history(of: report).map(\.action)
      XCTAssertEqual(
        actions,
        [
          "เริ่มรายงานผล", "บันทึกปัญหาอุปสรรคและผู้รายงาน", "ส่งรายงานให้ผู้บริหารยืนยัน", "ผู้บริหารยืนยันและส่งรายงาน",
          "ผู้กำกับดูแลส่งรายงานกลับให้แก้ไข", "ส่งรายงานให้ผู้บริหารยืนยัน", "ผู้บริหารยืนยันและส่งรายงาน",
        ])
    }
  }
}

final class ReportTaskTests: XCTestCase {
  func testTheOfficerFindsAReportInProgressOnTheHomePage() async throws {
    try await withApp { app in
      let officer = try await ReportFixtures.officerInOpenRound(app)
      try await officer.get(ReportFixtures.path())
      let home = try await officer.get(Paths.home).body.string
      XCTAssertContains(home, "ปีงบประมาณ พ.ศ. 2566 รอบ 6 เดือน: กำลังกรอก")
      try await Browser.signedIn(app, as: "admin").post(Paths.round("2566-6") + "/window", ["open": "0"])
      app.readCache.clear()
      try await XCTAssertContainsAsync(
        try await officer.get(Paths.home).body.string.contains("กำลังกรอก") ? "listed" : "gone", "gone")
    }
  }

  func testTheOfficerIsToldOfAReturnAndTheExecutiveOfAReportToConfirm() async throws {
    try await withApp { app in
      let officer = try await ReportFixtures.officerInOpenRound(app)
      try await ReportFixtures.fillAndSend(app, officer)
      let executive = try await Browser.signedIn(app, as: "\(Fixtures.nongprue)-2")
      try await XCTAssertContainsAsync(
        try await executive.get(Paths.home).body.string, "ปีงบประมาณ พ.ศ. 2566 รอบ 6 เดือน: รอผู้บริหารยืนยัน")
      try await executive.post(ReportFixtures.path() + "/confirm")
      try await Browser.signedIn(app, as: "chonburi").post(ReportFixtures.path() + "/return", ["comment": "เพิ่มหลักฐาน"])
      let home = try await officer.get(Paths.home).body.string
      XCTAssertContains(home, "รายงานที่รอคุณ")
      XCTAssertContains(home, "สิ่งที่ต้องแก้ไข: เพิ่มหลักฐาน")
      try await XCTAssertContainsAsync(
        try await Browser.signedIn(app, as: Fixtures.huaiyai).get(Paths.home).body.string.contains("รายงานที่รอคุณ")
          ? "leak" : "ok", "ok")
    }
  }
}
