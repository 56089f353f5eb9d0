import XCTVapor

@testable import App

final class HealthTests: XCTestCase {
  func testHealthChecksTheDatabase() async throws {
    try await withApp(fixtures: false) { app in
      let response = try await Browser(app).get(Paths.health)
      XCTAssertEqual(response.status, .ok)
      struct Health: Decodable {
        let status: String
        let startedAt: Date
        let uptimeSeconds: Int
      }
      let health = try response.content.decode(Health.self)
      XCTAssertEqual(health.status, "ok")
      XCTAssertEqual(
        health.startedAt.timeIntervalSince1970, HealthRoutes.processStarted.timeIntervalSince1970, accuracy: 1,
        "the process start time, so a restart after a crash shows in monitoring")
      XCTAssertGreaterThanOrEqual(health.uptimeSeconds, 0)
    }
  }

  func testMetricsAreServedInPrometheusFormatToTheMachineItself() async throws {
    try await withApp(fixtures: false) { app in
      try await Browser(app).get(Paths.health)
      let response = try await Browser(app, livePort: 18_092).get(Paths.metrics)
      XCTAssertEqual(response.status, .ok, "loopback may read the metrics")
      XCTAssertContains(response.headers.first(name: .contentType) ?? "", "text/plain")
      XCTAssertContains(response.body.string, "http_requests_total")
    }
  }

  func testMetricsAreHiddenFromOtherMachinesWithoutTheToken() async throws {
    try await withApp(fixtures: false) { app in
      try await XCTAssertEqualAsync(try await Browser(app).get(Paths.metrics).status, .notFound, "not loopback")
      app.config.trustProxy = true
      try await XCTAssertEqualAsync(
        try await Browser(app, livePort: 18_093).get(Paths.metrics).status, .notFound,
        "behind a proxy every request comes from loopback")
      app.config.metricsToken = "a-long-scraper-token-2569"
      var headers = HTTPHeaders()
      headers.bearerAuthorization = BearerAuthorization(token: "a-long-scraper-token-2569")
      try await XCTAssertEqualAsync(try await Browser(app).get(Paths.metrics, headers: headers).status, .ok)
      headers.bearerAuthorization = BearerAuthorization(token: "a-wrong-scraper-token-2569")
      try await XCTAssertEqualAsync(try await Browser(app).get(Paths.metrics, headers: headers).status, .notFound)
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
