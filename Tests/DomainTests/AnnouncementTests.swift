import Domain
import XCTest

final class AnnouncementTests: XCTestCase {
  let values = AnnouncementValues(
    organization: "องค์การบริหารส่วนตำบลหนองปรือ", executive: "นายสมชาย ใจดี",
    executivePosition: "นายกองค์การบริหารส่วนตำบลหนองปรือ", date: ThaiCalendar.date(buddhistYear: 2566, month: 4, day: 24),
    fiscalYear: 2566)

  func testEightStandardKindsWithStableKeys() {
    XCTAssertEqual(
      AnnouncementKind.standard.map(\.rawValue),
      [
        "no_gift", "anti_bribery", "conflict_of_interest", "procurement_transparency", "stakeholder_participation",
        "complaint_handling", "discretion_check", "public_disclosure",
      ])
    XCTAssertEqual(AnnouncementKind(rawValue: "other"), .other)
    XCTAssertTrue(AnnouncementKind.noGift.thaiTitle.contains("No Gift Policy"))
  }

  func testEveryTemplateFilledLeavesNoPlaceholder() {
    for kind in AnnouncementKind.allCases {
      let (title, body) = AnnouncementTemplate.draft(kind, values: values)
      XCTAssertEqual(title, kind.thaiTitle)
      XCTAssertFalse(body.contains("{"), "\(kind): \(body)")
      XCTAssertFalse(body.contains("}"), "\(kind)")
      XCTAssertTrue(body.contains("หนองปรือ"), "\(kind)")
      XCTAssertTrue(body.contains("2566"), "\(kind)")
      let clauses = body.split(separator: "\n").filter { $0.first?.isNumber == true }
      XCTAssertTrue((4...8).contains(clauses.count), "\(kind): \(clauses.count) clauses")
      let document = AnnouncementDocument(title: title, body: body, values: values)
      for text in [document.heading, document.subject, document.dateLine] + document.paragraphs
        + document.signatureLines
      {
        for placeholder in AnnouncementTemplate.placeholders { XCTAssertFalse(text.contains(placeholder)) }
      }
    }
  }

  func testComplaintHandlingNamesChannelsFifteenDaysAndProtection() {
    let body = AnnouncementTemplate.body(of: .complaintHandling)
    XCTAssertTrue(body.contains("15 วัน"))
    XCTAssertTrue(body.contains("คุ้มครอง"))
    XCTAssertTrue(body.contains("เว็บไซต์"))
    XCTAssertTrue(AnnouncementTemplate.body(of: .noGift).contains("ไม่รับ ไม่ให้"))
  }

  func testDocumentInThaiDigitsWithSignature() {
    let (title, body) = AnnouncementTemplate.draft(.noGift, values: values)
    let document = AnnouncementDocument(title: title, body: body, values: values)
    XCTAssertEqual(document.heading, "ประกาศองค์การบริหารส่วนตำบลหนองปรือ")
    XCTAssertTrue(document.subject.hasPrefix("เรื่อง นโยบายไม่รับของขวัญ"))
    XCTAssertEqual(document.dateLine, "ประกาศ ณ วันที่ ๒๔ เมษายน พ.ศ. ๒๕๖๖")
    XCTAssertEqual(document.signatureLines, ["(นายสมชาย ใจดี)", "นายกองค์การบริหารส่วนตำบลหนองปรือ"])
    XCTAssertFalse(document.paragraphs.joined().contains("2566"))
    XCTAssertTrue(document.paragraphs.joined().contains("๒๕๖๖"))
  }

  func testMissingExecutiveAndDateBecomeDottedLinesNeverNil() {
    var blank = values
    blank.executive = nil
    blank.executivePosition = "  "
    blank.date = nil
    let document = AnnouncementDocument(title: "เรื่องทดสอบ", body: "ข้อความ", values: blank)
    XCTAssertEqual(document.signatureLines, ["(\(AnnouncementTemplate.blankName))", AnnouncementTemplate.blankName])
    XCTAssertTrue(document.dateLine.contains("เดือน"))
    for text in document.signatureLines + [document.dateLine] {
      XCTAssertFalse(text.contains("nil"))
      XCTAssertFalse(text.contains("{"))
    }
  }

  func testStateMachine() {
    func allowed(_ action: AnnouncementAction, _ state: AnnouncementState) -> Bool {
      AnnouncementWorkflow.allows(action, in: state)
    }
    XCTAssertEqual(try AnnouncementWorkflow.next(.sign, from: .draft).get(), .signed)
    XCTAssertEqual(try AnnouncementWorkflow.next(.publish, from: .signed).get(), .published)
    XCTAssertEqual(try AnnouncementWorkflow.next(.withdraw, from: .published).get(), .withdrawn)
    XCTAssertEqual(try AnnouncementWorkflow.next(.supersede, from: .published).get(), .superseded)
    XCTAssertTrue(allowed(.edit, .draft))
    for state in [AnnouncementState.signed, .published, .superseded, .withdrawn] {
      XCTAssertFalse(allowed(.edit, state), "\(state)")
      XCTAssertFalse(allowed(.sign, state), "\(state)")
    }
    XCTAssertFalse(allowed(.publish, .draft))
    XCTAssertFalse(allowed(.publish, .published))
    XCTAssertFalse(allowed(.publish, .withdrawn))
    XCTAssertTrue(allowed(.revise, .signed))
    XCTAssertTrue(allowed(.revise, .published))
    XCTAssertFalse(allowed(.revise, .draft))
    XCTAssertFalse(allowed(.revise, .withdrawn))
    XCTAssertFalse(allowed(.revise, .superseded))
    XCTAssertFalse(allowed(.withdraw, .draft))
    XCTAssertFalse(allowed(.withdraw, .signed))
    XCTAssertFalse(allowed(.withdraw, .withdrawn))
    XCTAssertFalse(allowed(.report, .draft))
    XCTAssertTrue(allowed(.report, .published))
    guard case .failure(let refusal) = AnnouncementWorkflow.next(.edit, from: .published) else {
      return XCTFail("edit of a published announcement allowed")
    }
    XCTAssertTrue(refusal.reason.contains("ฉบับปรับปรุง"))
  }

  func testTextValidation() {
    XCTAssertNoThrow(
      try AnnouncementRules.validateText(title: " เรื่อง ", body: "ข้อ 1\r\nข้อ 2", signerName: "", signerPosition: "")
        .get())
    let text = try? AnnouncementRules.validateText(title: "ก", body: "ข\r\nค", signerName: " ", signerPosition: "")
      .get()
    XCTAssertEqual(text?.body, "ข\nค")
    XCTAssertNil(text?.signerName)
    guard
      case .failure(let errors) = AnnouncementRules.validateText(
        title: String(repeating: "ก", count: 301), body: "", signerName: String(repeating: "ข", count: 201),
        signerPosition: "")
    else { return XCTFail("accepted") }
    XCTAssertEqual(errors["title"], "ชื่อเรื่องยาวเกิน 300 ตัวอักษร")
    XCTAssertEqual(errors["body"], "กรุณากรอกข้อความของประกาศ")
    XCTAssertNotNil(errors["signerName"])
    guard
      case .failure(let long) = AnnouncementRules.validateText(
        title: "", body: String(repeating: "ก", count: 20_001), signerName: "", signerPosition: "")
    else { return XCTFail("accepted") }
    XCTAssertEqual(long["body"], "ข้อความของประกาศยาวเกิน 20,000 ตัวอักษร")
    XCTAssertEqual(long["title"], "กรุณากรอกชื่อเรื่องของประกาศ")
  }

  func testDates() {
    let now = ThaiCalendar.date(buddhistYear: 2567, month: 1, day: 10)!.addingTimeInterval(3600)
    XCTAssertEqual(
      try AnnouncementRules.signing("24/4/2566", now: now).get(),
      ThaiCalendar.date(buddhistYear: 2566, month: 4, day: 24))
    XCTAssertEqual(
      try AnnouncementRules.signing("2023-04-24", now: now).get(),
      ThaiCalendar.date(buddhistYear: 2566, month: 4, day: 24))
    XCTAssertEqual(try AnnouncementRules.signing("๒๔/๔/๒๕๖๖", now: now).get().timeIntervalSince1970 > 0, true)
    XCTAssertNoThrow(try AnnouncementRules.signing("10/1/2567", now: now).get(), "today is allowed")
    func message(_ result: Result<Date, FieldErrors>, _ key: String) -> String? {
      if case .failure(let errors) = result { return errors[key] }
      return nil
    }
    XCTAssertEqual(message(AnnouncementRules.signing("11/1/2567", now: now), "signedOn"), "วันที่ลงนามต้องไม่เป็นวันในอนาคต")
    XCTAssertEqual(message(AnnouncementRules.signing("1/1/2499", now: now), "signedOn"), "วันที่ลงนามต้องไม่ก่อนปี พ.ศ. 2500")
    XCTAssertEqual(message(AnnouncementRules.signing("31/2/2566", now: now), "signedOn"), AnnouncementRules.dateMessage)
    XCTAssertEqual(message(AnnouncementRules.signing("พรุ่งนี้", now: now), "signedOn"), AnnouncementRules.dateMessage)
    XCTAssertEqual(message(AnnouncementRules.signing("", now: now), "signedOn"), "กรุณากรอกวันที่ลงนาม")
    let signed = ThaiCalendar.date(buddhistYear: 2566, month: 4, day: 24)
    XCTAssertEqual(
      message(AnnouncementRules.publishing("23/4/2566", signedOn: signed, now: now), "publishedOn"),
      "วันที่เผยแพร่ต้องไม่ก่อนวันที่ลงนาม")
    XCTAssertNoThrow(try AnnouncementRules.publishing("24/4/2566", signedOn: signed, now: now).get())
  }

  func testWithdrawalAndReport() {
    XCTAssertEqual(try AnnouncementRules.withdrawal(" ออกประกาศใหม่ ").get(), "ออกประกาศใหม่")
    if case .failure(let errors) = AnnouncementRules.withdrawal("  ") {
      XCTAssertEqual(errors["reason"], "กรุณาระบุเหตุผลที่ยกเลิกประกาศ")
    } else {
      XCTFail("empty reason accepted")
    }
    XCTAssertEqual(try AnnouncementRules.report("").get(), "")
    if case .failure(let errors) = AnnouncementRules.report(String(repeating: "ก", count: 10_001)) {
      XCTAssertEqual(errors["text"], "รายงานผลยาวเกิน 10,000 ตัวอักษร")
    } else {
      XCTFail("long report accepted")
    }
  }

  func testAnnouncementManagersAreTheOrganizationsOwnAccounts() {
    let place = OrganizationPlace(code: "4200401", provinceCode: "20", district: "บางละมุง", region: 2, parentCode: nil)
    XCTAssertTrue(
      AccessPolicy(role: .laoOfficer, scope: .organization(code: "4200401")).canManageAnnouncements(of: place))
    XCTAssertTrue(
      AccessPolicy(role: .laoExecutive, scope: .organization(code: "4200401")).canManageAnnouncements(of: place))
    XCTAssertFalse(
      AccessPolicy(role: .laoOfficer, scope: .organization(code: "5200403")).canManageAnnouncements(of: place))
    XCTAssertFalse(
      AccessPolicy(role: .provincialMonitor, scope: .province(code: "20")).canManageAnnouncements(of: place))
    XCTAssertFalse(AccessPolicy(role: .nationalAdmin, scope: .nation).canManageAnnouncements(of: place))
    let unit = OrganizationPlace(
      code: "1101001", provinceCode: "10", district: "พระนคร", region: nil, parentCode: "1100000")
    XCTAssertFalse(
      AccessPolicy(role: .laoOfficer, scope: .organization(code: "1100000")).canManageAnnouncements(of: unit),
      "a parent's officer does not sign its units' announcements")
  }
}
