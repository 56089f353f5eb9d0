import Domain
import Fluent
import XCTVapor

@testable import App

final class PlanApprovalTests: XCTestCase {
  func approve(_ browser: Browser) async throws -> XCTHTTPResponse {
    try await browser.post(
      Paths.planAction(Fixtures.nongprue, PlanFixtures.period, "approve"),
      ["name": "นายสมชาย ใจซื่อ", "position": "นายกเทศมนตรีเมืองหนองปรือ"])
  }

  func testSubmitApproveAmendApproveAndCompare() async throws {
    try await withApp { app in
      let officer = try await PlanFixtures.officerWithPlan(app, projects: 3)
      let executive = try await Browser.signedIn(app, as: "\(Fixtures.nongprue)-2")
      try await XCTAssertEqualAsync(try await approve(executive).status, .conflict, "nothing submitted yet")
      try await XCTAssertEqualAsync(
        try await officer.post(Paths.planAction(Fixtures.nongprue, PlanFixtures.period, "submit")).status, .seeOther)
      try await XCTAssertEqualAsync(try await PlanFixtures.currentPlan(app).status, .submitted)

      let blocked = try await officer.post(
        Paths.projects(Fixtures.nongprue, PlanFixtures.period), PlanFixtures.project("ระหว่างรอ"))
      XCTAssertEqual(blocked.status, .conflict)
      XCTAssertContains(blocked.body.string, "แผนอยู่ระหว่างรอผู้บริหารอนุมัติ")

      for who in [Fixtures.nongprue, Fixtures.huaiyai, "chonburi", "admin"] {
        try await XCTAssertEqualAsync(
          try await approve(try await Browser.signedIn(app, as: who)).status, .forbidden, who)
      }
      let unnamed = try await executive.post(
        Paths.planAction(Fixtures.nongprue, PlanFixtures.period, "approve"), ["name": " "])
      XCTAssertEqual(unnamed.status, .unprocessableEntity)
      XCTAssertContains(unnamed.body.string, "กรุณากรอกชื่อและตำแหน่งผู้อนุมัติ")

      try await XCTAssertEqualAsync(try await approve(executive).status, .seeOther)
      try await XCTAssertContainsAsync(try await officer.get(PlanFixtures.plan).body.string, "ฉบับที่ 1 อนุมัติเมื่อ")

      // Amend: edit one project, add one → an amendment in draft, then approved as version 2.
      let first = try await PlanFixtures.projects(app)[0]
      var edited = PlanFixtures.project("โครงการที่ 1 (ปรับปรุง)", budget2566: "15,000")
      edited["no"] = "1"
      edited["version"] = String(first.version)
      try await XCTAssertEqualAsync(
        try await officer.post(Paths.project(Fixtures.nongprue, PlanFixtures.period, first.id!.uuidString), edited)
          .status, .seeOther)
      try await XCTAssertEqualAsync(try await PlanFixtures.currentPlan(app).status, .draft)
      try await officer.post(
        Paths.projects(Fixtures.nongprue, PlanFixtures.period),
        PlanFixtures.project("โครงการเพิ่มใหม่", dimension: "2", sub: "2.2"))
      try await officer.post(Paths.planAction(Fixtures.nongprue, PlanFixtures.period, "submit"))
      try await XCTAssertEqualAsync(try await approve(executive).status, .seeOther)
      let versions = try await PlanVersion.query(on: app.db).sort(\.$number).all()
      XCTAssertEqual(versions.map(\.label), ["ฉบับที่ 1", "ฉบับปรับปรุงครั้งที่ 1"])
      XCTAssertEqual(versions.map(\.projectCount), [3, 4])

      let diff = try await Browser(app).get(Paths.compare(Fixtures.nongprue, PlanFixtures.period, from: "1", to: "2"))
      XCTAssertEqual(diff.status, .ok)
      XCTAssertContains(diff.body.string, "เพิ่ม 1 · ลบ 0 · แก้ไข 1 โครงการ")
      XCTAssertContains(diff.body.string, "โครงการเพิ่มใหม่")
      XCTAssertContains(diff.body.string, "<td class=\"old\">10,000.00</td><td class=\"new\">15,000.00</td>")
      try await XCTAssertEqualAsync(
        try await Browser(app).get(Paths.compare(Fixtures.nongprue, PlanFixtures.period, from: "9", to: "1")).status,
        .badRequest)
    }
  }

  func testExecutiveReturnsWithAComment() async throws {
    try await withApp { app in
      let officer = try await PlanFixtures.officerWithPlan(app, projects: 1)
      try await officer.post(Paths.planAction(Fixtures.nongprue, PlanFixtures.period, "submit"))
      let executive = try await Browser.signedIn(app, as: "\(Fixtures.nongprue)-2")
      let empty = try await executive.post(
        Paths.planAction(Fixtures.nongprue, PlanFixtures.period, "return"), ["comment": ""])
      XCTAssertEqual(empty.status, .unprocessableEntity)
      let returned = try await executive.post(
        Paths.planAction(Fixtures.nongprue, PlanFixtures.period, "return"), ["comment": "เพิ่มงบประมาณมิติที่ 2"])
      XCTAssertEqual(returned.status, .seeOther)
      let page = try await officer.get(PlanFixtures.plan).body.string
      XCTAssertContains(page, "ผู้บริหารส่งกลับให้แก้ไข: เพิ่มงบประมาณมิติที่ 2")
      try await XCTAssertEqualAsync(
        try await officer.post(Paths.projects(Fixtures.nongprue, PlanFixtures.period), PlanFixtures.project("แก้ตามสั่ง"))
          .status, .seeOther)
      try await XCTAssertEqualAsync(
        try await officer.post(Paths.planAction(Fixtures.nongprue, PlanFixtures.period, "submit")).status, .seeOther)
    }
  }

  func testEmptyPlanCannotBeSubmitted() async throws {
    try await withApp { app in
      let officer = try await PlanFixtures.officerWithPlan(app, projects: 0)
      let response = try await officer.post(Paths.planAction(Fixtures.nongprue, PlanFixtures.period, "submit"))
      XCTAssertEqual(response.status, .conflict)
      XCTAssertContains(response.body.string, "ยังไม่มีโครงการในแผน")
    }
  }

  func testNationalStaffMarkInconsistentProjectsThatLeaveEveryCount() async throws {
    try await withApp { app in
      let officer = try await PlanFixtures.officerWithPlan(app, projects: 2)
      let project = try await PlanFixtures.projects(app)[0]
      let path = Paths.projectAction(Fixtures.nongprue, PlanFixtures.period, project.id!.uuidString, "consistency")
      try await XCTAssertEqualAsync(
        try await officer.post(path, ["inconsistent": "1", "reason": "x"]).status, .forbidden)
      try await XCTAssertEqualAsync(
        try await Browser.signedIn(app, as: "chonburi").post(path, ["inconsistent": "1", "reason": "x"]).status,
        .forbidden)
      let admin = try await Browser.signedIn(app, as: "admin")
      try await XCTAssertEqualAsync(
        try await admin.post(path, ["inconsistent": "1", "reason": ""]).status, .unprocessableEntity)
      try await XCTAssertEqualAsync(
        try await admin.post(path, ["inconsistent": "1", "reason": "เป็นงานประจำ ไม่ใช่การป้องกันการทุจริต"]).status, .seeOther)
      let page = try await Browser(app).get(PlanFixtures.plan).body.string
      XCTAssertContains(page, "รวม จำนวน 1 โครงการ")
      XCTAssertContains(page, "ไม่สอดคล้องกับมิติ: เป็นงานประจำ")
      XCTAssertContains(page, "class=\"inconsistent\"")
      let api = try await Browser(app).get("/api/v1/organizations/\(Fixtures.nongprue)/plans/\(PlanFixtures.period)")
        .content.decode(PlanJSON.self)
      XCTAssertEqual(api.projectCount, 1)
      XCTAssertEqual(api.budgetTotals["2566"], "10000.00")
      try await XCTAssertEqualAsync(try await admin.post(path, ["inconsistent": "0"]).status, .seeOther)
      try await XCTAssertContainsAsync(try await Browser(app).get(PlanFixtures.plan).body.string, "รวม จำนวน 2 โครงการ")
    }
  }
}
