import Domain
import Fluent
import XCTVapor

@testable import App

/// Every report route, for people who may not use it, and bad addresses answered in Thai.
final class ReportRouteAccessTests: XCTestCase {
  func testOutsidersReachNoRouteOfAnUnsubmittedReport() async throws {
    try await withApp { app in
      let officer = try await ReportFixtures.officerInOpenRound(app)
      try await officer.get(ReportFixtures.path())
      let project = try await PlanFixtures.projects(app)[0].id!.uuidString
      let path = ReportFixtures.path()
      let gets = [
        path, path + "/print", path + "/report.pdf", path + "/export.csv", path + "/export.xlsx", path + "/import",
        path + "/projects/\(project)",
      ]
      let posts = [
        path + "/entries", path + "/overall", path + "/send", path + "/confirm", path + "/send-back", path + "/return",
        path + "/projects/\(project)", path + "/import",
      ]
      for who in [Fixtures.huaiyai, "chiangmai"] {
        let outsider = try await Browser.signedIn(app, as: who)
        for route in gets {
          try await XCTAssertEqualAsync(try await outsider.get(route).status, .forbidden, "\(who) GET \(route)")
        }
        for route in posts {
          try await XCTAssertEqualAsync(
            try await outsider.post(route, ["comment": "x"]).status, .forbidden, "\(who) POST \(route)")
        }
        let upload = try await outsider.upload(
          path + "/projects/\(project)/evidence", fileName: "a.pdf", data: Data("%PDF-1.4".utf8))
        XCTAssertEqual(upload.status, .forbidden, "\(who) upload")
      }
      // The organization's executive and its monitors may look, but not write or import.
      for who in ["\(Fixtures.nongprue)-2", "banglamung"] {
        let browser = try await Browser.signedIn(app, as: who)
        try await XCTAssertEqualAsync(try await browser.get(path + "/import").status, .forbidden, who)
        try await XCTAssertEqualAsync(try await browser.get(path + "/projects/\(project)").status, .ok, who)
      }
      let anonymous = Browser(app)
      for route in gets { try await XCTAssertTrueAsync(try await anonymous.get(route).location.hasPrefix(Paths.login)) }
      try await XCTAssertEqualAsync(try await ReportEntry.query(on: app.db).count(), 0)
      try await XCTAssertEqualAsync(try await ReportEvidence.query(on: app.db).count(), 0)
    }
  }

  func testTheListOfAnOrganizationsReportsIsPublic() async throws {
    try await withApp { app in
      try await ReportFixtures.openRound(app)
      let page = try await Browser(app).get(Paths.organizationReports(Fixtures.nongprue))
      XCTAssertEqual(page.status, .ok)
      XCTAssertContains(page.body.string, "ปีงบประมาณ พ.ศ. 2566 รอบ 6 เดือน")
      XCTAssertContains(page.body.string, "ยังไม่เริ่มรายงาน")
      try await XCTAssertEqualAsync(try await Browser(app).get(Paths.organizationReports("9999999")).status, .notFound)
    }
  }

  func testBadAddressesAreThai4xx() async throws {
    try await withApp { app in
      let officer = try await ReportFixtures.officerInOpenRound(app)
      let admin = try await Browser.signedIn(app, as: "admin")
      let cases: [(Browser, String, HTTPStatus)] = [
        (officer, Paths.report(Fixtures.nongprue, 2566, 7), .notFound),
        (officer, "/organizations/12/reports/2566/6", .notFound),
        (officer, ReportFixtures.path() + "/projects/not-a-project", .notFound),
        (officer, ReportFixtures.path() + "/projects/\(UUID().uuidString)", .notFound),
        (officer, ReportFixtures.path() + "/evidence/\(UUID().uuidString)", .notFound),
        (admin, "/dashboard/regions/x", .notFound),
        (admin, "/dashboard/regions/12", .notFound),
        (admin, "/dashboard/provinces/99", .notFound),
        (officer, Paths.dashboard, .forbidden),
      ]
      for (browser, path, status) in cases {
        let response = try await browser.get(path)
        XCTAssertEqual(response.status, status, path)
        XCTAssertTrue(response.status.code >= 400 && response.status.code < 500, path)
        XCTAssertTrue(response.body.string.containsThai, "Thai message for \(path)")
      }
    }
  }
}

func XCTAssertTrueAsync(
  _ expression: @autoclosure () async throws -> Bool, _ message: String = "", file: StaticString = #filePath,
  line: UInt = #line
) async throws {
  let value = try await expression()
  XCTAssertTrue(value, message, file: file, line: line)
}
