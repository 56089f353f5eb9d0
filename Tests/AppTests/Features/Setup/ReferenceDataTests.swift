import Fluent
import XCTVapor

@testable import App

final class ReferenceDataTests: XCTestCase {
  func testLoadsEveryOrganizationAndIsIdempotent() async throws {
    try await withApp(fixtures: false) { app in
      let first = try await ReferenceDataLoader(db: app.db).run()
      XCTAssertEqual(first.provinces, 77)
      XCTAssertEqual(first.organizations, 7_900)
      XCTAssertEqual(first.newPeriods, 2)
      try await XCTAssertEqualAsync(try await Organization.query(on: app.db).count(), 7_900)
      try await XCTAssertEqualAsync(
        try await Organization.query(on: app.db).filter(\.$parentCode == ReferenceDataLoader.bangkokCode).count(), 50)
      try await XCTAssertEqualAsync(try await Organization.query(on: app.db).filter(\.$type == "อบต.").count(), 5_300)
      try await XCTAssertEqualAsync(try await Province.find("20", on: app.db)?.region, 2)
      let bangkok = try await Province.find("10", on: app.db)
      XCTAssertNil(bangkok?.region)

      // Edits made in the app survive a refresh.
      let org = try await Organization.find("3200408", on: app.db)!
      org.population = 119_000
      try await org.save(on: app.db)
      let province = try await Province.find("20", on: app.db)!
      province.region = 1
      try await province.save(on: app.db)
      let second = try await ReferenceDataLoader(db: app.db).run()
      XCTAssertEqual(second.newPeriods, 0)
      try await XCTAssertEqualAsync(try await Organization.query(on: app.db).count(), 7_900)
      try await XCTAssertEqualAsync(try await Organization.find("3200408", on: app.db)?.population, 119_000)
      try await XCTAssertEqualAsync(try await Province.find("20", on: app.db)?.region, 1)
      try await XCTAssertEqualAsync(try await PlanDimension.query(on: app.db).count(), 8)

      let search = try await Browser(app).get("/api/v1/organizations?q=\(Browser.encode("พระนคร"))&province=10")
        .content.decode(OrganizationPageJSON.self)
      XCTAssertTrue(search.items.contains { $0.code == "1101001" && $0.fullName == "สำนักงานเขตพระนคร" })
    }
  }
}
