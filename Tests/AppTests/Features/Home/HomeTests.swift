import XCTVapor

@testable import App

final class HomeTests: XCTestCase {
  func testPublicHomeOffersSearchAndLogin() async throws {
    try await withApp { app in
      let page = try await Browser(app).get(Paths.home)
      XCTAssertEqual(page.status, .ok)
      XCTAssertContains(page.body.string, "<html lang=\"th\">")
      XCTAssertContains(page.body.string, "องค์กรในระบบ 7 แห่ง")
      XCTAssertContains(page.body.string, "เข้าสู่ระบบ")
    }
  }

  func testNavigationFollowsTheRole() async throws {
    try await withApp { app in
      let officer = try await Browser.signedIn(app, as: Fixtures.nongprue).get(Paths.home).body.string
      XCTAssertContains(officer, Paths.organization(Fixtures.nongprue))
      XCTAssertFalse(officer.contains(Paths.audit))
      let monitor = try await Browser.signedIn(app, as: "chonburi").get(Paths.home).body.string
      XCTAssertContains(monitor, Paths.province("20"))
      XCTAssertContains(monitor, Paths.users)
      let admin = try await Browser.signedIn(app, as: "admin").get(Paths.home).body.string
      XCTAssertContains(admin, Paths.audit)
      XCTAssertContains(admin, Paths.regions)
    }
  }

  func testUnknownOrganizationPageIsAThai404() async throws {
    try await withApp { app in
      let page = try await Browser(app).get(Paths.organization("9999999"))
      XCTAssertEqual(page.status, .notFound)
      XCTAssertContains(page.body.string, "ไม่พบองค์กรรหัส 9999999")
    }
  }
}
