import Domain
import Fluent
import XCTVapor

@testable import App

/// The public routes: open to anyone, refusing bad input in Thai, and only the widget and the
/// badge may be framed by another site.
final class PublicRoutesTests: XCTestCase {
  func testOnlyTheWidgetRoutesMayBeFramed() async throws {
    try await withApp { app in
      let visitor = Browser(app)
      for path in [Paths.widget(Fixtures.nongprue), Paths.badge(Fixtures.nongprue)] {
        let response = try await visitor.get(path)
        XCTAssertEqual(response.status, .ok, path)
        XCTAssertNil(response.headers.first(name: "X-Frame-Options"), path)
        XCTAssertTrue(response.headers.first(name: "Content-Security-Policy")?.contains("frame-ancestors *") == true)
        XCTAssertNil(response.headers.first(name: .setCookie), "\(path) is cached publicly: no cookie")
      }
      let badge = try await visitor.get(Paths.badge(Fixtures.nongprue))
      XCTAssertEqual(badge.headers.contentType?.description, "image/svg+xml; charset=utf-8")
      for path in [
        Paths.organization(Fixtures.nongprue), Paths.widgetHelp(Fixtures.nongprue), Paths.openData, Paths.projectSearch,
        Paths.areaNation, Paths.widget(Fixtures.nongprue) + "/x", "/organizations/4200401/widget.svg",
      ] {
        let response = try await visitor.get(path)
        XCTAssertEqual(response.headers.first(name: "X-Frame-Options"), "DENY", path)
        XCTAssertTrue(
          response.headers.first(name: "Content-Security-Policy")?.contains("frame-ancestors 'none'") == true, path)
      }
      try await XCTAssertEqualAsync(try await visitor.get("/organizations/0000000/widget").status, .notFound)
    }
  }

  func testBadSearchInputIsAThai400KeepingWhatWasTyped() async throws {
    try await withApp { app in
      let visitor = Browser(app)
      let page = try await visitor.get(
        Paths.withQuery(Paths.projectSearch, [("q", "ของขวัญ"), ("budget_min", "สองหมื่น"), ("fy", "99")]))
      XCTAssertEqual(page.status, .badRequest)
      XCTAssertTrue(page.body.string.contains("ปีงบประมาณต้องเป็นปี พ.ศ. 4 หลัก"))
      XCTAssertTrue(page.body.string.contains("value=\"ของขวัญ\""), "the typed words stay in the form")
      XCTAssertTrue(page.body.string.contains("value=\"สองหมื่น\""))
      for query in [
        [("province", "ชลบุรี")], [("type", "bogus")], [("dimension", "99")], [("target", "x")],
        [("budget_min", "9"), ("budget_max", "1")], [("per_page", "5000")], [("page", "abc")],
        [("page", "๒")], [("fy", " 2568")],
      ] {
        let response = try await visitor.get(Paths.withQuery(Paths.apiProjects, query))
        XCTAssertEqual(response.status, .badRequest, "\(query)")
        XCTAssertTrue(response.body.string.unicodeScalars.contains { (0x0E00...0x0E7F).contains($0.value) }, "Thai")
      }
      for query in ["page=", "per=", "page=1.5", "per=%20"] {
        try await XCTAssertEqualAsync(
          try await visitor.get("/api/v1/organizations?\(query)").status, .badRequest, "\(query)")
      }
      for query in ["page=", "per_page=", "dimension=", "fy="] {
        try await XCTAssertEqualAsync(
          try await visitor.get("/api/v1/projects?\(query)").status, .badRequest, "\(query)")
      }
      try await XCTAssertEqualAsync(
        try await visitor.get("/organizations?page=&per=").status, .ok, "forms stay lenient")
      let huge = String(repeating: "ก", count: 5_000)
      try await XCTAssertEqualAsync(
        try await visitor.get(Paths.withQuery(Paths.apiProjects, [("q", huge + " \" ' % _ \\ ")])).status, .ok)
      try await XCTAssertEqualAsync(
        try await visitor.get(Paths.withQuery(Paths.apiProjects, [("q", "\" OR 1=1 --"), ("page", "99999999999")]))
          .status, .ok)
    }
  }

  func testSearchDownloadsAndCounts() async throws {
    try await withApp { app in
      try await PublicWorld.build(app)
      let visitor = Browser(app)
      var query = ProjectSearchQuery()
      query.text = "ของขวัญ"
      let page = try await visitor.get(Paths.projectSearch(query))
      XCTAssertEqual(page.status, .ok)
      XCTAssertTrue(page.body.string.contains("พบ 1 โครงการ"))
      XCTAssertTrue(page.body.string.contains("จำนวนโครงการตามจังหวัด"))
      let csv = try await visitor.get(Paths.projectSearch(query, format: "csv"))
      XCTAssertEqual(csv.status, .ok)
      let table = CSVTable(parsing: csv.body.string)
      XCTAssertEqual(table.header, ProjectSearchModel.downloadHeader)
      XCTAssertEqual(table.rows.count, 1)
      XCTAssertEqual(table.rows.first?[8], PublicWorld.approvedName)
      try await XCTAssertEqualAsync(try await visitor.get(Paths.projectSearch(query, format: "xlsx")).status, .ok)
      try await XCTAssertEqualAsync(
        try await visitor.get(Paths.projectSearch(query, format: "pdf")).status, .badRequest)
    }
  }

  func testOpenDataRefusesUnknownFilesInThai() async throws {
    try await withApp { app in
      let visitor = Browser(app)
      for path in [
        "/open-data/nothing", "/open-data/projects/9999-9999.csv", "/open-data/projects/2566-2570.meta",
        "/open-data/projects/..%2F..%2Fetc%2Fpasswd.csv", "/open-data/organizations/all.xlsx",
      ] {
        let response = try await visitor.get(path)
        XCTAssertEqual(response.status, .notFound, path)
      }
      let dictionary = try await visitor.get(Paths.openDataDictionary("report-entries"))
      XCTAssertEqual(dictionary.status, .ok)
      let rows = CSVTable(parsing: dictionary.body.string).rows.map { $0[0] }
      XCTAssertEqual(rows, OpenDataCatalogue.dataset("report-entries")?.columnNames)
      let page = try await visitor.get(Paths.openDataDataset("report-entries")).body.string
      for field in try XCTUnwrap(OpenDataCatalogue.dataset("report-entries")).fields {
        XCTAssertTrue(page.contains(">\(field.name)<"), "the dictionary page lists \(field.name)")
      }
    }
  }

  func testSitemapAndRobots() async throws {
    try await withApp { app in
      let visitor = Browser(app)
      let robots = try await visitor.get(Paths.robots).body.string
      XCTAssertTrue(robots.contains("Sitemap: "))
      XCTAssertTrue(robots.contains("Disallow: /complaints/"))
      let sitemap = try await visitor.get(Paths.sitemap)
      XCTAssertEqual(sitemap.headers.contentType?.description, "application/xml; charset=utf-8")
      XCTAssertTrue(sitemap.body.string.contains("\(Paths.organization(Fixtures.saraphi))</loc>"))
      XCTAssertTrue(sitemap.body.string.contains("\(Paths.areaProvince("50"))</loc>"))
    }
  }
}
