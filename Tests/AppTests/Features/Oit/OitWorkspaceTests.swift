import Domain
import Fluent
import XCTVapor

@testable import App

/// The LAO's OIT workspace: who may see and change it, owners, evidence, states, the public
/// page, the memo and the executive's review.
final class OitWorkspaceTests: XCTestCase {
  let year = 2566
  var code: String { Fixtures.nongprue }
  var workspace: String { Paths.oitWorkspace(code, year) }
  let executive = "\(Fixtures.nongprue)-2"

  func testTheWorkspaceIsForTheOrganizationAndItsMonitorsOnly() async throws {
    try await withApp { app in
      let anonymous = Browser(app)
      let redirect = try await anonymous.get(workspace)
      XCTAssertEqual(redirect.status, .seeOther)
      XCTAssertTrue(redirect.location.hasPrefix(Paths.login), redirect.location)
      try await XCTAssertEqualAsync(try await anonymous.get(Paths.oit(code, year)).status, .ok, "the public page")
      for (who, status) in [
        (code, HTTPStatus.ok), (executive, .ok), ("banglamung", .ok), ("chonburi", .ok), ("region2", .ok),
        ("admin", .ok), (Fixtures.huaiyai, .forbidden), ("chiangmai", .forbidden),
      ] {
        let browser = try await Browser.signedIn(app, as: who)
        for path in [workspace, Paths.oitItem(code, year, "O28"), Paths.oitMemo(code, year)] {
          try await XCTAssertEqualAsync(try await browser.get(path).status, status, "\(who) GET \(path)")
        }
      }
      // Writes: only the organization's own officer and executive.
      let item = Paths.oitItem(code, year, "O1")
      for who in [Fixtures.huaiyai, "chiangmai", "banglamung", "chonburi", "admin"] {
        let browser = try await Browser.signedIn(app, as: who)
        for path in [
          item, item + "/links", item + "/texts", Paths.oitOwners(code, year),
          Paths.oitAction(code, year, "check-links"),
          Paths.oitAction(code, year, "review"),
        ] {
          try await XCTAssertEqualAsync(
            try await browser.post(path, ["url": "https://x.go.th/a", "body": "x", "state": "in_progress"]).status,
            .forbidden, "\(who) POST \(path)")
        }
        let upload = try await browser.upload(item + "/files", fileName: "a.pdf", data: Data("%PDF-1.4".utf8))
        XCTAssertEqual(upload.status, .forbidden, "\(who) upload")
        try await XCTAssertEqualAsync(try await browser.get(Paths.oitOwners(code, year)).status, .forbidden, who)
      }
      let anonymousWrite = try await anonymous.post(item, ["state": "in_progress"])
      XCTAssertEqual(anonymousWrite.status, .seeOther, "anonymous: sign in first")
      XCTAssertTrue(anonymousWrite.location.hasPrefix(Paths.login), anonymousWrite.location)
      let written = try await OitQueries(db: app.db).entries(code, year).count
      XCTAssertEqual(written, 0, "nothing was written")
      // Bad addresses are Thai 404s.
      let officer = try await Browser.signedIn(app, as: code)
      for path in [
        Paths.oit(code, 1999), Paths.oit(code, 2571), Paths.oitItem(code, year, "O999"), Paths.oitItem(code, year, "x"),
        Paths.oit("9999999", year), "/organizations/12/oit/2566",
      ] {
        let response = try await officer.get(path)
        XCTAssertEqual(response.status, .notFound, path)
      }
    }
  }

  func testOfficerAssignsOwnersForEveryItemAndTheMemoListsThem() async throws {
    try await withApp { app in
      let officer = try await Browser.signedIn(app, as: code)
      let accounts = try await UserQueries(db: app.db).users(of: code)
      let executiveID = try XCTUnwrap(accounts.first { $0.username == executive }?.id)
      // One bad date: nothing is saved and every typed value comes back.
      var form = [
        "owner_name_O21": "", "owner_position_O21": "นักทรัพยากรบุคคล", "due_date_O21": "30/4/2566",
        "owner_user_O22": executiveID.uuidString, "due_date_O22": "๓๐/๔/๒๕๖๖",
        "owner_name_O28": "นายสมชาย ใจดี", "owner_position_O28": "นักวิเคราะห์นโยบายและแผน", "due_date_O28": "31/2/2566",
      ]
      let refused = try await officer.post(Paths.oitOwners(code, year), form)
      XCTAssertEqual(refused.status, .unprocessableEntity)
      XCTAssertContains(refused.body.string, "ข้อ O28: วันที่ไม่ถูกต้อง")
      XCTAssertContains(refused.body.string, "นายสมชาย ใจดี")
      XCTAssertContains(refused.body.string, "นักทรัพยากรบุคคล")
      let unsaved = try await OitQueries(db: app.db).entries(code, year).count
      XCTAssertEqual(unsaved, 0)
      form["due_date_O28"] = "28/2/2566"
      let saved = try await officer.post(Paths.oitOwners(code, year), form)
      XCTAssertEqual(saved.status, .seeOther, saved.body.string)
      let entries = try await OitQueries(db: app.db).entries(code, year)
      XCTAssertEqual(Set(entries.keys), ["O21", "O22", "O28"], "only the items given an owner")
      XCTAssertEqual(entries["O21"]?.owner_position, "นักทรัพยากรบุคคล", "assigned by position, as seed 004 does")
      XCTAssertEqual(entries["O22"]?.owner_user_id, executiveID)
      XCTAssertEqual(entries["O22"]?.owner_name, executive, "the account's name filled in")
      XCTAssertEqual(entries["O28"]?.due_date.map { ThaiCalendar.numericDate($0) }, "28/2/2566")
      // A foreign account as owner is refused.
      let foreigners = try await UserQueries(db: app.db).users(of: Fixtures.huaiyai)
      let foreign = try XCTUnwrap(foreigners.first?.id)
      let stranger = try await officer.post(Paths.oitOwners(code, year), ["owner_user_O1": foreign.uuidString])
      XCTAssertEqual(stranger.status, .unprocessableEntity)

      let memo = try await officer.get(Paths.oitMemo(code, year))
      XCTAssertEqual(memo.status, .ok)
      let text = memo.body.string
      XCTAssertContains(text, "บันทึกข้อความ")
      XCTAssertContains(text, "การมอบหมายผู้รับผิดชอบข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๖")
      XCTAssertContains(text, "เทศบาลเมืองหนองปรือ")
      XCTAssertContains(text, "ข้อมูลแผนปฏิบัติการต่อต้านการทุจริตและประพฤติมิชอบประจำปี และผลการดำเนินการตามแผนฯ")
      XCTAssertContains(text, "๒๘ กุมภาพันธ์ ๒๕๖๖")
      XCTAssertContains(text, "จำนวน ๓ ข้อ")
      XCTAssertContains(try await officer.get(Paths.oitMemo(code, year) + "?digits=arabic").body.string, "จำนวน 3 ข้อ")
      // The owner sees the item on the home page.
      let home = try await Browser.signedIn(app, as: executive).get(Paths.home).body.string
      XCTAssertContains(home, "OIT ปี 2566 ข้อ O22")
      XCTAssertFalse(home.contains("ข้อ O28"), "only the owner's own items")
      let audit = try await AuditEvent.query(on: app.db).filter(\.$entity == OitQueries.entity).count()
      XCTAssertEqual(audit, 3)
    }
  }

  func testEvidenceStatesAndThePublicPage() async throws {
    try await withApp { app in
      let officer = try await Browser.signedIn(app, as: code)
      let item = Paths.oitItem(code, year, "O1")
      // Nothing to publish yet.
      let early = try await officer.post(item, ["state": "published"])
      XCTAssertEqual(early.status, .conflict)
      XCTAssertContains(early.body.string, "ยังไม่มีหลักฐานของข้อนี้ จึงยังเผยแพร่ไม่ได้")
      let badDate = try await officer.post(item, ["state": "in_progress", "due_date": "ไม่รู้", "note": "ร่างไว้"])
      XCTAssertEqual(badDate.status, .unprocessableEntity)
      XCTAssertContains(badDate.body.string, "ร่างไว้")
      // Links: only web addresses.
      let script = try await officer.post(item + "/links", ["url": "javascript:alert(1)"])
      XCTAssertEqual(script.status, .unprocessableEntity)
      XCTAssertContains(script.body.string, "ลิงก์ต้องขึ้นต้นด้วย http:// หรือ https://")
      try await XCTAssertEqualAsync(
        try await officer.post(item + "/links", ["url": " https://www.nongprue.go.th/structure "]).status, .seeOther)
      // Files: judged by their bytes.
      let fake = try await officer.upload(item + "/files", fileName: "โครงสร้าง.pdf", data: Data("<html>".utf8))
      XCTAssertEqual(fake.status, .unsupportedMediaType)
      let pdf = try await officer.upload(item + "/files", fileName: "โครงสร้าง.pdf", data: Data("%PDF-1.4 test".utf8))
      XCTAssertEqual(pdf.status, .seeOther, pdf.body.string)
      try await XCTAssertEqualAsync(
        try await officer.post(item + "/texts", ["body": "   "]).status, .unprocessableEntity)
      let evidence = try await OitQueries(db: app.db).evidence(code, year, item: "O1")
      XCTAssertEqual(evidence.map(\.kind), ["url", "file"])
      XCTAssertEqual(evidence.first?.url, "https://www.nongprue.go.th/structure")
      let file = try XCTUnwrap(evidence.last)

      // Before publishing, the public sees neither the link nor the file.
      let anonymous = Browser(app)
      let hidden = try await anonymous.get(Paths.oit(code, year)).body.string
      XCTAssertFalse(hidden.contains("nongprue.go.th/structure"))
      try await XCTAssertEqualAsync(
        try await anonymous.get(Paths.oitEvidence(code, year, file.id)).status, .notFound)
      try await XCTAssertEqualAsync(
        try await officer.get(Paths.oitEvidence(code, year, file.id)).status, .ok, "insiders open it")

      try await XCTAssertEqualAsync(try await officer.post(item, ["state": "awaiting_review"]).status, .seeOther)
      let executiveBrowser = try await Browser.signedIn(app, as: executive)
      try await XCTAssertEqualAsync(try await executiveBrowser.post(item, ["state": "published"]).status, .seeOther)
      let page = try await anonymous.get(Paths.oit(code, year)).body.string
      XCTAssertContains(page, "https://www.nongprue.go.th/structure")
      XCTAssertContains(page, "เผยแพร่แล้ว 1 จาก 30 ข้อ")
      let download = try await anonymous.get(Paths.oitEvidence(code, year, file.id))
      XCTAssertEqual(download.status, .ok)
      XCTAssertEqual(download.headers.contentType?.description, "application/pdf")
      XCTAssertContains(download.headers.first(name: "Content-Security-Policy") ?? "", "sandbox")

      // The API shows the published item's evidence and no owners.
      let json = try await anonymous.get("/api/v1/organizations/\(code)/oit/\(year)")
      XCTAssertEqual(json.status, .ok)
      let body = try json.content.decode(OitOrganizationJSON.self)
      XCTAssertEqual(body.published, 1)
      XCTAssertEqual(body.readiness, "3.33")
      let first = try XCTUnwrap(body.checklist.first { $0.code == "O1" })
      XCTAssertEqual(first.state, "published")
      XCTAssertEqual(first.evidence.map(\.kind), ["url", "file"])
      XCTAssertEqual(body.checklist.first { $0.code == "O2" }?.evidence.count, 0)

      // Deleting evidence is the officer's and audited.
      try await XCTAssertEqualAsync(
        try await officer.post(Paths.oitEvidence(code, year, file.id) + "/delete").status, .seeOther)
      let left = try await OitQueries(db: app.db).evidence(code, year, item: "O1")
      XCTAssertEqual(left.count, 1)
      let stillPublished = try await OitQueries(db: app.db).entries(code, year)["O1"]?.itemState
      XCTAssertEqual(stillPublished, .published, "the link still shows")
      // The last piece gone: nothing may stay published without evidence.
      let link = try XCTUnwrap(left.first)
      try await XCTAssertEqualAsync(
        try await officer.post(Paths.oitEvidence(code, year, link.id) + "/delete").status, .seeOther)
      let reopened = try await OitQueries(db: app.db).entries(code, year)["O1"]?.itemState
      XCTAssertEqual(reopened, .inProgress)
      let actions = try await AuditEvent.query(on: app.db).filter(\.$entity == OitQueries.entity).all().map(\.action)
      XCTAssertEqual(actions.filter { $0 == "เพิ่มหลักฐาน OIT" }.count, 2)
      XCTAssertEqual(actions.filter { $0 == "ลบหลักฐาน OIT" }.count, 2)
    }
  }

  func testItemsSujaritHoldsAreFilledFromThePlanAndReports() async throws {
    try await withApp { app in
      let officer = try await Browser.signedIn(app, as: code)
      let before = try await officer.get(Paths.oitItem(code, year, "O28")).body.string
      XCTAssertContains(before, "ยังไม่มีแผนปฏิบัติการป้องกันการทุจริตที่ผู้บริหารอนุมัติซึ่งครอบคลุมปี 2566")
      XCTAssertContains(before, "ยังไม่ได้ส่งรายงานผลรอบ 6 เดือน ปี 2566 ในระบบ")
      let o22 = try await officer.get(Paths.oitItem(code, year, "O22")).body.string
      // The complaint channel Sujarit runs, and its statistics, are the item's evidence.
      XCTAssertContains(o22, Paths.complaintForm(code))
      XCTAssertContains(o22, Paths.complaintStatistics(code, year))
      // An approved plan and a filed 6-month report: O28 links to both and may be published.
      let planOfficer = try await ReportFixtures.officerInOpenRound(app)
      let executiveBrowser = try await Browser.signedIn(app, as: executive)
      try await ReportFixtures.fillAndSend(app, planOfficer)
      let confirmed = try await executiveBrowser.post(ReportFixtures.path() + "/confirm", ["confirm_pending": "1"])
      XCTAssertEqual(confirmed.status, .seeOther, confirmed.body.string)
      try await approvePlan(app)
      let after = try await officer.get(Paths.oitItem(code, year, "O28")).body.string
      XCTAssertContains(after, Paths.plan(code, "2566-2570"))
      XCTAssertContains(after, Paths.report(code, year, 6))
      try await XCTAssertEqualAsync(
        try await officer.post(Paths.oitItem(code, year, "O28"), ["state": "published"]).status, .seeOther)
      let page = try await Browser(app).get(Paths.oit(code, year)).body.string
      XCTAssertContains(page, Paths.report(code, year, 6))
    }
  }

  /// The plan submitted and approved through the plan routes.
  private func approvePlan(_ app: Application) async throws {
    let officer = try await Browser.signedIn(app, as: code)
    let plan = PlanFixtures.plan
    let submitted = try await officer.post(Paths.planAction(code, PlanFixtures.period, "submit"))
    XCTAssertEqual(submitted.status, .seeOther, submitted.body.string)
    let approved = try await Browser.signedIn(app, as: executive).post(
      Paths.planAction(code, PlanFixtures.period, "approve"),
      ["name": "นายสมชาย ใจซื่อ", "position": "นายกเทศมนตรีเมืองหนองปรือ"])
    XCTAssertEqual(approved.status, .seeOther, "\(plan): \(approved.body.string)")
  }

  func testTheExecutiveReviewsOnlyAFullyPublishedChecklist() async throws {
    try await withApp { app in
      let executiveBrowser = try await Browser.signedIn(app, as: executive)
      let officer = try await Browser.signedIn(app, as: code)
      let review = Paths.oitAction(code, year, "review")
      try await XCTAssertEqualAsync(try await officer.post(review).status, .forbidden, "the executive reviews")
      let early = try await executiveBrowser.post(review)
      XCTAssertEqual(early.status, .conflict)
      XCTAssertContains(early.body.string, "ยังมี 30 ข้อที่ยังไม่เผยแพร่")
      let queries = OitQueries(db: app.db)
      let actor = AuditActor(id: nil, name: "test", address: nil)
      for item in try await OitChecklistQueries(db: app.db).require(year).items {
        try await queries.add(.text("เผยแพร่ที่สำนักงาน"), code: code, year: year, item: item.code, actor: actor)
        try await queries.save(
          OitEntryChange(
            state: .published, ownerUserID: nil, ownerName: "", ownerPosition: "ปลัด", dueDate: nil, note: ""),
          code: code, year: year, item: item.code, actor: actor)
      }
      try await XCTAssertEqualAsync(try await executiveBrowser.post(review).status, .seeOther)
      let page = try await executiveBrowser.get(workspace).body.string
      XCTAssertContains(page, "ผู้บริหารตรวจรับรองแล้วเมื่อ")
      XCTAssertContains(page, "(เผยแพร่ 30/30 ข้อ)")
      XCTAssertFalse(page.contains("มีการแก้ไขหลังผู้บริหารตรวจรับรอง"))
      try await XCTAssertEqualAsync(
        try await officer.post(Paths.oitItem(code, year, "O5"), ["state": "in_progress"]).status, .seeOther)
      XCTAssertContains(try await executiveBrowser.get(workspace).body.string, "มีการแก้ไขหลังผู้บริหารตรวจรับรอง")
      let readiness = try await queries.readiness(year, codes: [code, Fixtures.huaiyai])
      XCTAssertEqual(readiness[code], OitReadinessFigure(items: 30, published: 29, owned: 30))
      XCTAssertEqual(readiness[Fixtures.huaiyai], OitReadinessFigure(items: 30, published: 0, owned: 0))
    }
  }

  func testLinksAreCheckedOnDemandAgainstALoopbackServer() async throws {
    try await withApp { app in
      app.config.linkCheckAllowsPrivate = true
      let port = 18_095
      let officer = try await Browser.signedIn(app, as: code)
      let item = Paths.oitItem(code, year, "O5")
      for url in [
        "http://127.0.0.1:\(port)/health", "http://127.0.0.1:\(port)/no-such-page", "http://127.0.0.1:1/closed",
      ] {
        try await XCTAssertEqualAsync(try await officer.post(item + "/links", ["url": url]).status, .seeOther, url)
      }
      // The app itself runs on loopback during the check, and answers the links.
      officer.livePort = port
      let checked = try await officer.post(Paths.oitAction(code, year, "check-links"))
      XCTAssertEqual(checked.status, .ok, "the redirect to the workspace, followed")
      let results = Dictionary(
        uniqueKeysWithValues: try await OitQueries(db: app.db).evidence(code, year).map { ($0.url ?? "", $0) })
      XCTAssertEqual(results["http://127.0.0.1:\(port)/health"]?.link_status, 200)
      XCTAssertNil(results["http://127.0.0.1:\(port)/health"]?.link_problem)
      XCTAssertEqual(results["http://127.0.0.1:\(port)/no-such-page"]?.link_problem, "เว็บไซต์ตอบรหัส 404")
      XCTAssertNotNil(results["http://127.0.0.1:1/closed"]?.link_problem)
      officer.livePort = nil
      let page = try await officer.get(workspace).body.string
      XCTAssertContains(page, "เว็บไซต์ตอบรหัส 404")
      XCTAssertContains(page, "(ลิงก์เสีย 2)")
    }
  }

  func testTheCheckRefusesTheServersOwnNetworkByDefault() async throws {
    try await withApp { app in
      let officer = try await Browser.signedIn(app, as: code)
      try await XCTAssertEqualAsync(
        try await officer.post(Paths.oitItem(code, year, "O5") + "/links", ["url": "http://127.0.0.1:9/admin"]).status,
        .seeOther)
      try await XCTAssertEqualAsync(
        try await officer.post(Paths.oitAction(code, year, "check-links")).status, .seeOther)
      let links = try await OitQueries(db: app.db).evidence(code, year)
      let link = try XCTUnwrap(links.first)
      XCTAssertEqual(link.link_problem, "ลิงก์ชี้ไปยังเครือข่ายภายในหรือไม่พบชื่อเว็บไซต์ ตรวจจากระบบไม่ได้")
    }
  }
}
