import Domain
import Fluent
import XCTVapor

@testable import App

final class PlanEditingTests: XCTestCase {
  func testOfficerBuildsAPlanGroupedWithTotals() async throws {
    try await withApp { app in
      let officer = try await PlanFixtures.officerWithPlan(app, projects: 5)
      let page = try await officer.get(PlanFixtures.plan)
      XCTAssertEqual(page.status, .ok)
      XCTAssertContains(page.body.string, "รวม จำนวน 5 โครงการ")
      XCTAssertContains(page.body.string, "มิติที่ 1 การสร้างวัฒนธรรมสุจริต (2 โครงการ)")
      XCTAssertContains(page.body.string, "1.1 การเสริมสร้างจิตสำนึกและความตระหนักแก่ประชาชนทุกภาคส่วนในท้องถิ่น (2)")
      XCTAssertContains(page.body.string, "50,000.00")
      let numbers = try await PlanFixtures.projects(app).map(\.number)
      XCTAssertEqual(numbers, [1, 2, 3, 4, 5])
      // Plans are public documents.
      try await XCTAssertEqualAsync(try await Browser(app).get(PlanFixtures.plan).status, .ok)
    }
  }

  func testBadProjectKeepsWhatWasTypedAndWritesNothing() async throws {
    try await withApp { app in
      let officer = try await PlanFixtures.officerWithPlan(app, projects: 0)
      var form = PlanFixtures.project("โครงการสำคัญมาก", dimension: "", budget2566: "หนึ่งหมื่น")
      form["budget_2567"] = "-50"
      let response = try await officer.post(Paths.projects(Fixtures.nongprue, PlanFixtures.period), form)
      XCTAssertEqual(response.status, .unprocessableEntity)
      XCTAssertContains(response.body.string, "กรุณาเลือกมิติ")
      XCTAssertContains(response.body.string, "งบประมาณต้องเป็นจำนวนเงินไม่ติดลบ")
      XCTAssertContains(response.body.string, "โครงการสำคัญมาก")
      XCTAssertContains(response.body.string, "value=\"หนึ่งหมื่น\"")
      XCTAssertContains(response.body.string, "1) เพื่อสร้างจิตสำนึก")
      try await XCTAssertEqualAsync(try await PlanFixtures.projects(app).count, 0)
      let misplaced = try await officer.post(
        Paths.projects(Fixtures.nongprue, PlanFixtures.period), PlanFixtures.project("x", dimension: "2", sub: "1.1"))
      XCTAssertContains(misplaced.body.string, "ภารกิจ 1.1 ไม่อยู่ในมิติที่ 2")
    }
  }

  func testOnlyTheOwnOfficerWritesThePlan() async throws {
    try await withApp { app in
      _ = try await PlanFixtures.officerWithPlan(app, projects: 1)
      let path = Paths.projects(Fixtures.nongprue, PlanFixtures.period)
      for who in [Fixtures.huaiyai, "\(Fixtures.nongprue)-2", "banglamung", "chonburi", "region2", "admin"] {
        let browser = try await Browser.signedIn(app, as: who)
        try await XCTAssertEqualAsync(try await browser.post(path, PlanFixtures.project("x")).status, .forbidden, who)
        try await XCTAssertEqualAsync(
          try await browser.get(Paths.newProject(Fixtures.nongprue, PlanFixtures.period)).status, .forbidden, who)
        try await XCTAssertEqualAsync(
          try await browser.post(
            Paths.organizationPlans(Fixtures.huaiyai == who ? Fixtures.nongprue : Fixtures.huaiyai),
            ["period": "2566-2570"]
          ).status,
          .forbidden, who)
      }
      let anonymous = try await Browser(app).post(path, PlanFixtures.project("x"))
      XCTAssertTrue(anonymous.location.hasPrefix(Paths.login))
      try await XCTAssertEqualAsync(try await PlanFixtures.projects(app).count, 1)
    }
  }

  func testEditingMovesAndRecordsEveryFieldChange() async throws {
    try await withApp { app in
      let officer = try await PlanFixtures.officerWithPlan(app, projects: 1)
      let project = try await PlanFixtures.projects(app)[0]
      var form = PlanFixtures.project("โครงการที่ 1", dimension: "1", sub: "1.3", budget2566: "20,000")
      form["no"] = "1"
      form["version"] = "1"
      let saved = try await officer.post(
        Paths.project(Fixtures.nongprue, PlanFixtures.period, project.id!.uuidString), form)
      XCTAssertEqual(saved.status, .seeOther, saved.body.string)
      let page = try await officer.get(Paths.project(Fixtures.nongprue, PlanFixtures.period, project.id!.uuidString))
      XCTAssertContains(page.body.string, "ย้ายโครงการ")
      XCTAssertContains(page.body.string, "งบประมาณ 2566: 10,000.00 → 20,000.00")
      XCTAssertContains(page.body.string, "ภารกิจตามมิติ: 1.1 → 1.3")
      XCTAssertContains(page.body.string, "เพิ่มโครงการ")
      // The public sees the project but not who changed it.
      let publicPage = try await Browser(app).get(
        Paths.project(Fixtures.nongprue, PlanFixtures.period, project.id!.uuidString))
      XCTAssertFalse(publicPage.body.string.contains("ประวัติการแก้ไข"))
    }
  }

  func testSecondSaveOfTheSameProjectIsRefusedWithTheDifferences() async throws {
    try await withApp { app in
      let first = try await PlanFixtures.officerWithPlan(app, projects: 1)
      let second = try await Browser.signedIn(app, as: Fixtures.nongprue)
      let project = try await PlanFixtures.projects(app)[0]
      let path = Paths.project(Fixtures.nongprue, PlanFixtures.period, project.id!.uuidString)
      var mine = PlanFixtures.project("ชื่อของคนแรก", budget2566: "11,000")
      mine["no"] = "1"
      mine["version"] = "1"
      try await XCTAssertEqualAsync(try await first.post(path, mine).status, .seeOther)
      var theirs = PlanFixtures.project("ชื่อของคนที่สอง", budget2566: "99,000")
      theirs["no"] = "1"
      theirs["version"] = "1"
      let conflict = try await second.post(path, theirs)
      XCTAssertEqual(conflict.status, .conflict)
      XCTAssertContains(conflict.body.string, "มีผู้อื่นบันทึกโครงการนี้ไปก่อนคุณ")
      XCTAssertContains(conflict.body.string, "ชื่อของคนแรก")
      XCTAssertContains(conflict.body.string, "ชื่อของคนที่สอง")
      XCTAssertContains(conflict.body.string, "name=\"version\" value=\"2\"")
      try await XCTAssertEqualAsync(try await PlanFixtures.projects(app)[0].name, "ชื่อของคนแรก")
    }
  }

  func testRemovalIsSoftAndLeavesTheCounts() async throws {
    try await withApp { app in
      let officer = try await PlanFixtures.officerWithPlan(app, projects: 2)
      let project = try await PlanFixtures.projects(app)[0]
      let removed = try await officer.post(
        Paths.projectAction(Fixtures.nongprue, PlanFixtures.period, project.id!.uuidString, "delete"))
      XCTAssertEqual(removed.status, .seeOther)
      try await XCTAssertContainsAsync(try await officer.get(PlanFixtures.plan).body.string, "รวม จำนวน 1 โครงการ")
      let page = try await officer.get(Paths.project(Fixtures.nongprue, PlanFixtures.period, project.id!.uuidString))
      XCTAssertContains(page.body.string, "โครงการนี้ถูกลบออกจากแผนแล้ว")
      XCTAssertContains(page.body.string, "ลบโครงการ")
      try await XCTAssertEqualAsync(try await PlanProject.query(on: app.db).count(), 2, "the row is kept")
    }
  }

  func testClosedPeriodCannotBeAmended() async throws {
    try await withApp { app in
      let officer = try await Browser.signedIn(app, as: Fixtures.nongprue)
      let response = try await officer.post(Paths.organizationPlans(Fixtures.nongprue), ["period": "2561-2565"])
      XCTAssertEqual(response.status, .conflict)
      XCTAssertContains(response.body.string, "ช่วงแผนนี้สิ้นสุดแล้ว")
    }
  }

  func testFormTypedBeforeTheSessionExpiredComesBackAfterLogin() async throws {
    try await withApp { app in
      let officer = try await PlanFixtures.officerWithPlan(app, projects: 0)
      try await UserSession.query(on: app.db).set(\.$expiresAt, to: Date().addingTimeInterval(-60)).update()
      var form = PlanFixtures.project("งานที่พิมพ์ไว้นานมาก")
      form[DraftQueries.originField] = Paths.newProject(Fixtures.nongprue, PlanFixtures.period)
      let expired = try await officer.post(Paths.projects(Fixtures.nongprue, PlanFixtures.period), form)
      XCTAssertEqual(expired.status, .seeOther)
      XCTAssertEqual(
        expired.location,
        Paths.withQuery(Paths.login, [("next", Paths.newProject(Fixtures.nongprue, PlanFixtures.period))]))
      let login = try await officer.post(
        Paths.login,
        [
          "username": Fixtures.nongprue, "secret": Fixtures.password,
          "next": Paths.newProject(Fixtures.nongprue, PlanFixtures.period),
        ])
      XCTAssertEqual(login.location, Paths.newProject(Fixtures.nongprue, PlanFixtures.period))
      let restored = try await officer.get(login.location)
      XCTAssertContains(restored.body.string, "กู้คืนข้อมูลที่คุณพิมพ์ไว้")
      XCTAssertContains(restored.body.string, "งานที่พิมพ์ไว้นานมาก")
      let again = try await officer.get(login.location).body.string
      XCTAssertFalse(again.contains("งานที่พิมพ์ไว้นานมาก"), "restored once")
    }
  }
}
