import Domain
import Fluent
import XCTVapor

@testable import App

final class ComplaintCaseTests: XCTestCase {
  static let complaintOfficer = "\(Fixtures.nongprue)-3"

  func testOnlyTheHandlersOfACaseSeeIt() async throws {
    try await withApp { app in
      let (_, id) = try await ComplaintFixtures.file(app)
      let (_, aboutExecutive) = try await ComplaintFixtures.file(
        app, Fixtures.nongprue, ComplaintFixtures.named + ["aboutExecutive": "1"])
      let routes = [
        Paths.complaintCase(id), Paths.complaintForward(id), Paths.complaintForwardPDF(id),
        Paths.complaintCaseFile(id, UUID()),
      ]
      // Another LAO's complaint officer, the LAO's own officer and executive, monitors
      // outside the province, the district and region, national admins: none sees it.
      for outsider in [
        "\(Fixtures.huaiyai)-3", Fixtures.nongprue, "\(Fixtures.nongprue)-2", "chonburi", "chiangmai", "banglamung",
        "region2", "admin",
      ] {
        let browser = try await Browser.signedIn(app, as: outsider)
        for path in routes {
          let page = try await browser.get(path)
          XCTAssertEqual(page.status, .notFound, "\(outsider) \(path)")
          XCTAssertFalse(page.body.string.contains("สมชาย"), outsider)
        }
        for (path, form) in [
          (Paths.complaintMove(id), ["state": "considering"]), (Paths.complaintMessage(id), ["message": "ถาม"]),
          (Paths.complaintDelay(id), ["delayExplanation": "ช้า"]),
        ] {
          try await XCTAssertEqualAsync(try await browser.post(path, form).status, .notFound, "\(outsider) \(path)")
        }
      }
      let own = try await Browser.signedIn(app, as: Self.complaintOfficer)
      let page = try await own.get(Paths.complaintCase(id))
      XCTAssertEqual(page.status, .ok)
      XCTAssertContains(page.body.string, "นายสมชาย ใจดี")
      XCTAssertContains(page.body.string, "081-234-5678")
      XCTAssertEqual(page.headers.first(name: .cacheControl), "no-store")
      // A case about the executive goes to the province's monitors, never to the LAO.
      for outsider in [Self.complaintOfficer, "\(Fixtures.nongprue)-2", "chiangmai", "admin"] {
        let browser = try await Browser.signedIn(app, as: outsider)
        try await XCTAssertEqualAsync(
          try await browser.get(Paths.complaintCase(aboutExecutive)).status, .notFound, outsider)
      }
      let province = try await Browser.signedIn(app, as: "chonburi")
      try await XCTAssertEqualAsync(try await province.get(Paths.complaintCase(aboutExecutive)).status, .ok)
      // Without signing in: to the sign-in page.
      try await XCTAssertEqualAsync(try await Browser(app).get(Paths.complaintCase(id)).status, .seeOther)
    }
  }

  func testCaseListsHoldOnlyTheHandlersCases() async throws {
    try await withApp { app in
      _ = try await ComplaintFixtures.file(app)
      _ = try await ComplaintFixtures.file(app, Fixtures.huaiyai, ComplaintFixtures.anonymous)
      _ = try await ComplaintFixtures.file(
        app, Fixtures.nongprue, ComplaintFixtures.anonymous + ["aboutExecutive": "1", "concerns": "นายกเทศมนตรี"])
      let own = try await Browser.signedIn(app, as: Self.complaintOfficer)
      let list = try await own.get(Paths.complaintCases).body.string
      XCTAssertContains(list, "บุคคล/ตำแหน่ง")
      XCTAssertFalse(list.contains("เทศบาลตำบลห้วยใหญ่"))
      XCTAssertEqual(list.components(separatedBy: "/complaints/cases/").count - 1, 1)
      let province = try await Browser.signedIn(app, as: "chonburi")
      let executives = try await province.get(Paths.complaintCases).body.string
      XCTAssertEqual(executives.components(separatedBy: "/complaints/cases/").count - 1, 1)
      XCTAssertContains(executives, "เกี่ยวกับผู้บริหาร")
      for other in [Fixtures.nongprue, "\(Fixtures.nongprue)-2", "admin", "banglamung"] {
        let browser = try await Browser.signedIn(app, as: other)
        try await XCTAssertEqualAsync(try await browser.get(Paths.complaintCases).status, .forbidden, other)
      }
      try await XCTAssertEqualAsync(try await own.get(Paths.complaintCases(filter: "nonsense")).status, .badRequest)
      try await XCTAssertContainsAsync(try await own.get(Paths.home).body.string, "กำลังดำเนินการ 1 เรื่อง")
    }
  }

  func testAHandlerWorksACaseToClosureAndTheComplainantSeesEachStep() async throws {
    try await withApp { app in
      let (receipt, id) = try await ComplaintFixtures.file(app)
      let handler = try await Browser.signedIn(app, as: Self.complaintOfficer)
      let skipped = try await handler.post(
        Paths.complaintMove(id), ["state": "closed", "outcome": "unfounded", "reason": "x"])
      XCTAssertEqual(skipped.status, .conflict)
      try await XCTAssertEqualAsync(
        try await handler.post(Paths.complaintMove(id), ["state": "considering"]).status, .seeOther)
      try await XCTAssertEqualAsync(
        try await handler.post(Paths.complaintMessage(id), ["message": "ขอทราบชื่อผู้รับเหมา"]).status, .seeOther)
      let empty = try await handler.post(Paths.complaintMessage(id), ["message": "  "])
      XCTAssertEqual(empty.status, .unprocessableEntity)
      try await XCTAssertEqualAsync(
        try await handler.post(Paths.complaintMove(id), ["state": "fact_finding"]).status, .seeOther)
      let noOutcome = try await handler.post(Paths.complaintMove(id), ["state": "closed", "reason": "สอบแล้ว"])
      XCTAssertEqual(noOutcome.status, .unprocessableEntity)
      XCTAssertContains(noOutcome.body.string, "กรุณาเลือกผลการดำเนินการ")
      XCTAssertContains(noOutcome.body.string, "สอบแล้ว")
      let bad = try await handler.post(Paths.complaintMove(id), ["state": "closed", "outcome": "<x>", "reason": "r"])
      XCTAssertEqual(bad.status, .unprocessableEntity)
      let closed = try await handler.post(
        Paths.complaintMove(id), ["state": "closed", "outcome": "disciplinary", "reason": "ตั้งกรรมการสอบวินัยผู้ถูกร้องแล้ว"])
      XCTAssertEqual(closed.status, .seeOther)
      let complaint = try await XCTUnwrapAsync(try await Complaint.find(id, on: app.db))
      XCTAssertEqual(complaint.state, .closed)
      XCTAssertEqual(complaint.outcome, .disciplinary)
      XCTAssertNotNil(complaint.closedOn)

      let followUp = try await Browser(app).post(Paths.complaintFollow, ["receipt": receipt])
      XCTAssertEqual(followUp.status, .ok)
      for text in ["ยุติเรื่อง", "ดำเนินการทางวินัย", "ขอทราบชื่อผู้รับเหมา", "ตั้งกรรมการสอบวินัยผู้ถูกร้องแล้ว", "เรื่องนี้ปิดแล้ว"] {
        XCTAssertContains(followUp.body.string, text)
      }
      XCTAssertFalse(followUp.body.string.contains(Self.complaintOfficer), "handlers' accounts are not shown")
      try await XCTAssertEqualAsync(
        try await handler.post(Paths.complaintMessage(id), ["message": "อีก"]).status, .conflict)
      // Every step is audited without its contents and without an address.
      let audit = try await AuditEvent.query(on: app.db).filter(\.$entity == ComplaintQueries.entity).all()
      XCTAssertGreaterThanOrEqual(audit.count, 5)
      for event in audit {
        let text = [event.before ?? "", event.after ?? "", event.actorName].joined()
        XCTAssertFalse(text.contains("ผู้รับเหมา") || text.contains("สมชาย") || text.contains("ตั้งกรรมการ"), text)
        XCTAssertNil(event.address)
      }
    }
  }

  func testPassingTheFifteenDaysNeedsAnExplanationTheComplainantReads() async throws {
    try await withApp { app in
      let (receipt, id) = try await ComplaintFixtures.file(app)
      let complaint = try await XCTUnwrapAsync(try await Complaint.find(id, on: app.db))
      let longAgo = Date().addingTimeInterval(-20 * 86_400)
      let clock = ComplaintClock(receivedAt: longAgo)
      complaint.receivedAt = longAgo
      complaint.receivedOn = clock.receivedOn
      complaint.dueOn = clock.dueOn
      try await complaint.update(on: app.db)
      let handler = try await Browser.signedIn(app, as: Self.complaintOfficer)
      // An explanation is not taken before the case is late (it would excuse the delay ahead).
      let (_, onTime) = try await ComplaintFixtures.file(app)
      let early = try await handler.post(Paths.complaintDelay(onTime), ["delayExplanation": "."])
      XCTAssertEqual(early.status, .conflict)
      try await handler.post(Paths.complaintMove(onTime), ["state": "considering", "delayExplanation": "ล่วงหน้า"])
      try await XCTAssertEqualAsync(try await Complaint.find(onTime, on: app.db)?.delayExplained, false)
      let page = try await handler.get(Paths.complaintCase(id)).body.string
      XCTAssertContains(page, "เกินกำหนด 5 วัน")
      XCTAssertContains(page, "ต้องชี้แจงเหตุ")
      try await XCTAssertContainsAsync(try await handler.get(Paths.complaintCases).body.string, "class=\"overdue\"")
      try await XCTAssertContainsAsync(try await handler.get(Paths.home).body.string, "เกินกำหนด 15 วัน 1 เรื่อง")
      let refused = try await handler.post(Paths.complaintMove(id), ["state": "considering"])
      XCTAssertEqual(refused.status, .unprocessableEntity)
      XCTAssertContains(refused.body.string, "เกิน 15 วันแล้ว")
      let moved = try await handler.post(
        Paths.complaintMove(id), ["state": "considering", "delayExplanation": "รอเอกสารสัญญาจากกองคลัง"])
      XCTAssertEqual(moved.status, .seeOther)
      // Once explained, the next step needs no second explanation.
      try await XCTAssertEqualAsync(
        try await handler.post(Paths.complaintMove(id), ["state": "fact_finding"]).status, .seeOther)
      let followUp = try await Browser(app).post(Paths.complaintFollow, ["receipt": receipt]).body.string
      XCTAssertContains(followUp, "รอเอกสารสัญญาจากกองคลัง")
      XCTAssertContains(followUp, "เกินกำหนด")
      let statistics = try await ComplaintStatisticsQueries(db: app.db).year(
        Fixtures.nongprue, FiscalYear(containing: longAgo).buddhistYear)
      XCTAssertEqual(statistics.year.overdue, 1)
    }
  }

  func testTheMaskedCopyHidesWhoFiledAndTheWitnesses() async throws {
    try await withApp { app in
      var fields = ComplaintFixtures.named
      fields["details"] = "ข้าพเจ้านายสมชายเห็นเอง โทรหาผมที่ 081-234-5678 เรื่องเงิน 50,000 บาท"
      let (_, id) = try await ComplaintFixtures.file(
        app, Fixtures.nongprue, fields, files: [("สมชาย-หลักฐาน.pdf", Browser.pdf)])
      let handler = try await Browser.signedIn(app, as: Self.complaintOfficer)
      let copy = try await handler.get(Paths.withQuery(Paths.complaintForward(id), [("digits", "arabic")]))
      XCTAssertEqual(copy.status, .ok)
      let text = copy.body.string
      for hidden in ["สมชาย", "ใจดี", "081-234-5678", "somchai", "นายดำ"] {
        XCTAssertFalse(text.contains(hidden), hidden)
      }
      XCTAssertContains(text, "เรื่องเงิน 50,000 บาท")
      XCTAssertContains(text, ComplaintMasking.mark)
      XCTAssertContains(text, "ผู้อำนวยการกองช่าง")
      let log = try await handler.get(Paths.complaintCase(id)).body.string
      XCTAssertContains(log, ComplaintEventKind.forwardPrinted.thaiName)
    }
  }

  func testEvidenceFilesOpenOnlyForTheHandler() async throws {
    try await withApp { app in
      let (_, id) = try await ComplaintFixtures.file(
        app, Fixtures.nongprue, ComplaintFixtures.anonymous, files: [("ภาพ.pdf", Browser.pdf)])
      let file = try await XCTUnwrapAsync(try await ComplaintFile.query(on: app.db).first())
      let path = Paths.complaintCaseFile(id, try file.requireID())
      let handler = try await Browser.signedIn(app, as: Self.complaintOfficer)
      let download = try await handler.get(path)
      XCTAssertEqual(download.status, .ok)
      XCTAssertEqual(Data(download.body.readableBytesView), Browser.pdf)
      XCTAssertContains(download.headers.first(name: .contentDisposition) ?? "", "attachment")
      XCTAssertContains(download.headers.first(name: "Content-Security-Policy") ?? "", "sandbox")
      let other = try await Browser.signedIn(app, as: "\(Fixtures.huaiyai)-3")
      try await XCTAssertEqualAsync(try await other.get(path).status, .notFound)
    }
  }

  func testMarkupInAComplaintIsShownAsText() async throws {
    try await withApp { app in
      let markup = "<script>alert(1)</script><img src=x onerror=alert(2)>"
      var fields = ComplaintFixtures.named
      for key in ["concerns", "details", "when", "where", "witnesses", "name", "contact"] { fields[key] = markup }
      let (receipt, id) = try await ComplaintFixtures.file(app, Fixtures.nongprue, fields)
      let handler = try await Browser.signedIn(app, as: Self.complaintOfficer)
      try await handler.post(Paths.complaintMessage(id), ["message": markup])
      for page in [
        try await handler.get(Paths.complaintCase(id)).body.string,
        try await handler.get(Paths.complaintForward(id)).body.string,
        try await handler.get(Paths.complaintCases).body.string,
        try await Browser(app).post(Paths.complaintFollow, ["receipt": receipt]).body.string,
      ] {
        XCTAssertFalse(page.contains("<script>alert"), page)
        XCTAssertFalse(page.contains("<img src=x"), page)
      }
    }
  }

  func testProvincialMonitorsIssueComplaintOfficerAccounts() async throws {
    try await withApp { app in
      let province = try await Browser.signedIn(app, as: "chonburi")
      let letter = try await province.post(
        Paths.organizationAccounts(Fixtures.pattaya),
        ["role": Role.complaintOfficer.rawValue, "displayName": "นางสาวรับเรื่อง"])
      XCTAssertEqual(letter.status, .ok, letter.body.string)
      let user = try await XCTUnwrapAsync(
        try await User.query(on: app.db).filter(\.$orgCode == Fixtures.pattaya).filter(\.$role == .complaintOfficer)
          .first())
      XCTAssertEqual(user.username, "\(Fixtures.pattaya)-2")
      // The complaint officer's account is for complaints only.
      let officer = try await Browser.signedIn(app, as: Self.complaintOfficer)
      let home = try await officer.get(Paths.home).body.string
      XCTAssertContains(home, Paths.complaintCases)
      XCTAssertFalse(home.contains(Paths.organizationPlans(Fixtures.nongprue)))
    }
  }
}
