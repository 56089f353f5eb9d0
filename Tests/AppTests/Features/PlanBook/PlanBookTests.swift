import Domain
import Fluent
import XCTVapor

@testable import App

/// The plan book: who writes its sections, what prints, and the copy frozen with each version.
final class PlanBookTests: XCTestCase {
  let code = Fixtures.nongprue
  let period = PlanFixtures.period
  var book: String { Paths.planBook(code, period) }
  func section(_ key: PlanBookSection) -> String { Paths.planBookSection(code, period, key) }

  func testOfficerWritesSectionsAndOnlyInsidersSeeTheDraft() async throws {
    try await withApp { app in
      let officer = try await PlanFixtures.officerWithPlan(app, projects: 2)
      let index = try await officer.get(book)
      XCTAssertEqual(index.status, .ok)
      XCTAssertContains(index.body.string, "ยังไม่เขียน (ไม่พิมพ์)")
      XCTAssertContains(index.body.string, "ระบบเติมจากข้อมูล")
      let editor = try await officer.get(section(.preface))
      XCTAssertContains(editor.body.string, "ตัวอย่าง")

      let text = "# ที่มา\nเทศบาลเมืองหนองปรือ <script>alert(1)</script>\n\n1. ข้อแรก\n| ก | ข |\n|---|---|\n| 1 | 2 |"
      let preview = try await officer.post(section(.preface), ["body": text, "action": "preview"])
      XCTAssertEqual(preview.status, .ok)
      XCTAssertContains(preview.body.string, "ตัวอย่าง (ยังไม่ได้บันทึก)")
      let rows = try await PlanBookSectionRecord.query(on: app.db).count()
      XCTAssertEqual(rows, 0, "a preview writes nothing")

      let starter = PlanBookSection.preface.starter(organization: "เทศบาลเมืองหนองปรือ", fiscalYears: "พ.ศ. 2566 – 2570")
      let unchanged = try await officer.post(section(.preface), ["body": starter, "action": "save"])
      XCTAssertEqual(unchanged.status, .unprocessableEntity, "the starter text is not saved as it is")
      let tooLong = try await officer.post(
        section(.preface), ["body": String(repeating: "ก", count: SafeText.maxCharacters + 1), "action": "save"])
      XCTAssertEqual(tooLong.status, .unprocessableEntity)
      XCTAssertContains(tooLong.body.string, "ยาวเกิน")

      let saved = try await officer.post(section(.preface), ["body": text, "action": "save"])
      XCTAssertEqual(saved.status, .seeOther)
      let print = try await officer.get(Paths.planBookPrint(code, period))
      XCTAssertEqual(print.status, .ok)
      let html = print.body.string
      XCTAssertContains(html, "&lt;script&gt;alert(1)&lt;/script&gt;")
      XCTAssertFalse(html.contains("<script>alert"))
      XCTAssertContains(html, "<ol>")
      XCTAssertContains(html, "class=\"safe-table\"")
      XCTAssertContains(html, "สารบัญ")
      XCTAssertContains(html, "href=\"#sec-preface\"")
      XCTAssertContains(html, "ส่วนที่ 2 แผนปฏิบัติการป้องกันการทุจริต")
      XCTAssertContains(html, "โครงการที่ 2")
      XCTAssertContains(html, "มิติที่ 1")
      let thai = try await officer.get(Paths.planBookPrint(code, period, thaiDigits: true))
      XCTAssertContains(thai.body.string, "๒๕๖๖")
      XCTAssertContains(thai.body.string, "counter(page, thai)")

      let audit = try await AuditEvent.query(on: app.db).filter(\.$entity == PlanBookQueries.entity).count()
      XCTAssertEqual(audit, 1)
      let plan = try await PlanFixtures.currentPlan(app)
      XCTAssertEqual(plan.version, 4, "a section edit is a change of the plan")

      // Who may not.
      let other = try await Browser.signedIn(app, as: Fixtures.huaiyai)
      try await XCTAssertEqualAsync(try await other.get(book).status, .forbidden)
      try await XCTAssertEqualAsync(
        try await other.post(section(.goals), ["body": "x", "action": "save"]).status, .forbidden)
      let executive = try await Browser.signedIn(app, as: "\(code)-2")
      try await XCTAssertEqualAsync(
        try await executive.post(section(.goals), ["body": "x", "action": "save"]).status, .forbidden)
      let monitor = try await Browser.signedIn(app, as: "chonburi")
      let seen = try await monitor.get(section(.preface))
      XCTAssertEqual(seen.status, .ok)
      XCTAssertFalse(seen.body.string.contains("name=\"body\""), "a monitor reads the section, without the form")
      try await XCTAssertEqualAsync(
        try await monitor.post(section(.goals), ["body": "x", "action": "save"]).status, .forbidden)
      let anonymous = Browser(app)
      try await XCTAssertEqualAsync(try await anonymous.get(book).status, .seeOther, "sign in first")
      try await XCTAssertEqualAsync(
        try await anonymous.get(Paths.planBookPrint(code, period)).status, .notFound, "no approved version yet")
      try await XCTAssertEqualAsync(try await officer.get(book + "/sections/nope").status, .notFound)
      try await XCTAssertEqualAsync(
        try await officer.get(Paths.planBookPrint(code, period, year: 2599)).status, .badRequest)
      try await XCTAssertEqualAsync(try await officer.get(book + "/print?version=abc").status, .badRequest)
      try await XCTAssertEqualAsync(try await officer.get(book + "/print?version=9").status, .notFound)
    }
  }

  func testApprovalFreezesTheBookAndTheDiffShowsItsChanges() async throws {
    try await withApp { app in
      let officer = try await PlanFixtures.officerWithPlan(app, projects: 3)
      _ = try await officer.post(section(.goals), ["body": "เป้าหมายเดิม", "action": "save"])
      // A register not yet published stays out of the approved (public) book.
      _ = try await officer.post(Paths.riskRegister(code, 2570), RiskRegisterTests.risk("ความเสี่ยงที่ยังไม่เผยแพร่"))
      try await XCTAssertEqualAsync(
        try await officer.post(Paths.planAction(code, period, "submit")).status, .seeOther)
      try await XCTAssertEqualAsync(
        try await officer.post(section(.goals), ["body": "ระหว่างรอ", "action": "save"]).status, .conflict,
        "a submitted plan's book cannot change")
      let executive = try await Browser.signedIn(app, as: "\(code)-2")
      try await XCTAssertEqualAsync(
        try await executive.post(
          Paths.planAction(code, period, "approve"), ["name": "นายสมชาย ใจซื่อ", "position": "นายกเทศมนตรี"]
        ).status, .seeOther)
      try await XCTAssertEqualAsync(
        try await officer.post(section(.goals), ["body": "เป้าหมายใหม่", "action": "save"]).status, .seeOther)
      let plan = try await PlanFixtures.currentPlan(app)
      XCTAssertEqual(plan.status, .draft, "editing the book of an approved plan starts an amendment")

      let frozen = try await officer.get(Paths.planBookPrint(code, period, version: 1)).body.string
      XCTAssertContains(frozen, "เป้าหมายเดิม")
      XCTAssertFalse(frozen.contains("เป้าหมายใหม่"))
      XCTAssertContains(frozen, "ฉบับที่ 1")
      let current = try await officer.get(Paths.planBookPrint(code, period)).body.string
      XCTAssertContains(current, "เป้าหมายใหม่")
      let anonymous = try await Browser(app).get(Paths.planBookPrint(code, period)).body.string
      XCTAssertContains(anonymous, "เป้าหมายเดิม")
      XCTAssertFalse(anonymous.contains("เป้าหมายใหม่"))
      XCTAssertFalse(anonymous.contains("ความเสี่ยงที่ยังไม่เผยแพร่"))
      XCTAssertFalse(frozen.contains("ความเสี่ยงที่ยังไม่เผยแพร่"))
      XCTAssertContains(current, "ความเสี่ยงที่ยังไม่เผยแพร่")
      let outsiderDiff = try await Browser(app).get(Paths.compare(code, period, from: "1", to: "current")).body.string
      XCTAssertFalse(outsiderDiff.contains("หัวข้อในเล่มแผนที่แก้ไข"), "the public does not see the draft book")

      let diff = try await officer.get(Paths.compare(code, period, from: "1", to: "current")).body.string
      XCTAssertContains(diff, "หัวข้อในเล่มแผนที่แก้ไข (2 หัวข้อ)")  // the goals, and the unpublished register
      XCTAssertContains(diff, "− เป้าหมายเดิม")
      XCTAssertContains(diff, "+ เป้าหมายใหม่")

      // The annual plan: projects budgeted in that year (or never budgeted) only.
      let year2566 = try await officer.get(Paths.planBookPrint(code, period, year: 2566)).body.string
      XCTAssertContains(year2566, "ประจำปีงบประมาณ พ.ศ. 2566")
      XCTAssertContains(year2566, "รวม จำนวน 3 โครงการ")
      let year2567 = try await officer.get(Paths.planBookPrint(code, period, year: 2567)).body.string
      XCTAssertContains(year2567, "รวม จำนวน 0 โครงการ")
    }
  }

  func testTheBookPDFHasItsContentsWithPageNumbers() async throws {
    guard PDFRenderer.fromEnvironment().executable != nil else { throw XCTSkip("Chromium is not installed") }
    try await withApp { app in
      app.pdfQueue = PDFQueue(slots: 1, maxWaiting: 2)
      let officer = try await PlanFixtures.officerWithPlan(app, projects: 3)
      _ = try await officer.post(section(.preface), ["body": "คำนำของเทศบาล", "action": "save"])
      _ = try await officer.post(section(.objectives), ["body": "1. วัตถุประสงค์", "action": "save"])
      let pdf = try await officer.get(Paths.planBookPrint(code, period, pdf: true))
      XCTAssertEqual(pdf.status, .ok)
      let bytes = [UInt8](pdf.body.readableBytesView)
      XCTAssertTrue(bytes.starts(with: Array("%PDF".utf8)))
      let pages = PDFDestinations.pages(in: bytes)
      let preface = try XCTUnwrap(pages["sec-preface"])
      let table = try XCTUnwrap(pages["part-2"])
      XCTAssertEqual(preface, 3, "cover, contents, then the preface")
      XCTAssertGreaterThan(table, preface)
    }
  }
}
