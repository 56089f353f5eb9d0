import Domain
import Fluent
import XCTVapor

@testable import App

/// Shortcuts for the announcements register: drafts of หนองปรือ made through the UI.
enum AnnouncementFixtures {
  static let code = Fixtures.nongprue
  static let year = 2566
  static let pdf = Data("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".utf8)

  static func form(_ kinds: [AnnouncementKind], year: Int = year) -> [String: String] {
    var form = ["fiscalYear": String(year)]
    for kind in kinds { form[AnnouncementFormFields.kind(kind)] = "1" }
    return form
  }

  /// Signs in หนองปรือ's officer and drafts `kinds` (default: the no-gift policy only).
  static func officerWithDrafts(_ app: Application, _ kinds: [AnnouncementKind] = [.noGift]) async throws -> Browser {
    let officer = try await Browser.signedIn(app, as: code)
    let created = try await officer.post(Paths.announcements(code, fiscalYear: nil), form(kinds))
    XCTAssertEqual(created.status, .seeOther, created.body.string)
    return officer
  }

  static func all(_ app: Application) async throws -> [Announcement] {
    try await Announcement.query(on: app.db).sort(\.$createdAt).sort(\.$version).all()
  }

  static func first(_ app: Application, _ kind: AnnouncementKind = .noGift) async throws -> Announcement {
    try await Announcement.query(on: app.db).filter(\.$kindKey == kind.rawValue).sort(\.$version).first()!
  }

  static func path(_ id: UUID?, _ action: String? = nil) -> String {
    let base = Paths.announcement(code, id ?? UUID())
    return action.map { base + "/" + $0 } ?? base
  }

  static func setExecutive(_ app: Application, name: String?, position: String?) async throws {
    let organization = try await Organization.find(code, on: app.db)!
    organization.executiveName = name
    organization.executivePosition = position
    try await organization.save(on: app.db)
  }

  /// Sends the sign form: a file and the signing date, as multipart/form-data.
  @discardableResult
  static func sign(
    _ browser: Browser, _ id: UUID?, date: String = "24/4/2566", fileName: String = "signed.pdf",
    data: Data = pdf, type: String = "application/pdf"
  ) async throws -> XCTHTTPResponse {
    if browser.csrf.isEmpty { try await browser.get(Paths.login) }
    let boundary = "----sujarit-announcement-boundary"
    var body = Data()
    func part(_ header: String, _ content: Data) {
      body += Data("--\(boundary)\r\n\(header)\r\n\r\n".utf8) + content + Data("\r\n".utf8)
    }
    part("Content-Disposition: form-data; name=\"_csrf\"", Data(browser.csrf.utf8))
    part("Content-Disposition: form-data; name=\"signedOn\"", Data(date.utf8))
    part("Content-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\nContent-Type: \(type)", data)
    body += Data("--\(boundary)--\r\n".utf8)
    var headers = HTTPHeaders()
    headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
    return try await browser.sendRaw(.POST, path(id, "sign"), headers: headers, body: ByteBuffer(data: body))
  }

  /// Drafts, signs (24/4/2566) and publishes (25/4/2566) the no-gift policy.
  static func published(_ app: Application) async throws -> (Browser, Announcement) {
    try await setExecutive(app, name: "นายสมชาย ใจดี", position: "นายกเทศมนตรีเมืองหนองปรือ")
    let officer = try await officerWithDrafts(app)
    let draft = try await first(app)
    let signed = try await sign(officer, draft.id)
    XCTAssertEqual(signed.status, .seeOther, signed.body.string)
    let published = try await officer.post(path(draft.id, "publish"), ["publishedOn": "25/4/2566"])
    XCTAssertEqual(published.status, .seeOther, published.body.string)
    return (officer, try await first(app))
  }
}

final class AnnouncementDraftTests: XCTestCase {
  func testDraftAllEightFromTheTemplatesWithTheOrganizationsName() async throws {
    try await withApp { app in
      let officer = try await Browser.signedIn(app, as: AnnouncementFixtures.code)
      let form = try await officer.get(
        Paths.withQuery(Paths.newAnnouncements(AnnouncementFixtures.code), [("fy", "2566")]))
      XCTAssertEqual(form.status, .ok)
      XCTAssertContains(form.body.string, "สร้างทั้ง 8 ฉบับ")
      XCTAssertContains(form.body.string, "ยังไม่มีชื่อและตำแหน่งผู้บริหารในข้อมูลองค์กร")
      XCTAssertEqual(
        form.body.string.components(separatedBy: "checked=\"checked\"").count - 1, 8, "the eight are ticked")
      let none = try await officer.post(
        Paths.announcements(AnnouncementFixtures.code, fiscalYear: nil), ["fiscalYear": "2566"])
      XCTAssertEqual(none.status, .unprocessableEntity)
      XCTAssertContains(none.body.string, "กรุณาเลือกประกาศอย่างน้อย 1 เรื่อง")
      let badYear = try await officer.post(
        Paths.announcements(AnnouncementFixtures.code, fiscalYear: nil),
        AnnouncementFixtures.form([.noGift], year: 12))
      XCTAssertEqual(badYear.status, .unprocessableEntity)
      try await XCTAssertEqualAsync(try await AnnouncementFixtures.all(app).count, 0)

      let created = try await officer.post(
        Paths.announcements(AnnouncementFixtures.code, fiscalYear: nil),
        AnnouncementFixtures.form(AnnouncementKind.standard))
      XCTAssertEqual(created.status, .seeOther)
      XCTAssertEqual(created.location, Paths.announcements(AnnouncementFixtures.code, fiscalYear: 2566))
      let rows = try await AnnouncementFixtures.all(app)
      XCTAssertEqual(Set(rows.map(\.kind)), Set(AnnouncementKind.standard))
      let name = try await Organization.find(AnnouncementFixtures.code, on: app.db)!.fullName
      for row in rows {
        XCTAssertEqual(row.state, .draft)
        XCTAssertEqual(row.version, 1)
        XCTAssertEqual(row.fiscalYear, 2566)
        XCTAssertTrue(row.body.contains(name), row.body)
        XCTAssertFalse(row.body.contains("{"))
        XCTAssertNil(row.signerName)
      }
      let list = try await officer.get(Paths.announcements(AnnouncementFixtures.code, fiscalYear: 2566))
      for kind in AnnouncementKind.standard { XCTAssertContains(list.body.string, kind.thaiTitle) }
      XCTAssertContains(list.body.string, "ร่าง")

      // Again: the kinds already drafted this year are skipped.
      let again = try await officer.post(
        Paths.announcements(AnnouncementFixtures.code, fiscalYear: nil), AnnouncementFixtures.form([.noGift]))
      XCTAssertEqual(again.status, .seeOther)
      try await XCTAssertEqualAsync(try await AnnouncementFixtures.all(app).count, 8)

      // No executive in the profile: a blank signature line, never "nil".
      let print = try await officer.get(AnnouncementFixtures.path(rows[0].id, "print"))
      XCTAssertEqual(print.status, .ok)
      XCTAssertContains(print.body.string, AnnouncementTemplate.blankName)
      XCTAssertFalse(print.body.string.contains("nil"))
      XCTAssertFalse(print.body.string.contains("{executive"))
      let page = try await officer.get(AnnouncementFixtures.path(rows[0].id))
      XCTAssertContains(page.body.string, "ยังไม่มีชื่อผู้ลงนาม")
    }
  }

  func testExecutiveFromTheProfileSignsTheDraft() async throws {
    try await withApp { app in
      try await AnnouncementFixtures.setExecutive(app, name: "นายสมชาย ใจดี", position: "นายกเทศมนตรีเมืองหนองปรือ")
      let officer = try await AnnouncementFixtures.officerWithDrafts(app, [.complaintHandling])
      let draft = try await AnnouncementFixtures.first(app, .complaintHandling)
      XCTAssertEqual(draft.signerName, "นายสมชาย ใจดี")
      let print = try await officer.get(AnnouncementFixtures.path(draft.id, "print"))
      XCTAssertContains(print.body.string, "(นายสมชาย ใจดี)")
      XCTAssertContains(print.body.string, "นายกเทศมนตรีเมืองหนองปรือ")
      XCTAssertContains(print.body.string, "ประกาศเทศบาลเมืองหนองปรือ")
      XCTAssertContains(print.body.string, "๑๕ วัน")
      XCTAssertContains(print.body.string, "ร่าง")
    }
  }

  func testEditingADraftKeepsTheTypedTextOn422() async throws {
    try await withApp { app in
      let officer = try await AnnouncementFixtures.officerWithDrafts(app)
      let draft = try await AnnouncementFixtures.first(app)
      let typed = "ข้อความที่พิมพ์ไว้ยาว ๆ\nข้อ 1 ไม่รับของขวัญ"
      let bad = try await officer.post(
        AnnouncementFixtures.path(draft.id),
        ["title": "", "body": typed, "signerName": "นายทดสอบ", "signerPosition": ""])
      XCTAssertEqual(bad.status, .unprocessableEntity)
      XCTAssertContains(bad.body.string, "กรุณากรอกชื่อเรื่องของประกาศ")
      XCTAssertContains(bad.body.string, "ข้อความที่พิมพ์ไว้ยาว ๆ")
      XCTAssertContains(bad.body.string, "นายทดสอบ")
      let long = try await officer.post(
        AnnouncementFixtures.path(draft.id), ["title": String(repeating: "ก", count: 301), "body": typed])
      XCTAssertEqual(long.status, .unprocessableEntity)
      XCTAssertContains(long.body.string, "ชื่อเรื่องยาวเกิน 300 ตัวอักษร")
      try await XCTAssertEqualAsync(try await AnnouncementFixtures.first(app).body, draft.body)

      let good = try await officer.post(
        AnnouncementFixtures.path(draft.id),
        ["title": "นโยบายไม่รับของขวัญ (ปรับถ้อยคำ)", "body": typed, "signerName": "นายทดสอบ", "signerPosition": "นายก"])
      XCTAssertEqual(good.status, .seeOther)
      let saved = try await AnnouncementFixtures.first(app)
      XCTAssertEqual(saved.title, "นโยบายไม่รับของขวัญ (ปรับถ้อยคำ)")
      XCTAssertEqual(saved.body, typed)
      XCTAssertEqual(saved.signerName, "นายทดสอบ")
    }
  }
}

extension AnnouncementDraftTests {
  func testDraftTextTypedBeforeTheSessionExpiredComesBackAfterLogin() async throws {
    try await withApp { app in
      let officer = try await AnnouncementFixtures.officerWithDrafts(app)
      let draft = try await AnnouncementFixtures.first(app)
      let page = AnnouncementFixtures.path(draft.id)
      try await UserSession.query(on: app.db).set(\.$expiresAt, to: Date().addingTimeInterval(-60)).update()
      let expired = try await officer.post(
        page, ["title": draft.title, "body": "ข้อความที่พิมพ์ไว้นานมาก", DraftQueries.originField: page])
      XCTAssertEqual(expired.location, Paths.withQuery(Paths.login, [("next", page)]))
      let login = try await officer.post(
        Paths.login, ["username": Fixtures.nongprue, "secret": Fixtures.password, "next": page])
      XCTAssertEqual(login.location, page)
      let restored = try await officer.get(page)
      XCTAssertContains(restored.body.string, "กู้คืนข้อมูลที่คุณพิมพ์ไว้")
      XCTAssertContains(restored.body.string, "ข้อความที่พิมพ์ไว้นานมาก")
      try await XCTAssertEqualAsync(try await AnnouncementFixtures.first(app).body, draft.body)
    }
  }
}

final class AnnouncementLifecycleTests: XCTestCase {
  func testSignRefusesDisguisedFilesThenPublishReviseWithdraw() async throws {
    try await withApp { app in
      try await AnnouncementFixtures.setExecutive(app, name: "นายสมชาย ใจดี", position: "นายกเทศมนตรีเมืองหนองปรือ")
      let officer = try await AnnouncementFixtures.officerWithDrafts(app)
      let draft = try await AnnouncementFixtures.first(app)
      let id = draft.id

      let exe = try await AnnouncementFixtures.sign(
        officer, id, fileName: "scan.pdf", data: Data("MZ\u{0}\u{1}virus".utf8))
      XCTAssertEqual(exe.status, .unsupportedMediaType)
      XCTAssertContains(exe.body.string, "แนบได้เฉพาะไฟล์ PDF, JPEG หรือ PNG")
      let html = try await AnnouncementFixtures.sign(
        officer, id, fileName: "scan.pdf", data: Data("<html><script>alert(1)</script></html>".utf8))
      XCTAssertEqual(html.status, .unsupportedMediaType)
      let future = try await AnnouncementFixtures.sign(officer, id, date: "1/1/2700")
      XCTAssertEqual(future.status, .unprocessableEntity)
      XCTAssertContains(future.body.string, "วันที่ลงนามต้องไม่เป็นวันในอนาคต")
      let early = try await AnnouncementFixtures.sign(officer, id, date: "1/1/2499")
      XCTAssertEqual(early.status, .unprocessableEntity)
      XCTAssertContains(early.body.string, "ต้องไม่ก่อนปี พ.ศ. 2500")
      let big = try await AnnouncementFixtures.sign(
        officer, id, data: AnnouncementFixtures.pdf + Data(count: AnnouncementQueries.maxFileBytes))
      XCTAssertEqual(big.status, .payloadTooLarge)
      try await XCTAssertEqualAsync(try await AnnouncementFile.query(on: app.db).count(), 0)
      try await XCTAssertEqualAsync(try await AnnouncementFixtures.first(app).state, .draft)
      // Not published yet: refused.
      let early2 = try await officer.post(AnnouncementFixtures.path(id, "publish"), ["publishedOn": "25/4/2566"])
      XCTAssertEqual(early2.status, .conflict)

      let signed = try await AnnouncementFixtures.sign(officer, id, fileName: "../../ประกาศ:ลงนาม.pdf")
      XCTAssertEqual(signed.status, .seeOther, signed.body.string)
      let afterSign = try await AnnouncementFixtures.first(app)
      XCTAssertEqual(afterSign.state, .signed)
      XCTAssertEqual(afterSign.signedOn, ThaiCalendar.date(buddhistYear: 2566, month: 4, day: 24))
      let file = try await AnnouncementFile.query(on: app.db).first()!
      XCTAssertEqual(file.fileName, "ประกาศลงนาม.pdf")
      XCTAssertEqual(file.contentType, "application/pdf")
      // Frozen: no more text edits, no second signing.
      let edit = try await officer.post(AnnouncementFixtures.path(id), ["title": "ใหม่", "body": "ใหม่"])
      XCTAssertEqual(edit.status, .conflict)
      XCTAssertContains(edit.body.string, "ฉบับปรับปรุง")
      try await XCTAssertEqualAsync(try await AnnouncementFixtures.sign(officer, id).status, .conflict)
      // Signed but not published: the public does not see it.
      let anonymous = Browser(app)
      try await XCTAssertTrueAsync(
        try await anonymous.get(AnnouncementFixtures.path(id)).location.hasPrefix(Paths.login))
      try await XCTAssertTrueAsync(
        try await anonymous.get(AnnouncementFixtures.path(id, "file")).location.hasPrefix(Paths.login))

      let before = try await officer.post(AnnouncementFixtures.path(id, "publish"), ["publishedOn": "23/4/2566"])
      XCTAssertEqual(before.status, .unprocessableEntity)
      XCTAssertContains(before.body.string, "วันที่เผยแพร่ต้องไม่ก่อนวันที่ลงนาม")
      let published = try await officer.post(AnnouncementFixtures.path(id, "publish"), ["publishedOn": "25/4/2566"])
      XCTAssertEqual(published.status, .seeOther)
      try await XCTAssertEqualAsync(try await AnnouncementFixtures.first(app).state, .published)

      // Public now: page, print, file.
      let page = try await anonymous.get(AnnouncementFixtures.path(id))
      XCTAssertEqual(page.status, .ok)
      XCTAssertContains(page.body.string, "เผยแพร่แล้ว")
      XCTAssertFalse(page.body.string.contains("name=\"title\""), "no edit form for the public")
      let print = try await anonymous.get(AnnouncementFixtures.path(id, "print"))
      XCTAssertEqual(print.status, .ok)
      XCTAssertContains(print.body.string, "ประกาศเทศบาลเมืองหนองปรือ")
      XCTAssertContains(print.body.string, "(นายสมชาย ใจดี)")
      XCTAssertContains(print.body.string, "ประกาศ ณ วันที่ ๒๔ เมษายน พ.ศ. ๒๕๖๖")
      XCTAssertFalse(print.body.string.contains(">ร่าง<"))
      let download = try await anonymous.get(AnnouncementFixtures.path(id, "file"))
      XCTAssertEqual(download.status, .ok)
      XCTAssertEqual(download.headers.contentType?.description, "application/pdf")
      XCTAssertEqual(Data(download.body.readableBytesView), AnnouncementFixtures.pdf)
      XCTAssertContains(download.headers.first(name: .contentDisposition) ?? "", "inline")
      XCTAssertContains(download.headers.first(name: "Content-Security-Policy") ?? "", "sandbox")

      let contract = try await AnnouncementQueries(db: app.db).published(
        organizationCode: AnnouncementFixtures.code, fiscalYear: 2566)
      XCTAssertEqual(contract.map(\.id), [id!])
      XCTAssertEqual(contract.first?.kind, "no_gift")
      XCTAssertEqual(contract.first?.hasSignedFile, true)
      XCTAssertEqual(contract.first?.publishedOn, ThaiCalendar.date(buddhistYear: 2566, month: 4, day: 25))
      try await XCTAssertEqualAsync(
        try await AnnouncementQueries(db: app.db).published(
          organizationCode: AnnouncementFixtures.code, fiscalYear: 2567
        )
        .count, 0)

      // Revise: version 2 is a draft; version 1 stays exactly as it was.
      let v1Before = try await AnnouncementFixtures.first(app)
      let revised = try await officer.post(AnnouncementFixtures.path(id, "revise"))
      XCTAssertEqual(revised.status, .seeOther)
      let all = try await AnnouncementFixtures.all(app)
      XCTAssertEqual(all.count, 2)
      let v2 = all.first { $0.version == 2 }!
      XCTAssertEqual(revised.location, Paths.announcement(AnnouncementFixtures.code, v2.id!))
      XCTAssertEqual(v2.state, .draft)
      XCTAssertEqual(v2.supersedesID, id)
      XCTAssertEqual(v2.body, v1Before.body)
      try await XCTAssertEqualAsync(try await officer.post(AnnouncementFixtures.path(id, "revise")).status, .conflict)
      let edited = try await officer.post(
        AnnouncementFixtures.path(v2.id), ["title": v2.title, "body": "ข้อความฉบับที่สอง", "signerName": "นายสมชาย ใจดี"])
      XCTAssertEqual(edited.status, .seeOther)
      let v1 = try await AnnouncementFixtures.first(app)
      XCTAssertEqual(v1.version, 1)
      XCTAssertEqual(v1.state, .published)
      XCTAssertEqual(v1.body, v1Before.body)
      XCTAssertEqual(v1.signedOn, v1Before.signedOn)
      try await XCTAssertEqualAsync(try await anonymous.get(AnnouncementFixtures.path(v2.id)).status, .seeOther)
      // The public list shows version 1 only.
      let publicList = try await anonymous.get(Paths.announcements(AnnouncementFixtures.code, fiscalYear: 2566))
      XCTAssertEqual(publicList.status, .ok)
      XCTAssertTrue(publicList.body.string.contains(Paths.announcement(AnnouncementFixtures.code, id!)))
      XCTAssertFalse(publicList.body.string.contains(Paths.announcement(AnnouncementFixtures.code, v2.id!)))

      // Version 2 signed and published supersedes version 1, which stays readable.
      try await XCTAssertEqualAsync(
        try await AnnouncementFixtures.sign(officer, v2.id, date: "1/5/2566").status, .seeOther)
      try await XCTAssertEqualAsync(
        try await officer.post(AnnouncementFixtures.path(v2.id, "publish"), ["publishedOn": "2/5/2566"]).status,
        .seeOther)
      try await XCTAssertEqualAsync(try await AnnouncementFixtures.first(app).state, .superseded)
      let old = try await anonymous.get(AnnouncementFixtures.path(id))
      XCTAssertEqual(old.status, .ok)
      XCTAssertContains(old.body.string, "ประกาศนี้มีฉบับปรับปรุงแทนแล้ว")
      try await XCTAssertEqualAsync(
        try await AnnouncementQueries(db: app.db).published(
          organizationCode: AnnouncementFixtures.code, fiscalYear: 2566
        )
        .map(\.id), [v2.id!])
      try await XCTAssertEqualAsync(
        try await officer.post(AnnouncementFixtures.path(id, "withdraw"), ["reason": "x"]).status, .conflict)

      // Withdraw version 2: a reason is required.
      let noReason = try await officer.post(AnnouncementFixtures.path(v2.id, "withdraw"), ["reason": "  "])
      XCTAssertEqual(noReason.status, .unprocessableEntity)
      XCTAssertContains(noReason.body.string, "กรุณาระบุเหตุผลที่ยกเลิกประกาศ")
      let withdrawn = try await officer.post(
        AnnouncementFixtures.path(v2.id, "withdraw"), ["reason": "ผู้บริหารพ้นจากตำแหน่ง"])
      XCTAssertEqual(withdrawn.status, .seeOther)
      let after = try await Announcement.find(v2.id, on: app.db)!
      XCTAssertEqual(after.state, .withdrawn)
      XCTAssertEqual(after.withdrawReason, "ผู้บริหารพ้นจากตำแหน่ง")
      XCTAssertNotNil(after.withdrawnOn)
      try await XCTAssertEqualAsync(
        try await AnnouncementQueries(db: app.db).published(
          organizationCode: AnnouncementFixtures.code, fiscalYear: 2566
        )
        .count, 0)
      try await XCTAssertContainsAsync(
        try await anonymous.get(AnnouncementFixtures.path(v2.id)).body.string, "ผู้บริหารพ้นจากตำแหน่ง")
      try await XCTAssertEqualAsync(
        try await officer.post(AnnouncementFixtures.path(v2.id, "revise")).status, .conflict)
    }
  }

  func testYearlyReportOfEveryPublishedAnnouncement() async throws {
    try await withApp { app in
      let (officer, announcement) = try await AnnouncementFixtures.published(app)
      let long = try await officer.post(
        AnnouncementFixtures.path(announcement.id, "report"), ["text": String(repeating: "ก", count: 10_001)])
      XCTAssertEqual(long.status, .unprocessableEntity)
      XCTAssertContains(long.body.string, "รายงานผลยาวเกิน 10,000 ตัวอักษร")
      let saved = try await officer.post(
        AnnouncementFixtures.path(announcement.id, "report"),
        ["text": "จัดอบรมบุคลากร 2 ครั้ง\nประชาสัมพันธ์นโยบายทางเว็บไซต์"])
      XCTAssertEqual(saved.status, .seeOther)
      let again = try await officer.post(
        AnnouncementFixtures.path(announcement.id, "report"), ["text": "จัดอบรมบุคลากร 3 ครั้ง"])
      XCTAssertEqual(again.status, .seeOther)
      try await XCTAssertEqualAsync(try await AnnouncementReport.query(on: app.db).count(), 1)
      let anonymous = Browser(app)
      let report = try await anonymous.get(Paths.announcementsReport(AnnouncementFixtures.code, 2566))
      XCTAssertEqual(report.status, .ok)
      XCTAssertContains(
        report.body.string, "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๖")
      XCTAssertContains(report.body.string, "จัดอบรมบุคลากร ๓ ครั้ง")
      XCTAssertContains(report.body.string, "เทศบาลเมืองหนองปรือ")
      try await XCTAssertContainsAsync(
        try await anonymous.get(AnnouncementFixtures.path(announcement.id, "report")).body.string, "จัดอบรมบุคลากร 3 ครั้ง")
      let outsider = try await Browser.signedIn(app, as: Fixtures.huaiyai)
      try await XCTAssertEqualAsync(
        try await outsider.post(AnnouncementFixtures.path(announcement.id, "report"), ["text": "x"]).status, .forbidden)
      // A draft cannot be reported on.
      let draft = try await officer.post(
        Paths.announcements(AnnouncementFixtures.code, fiscalYear: nil), AnnouncementFixtures.form([.antiBribery]))
      XCTAssertEqual(draft.status, .seeOther)
      let bribery = try await AnnouncementFixtures.first(app, .antiBribery)
      try await XCTAssertEqualAsync(
        try await officer.post(AnnouncementFixtures.path(bribery.id, "report"), ["text": "x"]).status, .conflict)
    }
  }

  func testPlanProjectsPointToAnnouncementsBothWays() async throws {
    try await withApp { app in
      let planner = try await PlanFixtures.officerWithPlan(app, projects: 2)
      let project = try await PlanFixtures.projects(app)[0]
      let (officer, announcement) = try await AnnouncementFixtures.published(app)
      _ = planner
      let other = try await officer.post(
        AnnouncementFixtures.path(announcement.id, "link"), ["project": UUID().uuidString])
      XCTAssertEqual(other.status, .unprocessableEntity)
      XCTAssertContains(other.body.string, "ไม่พบโครงการนี้ในแผนของ")
      let linked = try await officer.post(
        AnnouncementFixtures.path(announcement.id, "link"), ["project": project.id!.uuidString])
      XCTAssertEqual(linked.status, .seeOther, linked.body.string)
      try await XCTAssertEqualAsync(try await AnnouncementFixtures.first(app).planProjectID, project.id)
      let page = try await officer.get(AnnouncementFixtures.path(announcement.id))
      let projectPath = Paths.project(AnnouncementFixtures.code, PlanFixtures.period, project.id!.uuidString)
      XCTAssertContains(page.body.string, projectPath)
      let projectPage = try await officer.get(projectPath)
      XCTAssertEqual(projectPage.status, .ok)
      XCTAssertContains(projectPage.body.string, "ประกาศที่เกี่ยวข้อง")
      XCTAssertContains(projectPage.body.string, Paths.announcement(AnnouncementFixtures.code, announcement.id!))
      XCTAssertContains(projectPage.body.string, announcement.title)
      // Another LAO's project cannot be linked; unlinking works.
      let outsider = try await Browser.signedIn(app, as: Fixtures.huaiyai)
      try await XCTAssertEqualAsync(
        try await outsider.post(AnnouncementFixtures.path(announcement.id, "link"), ["project": ""]).status, .forbidden)
      let unlinked = try await officer.post(AnnouncementFixtures.path(announcement.id, "link"), ["project": ""])
      XCTAssertEqual(unlinked.status, .seeOther)
      try await XCTAssertEqualAsync(try await AnnouncementFixtures.first(app).planProjectID, nil)
    }
  }
}

final class AnnouncementAccessTests: XCTestCase {
  func testWhoMaySeeAndWriteADraft() async throws {
    try await withApp { app in
      _ = try await AnnouncementFixtures.officerWithDrafts(app)
      let draft = try await AnnouncementFixtures.first(app)
      let id = draft.id
      let gets = [
        AnnouncementFixtures.path(id), AnnouncementFixtures.path(id, "print"), AnnouncementFixtures.path(id, "report"),
      ]
      let posts: [(String, [String: String])] = [
        (AnnouncementFixtures.path(id), ["title": "ถูกแก้", "body": "ถูกแก้"]),
        (AnnouncementFixtures.path(id, "publish"), ["publishedOn": "25/4/2566"]),
        (AnnouncementFixtures.path(id, "revise"), [:]),
        (AnnouncementFixtures.path(id, "withdraw"), ["reason": "x"]),
        (AnnouncementFixtures.path(id, "link"), ["project": ""]),
        (AnnouncementFixtures.path(id, "report"), ["text": "x"]),
        (Paths.announcements(AnnouncementFixtures.code, fiscalYear: nil), AnnouncementFixtures.form([.noGift])),
      ]
      // Anonymous: sent to the login page.
      let anonymous = Browser(app)
      for path in gets + [Paths.newAnnouncements(AnnouncementFixtures.code)] {
        try await XCTAssertTrueAsync(try await anonymous.get(path).location.hasPrefix(Paths.login), path)
      }
      for (path, form) in posts {
        try await XCTAssertTrueAsync(try await anonymous.post(path, form).location.hasPrefix(Paths.login), path)
      }
      try await XCTAssertTrueAsync(
        try await AnnouncementFixtures.sign(anonymous, id).location.hasPrefix(Paths.login), "anonymous sign")
      // Another LAO and a monitor outside the area: not even the page.
      for who in [Fixtures.huaiyai, "chiangmai"] {
        let outsider = try await Browser.signedIn(app, as: who)
        for path in gets {
          try await XCTAssertEqualAsync(try await outsider.get(path).status, .forbidden, "\(who) GET \(path)")
        }
        for (path, form) in posts {
          try await XCTAssertEqualAsync(try await outsider.post(path, form).status, .forbidden, "\(who) POST \(path)")
        }
        try await XCTAssertEqualAsync(try await AnnouncementFixtures.sign(outsider, id).status, .forbidden, who)
        try await XCTAssertEqualAsync(
          try await outsider.get(Paths.newAnnouncements(AnnouncementFixtures.code)).status, .forbidden, who)
      }
      // Monitors of the area and the national admin read drafts but write nothing.
      for who in ["banglamung", "chonburi", "region2", "admin"] {
        let monitor = try await Browser.signedIn(app, as: who)
        for path in gets {
          try await XCTAssertEqualAsync(try await monitor.get(path).status, .ok, "\(who) GET \(path)")
        }
        for (path, form) in posts {
          try await XCTAssertEqualAsync(try await monitor.post(path, form).status, .forbidden, "\(who) POST \(path)")
        }
        try await XCTAssertEqualAsync(try await AnnouncementFixtures.sign(monitor, id).status, .forbidden, who)
        try await XCTAssertEqualAsync(
          try await monitor.get(Paths.newAnnouncements(AnnouncementFixtures.code)).status, .forbidden, who)
        let list = try await monitor.get(Paths.announcements(AnnouncementFixtures.code, fiscalYear: 2566))
        XCTAssertContains(list.body.string, draft.title)
      }
      try await XCTAssertEqualAsync(try await AnnouncementFixtures.first(app).title, draft.title)
      try await XCTAssertEqualAsync(try await AnnouncementFixtures.all(app).count, 1)
      // The organization's executive may draft and edit too.
      let executive = try await Browser.signedIn(app, as: "\(Fixtures.nongprue)-2")
      try await XCTAssertEqualAsync(
        try await executive.get(Paths.newAnnouncements(AnnouncementFixtures.code)).status, .ok)
      try await XCTAssertEqualAsync(
        try await executive.post(AnnouncementFixtures.path(id), ["title": "แก้โดยผู้บริหาร", "body": "ข้อความ"]).status,
        .seeOther)
      try await XCTAssertEqualAsync(try await AnnouncementFixtures.sign(executive, id).status, .seeOther)
      // The public list of the year does not show what is not published.
      let list = try await anonymous.get(Paths.announcements(AnnouncementFixtures.code, fiscalYear: 2566))
      XCTAssertEqual(list.status, .ok)
      XCTAssertFalse(list.body.string.contains("แก้โดยผู้บริหาร"))
      XCTAssertContains(list.body.string, "แสดงเฉพาะประกาศที่เผยแพร่แล้ว")
    }
  }

  func testPublishedAnnouncementsArePublic() async throws {
    try await withApp { app in
      let (_, announcement) = try await AnnouncementFixtures.published(app)
      for who in [nil, Fixtures.huaiyai, "chiangmai"] {
        var browser = Browser(app)
        if let who { browser = try await Browser.signedIn(app, as: who) }
        for path in [
          AnnouncementFixtures.path(announcement.id), AnnouncementFixtures.path(announcement.id, "print"),
          AnnouncementFixtures.path(announcement.id, "file"), AnnouncementFixtures.path(announcement.id, "report"),
          Paths.announcements(AnnouncementFixtures.code, fiscalYear: 2566),
          Paths.announcementsReport(AnnouncementFixtures.code, 2566),
        ] {
          try await XCTAssertEqualAsync(try await browser.get(path).status, .ok, "\(who ?? "anonymous") \(path)")
        }
        try await XCTAssertEqualAsync(
          try await browser.post(AnnouncementFixtures.path(announcement.id, "withdraw"), ["reason": "x"]).status,
          who == nil ? .seeOther : .forbidden)
      }
      try await XCTAssertEqualAsync(try await AnnouncementFixtures.first(app).state, .published)
      let pdf = try await Browser(app).get(AnnouncementFixtures.path(announcement.id, "print.pdf"))
      if PDFRenderer.fromEnvironment().executable == nil {
        XCTAssertEqual(pdf.status, .serviceUnavailable)
      } else {
        XCTAssertEqual(pdf.status, .ok)
        XCTAssertEqual(pdf.headers.contentType?.description, "application/pdf")
      }
    }
  }

  func testBadAddressesAreThai4xx() async throws {
    try await withApp { app in
      let officer = try await AnnouncementFixtures.officerWithDrafts(app)
      let draft = try await AnnouncementFixtures.first(app)
      let code = AnnouncementFixtures.code
      let cases: [(String, HTTPStatus)] = [
        ("/organizations/\(code)/announcements?fy=abc", .badRequest),
        ("/organizations/\(code)/announcements?fy=1999", .badRequest),
        ("/organizations/\(code)/announcements/not-an-id", .notFound),
        ("/organizations/\(code)/announcements/\(UUID().uuidString)", .notFound),
        ("/organizations/\(code)/announcements/\(UUID().uuidString)/file", .notFound),
        ("/organizations/\(code)/announcements/report/12", .notFound),
        ("/organizations/12/announcements", .notFound),
        ("/organizations/9999999/announcements", .notFound),
        (Paths.announcementFile(code, draft.id!), .notFound),
        ("/organizations/\(Fixtures.huaiyai)/announcements/\(draft.id!.uuidString)", .notFound),
        ("/api/v1/organizations/\(code)/announcements?fiscalYear=x", .badRequest),
        ("/api/v1/organizations/9999999/announcements", .notFound),
      ]
      for (path, status) in cases {
        let response = try await officer.get(path)
        XCTAssertEqual(response.status, status, path)
        XCTAssertTrue(response.body.string.containsThai, "Thai message for \(path)")
      }
      let notMultipart = try await officer.post(AnnouncementFixtures.path(draft.id, "sign"), ["signedOn": "1/1/2566"])
      XCTAssertEqual(notMultipart.status, .unprocessableEntity)
      XCTAssertContains(notMultipart.body.string, "กรุณาเลือกไฟล์ประกาศที่ลงนามแล้ว")
    }
  }
}

final class AnnouncementAPITests: XCTestCase {
  struct Listing: Decodable {
    struct Item: Decodable {
      let id: UUID
      let kind: String
      let title: String
      let state: String
      let version: Int
      let signedOn: String?
      let publishedOn: String?
      let links: [String: String]
    }
    let fiscalYear: Int
    let includesUnpublished: Bool
    let items: [Item]
  }

  func testPublicSeesPublishedOnlyOwnAccountsAndMonitorsSeeAll() async throws {
    try await withApp { app in
      let (officer, announcement) = try await AnnouncementFixtures.published(app)
      try await XCTAssertEqualAsync(
        try await officer.post(
          Paths.announcements(AnnouncementFixtures.code, fiscalYear: nil), AnnouncementFixtures.form([.antiBribery])
        ).status, .seeOther)
      let path = Paths.announcementsAPI(AnnouncementFixtures.code) + "?fiscalYear=2566"
      let anonymous = try await Browser(app).get(path)
      XCTAssertEqual(anonymous.status, .ok)
      let open = try JSONDecoder().decode(Listing.self, from: Data(anonymous.body.readableBytesView))
      XCTAssertEqual(open.items.map(\.id), [announcement.id!])
      XCTAssertFalse(open.includesUnpublished)
      XCTAssertEqual(open.items.first?.state, "published")
      XCTAssertEqual(open.items.first?.signedOn, "2023-04-24")
      XCTAssertEqual(open.items.first?.publishedOn, "2023-04-25")
      XCTAssertEqual(
        open.items.first?.links["file"], Paths.announcementFile(AnnouncementFixtures.code, announcement.id!))
      for who in [AnnouncementFixtures.code, "banglamung"] {
        let browser = try await Browser.signedIn(app, as: who)
        let all = try JSONDecoder().decode(
          Listing.self, from: Data(try await browser.get(path).body.readableBytesView))
        XCTAssertEqual(all.items.count, 2, who)
        XCTAssertTrue(all.includesUnpublished)
        XCTAssertEqual(Set(all.items.map(\.state)), ["published", "draft"])
      }
      let outsider = try await Browser.signedIn(app, as: "chiangmai")
      let seen = try JSONDecoder().decode(Listing.self, from: Data(try await outsider.get(path).body.readableBytesView))
      XCTAssertEqual(seen.items.count, 1)
      let empty = try await Browser(app).get(Paths.announcementsAPI(AnnouncementFixtures.code) + "?fiscalYear=2560")
      XCTAssertEqual(try JSONDecoder().decode(Listing.self, from: Data(empty.body.readableBytesView)).items.count, 0)
      let bad = try await Browser(app).get(Paths.announcementsAPI(AnnouncementFixtures.code) + "?fiscalYear=abc")
      XCTAssertEqual(bad.status, .badRequest)
      XCTAssertEqual(bad.headers.contentType?.subType, "json")
      XCTAssertTrue(bad.body.string.containsThai)
    }
  }
}
