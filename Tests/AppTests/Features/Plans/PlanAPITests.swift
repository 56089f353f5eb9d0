import Domain
import Fluent
import XCTVapor

@testable import App

final class PlanAPITests: XCTestCase {
  var base: String { "/api/v1/organizations/\(Fixtures.nongprue)/plans/\(PlanFixtures.period)" }

  func testAnyoneReadsAPlanAsJSON() async throws {
    try await withApp { app in
      _ = try await PlanFixtures.officerWithPlan(app, projects: 2)
      let response = try await Browser(app).get(base)
      XCTAssertEqual(response.status, .ok)
      let plan = try response.content.decode(PlanJSON.self)
      XCTAssertEqual(plan.status, "draft")
      XCTAssertEqual(plan.fiscalYears, [2566, 2567, 2568, 2569, 2570])
      XCTAssertEqual(plan.projects.map(\.number), [1, 2])
      XCTAssertEqual(plan.projects[0].budgets["2566"], "10000.00")
      XCTAssertEqual(plan.projects[0].objectives, ["เพื่อสร้างจิตสำนึก", "เพื่อป้องกัน"])
      let missing = try await Browser(app).get("/api/v1/organizations/\(Fixtures.huaiyai)/plans/\(PlanFixtures.period)")
      XCTAssertEqual(missing.status, .notFound)
      XCTAssertContains(try missing.content.decode(APIError.self).reason, "ยังไม่ได้จัดทำแผน")
      try await XCTAssertEqualAsync(
        try await Browser(app).get("/api/v1/organizations/\(Fixtures.nongprue)/plans/2599-2603").status, .notFound)
    }
  }

  func testOwnerWritesWithCSRFHeaderOthersCannot() async throws {
    try await withApp { app in
      let officer = try await PlanFixtures.officerWithPlan(app, projects: 0)
      let body: [String: Any] = [
        "name": "ผ่าน API", "dimension": 2, "subMission": "2.3", "budgets": ["2567": "2500.50"],
        "objectives": ["ก", "ข"],
      ]
      try await XCTAssertEqualAsync(try await Browser(app).json(.POST, base + "/projects", body).status, .unauthorized)
      for who in [Fixtures.huaiyai, "\(Fixtures.nongprue)-2", "chonburi", "admin"] {
        try await XCTAssertEqualAsync(
          try await Browser.signedIn(app, as: who).json(.POST, base + "/projects", body).status, .forbidden, who)
      }
      let created = try await officer.json(.POST, base + "/projects", body)
      XCTAssertEqual(created.status, .created, created.body.string)
      let project = try created.content.decode(PlanJSON.Project.self)
      XCTAssertEqual(project.budgets["2567"], "2500.50")
      XCTAssertEqual(project.version, 1)

      var update = body
      update["name"] = "แก้ผ่าน API"
      update["version"] = 1
      let updated = try await officer.json(.PUT, base + "/projects/\(project.id)", update)
      XCTAssertEqual(updated.status, .ok, updated.body.string)
      XCTAssertEqual(try updated.content.decode(PlanJSON.Project.self).version, 2)
      let stale = try await officer.json(.PUT, base + "/projects/\(project.id)", update)
      XCTAssertEqual(stale.status, .conflict)
      XCTAssertContains(try stale.content.decode(APIError.self).reason, "มีผู้อื่นแก้ไขโครงการนี้ไปก่อน")

      var bad = body
      bad["dimension"] = 9
      let invalid = try await officer.json(.POST, base + "/projects", bad)
      XCTAssertEqual(invalid.status, .unprocessableEntity)
      XCTAssertContains(try invalid.content.decode(APIError.self).reason, "dimension")

      var noCSRF = HTTPHeaders()
      noCSRF.contentType = .json
      let forged = try await officer.sendRaw(.DELETE, base + "/projects/\(project.id)", headers: noCSRF, body: nil)
      XCTAssertEqual(forged.status, .forbidden)
      try await XCTAssertEqualAsync(
        try await officer.json(.DELETE, base + "/projects/\(project.id)", [:]).status, .noContent)
      try await XCTAssertEqualAsync(
        try await officer.json(.DELETE, base + "/projects/\(project.id)", [:]).status, .gone)
    }
  }
}

final class PlanOverviewTests: XCTestCase {
  func testMonitorsSeeTheirAreaOnly() async throws {
    try await withApp { app in
      _ = try await PlanFixtures.officerWithPlan(app, projects: 2)
      let province = try await Browser.signedIn(app, as: "chonburi").get(Paths.areaPlans)
      XCTAssertEqual(province.status, .ok)
      XCTAssertContains(province.body.string, "เทศบาลเมืองหนองปรือ")
      XCTAssertContains(province.body.string, "20,000.00")
      XCTAssertContains(province.body.string, "ยังไม่จัดทำแผน 3")
      XCTAssertFalse(province.body.string.contains("สารภี"))
      let district = try await Browser.signedIn(app, as: "banglamung").get(Paths.areaPlans).body.string
      XCTAssertFalse(district.contains("บ่อวิน"), "outside the district")
      XCTAssertContains(district, "เมืองพัทยา")
      let other = try await Browser.signedIn(app, as: "chiangmai").get(Paths.areaPlans).body.string
      XCTAssertFalse(other.contains("หนองปรือ"))
      let region = try await Browser.signedIn(app, as: "region2").get(Paths.areaPlans).body.string
      XCTAssertContains(region, "หนองปรือ")
      XCTAssertFalse(region.contains("สารภี"))
      let national = try await Browser.signedIn(app, as: "admin").get(
        Paths.withQuery(Paths.areaPlans, [("status", "draft")])
      ).body.string
      XCTAssertContains(national, "แสดง 1 แห่ง")
      try await XCTAssertEqualAsync(
        try await Browser.signedIn(app, as: Fixtures.nongprue).get(Paths.areaPlans).status, .forbidden)
      let anonymous = try await Browser(app).get(Paths.areaPlans)
      XCTAssertTrue(anonymous.location.hasPrefix(Paths.login))
      try await XCTAssertEqualAsync(
        try await Browser.signedIn(app, as: "admin").get(Paths.withQuery(Paths.areaPlans, [("status", "x")])).status,
        .badRequest)
    }
  }

  func testTheAPITakesJSONOnly() async throws {
    try await withApp { app in
      let officer = try await PlanFixtures.officerWithPlan(app, projects: 0)
      let form = try await officer.post(
        "/api/v1/organizations/\(Fixtures.nongprue)/plans/\(PlanFixtures.period)/projects",
        ["name": "ผ่านฟอร์ม", "dimension": "1"])
      XCTAssertEqual(form.status, .unsupportedMediaType)
      XCTAssertContains(try form.content.decode(APIError.self).reason, "กรุณาส่งข้อมูลเป็น JSON")
      try await XCTAssertEqualAsync(try await PlanProject.query(on: app.db).count(), 0)
    }
  }
}
