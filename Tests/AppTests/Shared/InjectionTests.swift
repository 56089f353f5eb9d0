import Domain
import Fluent
import XCTVapor

@testable import App

/// Markup typed by someone must reach every page as text: payloads are stored in every field a
/// person can fill (through the real forms, as the people who fill them) and put in every
/// reflected parameter, then every page that shows them is read as several roles.
final class InjectionTests: XCTestCase {
  /// Closes an attribute, opens elements, a handler, a script, a redirect and a form button.
  static let payload =
    "\"><b id=inj1>' autofocus onfocus=alert(2) x='</textarea><b id=inj3><script>alert(5)</script>"
    + "<meta http-equiv=refresh content=0;url=//evil.example><button formaction=/admin/rounds>"

  /// What must never appear in a page: each is a piece of the payload that would be markup.
  static let forbidden = [
    "<b id=inj1>", "<b id=inj3>", "' autofocus", "<script>alert", "<meta http-equiv=refresh",
    "<button formaction=/admin", "</textarea><b",
  ]

  static func assertEscaped(_ page: XCTHTTPResponse, _ what: String, file: StaticString = #filePath, line: UInt = #line)
  {
    let html = page.body.string
    XCTAssertLessThan(page.status.code, 500, "\(what) answered \(page.status)", file: file, line: line)
    for piece in forbidden where html.contains(piece) {
      XCTFail("\(what) shows \(piece) unescaped", file: file, line: line)
    }
    for sink in ["href=\"javascript:", "src=\"javascript:", "action=\"javascript:", "href=\" javascript:"]
    where html.lowercased().contains(sink) {
      XCTFail("\(what) links to a javascript: URL", file: file, line: line)
    }
  }

  func testStoredMarkupIsTextOnEveryPageThatShowsIt() async throws {
    try await withApp { app in
      let p = Self.payload
      let officer = try await PlanFixtures.officerWithPlan(app, projects: 0)
      let admin = try await Browser.signedIn(app, as: "admin")
      let executive = try await Browser.signedIn(app, as: "\(Fixtures.nongprue)-2")
      let monitor = try await Browser.signedIn(app, as: "chonburi")
      let code = Fixtures.nongprue

      // The framework (admin): a sub-mission whose name is markup.
      try await XCTAssertEqualAsync(
        try await admin.post(Paths.framework(PlanFixtures.period) + "/dimensions/2/sub-missions", ["name": p]).status,
        .seeOther)
      // The plan (officer): every text field of a project.
      var project = PlanFixtures.project(p, budget2566: "10,000")
      for field in ["objectives", "method", "target_group", "responsible_unit", "note"] { project[field] = p }
      try await XCTAssertEqualAsync(
        try await officer.post(Paths.projects(code, PlanFixtures.period), project).status, .seeOther)
      let stored = try await PlanFixtures.projects(app)[0]
      let projectID = try stored.requireID().uuidString
      // The profile (officer): every text field; the e-mail and phone refuse markup.
      let profile: [String: String] = [
        "address": p, "executiveName": p, "executivePosition": p, "clerkName": p, "coordinatorName": p,
        "coordinatorPosition": p, "coordinatorPhone": "038-111-222", "coordinatorEmail": "legal@nongprue.go.th",
        "version": "1",
      ]
      try await XCTAssertEqualAsync(
        try await officer.post(Paths.organizationProfile(code), profile).status, .seeOther)
      var badEmail = profile
      badEmail["coordinatorEmail"] = "x\"><b id=inj1>@example.go.th"
      badEmail["version"] = "2"
      let refused = try await officer.post(Paths.organizationProfile(code), badEmail)
      XCTAssertEqual(refused.status, .unprocessableEntity, "an e-mail address with markup is refused")
      Self.assertEscaped(refused, "the profile form shown again with what was typed")

      // The plan's way through approval: returned by the executive with a comment.
      try await officer.post(Paths.planAction(code, PlanFixtures.period, "submit"))
      try await XCTAssertEqualAsync(
        try await executive.post(Paths.planAction(code, PlanFixtures.period, "return"), ["comment": p]).status,
        .seeOther)
      // National staff: the project is not consistent with its dimension, for a reason.
      try await admin.post(
        Paths.projectAction(code, PlanFixtures.period, projectID, "consistency"), ["inconsistent": "1", "reason": p])
      try await admin.post(
        Paths.projectAction(code, PlanFixtures.period, projectID, "consistency"), ["inconsistent": "0", "reason": ""])

      // The round: an extension with a reason; entries, evidence and the overall part.
      try await ReportFixtures.openRound(app)
      let future = ThaiCalendar.numericDate(Date().addingTimeInterval(30 * 24 * 3600))
      try await XCTAssertEqualAsync(
        try await admin.post(
          Paths.round("\(ReportFixtures.year)-6") + "/extensions", ["orgCode": code, "until": future, "reason": p]
        ).status, .seeOther)
      let report = ReportFixtures.path()
      try await XCTAssertEqualAsync(try await officer.get(report).status, .ok)
      let saved = try await officer.post(
        report + "/entries",
        ReportFixtures.row(
          stored, status: "ไม่สามารถดำเนินการได้", reason: "อื่นๆ", reasonText: String(p.prefix(400)), note: p))
      XCTAssertEqual(saved.status, .seeOther)
      // A browser sends a file name's quotes as %22, so the name here has none.
      let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 64))
      try await XCTAssertEqualAsync(
        try await officer.upload(
          report + "/projects/\(projectID)/evidence",
          fileName: "<b id=inj1>' autofocus onfocus=alert(2) x='<script>alert(5)</script>.png", data: png,
          type: "image/png"
        ).status, .seeOther)
      try await XCTAssertEqualAsync(
        try await officer.post(
          report + "/overall", ["problems": p, "suggestions": p, "reporterName": p, "reporterPosition": p]
        ).status, .seeOther)
      try await officer.post(report + "/send", ["confirm_pending": "1"])
      try await XCTAssertEqualAsync(
        try await executive.post(report + "/confirm", ["confirm_pending": "1"]).status, .seeOther)
      try await monitor.post(report + "/return", ["comment": p])
      // Filed twice, so two filed copies exist to read and compare.
      try await officer.post(report + "/send", ["confirm_pending": "1"])
      try await XCTAssertEqualAsync(
        try await executive.post(report + "/confirm", ["confirm_pending": "1"]).status, .seeOther)

      // Accounts (admin): a person whose name and position are markup.
      try await admin.post(
        Paths.users,
        [
          "role": "provincial_monitor", "displayName": p, "position": p, "username": "inj-monitor",
          "provinceCode": "20",
        ])

      // A Bangkok unit whose (Thai) name carries markup.
      try await XCTAssertEqualAsync(
        try await admin.post(Paths.bangkokUnits, ["name": "สำนัก" + p]).status, .seeOther)

      // The OIT checklist (admin) and workspace (officer): every text an item, entry and
      // evidence holds; a link with markup is refused and shown back as text.
      try await XCTAssertEqualAsync(
        try await admin.post(
          Paths.oitChecklistItem(2566, "O1"), ["indicator": "9", "sub_indicator": p, "title": p, "required": p]
        ).status, .seeOther)
      let oitItem = Paths.oitItem(code, 2566, "O1")
      try await XCTAssertEqualAsync(
        try await officer.post(oitItem, ["owner_name": p, "owner_position": p, "note": p, "state": "in_progress"])
          .status,
        .seeOther)
      try await XCTAssertEqualAsync(try await officer.post(oitItem + "/texts", ["body": p]).status, .seeOther)
      let badLink = try await officer.post(oitItem + "/links", ["url": "https://x.go.th/" + p])
      XCTAssertEqual(badLink.status, .unprocessableEntity)
      Self.assertEscaped(badLink, "the OIT item with a refused link")
      try await XCTAssertEqualAsync(
        try await officer.upload(
          oitItem + "/files", fileName: "<b id=inj1>' autofocus onfocus=alert(2) x='.png", data: png, type: "image/png"
        ).status, .seeOther)
      try await XCTAssertEqualAsync(try await officer.post(oitItem, ["state": "published"]).status, .seeOther)

      // ITA: a result (import) and an improvement measure whose every text field is markup,
      // linked to the plan's project (its name is markup too).
      _ = try await importIta(app, year: 2566, "\(code),\(itaSeedRow),,\n")
      try await XCTAssertEqualAsync(
        try await officer.post(
          Paths.itaMeasures(code, 2566),
          [
            "title": p, "indicator": "2", "owner_name": p, "owner_position": p, "due_date": "30/9/2567",
            "status": "planned",
            "project_id": projectID, "note": p,
          ]
        ).status, .seeOther)
      let measureID = try await ItaMeasure.query(on: app.db).first()?.requireID() ?? UUID()

      let pages = [
        Paths.oitWorkspace(code, 2566), oitItem, Paths.oitOwners(code, 2566), Paths.oitMemo(code, 2566),
        Paths.oit(code, 2566), Paths.oitChecklist(2566), Paths.oitChecklistItem(2566, "O1"), Paths.oitChecklists,
        Paths.organizationIta(code), Paths.itaMeasures(code, 2566), Paths.itaMeasure(code, 2566, measureID),
        Paths.itaPrint(code, 2566), Paths.itaAdmin, Paths.itaAdminYear(2566), Paths.itaAdminOrganization(2566, code),
        Paths.itaDashboard(Paths.dashboardProvince("20")) + "?fy=2566", Paths.apiIta(code, 2566),
        Paths.bangkokUnits, Paths.units("1100000"), Paths.unitsPrint("1100000"),
        Paths.planDeadlines(Paths.dashboardProvince("20")), Paths.planDeadlines(Paths.dashboardProvince("10")),
        Paths.organization(code), Paths.organizationProfile(code), Paths.organizationPlans(code),
        PlanFixtures.plan, Paths.project(code, PlanFixtures.period, projectID),
        Paths.projectAction(code, PlanFixtures.period, projectID, "edit"), PlanFixtures.plan + "/print",
        PlanFixtures.plan + "/versions", Paths.framework(PlanFixtures.period), Paths.frameworks,
        Paths.organizationReports(code), report, report + "/print", report + "/projects/\(projectID)",
        Paths.round("\(ReportFixtures.year)-6"), Paths.rounds, Paths.users, Paths.audit, Paths.home,
        Paths.dashboardProvince("20"), Paths.dashboardProvince("20") + "/missing", Paths.areaPlans, Paths.review,
        Paths.organizationAccounts(code), Paths.province("20"), report + "/filings/1", report + "/filings/compare",
        Paths.levels, Paths.dashboardNation + "?round=2566-6&map=implementation",
        Paths.areaProvince("20"), Paths.areaDistrict("20", "บางละมุง"), Paths.widget(code), Paths.badge(code),
        Paths.widgetHelp(code), Paths.openData, Paths.openDataDataset("projects"),
        Paths.withQuery(Paths.projectSearch, [("q", p)]), Paths.withQuery(Paths.projectSearch, [("q", "inj1")]),
        Paths.withQuery(Paths.projectSearch, [("q", "inj1"), ("fy", p)]),
      ]
      for (who, browser) in [("admin", admin), ("officer", officer), ("monitor", monitor), ("public", Browser(app))] {
        for page in pages { Self.assertEscaped(try await browser.get(page), "\(page) as \(who)") }
      }
    }
  }

  func testCircularTextIsEscapedEverywhere() async throws {
    try await withApp { app in
      let p = Self.payload
      let chonburi = try await Browser.signedIn(app, as: "chonburi")
      let fields = CircularFixtures.form([
        "title": p, "number": "\"><b id=inj1>' ว 1", "summary": p, "action": p, "isPublic": "1", "dueDate": "31/1/2567",
      ])
      let refused = try await CircularFixtures.post(chonburi, fields.merging(["audience": "list", "codes": p]) { $1 })
      XCTAssertEqual(refused.status, .unprocessableEntity)
      Self.assertEscaped(refused, "the refused circular form")
      let circular = try await CircularFixtures.posted(app, by: chonburi, fields)
      let id = try circular.requireID()
      let officer = try await Browser.signedIn(app, as: Fixtures.nongprue)
      Self.assertEscaped(try await officer.get(Paths.home), "the LAO home box")
      Self.assertEscaped(try await officer.get(Paths.circularInbox), "the inbox")
      Self.assertEscaped(try await officer.get(Paths.circular(id)), "the recipient's page")
      let noted = try await officer.post(Paths.circularAction(id, "act"), ["note": p])
      XCTAssertEqual(noted.status, .seeOther)
      let banglamung = try await Browser.signedIn(app, as: "banglamung")
      Self.assertEscaped(try await banglamung.get(Paths.circularAction(id, "relay")), "the relay form")
      let relayed = try await CircularFixtures.post(
        banglamung, Paths.circularAction(id, "relay"), CircularFixtures.form(["number": "</textarea><b id=inj3> 2", "title": p]), file: nil)
      XCTAssertEqual(relayed.status, .seeOther)
      let relay = try await CircularFixtures.latest(app)
      Self.assertEscaped(try await officer.get(Paths.circular(try relay.requireID())), "the relay's chain")
      Self.assertEscaped(try await chonburi.get(Paths.circular(id)), "the sender's page")
      Self.assertEscaped(try await chonburi.get(Paths.circulars), "the sent list")
      let anonymous = Browser(app)
      Self.assertEscaped(try await anonymous.get(Paths.publicCirculars), "the public archive")
      Self.assertEscaped(try await anonymous.get(Paths.publicCirculars + "?q=" + Browser.encode(p)), "the archive search")
      Self.assertEscaped(try await anonymous.get(Paths.publicCircular(id)), "the public circular")
    }
  }

  func testAnnouncementTextIsEscapedEverywhere() async throws {
    try await withApp { app in
      let p = Self.payload
      let code = Fixtures.nongprue
      let planner = try await PlanFixtures.officerWithPlan(app, projects: 0)
      var project = PlanFixtures.project(p, budget2566: "10,000")
      project["name"] = p
      try await XCTAssertEqualAsync(
        try await planner.post(Paths.projects(code, PlanFixtures.period), project).status, .seeOther)
      let projectID = try await PlanFixtures.projects(app)[0].requireID()
      try await AnnouncementFixtures.setExecutive(app, name: p, position: p)
      let officer = try await AnnouncementFixtures.officerWithDrafts(app, AnnouncementKind.allCases)
      let rows = try await AnnouncementFixtures.all(app)
      let id = try rows[0].requireID()
      // Too long a title: the form comes back with everything typed.
      let again = try await officer.post(
        Paths.announcement(code, id),
        ["title": p + String(repeating: "ก", count: 300), "body": p, "signerName": p, "signerPosition": p])
      XCTAssertEqual(again.status, .unprocessableEntity)
      Self.assertEscaped(again, "the announcement form shown again")
      try await XCTAssertEqualAsync(
        try await officer.post(
          Paths.announcement(code, id), ["title": p, "body": p + "\n" + p, "signerName": p, "signerPosition": p]
        ).status, .seeOther)
      try await XCTAssertEqualAsync(
        try await officer.post(Paths.announcementAction(code, id, "link"), ["project": projectID.uuidString]).status,
        .seeOther)
      let badLink = try await officer.post(Paths.announcementAction(code, id, "link"), ["project": p])
      XCTAssertEqual(badLink.status, .unprocessableEntity)
      Self.assertEscaped(badLink, "the link form shown again")
      let badDate = try await AnnouncementFixtures.sign(officer, id, date: String(p.prefix(20)))
      Self.assertEscaped(badDate, "the sign form shown again")
      try await XCTAssertEqualAsync(
        try await AnnouncementFixtures.sign(
          officer, id, fileName: "<b id=inj1>' autofocus onfocus=alert(2) x='<script>alert(5)</script>.pdf"
        ).status, .seeOther)
      let badPublish = try await officer.post(Paths.announcementAction(code, id, "publish"), ["publishedOn": p])
      Self.assertEscaped(badPublish, "the publish form shown again")
      try await XCTAssertEqualAsync(
        try await officer.post(Paths.announcementAction(code, id, "publish"), ["publishedOn": "25/4/2566"]).status,
        .seeOther)
      try await XCTAssertEqualAsync(
        try await officer.post(Paths.announcementAction(code, id, "report"), ["text": p]).status, .seeOther)
      let badWithdraw = try await officer.post(
        Paths.announcementAction(code, id, "withdraw"), ["reason": p + String(repeating: "ก", count: 1_000)])
      Self.assertEscaped(badWithdraw, "the withdraw form shown again")
      try await officer.post(Paths.announcementAction(code, id, "revise"))
      let second = try await AnnouncementFixtures.all(app).first { $0.version == 2 }!.requireID()
      let pages = [
        Paths.announcements(code, fiscalYear: 2566), Paths.announcement(code, id), Paths.announcement(code, second),
        Paths.announcementAction(code, id, "print"), Paths.announcementAction(code, second, "print"),
        Paths.announcementAction(code, id, "report"), Paths.announcementsReport(code, 2566),
        Paths.newAnnouncements(code), Paths.project(code, PlanFixtures.period, projectID.uuidString),
        Paths.organization(code), Paths.audit,
      ]
      let admin = try await Browser.signedIn(app, as: "admin")
      let monitor = try await Browser.signedIn(app, as: "chonburi")
      for (who, browser) in [("admin", admin), ("officer", officer), ("monitor", monitor), ("public", Browser(app))] {
        for page in pages { Self.assertEscaped(try await browser.get(page), "\(page) as \(who)") }
      }
      let file = try await Browser(app).get(Paths.announcementFile(code, id))
      XCTAssertEqual(file.status, .ok)
      XCTAssertTrue(HeaderValue.isSafe(file.headers.first(name: .contentDisposition) ?? ""))
      XCTAssertFalse((file.headers.first(name: .contentDisposition) ?? "").contains("<script>"))
    }
  }

  func testReflectedParametersAreTextOrRefused() async throws {
    try await withApp { app in
      let p = Browser.encode(Self.payload)
      let admin = try await Browser.signedIn(app, as: "admin")
      let reflected = [
        "/organizations?q=\(p)", "/organizations?q=\(p)&province=\(p)&type=\(p)&page=\(p)", "/login?next=\(p)",
        "/login?next=/\(p)", "/admin/audit?org=\(p)", "/admin/users?q=\(p)&role=\(p)", "/plans?status=\(p)",
        "/plans?period=\(p)&page=\(p)", "/dashboard/nation?sort=\(p)&dir=\(p)&map=\(p)&by=\(p)",
        "/dashboard/nation?round=\(p)", "/dashboard/provinces/20/missing?round=\(p)", "/frameworks/\(p)",
        "/organizations/\(p)", "/admin/rounds/\(p)", "/dashboard/provinces/20/districts/\(p)",
        "/organizations/4200401/plans/\(p)", "/dashboard/nation?format=\(p)&table=\(p)",
        "/dashboard/provinces/20/plan-deadlines?period=\(p)", "/dashboard/nation/plan-deadlines?show=\(p)&format=\(p)",
        "/organizations/1100000/units?round=\(p)&format=\(p)", "/organizations/1100000/units/print?round=\(p)",
        "/organizations/4200401/announcements?fy=\(p)", "/organizations/4200401/announcements/report/\(p)",
        "/organizations/4200401/announcements/\(p)", "/api/v1/organizations/4200401/announcements?fiscalYear=\(p)",
        "/admin/ita?fy=\(p)", "/admin/ita/2566?q=\(p)&page=\(p)", "/admin/ita/2566?code=\(p)", "/admin/ita/\(p)",
        "/organizations/4200401/ita?fy=\(p)", "/organizations/4200401/ita/2566/print?digits=\(p)",
        "/organizations/4200401/ita/\(p)/measures", "/dashboard/provinces/20/ita?fy=\(p)&sort=\(p)&format=\(p)",
        "/api/v1/organizations/4200401/ita/\(p)",
        "/complaints?q=\(p)&province=\(p)", "/complaints/cases?filter=\(p)&page=\(p)", "/complaints/cases/\(p)",
        "/organizations/4200401/complaint-statistics/\(p)",
        "/organizations/4200401/complaint-statistics/2570?format=\(p)",
        "/dashboard/provinces/20/complaints?fy=\(p)&format=\(p)", "/api/v1/complaints/\(p)",
      ]
      for path in reflected {
        Self.assertEscaped(try await admin.get(path), "\(path) signed in")
        Self.assertEscaped(try await Browser(app).get(path), "\(path) anonymous")
      }
    }
  }

  func testAJavaScriptURLNeverBecomesALink() {
    for url in [
      "javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
      "java\nscript:alert(1)", "vbscript:x", "data:text/html,<b>", "\u{0}javascript:x",
    ] {
      var writer = HTMLWriter()
      Link("x", url: url).render(into: &writer)
      XCTAssertEqual(writer.string, "<a href=\"#\">x</a>", url)
    }
    for url in [
      "/organizations/4200401", "?page=2", "#content", "https://www.nacc.go.th/", "mailto:a@b.go.th", "tel:038111222",
    ] {
      XCTAssertTrue(SafeURL.isAllowedLink(url), url)
    }
  }

  func testEveryAttributeAndTextIsEscaped() {
    var writer = HTMLWriter()
    Div { Text(Self.payload) }.attribute(named: "title", value: Self.payload).class(Self.payload).id(Self.payload)
      .render(into: &writer)
    Input(type: .text, name: "n", value: Self.payload).render(into: &writer)
    TextArea(text: Self.payload, name: "t").render(into: &writer)
    Image(url: "/x.png", description: Self.payload).render(into: &writer)
    Button(Self.payload).attribute(named: "data-confirm", value: Self.payload).render(into: &writer)
    for piece in Self.forbidden { XCTAssertFalse(writer.string.contains(piece), piece) }
    XCTAssertFalse(writer.string.contains("'"), "quotes of either kind become entities")
  }
}
