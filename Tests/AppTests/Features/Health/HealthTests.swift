import XCTVapor

@testable import App

final class HealthTests: XCTestCase {
  func testHealthChecksTheDatabase() async throws {
    try await withApp(fixtures: false) { app in
      let response = try await Browser(app).get(Paths.health)
      XCTAssertEqual(response.status, .ok)
      XCTAssertEqual(response.body.string, "{\"status\":\"ok\"}")
    }
  }

  func testMetricsAreServedInPrometheusFormat() async throws {
    try await withApp(fixtures: false) { app in
      try await Browser(app).get(Paths.health)
      let response = try await Browser(app).get(Paths.metrics)
      XCTAssertEqual(response.status, .ok)
      XCTAssertContains(response.headers.first(name: .contentType) ?? "", "text/plain")
      XCTAssertContains(response.body.string, "http_requests_total")
    }
  }

  func testOpenAPIDescribesTheOrganizationEndpoints() async throws {
    try await withApp(fixtures: false) { app in
      let response = try await Browser(app).get(Paths.openAPI)
      XCTAssertEqual(response.status, .ok)
      XCTAssertContains(response.body.string, "openapi: 3.0.3")
      XCTAssertContains(response.body.string, "/api/v1/organizations/{code}:")
      XCTAssertContains(response.body.string, "/api/v1/organizations/{code}/plans/{period}:")
    }
  }

  func testUnknownPagesAreThai404s() async throws {
    try await withApp(fixtures: false) { app in
      let page = try await Browser(app).get("/no-such-page")
      XCTAssertEqual(page.status, .notFound)
      XCTAssertContains(page.body.string, "ไม่พบหน้าหรือข้อมูลที่ต้องการ")
      let api = try await Browser(app).get("/api/v1/nothing")
      XCTAssertEqual(try api.content.decode(APIError.self).reason, "ไม่พบหน้าหรือข้อมูลที่ต้องการ")
    }
  }

  func testPagesAreCompressedForSlowLinks() async throws {
    try await withApp { app in
      var headers = HTTPHeaders()
      headers.replaceOrAdd(name: .acceptEncoding, value: "gzip")
      let response = try await Browser(app, livePort: 18_090).get(Paths.province("20"), headers: headers)
      XCTAssertEqual(response.status, .ok)
      XCTAssertEqual(response.headers.first(name: .contentEncoding), "gzip")
    }
  }

  func testStaticAssetsAreServedLocally() async throws {
    try await withApp(fixtures: false) { app in
      try await XCTAssertEqualAsync(try await Browser(app).get("/static/app.css").status, .ok)
      try await XCTAssertEqualAsync(try await Browser(app).get("/static/app.js").status, .ok)
    }
  }
}
