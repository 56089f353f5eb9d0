import Domain
import Fluent
import XCTVapor

@testable import App

/// Nothing unsubmitted or private reaches the public: not on a page, not in search, not in
/// any open data file — with a draft plan, an amendment, a returned report, contacts and a
/// complaint all present.
final class PublicDataPrivacyTests: XCTestCase {
  func testPublicPagesShowTheRecordAndNothingPrivate() async throws {
    try await withApp { app in
      try await PublicWorld.build(app)
      let visitor = Browser(app)
      let page = try await visitor.get(Paths.organization(Fixtures.nongprue))
      XCTAssertEqual(page.status, .ok)
      let html = page.body.string
      PublicWorld.assertNoSecrets(html, "the organization page")
      XCTAssertTrue(html.contains("แผนปฏิบัติการป้องกันการทุจริต ช่วงปี 2566-2570"), "the plan at a glance")
      XCTAssertTrue(html.contains("ฉบับที่ 1"), "the approved version")
      XCTAssertTrue(
        html.contains("ผลการดำเนินงานล่าสุด: ปีงบประมาณ 2566 รอบ 6 เดือน"), "the returned 12-month report is not the latest")
      XCTAssertTrue(html.contains("<svg"), "the trend chart")
      XCTAssertTrue(html.contains("property=\"og:title\""), "sharing tags")
      XCTAssertTrue(html.contains("rel=\"canonical\""))
      XCTAssertTrue(html.contains("รับ 1 เรื่อง"), "the complaint is counted, nothing more")
      for path in [
        Paths.organization(Fixtures.huaiyai), Paths.widget(Fixtures.nongprue), Paths.badge(Fixtures.nongprue),
        Paths.areaNation, Paths.areaProvince("20"), Paths.areaDistrict("20", "บางละมุง"), Paths.openData,
        Paths.projectSearch(ProjectSearchQuery.with(text: "โครงการ")), Paths.sitemap,
      ] {
        let response = try await visitor.get(path)
        XCTAssertEqual(response.status, .ok, path)
        PublicWorld.assertNoSecrets(response.body.string, path)
      }
      let district = try await visitor.get(Paths.areaDistrict("20", "บางละมุง")).body.string
      XCTAssertTrue(
        district.contains(Paths.organization(Fixtures.nongprue)), "an organization links to its public page")
      XCTAssertFalse(district.contains("/missing"), "no follow-up list on a public page")
    }
  }

  func testSearchFindsOnlyApprovedProjects() async throws {
    try await withApp { app in
      try await PublicWorld.build(app)
      let visitor = Browser(app)
      for (query, expected) in [
        ("ไม่รับของขวัญ", 1), ("No Gift", 1), ("no gift", 1), ("ของขวัญ policy", 1), ("\"No Gift Policy\"", 1),
        ("จัดซื้อจัดจ้าง", 1), ("ขวัญ", 1), ("No", 1), ("ร่างลับ", 0), ("แก้ไขที่ยังไม่อนุมัติ", 0), ("ไม่มีคำนี้แน่นอน", 0),
      ] {
        let response = try await visitor.get(Paths.withQuery(Paths.apiProjects, [("q", query)]))
        XCTAssertEqual(response.status, .ok, query)
        let json = try response.content.decode(ProjectSearchJSON.self)
        XCTAssertEqual(json.total, expected, query)
        PublicWorld.assertNoSecrets(response.body.string, "search for \(query)")
        if expected > 0 {
          let item = try XCTUnwrap(json.items.first)
          XCTAssertEqual(item.organizationCode, Fixtures.nongprue)
          XCTAssertEqual(item.organizationName, "เทศบาลเมืองหนองปรือ")
          XCTAssertEqual(item.period, PlanFixtures.period)
          XCTAssertEqual(item.name, PublicWorld.approvedName)
          XCTAssertEqual(item.budget, "25000.00")
        }
      }
      let all = try await visitor.get(Paths.withQuery(Paths.apiProjects, [("province", "20")]))
        .content.decode(ProjectSearchJSON.self)
      XCTAssertEqual(all.total, 2, "หนองปรือ's two approved projects; ห้วยใหญ่'s draft is not there")
      XCTAssertEqual(all.byProvince.map(\.key), ["20"])
      let filters: [([(String, String)], Int)] = [
        ([("province", "50")], 0), ([("dimension", "1")], 1), ([("dimension", "3")], 0), ([("fy", "2566")], 2),
        ([("fy", "2570")], 0), ([("budget_min", "20,000")], 1), ([("budget_max", "10000")], 1),
        ([("type", OrganizationType.townMunicipality.rawValue)], 2), ([("target", TargetGroup.youth.rawValue)], 0),
      ]
      for (filter, expected) in filters {
        let found = try await visitor.get(Paths.withQuery(Paths.apiProjects, filter)).content.decode(
          ProjectSearchJSON.self)
        XCTAssertEqual(found.total, expected, "\(filter)")
      }
    }
  }

  func testEveryOpenDataFileIsPublicOnlyAndMatchesItsDictionary() async throws {
    try await withApp { app in
      try await PublicWorld.build(app)
      let visitor = Browser(app)
      let catalog = try await visitor.get(Paths.openDataCatalog)
      XCTAssertEqual(catalog.status, .ok)
      let json = try catalog.content.decode(OpenDataCatalogJSON.self)
      XCTAssertEqual(
        Set(json.dataset.map(\.identifier)),
        [
          "organizations", "plans", "projects", "project-budgets", "report-entries", "report-figures",
          "reporting-rates",
          "ita-results", "complaint-statistics",
        ])
      for dataset in json.dataset {
        XCTAssertEqual(dataset.license, OpenDataCatalogue.licence.url)
        // ITA results are listed once NACC's results of a year are imported.
        XCTAssertEqual(dataset.distribution.isEmpty, dataset.identifier == "ita-results", dataset.identifier)
        let names = dataset.dictionary.map(\.name)
        for distribution in dataset.distribution {
          let path = try XCTUnwrap(URLComponents(string: distribution.downloadURL)?.path)
          let response = try await visitor.get(path)
          XCTAssertEqual(response.status, .ok, path)
          XCTAssertEqual(response.headers.contentType?.description.hasPrefix(distribution.mediaType), true, path)
          let body = response.body.string
          XCTAssertEqual(distribution.byteSize, response.body.readableBytes, "\(path): the catalogue's size")
          PublicWorld.assertNoSecrets(body, path)
          if distribution.format == "CSV" {
            XCTAssertTrue(body.hasPrefix("\u{FEFF}"), "\(path): BOM for Excel")
            XCTAssertEqual(CSVTable(parsing: body).header, names, "\(path): columns match the dictionary")
          } else {
            for line in body.split(separator: "\n") {
              let object = try XCTUnwrap(
                try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], path)
              XCTAssertEqual(Set(object.keys), Set(names), path)
            }
          }
        }
      }
      func rows(_ dataset: String, _ partition: String) async throws -> Int {
        let response = try await visitor.get(Paths.openDataFile(dataset, partition, .jsonl))
        return response.body.string.split(separator: "\n").count
      }
      try await XCTAssertEqualAsync(try await rows("report-entries", "2566-6"), 2, "the confirmed report's lines")
      try await XCTAssertEqualAsync(try await rows("report-entries", "2566-12"), 0, "the returned report is left out")
      try await XCTAssertEqualAsync(try await rows("report-figures", "2566-6"), 1)
      try await XCTAssertEqualAsync(try await rows("report-figures", "2566-12"), 0)
      try await XCTAssertEqualAsync(try await rows("projects", PlanFixtures.period), 2, "approved plans only")
      let projects = try await visitor.get(Paths.openDataFile("projects", PlanFixtures.period, .csv)).body.string
      XCTAssertTrue(projects.contains(PublicWorld.approvedName))
    }
  }

  func testAFileFollowsTheDataAfterAReturn() async throws {
    try await withApp { app in
      try await PublicWorld.build(app)
      let visitor = Browser(app)
      let path = Paths.openDataFile("report-figures", "2566-6", .csv)
      let before = try await visitor.get(path).body.string
      XCTAssertTrue(before.contains(Fixtures.nongprue))
      try await XCTAssertEqualAsync(
        try await Browser.signedIn(app, as: "chonburi").post(ReportFixtures.path() + "/return", ["comment": "แก้ไข"])
          .status, .seeOther)
      let after = try await visitor.get(path).body.string
      XCTAssertFalse(after.contains(Fixtures.nongprue), "returned: no longer public")
    }
  }
}

extension ProjectSearchQuery {
  static func with(text: String) -> ProjectSearchQuery {
    var query = ProjectSearchQuery()
    query.text = text
    return query
  }
}
