import Domain
import Fluent
import XCTVapor

@testable import App

/// PACC accounts for tests: ปปท. เขต 2 (Chon Buri), ปปท. เขต 5 (Chiang Mai), กปก.
enum PaccFixtures {
  static func accounts(_ app: Application) async throws {
    let hash = try await app.password.async.hash(Fixtures.password).get()
    for (username, role, region) in [
      ("pacc2", Role.paccRegionalOfficer, 2), ("pacc5", .paccRegionalOfficer, 5),
      ("pacc-central", .paccCentralOfficer, 0),
    ] {
      let user = User(
        username: username, displayName: username, role: role, orgCode: nil, provinceCode: nil, district: nil,
        region: region == 0 ? nil : region)
      user.passwordHash = hash
      user.mustSetPassword = false
      try await user.create(on: app.db)
    }
  }

  /// ปปท. เขต 2 opens a case on หนองปรือ's first plan project; returns its id.
  static func openCase(_ app: Application, _ pacc: Browser) async throws -> UUID {
    let projects = try await PlanFixtures.projects(app)
    let project = try XCTUnwrap(projects.first)
    let response = try await pacc.post(
      Paths.paccCases,
      [
        "org": Fixtures.nongprue, "source": "tip", "project": project.id!.uuidString, "risks[]": "overpriced",
        "description": "ผู้แจ้งเบาะแสระบุว่าราคาสูง",
      ])
    XCTAssertEqual(response.status, .seeOther, response.body.string)
    return try XCTUnwrap(UUID(uuidString: String(response.location.split(separator: "/").last ?? "")))
  }
}

final class PaccCaseTests: XCTestCase {
  func testTheWholeCaseRunsAndTheIndicatorMoves() async throws {
    try await withApp { app in
      try await PaccFixtures.accounts(app)
      let officer = try await PlanFixtures.officerWithPlan(app, projects: 2)
      let pacc = try await Browser.signedIn(app, as: "pacc2")
      let id = try await PaccFixtures.openCase(app, pacc)
      let opened = try await pacc.get(Paths.paccCase(id))
      XCTAssertEqual(opened.status, .ok)
      XCTAssertTrue(opened.body.string.contains("ปปท. เขต 2 ที่ 1/"))
      XCTAssertTrue(opened.body.string.contains("โครงการที่ 1"), "the project comes from the LAO's plan")

      // A recommendation before any visit is refused in Thai.
      let early = try await pacc.post(Paths.paccCaseSteps(id), ["action": "recommend", "choice": "improve"])
      XCTAssertEqual(early.status, .conflict)
      XCTAssertTrue(early.body.string.contains("ต้องบันทึกการลงพื้นที่ก่อน"))
      for step in [
        ["action": "visit", "team": "ชุดปฏิบัติการ ปปท. เขต 2", "text": "ราคากลางสูงกว่าท้องตลาด"],
        ["action": "recommend", "choice": "improve", "text": "ให้ทบทวนราคากลาง"],
      ] {
        let response = try await pacc.post(Paths.paccCaseSteps(id), step)
        XCTAssertEqual(response.status, .seeOther, response.body.string)
      }
      // Closing as improved before the LAO reports back is refused.
      let premature = try await pacc.post(Paths.paccCaseSteps(id), ["action": "close", "choice": "improved"])
      XCTAssertEqual(premature.status, .conflict)

      // The LAO sees the findings and the recommendation, never the tip or the source.
      let list = try await officer.get(Paths.organizationPacc(Fixtures.nongprue))
      XCTAssertEqual(list.status, .ok)
      let seen = try await officer.get(Paths.organizationPaccCase(Fixtures.nongprue, id))
      XCTAssertTrue(seen.body.string.contains("ให้ทบทวนราคากลาง"))
      XCTAssertFalse(seen.body.string.contains("ผู้แจ้งเบาะแสระบุว่าราคาสูง"))
      XCTAssertFalse(seen.body.string.contains(PaccCaseSource.tip.thaiName))
      let empty = try await officer.post(Paths.organizationPaccReportBack(Fixtures.nongprue, id), ["text": " "])
      XCTAssertEqual(empty.status, .unprocessableEntity)
      let reported = try await officer.post(
        Paths.organizationPaccReportBack(Fixtures.nongprue, id), ["text": "ปรับราคากลางตามราคาพาณิชย์จังหวัด"])
      XCTAssertEqual(reported.status, .seeOther, reported.body.string)

      let closed = try await pacc.post(
        Paths.paccCaseSteps(id), ["action": "close", "choice": "improved", "text": "ครบ"])
      XCTAssertEqual(closed.status, .seeOther, closed.body.string)
      let again = try await pacc.post(Paths.paccCaseSteps(id), ["action": "visit", "text": "x"])
      XCTAssertEqual(again.status, .conflict, "a closed case takes no more steps")

      let year = FiscalYear(containing: Date()).buddhistYear
      let counts = try await PaccQueries(db: app.db).counts(fiscalYear: year)
      let office = try XCTUnwrap(PaccOffice(2))
      XCTAssertEqual(counts[office]?.cases, 1)
      XCTAssertEqual(counts[office]?.visitedCases, 1)
      XCTAssertEqual(counts[office]?.improvedCases, 1)
      XCTAssertEqual(counts[office]?.unitsReached, 1)
      let dashboard = try await pacc.get(Paths.pacc(year: year))
      XCTAssertTrue(dashboard.body.string.contains("100.00 (1 จาก 1)"), "the improved-cases indicator moved")
      let csv = try await pacc.get(Paths.paccIndicatorsCSV(year))
      XCTAssertEqual(csv.status, .ok)
      XCTAssertTrue(csv.body.string.contains("5.2.2"))
      let audit = try await AuditEvent.query(on: app.db).filter(\.$entity == PaccCaseQueries.entity).count()
      XCTAssertEqual(audit, 5, "opening and every step are audited")
    }
  }

  func testWhoMaySeeAndRunCases() async throws {
    try await withApp { app in
      try await PaccFixtures.accounts(app)
      _ = try await PlanFixtures.officerWithPlan(app, projects: 1)
      let pacc2 = try await Browser.signedIn(app, as: "pacc2")
      let id = try await PaccFixtures.openCase(app, pacc2)

      let anonymous = Browser(app)
      for path in [Paths.pacc, Paths.paccCases, Paths.paccCase(id), Paths.paccSessions] {
        let response = try await anonymous.get(path)
        XCTAssertEqual(response.status, .seeOther, path)
        XCTAssertTrue(response.location.hasPrefix(Paths.login), path)
      }
      // NACC monitors, national admins and LAO accounts are not PACC officers.
      for username in ["admin", "region2", "chonburi", Fixtures.nongprue] {
        let browser = try await Browser.signedIn(app, as: username)
        for path in [Paths.pacc, Paths.paccCase(id)] {
          try await XCTAssertEqualAsync(try await browser.get(path).status, .forbidden, "\(username) \(path)")
        }
      }
      // Another region's officer neither reads nor moves the case, nor opens one in Chon Buri.
      let pacc5 = try await Browser.signedIn(app, as: "pacc5")
      try await XCTAssertEqualAsync(try await pacc5.get(Paths.paccCase(id)).status, .forbidden)
      try await XCTAssertEqualAsync(
        try await pacc5.post(Paths.paccCaseSteps(id), ["action": "visit", "text": "x"]).status, .forbidden)
      let outside = try await pacc5.post(
        Paths.paccCases, ["org": Fixtures.nongprue, "source": "tip", "projectName": "x", "risks[]": "overpriced"])
      XCTAssertEqual(outside.status, .forbidden)
      let list5 = try await pacc5.get(Paths.paccCases)
      XCTAssertFalse(list5.body.string.contains(Paths.paccCase(id)))
      // The centre sees every office.
      let central = try await Browser.signedIn(app, as: "pacc-central")
      try await XCTAssertEqualAsync(try await central.get(Paths.paccCase(id)).status, .ok)

      // Only the LAO's own officer and executive see its cases; another LAO and its complaint officer do not.
      let executive = try await Browser.signedIn(app, as: "\(Fixtures.nongprue)-2")
      try await XCTAssertEqualAsync(
        try await executive.get(Paths.organizationPaccCase(Fixtures.nongprue, id)).status, .ok)
      for username in [Fixtures.huaiyai, "\(Fixtures.nongprue)-3", "chonburi"] {
        let browser = try await Browser.signedIn(app, as: username)
        try await XCTAssertEqualAsync(
          try await browser.get(Paths.organizationPaccCase(Fixtures.nongprue, id)).status, .forbidden, username)
        try await XCTAssertEqualAsync(
          try await browser.post(Paths.organizationPaccReportBack(Fixtures.nongprue, id), ["text": "x"]).status,
          .forbidden, username)
      }
      let huaiyai = try await Browser.signedIn(app, as: Fixtures.huaiyai)
      try await XCTAssertEqualAsync(
        try await huaiyai.get(Paths.organizationPaccCase(Fixtures.huaiyai, id)).status, .notFound,
        "a case is read only under its own organization")
    }
  }

  func testBadCaseInputIsAThai422KeepingWhatWasTyped() async throws {
    try await withApp { app in
      try await PaccFixtures.accounts(app)
      let pacc = try await Browser.signedIn(app, as: "pacc2")
      let response = try await pacc.post(
        Paths.paccCases, ["org": "12", "source": "", "budget": "สองหมื่น", "projectName": "ซ่อมถนน <b>x</b>"])
      XCTAssertEqual(response.status, .unprocessableEntity)
      let page = response.body.string
      XCTAssertTrue(page.contains("รหัส อปท. ต้องเป็นตัวเลข 7 หลัก"))
      XCTAssertTrue(page.contains("กรุณาเลือกความเสี่ยงที่พบ"))
      XCTAssertTrue(page.contains("value=\"ซ่อมถนน &lt;b&gt;x&lt;/b&gt;\""))
      XCTAssertFalse(page.contains("<b>x</b>"))
      try await XCTAssertEqualAsync(try await pacc.get("/pacc/cases/not-a-uuid").status, .notFound)
      try await XCTAssertEqualAsync(try await pacc.get(Paths.pacc + "?fy=abc").status, .badRequest)
    }
  }
}
