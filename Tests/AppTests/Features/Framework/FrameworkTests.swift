import Fluent
import XCTVapor

@testable import App

final class FrameworkTests: XCTestCase {
  func testSeededPeriodsAreReadableByAnyone() async throws {
    try await withApp { app in
      let periods = try await Browser(app).get("/api/v1/plan-periods").content.decode([PeriodJSON].self)
      XCTAssertEqual(periods.map(\.code), ["2566-2570", "2561-2565"])
      let current = periods[0]
      XCTAssertEqual(current.dimensions.map { $0.subMissions.count }, [3, 3, 2, 2])
      XCTAssertEqual(current.dimensions[0].name, "การสร้างวัฒนธรรมสุจริต")
      let old = periods[1]
      XCTAssertEqual(old.originalEndYear, 2564)
      XCTAssertEqual(old.endYear, 2565)
      XCTAssertEqual(old.dimensions.map { $0.subMissions.count }, [3, 5, 3, 4])
      let page = try await Browser(app).get(Paths.framework("2566-2570"))
      XCTAssertContains(page.body.string, "มาตรการลดการใช้ดุลพินิจในการปฏิบัติงาน")
      XCTAssertFalse(page.body.string.contains("บันทึกชื่อ"), "no edit controls for the public")
      try await XCTAssertEqualAsync(try await Browser(app).get("/api/v1/plan-periods/2599-2600").status, .notFound)
    }
  }

  func testOnlyNationalAdminEditsTheFramework() async throws {
    try await withApp { app in
      for who in ["chonburi", "region2", Fixtures.nongprue] {
        let browser = try await Browser.signedIn(app, as: who)
        try await XCTAssertEqualAsync(
          try await browser.post(Paths.framework("2566-2570") + "/extend", ["endYear": "2571"]).status, .forbidden, who)
        try await XCTAssertEqualAsync(
          try await browser.post(Paths.framework("2566-2570") + "/dimensions", ["name": "x"]).status, .forbidden, who)
        try await XCTAssertEqualAsync(
          try await browser.post(Paths.frameworks, ["startYear": "2571", "endYear": "2575"]).status, .forbidden, who)
        try await XCTAssertEqualAsync(try await browser.get(Paths.newFramework).status, .forbidden, who)
      }
      try await XCTAssertEqualAsync(
        try await PlanPeriod.query(on: app.db).filter(\.$code == "2566-2570").first()?.endYear, 2570)
    }
  }

  func testAdminExtendsAPeriodAndTheExtensionIsAudited() async throws {
    try await withApp { app in
      let admin = try await Browser.signedIn(app, as: "admin")
      try await XCTAssertEqualAsync(
        try await admin.post(Paths.framework("2566-2570") + "/extend", ["endYear": "2571"]).status, .seeOther)
      let period = try await PlanPeriod.query(on: app.db).filter(\.$code == "2566-2570").first()!
      XCTAssertEqual(period.endYear, 2571)
      XCTAssertEqual(period.originalEndYear, 2570)
      let bad = try await admin.post(Paths.framework("2566-2570") + "/extend", ["endYear": "2560"])
      XCTAssertEqual(bad.status, .unprocessableEntity)
      XCTAssertContains(bad.body.string, "ปีสิ้นสุดใหม่ต้องมากกว่า 2571")
      let audit = try await AuditEvent.query(on: app.db).filter(\.$action == "ขยายระยะเวลาแผน").first()
      XCTAssertEqual(audit?.before, "{\"end_year\":\"2570\"}")
    }
  }

  func testAdminAddsAndRenamesDimensionsAndSubMissions() async throws {
    try await withApp { app in
      let admin = try await Browser.signedIn(app, as: "admin")
      let base = Paths.framework("2566-2570")
      try await XCTAssertEqualAsync(
        try await admin.post(base + "/dimensions/2/sub-missions", ["name": "มาตรการใหม่"]).status, .seeOther)
      try await XCTAssertEqualAsync(try await admin.post(base + "/dimensions/4", ["name": "ชื่อมิติใหม่"]).status, .seeOther)
      try await XCTAssertEqualAsync(try await admin.post(base + "/dimensions", ["name": "มิติที่ห้า"]).status, .seeOther)
      let period = try await Browser(app).get("/api/v1/plan-periods/2566-2570").content.decode(PeriodJSON.self)
      XCTAssertEqual(period.dimensions[1].subMissions.last?.number, "2.4")
      XCTAssertEqual(period.dimensions[3].name, "ชื่อมิติใหม่")
      XCTAssertEqual(period.dimensions.last?.number, 5)
      let sub = try await PlanSubMission.query(on: app.db).filter(\.$name == "มาตรการใหม่").first()!
      try await XCTAssertEqualAsync(
        try await admin.post(base + "/sub-missions/\(sub.id!.uuidString)", ["name": "ชื่อใหม่"]).status, .seeOther)
      try await XCTAssertEqualAsync(try await PlanSubMission.find(sub.id, on: app.db)?.name, "ชื่อใหม่")
      let empty = try await admin.post(base + "/dimensions/1", ["name": "  "])
      XCTAssertEqual(empty.status, .unprocessableEntity)
      XCTAssertContains(empty.body.string, "กรุณากรอกชื่อ")
      try await XCTAssertEqualAsync(try await admin.post(base + "/dimensions/9", ["name": "x"]).status, .notFound)
      let duplicate = try await admin.post(base + "/dimensions/1/sub-missions", ["number": "1.1", "name": "ซ้ำ"])
      XCTAssertContains(duplicate.body.string, "มีภารกิจเลข 1.1 อยู่แล้ว")
    }
  }

  func testAdminAddsANewPeriodCopyingTheStructure() async throws {
    try await withApp { app in
      let admin = try await Browser.signedIn(app, as: "admin")
      let overlap = try await admin.post(Paths.frameworks, ["startYear": "2570", "endYear": "2574"])
      XCTAssertEqual(overlap.status, .unprocessableEntity)
      XCTAssertContains(overlap.body.string, "ช่วงปีซ้อนกับแผน 2566-2570")
      let created = try await admin.post(
        Paths.frameworks, ["startYear": "๒๕๗๑", "endYear": "2575", "copyFrom": "2566-2570"])
      XCTAssertEqual(created.location, Paths.framework("2571-2575"))
      let period = try await Browser(app).get("/api/v1/plan-periods/2571-2575").content.decode(PeriodJSON.self)
      XCTAssertEqual(period.dimensions.map { $0.subMissions.count }, [3, 3, 2, 2])
      XCTAssertEqual(period.name, "แผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2571–2575")
    }
  }
}
