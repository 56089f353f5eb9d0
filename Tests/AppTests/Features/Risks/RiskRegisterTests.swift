import Domain
import Fluent
import XCTVapor

@testable import App

/// The corruption-risk register: who writes and publishes it, what the public and monitors see,
/// and that a published copy never changes.
final class RiskRegisterTests: XCTestCase {
  let code = Fixtures.nongprue
  let year = 2570
  var register: String { Paths.riskRegister(code, year) }

  static func risk(_ event: String, likelihood: String = "4", impact: String = "5") -> [String: String] {
    [
      "category": "permits", "process": "การออกใบอนุญาตก่อสร้างอาคาร", "event": event, "who": "นายช่าง",
      "likelihood": likelihood, "impact": impact, "measures": "ตรวจสอบเอกสารสองชั้นและเปิดเผยขั้นตอน",
      "owner": "กองช่าง", "status": "planned", "follow_up_first": "", "follow_up_second": "",
    ]
  }

  func testOfficerWritesAndPublishesAndThePublicSeesTheFrozenCopy() async throws {
    try await withApp { app in
      let officer = try await PlanFixtures.officerWithPlan(app, projects: 1)
      let anonymous = Browser(app)
      try await XCTAssertEqualAsync(try await anonymous.get(register).status, .notFound, "nothing published yet")

      var bad = Self.risk("เรียกรับเงินระหว่างตรวจแบบ", likelihood: "9")
      bad["project_id"] = UUID().uuidString
      let refused = try await officer.post(register, bad)
      XCTAssertEqual(refused.status, .unprocessableEntity)
      XCTAssertContains(refused.body.string, "กรุณาเลือกโอกาสที่จะเกิด 1 – 5")
      XCTAssertContains(refused.body.string, "กรุณาเลือกจากรายการ")
      XCTAssertContains(refused.body.string, "เรียกรับเงินระหว่างตรวจแบบ")

      let projects = try await PlanFixtures.projects(app)
      let project = try XCTUnwrap(projects.first?.id)
      var first = Self.risk("เรียกรับเงินระหว่างตรวจแบบ")
      first["project_id"] = project.uuidString
      try await XCTAssertEqualAsync(try await officer.post(register, first).status, .seeOther)
      try await XCTAssertEqualAsync(
        try await officer.post(register, Self.risk("ใช้รถราชการส่วนตัว", likelihood: "1", impact: "2")).status, .seeOther)
      let page = try await officer.get(register).body.string
      XCTAssertContains(page, "class=\"risk-matrix\"")
      XCTAssertContains(page, "ระดับสูงมาก: 1 ความเสี่ยง")
      XCTAssertContains(page, "โครงการในแผน: 1. โครงการที่ 1")
      XCTAssertContains(page, "ยังไม่เผยแพร่")

      // Who may not write.
      for username in [Fixtures.huaiyai, "chonburi", "\(code)-3", "admin"] {
        let other = try await Browser.signedIn(app, as: username)
        try await XCTAssertEqualAsync(
          try await other.post(register, Self.risk("x")).status, .forbidden, "\(username) may not add")
        try await XCTAssertEqualAsync(
          try await other.post(Paths.riskPublish(code, year)).status, .forbidden, "\(username) may not publish")
      }
      let monitorView = try await Browser.signedIn(app, as: "chonburi").get(register)
      XCTAssertContains(monitorView.body.string, "ใช้รถราชการส่วนตัว")

      try await XCTAssertEqualAsync(try await officer.post(Paths.riskPublish(code, year)).status, .seeOther)
      try await XCTAssertEqualAsync(
        try await officer.post(Paths.riskPublish(code, year)).status, .conflict, "nothing changed since")
      let published = try await anonymous.get(register).body.string
      XCTAssertContains(published, "เรียกรับเงินระหว่างตรวจแบบ")
      XCTAssertFalse(published.contains("name=\"event\""), "no form for the public")
      let api = try await anonymous.get(Paths.riskAPI(code, year))
      XCTAssertEqual(api.status, .ok)
      let json = try api.content.decode(RiskRegisterDTO.self)
      XCTAssertEqual(json.copy_number, 1)
      XCTAssertEqual(json.items.map(\.level), ["very_high", "low"])

      // A later edit leaves the published copy as it was until it is published again.
      let found = try await RiskItem.query(on: app.db).filter(\.$number == 1).first()
      let item = try XCTUnwrap(found)
      var edited = Self.risk("เรียกรับเงินระหว่างตรวจแบบ (แก้ไข)")
      edited["follow_up_first"] = "จัดทำคู่มือแล้ว"
      try await XCTAssertEqualAsync(
        try await officer.post(Paths.riskItem(code, year, try item.requireID()), edited).status, .seeOther)
      let stillOld = try await anonymous.get(register).body.string
      XCTAssertFalse(stillOld.contains("(แก้ไข)"))
      XCTAssertContains(try await officer.get(register).body.string, "มีการแก้ไขหลังเผยแพร่ครั้งที่ 1")
      try await XCTAssertEqualAsync(try await officer.post(Paths.riskPublish(code, year)).status, .seeOther)
      XCTAssertContains(try await anonymous.get(register).body.string, "(แก้ไข)")
      let firstCopy = try await anonymous.get(Paths.riskPrint(code, year, copy: 1)).body.string
      XCTAssertContains(firstCopy, "ฉบับเผยแพร่ครั้งที่ 1")
      XCTAssertFalse(firstCopy.contains("(แก้ไข)"))
      try await XCTAssertEqualAsync(try await anonymous.get(register + "/print?copy=x").status, .badRequest)
      try await XCTAssertEqualAsync(try await anonymous.get(Paths.riskPrint(code, year, copy: 7)).status, .notFound)

      // Removing: only the organization's own accounts.
      let other = try await Browser.signedIn(app, as: Fixtures.huaiyai)
      try await XCTAssertEqualAsync(
        try await other.post(Paths.riskItemDelete(code, year, try item.requireID())).status, .forbidden)
      try await XCTAssertEqualAsync(
        try await officer.post(Paths.riskItemDelete(code, year, try item.requireID())).status, .seeOther)
      try await XCTAssertEqualAsync(try await officer.get(register + "/items/not-an-id").status, .notFound)
      try await XCTAssertEqualAsync(try await officer.get(Paths.risks(code) + "/abcd").status, .notFound)
      let audited = try await AuditEvent.query(on: app.db).filter(\.$entity == RiskQueries.entity).count()
      XCTAssertEqual(audited, 6, "two adds, two publishes, one edit, one removal")
    }
  }

  func testMonitorsSeeTheirAreaAndTheFrequentHighRisks() async throws {
    try await withApp { app in
      let officer = try await Browser.signedIn(app, as: code)
      _ = try await officer.post(register, Self.risk("เรียกรับเงินระหว่างตรวจแบบ"))
      _ = try await officer.post(Paths.riskPublish(code, year))
      let area = Paths.riskAreaList(year: year)
      let province = try await Browser.signedIn(app, as: "chonburi").get(area).body.string
      XCTAssertContains(province, "เผยแพร่ทะเบียนความเสี่ยงแล้ว 1 จาก 4 องค์กร")
      XCTAssertContains(province, RiskCategory.permits.thaiName)
      XCTAssertContains(province, "เรียกรับเงินระหว่างตรวจแบบ")
      let missing = try await Browser.signedIn(app, as: "chonburi").get(
        Paths.riskAreaList(year: year, state: "missing")
      ).body.string
      XCTAssertContains(missing, "ห้วยใหญ่")
      XCTAssertFalse(missing.contains("หนองปรือ</a>"))
      let elsewhere = try await Browser.signedIn(app, as: "chiangmai").get(area).body.string
      XCTAssertContains(elsewhere, "เผยแพร่ทะเบียนความเสี่ยงแล้ว 0 จาก 1 องค์กร")
      XCTAssertFalse(elsewhere.contains("เรียกรับเงิน"))
      let nation = try await Browser.signedIn(app, as: "admin").get(area).body.string
      XCTAssertContains(nation, "จาก 7 องค์กร")
      try await XCTAssertEqualAsync(try await officer.get(area).status, .forbidden)
      try await XCTAssertEqualAsync(try await Browser(app).get(area).status, .seeOther)
      try await XCTAssertEqualAsync(
        try await Browser.signedIn(app, as: "chonburi").get(Paths.riskArea + "?fy=abc").status, .badRequest)
    }
  }

  func testTheBookWritesItsRiskSectionFromTheRegister() async throws {
    try await withApp { app in
      let officer = try await PlanFixtures.officerWithPlan(app, projects: 1)
      _ = try await officer.post(register, Self.risk("เรียกรับเงินระหว่างตรวจแบบ"))
      let print = try await officer.get(Paths.planBookPrint(code, PlanFixtures.period)).body.string
      XCTAssertContains(print, "ผลการประเมินความเสี่ยงการทุจริต ปีงบประมาณ พ.ศ. 2570 (ยังไม่เผยแพร่)")
      XCTAssertContains(print, "เรียกรับเงินระหว่างตรวจแบบ")
      // OIT's item on the yearly risk assessment links the published register, once there is one.
      let before = try await OitSourceQueries(db: app.db).supplied(code, year, sources: [.riskRegister])
      XCTAssertNil(before[.riskRegister]?.first?.url)
      _ = try await officer.post(Paths.riskPublish(code, year))
      let after = try await OitSourceQueries(db: app.db).supplied(code, year, sources: [.riskRegister])
      XCTAssertEqual(after[.riskRegister]?.first?.url, register)
      XCTAssertEqual(OitDefaults.items(for: 2566)?.first { $0.code == "O26" }?.sources, [.riskRegister])
      let printed = try await officer.get(Paths.planBookPrint(code, PlanFixtures.period)).body.string
      XCTAssertContains(printed, "ทะเบียนความเสี่ยงฉบับเผยแพร่ครั้งที่ 1")
    }
  }
}
