import Domain
import Fluent
import XCTVapor

@testable import App

final class ReportEntryAppTests: XCTestCase {
  func testGoodRowsAreSavedAndBadRowsComeBackAsTyped() async throws {
    try await withApp { app in
      let officer = try await ReportFixtures.officerInOpenRound(app)
      let projects = try await PlanFixtures.projects(app)
      var form = ReportFixtures.row(projects[0], status: "อยู่ระหว่างดำเนินการ", disbursed: "2,500.50")
      form.merge(ReportFixtures.row(projects[1], status: "ไม่สามารถดำเนินการได้", note: "รอประชุม")) { $1 }
      form.merge(ReportFixtures.row(projects[2], status: "ดำเนินการแล้วเสร็จ", budget: "1000", disbursed: "1500")) { $1 }
      let response = try await officer.post(ReportFixtures.path() + "/entries", form)
      XCTAssertEqual(response.status, .unprocessableEntity)
      let html = response.body.string
      XCTAssertContains(html, "บันทึกแล้ว 1 รายการ")
      XCTAssertContains(html, "กรุณาเลือกเหตุผลที่ไม่สามารถดำเนินการได้")
      XCTAssertContains(html, "เบิกจ่ายมากกว่างบประมาณ (1,000.00 บาท) กรุณาชี้แจงในหมายเหตุ")
      XCTAssertContains(html, "value=\"1500\"")
      XCTAssertContains(html, ">รอประชุม</textarea>")
      let entries = try await ReportEntry.query(on: app.db).all()
      XCTAssertEqual(entries.count, 1)
      XCTAssertEqual(entries[0].disbursedSatang, 250_050)
      XCTAssertEqual(entries[0].budgetSatang, 1_000_000, "empty budget = the plan's 10,000 baht")
      XCTAssertEqual(entries[0].progress, .inProgress)
      try await XCTAssertContainsAsync(try await officer.get(ReportFixtures.path()).body.string, "ร้อยละ 16.67")
    }
  }

  func testTwoSavesOfTheSameRowFromTheSamePageOneWins() async throws {
    try await withApp { app in
      let officer = try await ReportFixtures.officerInOpenRound(app)
      let project = try await PlanFixtures.projects(app)[0]
      try await officer.get(ReportFixtures.path())
      let first = try await officer.post(
        ReportFixtures.path() + "/entries", ReportFixtures.row(project, status: "ดำเนินการแล้วเสร็จ", disbursed: "100"))
      XCTAssertEqual(first.status, .seeOther)
      let colleague = try await officer.post(
        ReportFixtures.path() + "/entries", ReportFixtures.row(project, status: "อยู่ระหว่างดำเนินการ", disbursed: "200"))
      XCTAssertEqual(colleague.status, .conflict)
      XCTAssertContains(colleague.body.string, "มีผู้อื่นบันทึกรายการนี้ก่อน (ดำเนินการแล้วเสร็จ")
      XCTAssertContains(colleague.body.string, "value=\"200\"")
      let entry = try await ReportEntry.query(on: app.db).first()!
      XCTAssertEqual(entry.progress, .completed)
      XCTAssertEqual(entry.version, 1)
      // Saving again from the refreshed form (new version) goes through.
      try await XCTAssertEqualAsync(
        try await officer.post(
          ReportFixtures.path() + "/entries",
          ReportFixtures.row(project, status: "อยู่ระหว่างดำเนินการ", disbursed: "200", version: 1)
        ).status, .seeOther)
      let history = try await ReportQueries(db: app.db).entryHistory(
        of: try await ReportFixtures.report(app)!, project: project.id!)
      XCTAssertEqual(history.count, 2)
      XCTAssertEqual(AuditLog.fields(history[1].before)["สถานะ"], "ดำเนินการแล้วเสร็จ")
    }
  }

  func testAutosaveAnswersJSONPerRow() async throws {
    try await withApp { app in
      let officer = try await ReportFixtures.officerInOpenRound(app)
      let projects = try await PlanFixtures.projects(app)
      try await officer.get(ReportFixtures.path())
      let saved = try await officer.post(
        ReportFixtures.path() + "/entries", ReportFixtures.row(projects[0], status: "ดำเนินการแล้วเสร็จ"), acceptJSON: true)
      XCTAssertEqual(saved.status, .ok)
      let answer = try saved.content.decode(EntrySaveJSON.self)
      XCTAssertEqual(answer.rows.map(\.result), ["saved"])
      XCTAssertEqual(answer.rows.first?.version, 1)
      XCTAssertEqual(answer.summary.completed, 1)
      XCTAssertEqual(answer.summary.pending, 2)
      let invalid = try await officer.post(
        ReportFixtures.path() + "/entries", ReportFixtures.row(projects[1], status: "x"), acceptJSON: true)
      XCTAssertEqual(invalid.status, .unprocessableEntity)
      XCTAssertEqual(try invalid.content.decode(EntrySaveJSON.self).rows.first?.result, "invalid")
    }
  }

  func testProjectFormAndEvidenceFiles() async throws {
    try await withApp { app in
      let officer = try await ReportFixtures.officerInOpenRound(app)
      let project = try await PlanFixtures.projects(app)[0]
      let path = ReportFixtures.path() + "/projects/\(project.id!.uuidString)"
      try await XCTAssertContainsAsync(try await officer.get(path).body.string, "งบประมาณตามแผน 10,000.00 บาท")
      let bad = try await officer.post(
        path, ReportFixtures.row(project, status: "ไม่สามารถดำเนินการได้", reason: "อื่นๆ", note: "ยังพิมพ์อยู่"))
      XCTAssertEqual(bad.status, .unprocessableEntity)
      XCTAssertContains(bad.body.string, "กรุณาระบุเหตุผลอื่นๆ")
      XCTAssertContains(bad.body.string, "ยังพิมพ์อยู่")
      try await XCTAssertEqualAsync(
        try await officer.post(
          path, ReportFixtures.row(project, status: "ไม่สามารถดำเนินการได้", reason: "อื่นๆ", reasonText: "น้ำท่วม")
        ).status, .seeOther)
      try await XCTAssertEqualAsync(try await ReportEntry.query(on: app.db).first()!.reasonText, "น้ำท่วม")

      let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 100))
      let uploaded = try await officer.upload(
        path + "/evidence", fileName: "ภาพกิจกรรม.png", data: png, type: "image/png")
      XCTAssertEqual(uploaded.status, .seeOther, uploaded.body.string)
      let exe = try await officer.upload(path + "/evidence", fileName: "photo.jpg", data: Data("MZ\u{0}virus".utf8))
      XCTAssertEqual(exe.status, .unsupportedMediaType)
      XCTAssertContains(exe.body.string, "แนบได้เฉพาะรูปภาพ JPEG, PNG, WebP หรือไฟล์ PDF")
      let big = try await officer.upload(
        path + "/evidence", fileName: "big.pdf", data: Data("%PDF".utf8) + Data(count: EvidenceQueries.maxBytes))
      XCTAssertEqual(big.status, .payloadTooLarge)
      let file = try await ReportEvidence.query(on: app.db).first()!
      XCTAssertEqual(file.contentType, "image/png")
      let page = try await officer.get(path)
      XCTAssertContains(page.body.string, "ภาพกิจกรรม.png")
      XCTAssertContains(page.body.string, "<img")
      let fileURL = ReportFixtures.path() + "/evidence/\(file.id!.uuidString)"
      let download = try await officer.get(fileURL)
      XCTAssertEqual(download.status, .ok)
      XCTAssertEqual(download.headers.contentType?.description, "image/png")
      try await XCTAssertEqualAsync(
        try await Browser.signedIn(app, as: Fixtures.huaiyai).get(fileURL).status, .forbidden)
      try await XCTAssertEqualAsync(try await Browser.signedIn(app, as: "banglamung").get(fileURL).status, .ok)
      try await XCTAssertEqualAsync(
        try await Browser.signedIn(app, as: "\(Fixtures.nongprue)-2").post(fileURL + "/delete").status, .forbidden)
      try await XCTAssertEqualAsync(try await officer.post(fileURL + "/delete").status, .seeOther)
      try await XCTAssertEqualAsync(try await ReportEvidence.query(on: app.db).count(), 0)
    }
  }

  func testTwelveMonthRoundStartsFromTheSixMonthEntries() async throws {
    try await withApp { app in
      let officer = try await ReportFixtures.officerInOpenRound(app)
      try await ReportFixtures.fillAndSend(app, officer)
      try await ReportFixtures.openRound(app, kind: 12)
      let page = try await officer.get(ReportFixtures.path(12))
      XCTAssertContains(page.body.string, "เริ่มต้นด้วยข้อมูลที่รายงานไว้ในรอบ 6 เดือน")
      let twelve = try await ReportFixtures.report(app, kind: .twelveMonth)!
      XCTAssertTrue(twelve.prefilled)
      XCTAssertEqual(twelve.status, .draft)
      let copied = try await ReportEntry.query(on: app.db).filter(\.$report.$id == twelve.id!).all()
      XCTAssertEqual(copied.map(\.progress), [.completed, .completed, .completed])
      XCTAssertEqual(copied.map(\.disbursedSatang), [500_000, 500_000, 500_000])
      // The monitor's page view does not start a report, nor copy anything.
      try await XCTAssertEqualAsync(try await ReportEntry.query(on: app.db).count(), 6)
      let sixMonth = try await ReportFixtures.report(app)!
      XCTAssertEqual(sixMonth.status, .awaitingConfirmation, "the 6-month report is untouched")
    }
  }
}

final class ReportConcurrencyTests: XCTestCase {
  func testTwoSimultaneousFirstSavesOfARowNeverFail() async throws {
    try await withApp { app in
      let officer = try await ReportFixtures.officerInOpenRound(app)
      let colleague = try await Browser.signedIn(app, as: Fixtures.nongprue)
      let project = try await PlanFixtures.projects(app)[0]
      try await officer.get(ReportFixtures.path())
      for attempt in 0..<5 {
        let version = try await ReportEntry.query(on: app.db).first()?.version ?? 0
        async let first = officer.post(
          ReportFixtures.path() + "/entries",
          ReportFixtures.row(project, status: "ดำเนินการแล้วเสร็จ", disbursed: "\(100 + attempt)", version: version))
        async let second = colleague.post(
          ReportFixtures.path() + "/entries",
          ReportFixtures.row(project, status: "อยู่ระหว่างดำเนินการ", disbursed: "\(200 + attempt)", version: version))
        let statuses = try await [first.status, second.status].sorted { $0.code < $1.code }
        XCTAssertEqual(statuses, [.seeOther, .conflict], "one save wins, the other is told (attempt \(attempt))")
        try await XCTAssertEqualAsync(try await ReportEntry.query(on: app.db).count(), 1)
        try await XCTAssertEqualAsync(try await ReportEntry.query(on: app.db).first()!.version, version + 1)
      }
    }
  }
}
