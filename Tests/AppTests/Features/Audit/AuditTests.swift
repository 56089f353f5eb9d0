import XCTVapor

@testable import App

final class AuditPageTests: XCTestCase {
  func testOnlyNationalAdminReadsTheAuditLog() async throws {
    try await withApp { app in
      let anonymous = try await Browser(app).get(Paths.audit)
      XCTAssertTrue(anonymous.location.hasPrefix(Paths.login))
      for who in ["chonburi", "region2", "banglamung", Fixtures.nongprue] {
        try await XCTAssertEqualAsync(try await Browser.signedIn(app, as: who).get(Paths.audit).status, .forbidden, who)
      }
      let admin = try await Browser.signedIn(app, as: "admin")
      try await admin.post(Paths.regions, ["region_20": "1"])
      let page = try await admin.get(Paths.audit)
      XCTAssertEqual(page.status, .ok)
      XCTAssertContains(page.body.string, "เปลี่ยนภาคของจังหวัด")
      XCTAssertContains(page.body.string, "region: สำนักงาน ป.ป.ช. ภาค 2")
      let filtered = try await admin.get(Paths.auditLog(org: Fixtures.nongprue))
      XCTAssertFalse(filtered.body.string.contains("เปลี่ยนภาคของจังหวัด"))
    }
  }
}
