import Fluent
import XCTVapor

@testable import App

final class ProvinceTests: XCTestCase {
  func testProvincePageListsItsOrganizationsByDistrict() async throws {
    try await withApp { app in
      let page = try await Browser(app).get(Paths.province("20"))
      XCTAssertEqual(page.status, .ok)
      XCTAssertContains(page.body.string, "อำเภอบางละมุง (3)")
      XCTAssertContains(page.body.string, "อำเภอศรีราชา (1)")
      XCTAssertFalse(page.body.string.contains("สารภี"))
      try await XCTAssertEqualAsync(try await Browser(app).get(Paths.province("99")).status, .notFound)
    }
  }

  func testProvinceListAndAPI() async throws {
    try await withApp { app in
      try await XCTAssertContainsAsync(try await Browser(app).get(Paths.provinces).body.string, "สำนักงาน ป.ป.ช. ภาค 2")
      let provinces = try await Browser(app).get("/api/v1/provinces").content.decode([ProvinceJSON].self)
      XCTAssertEqual(provinces.first { $0.code == "20" }?.organizations, 4)
      XCTAssertEqual(provinces.first { $0.code == "20" }?.region, 2)
    }
  }

  func testOnlyNationalAdminChangesTheRegionMap() async throws {
    try await withApp { app in
      for who in ["chonburi", "region2", Fixtures.nongprue] {
        let browser = try await Browser.signedIn(app, as: who)
        try await XCTAssertEqualAsync(try await browser.get(Paths.regions).status, .forbidden, who)
        try await XCTAssertEqualAsync(try await browser.post(Paths.regions, ["region_20": "1"]).status, .forbidden, who)
      }
      let admin = try await Browser.signedIn(app, as: "admin")
      try await XCTAssertEqualAsync(try await admin.get(Paths.regions).status, .ok)
      try await XCTAssertEqualAsync(
        try await admin.post(Paths.regions, ["region_20": "1", "region_50": "5", "region_10": ""]).status, .seeOther)
      try await XCTAssertEqualAsync(try await Province.find("20", on: app.db)?.region, 1)
      let event = try await AuditEvent.query(on: app.db).filter(\.$action == "เปลี่ยนภาคของจังหวัด").all()
      XCTAssertEqual(event.map(\.entityID), ["20"])
    }
  }

  func testBadRegionIsRefusedAndNothingChanges() async throws {
    try await withApp { app in
      let admin = try await Browser.signedIn(app, as: "admin")
      let response = try await admin.post(Paths.regions, ["region_20": "1", "region_50": "12"])
      XCTAssertEqual(response.status, .unprocessableEntity)
      XCTAssertContains(response.body.string, "ภาคต้องเป็น 1–9")
      try await XCTAssertEqualAsync(try await Province.find("20", on: app.db)?.region, 2)
    }
  }
}
