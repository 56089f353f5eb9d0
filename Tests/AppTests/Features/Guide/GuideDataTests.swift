import Domain
import XCTVapor

@testable import App

/// The guide's data holds together: every role has sections, anchors and screenshots are
/// unique, every screenshot file is in the bundle and served, every “วิธีใช้หน้านี้” route
/// exists in the app and points to a section that exists.
final class GuideDataTests: XCTestCase {
  func testEveryRoleHasSectionsAndQuestions() {
    XCTAssertEqual(Set(GuideContent.books.map(\.audience)), Set(GuideAudience.allCases))
    for book in GuideContent.books {
      XCTAssertGreaterThanOrEqual(book.sections.count, 4, book.audience.rawValue)
      XCTAssertFalse(book.questions.isEmpty, book.audience.rawValue)
      XCTAssertTrue(book.sections.contains { $0.id.hasSuffix("-sign-in") }, book.audience.rawValue)
      XCTAssertTrue(book.sections.contains { $0.id.hasSuffix("-password") }, book.audience.rawValue)
    }
    let ids = GuideContent.books.flatMap { $0.sections.map(\.id) + [$0.questionsID] }
    XCTAssertEqual(ids.count, Set(ids).count, "section anchors must be unique in the whole guide")
    let shots = GuideContent.shots.map(\.name)
    XCTAssertEqual(shots.count, Set(shots).count, "screenshot names must be unique")
  }

  func testEveryScreenshotFileIsInTheBundleAndServed() async throws {
    let present = GuideImages.names
    for shot in GuideContent.shots {
      XCTAssertTrue(present.contains(shot.fileName), "missing screenshot \(shot.fileName): run e2e/guide.sh")
    }
    let total = GuideImages.files.values.reduce(0) { $0 + $1.count }
    XCTAssertLessThan(total, 3_200_000, "keep the guide's screenshots under ~3 MB")
    try await withApp(fixtures: false) { app in
      for shot in GuideContent.shots.prefix(3) {
        let image = try await Browser(app).get(Paths.guideImage(shot.fileName))
        XCTAssertEqual(image.status, .ok)
        XCTAssertEqual(image.headers.contentType, .png)
      }
    }
  }

  func testEveryHelpRouteExistsAndItsSectionExists() async throws {
    try await withApp(fixtures: false) { app in
      let patterns = Set(app.routes.all.filter { $0.method == .GET }.map { GuideHelpMap.pattern(of: $0.path) })
      for entry in GuideHelpMap.entries {
        XCTAssertTrue(patterns.contains(entry.pattern), "no GET route \(entry.pattern)")
        XCTAssertNotNil(GuideContent.section(entry.section), "no guide section \(entry.section)")
      }
    }
  }

  func testHelpLinkIsShownOnMappedPagesOnly() async throws {
    try await withApp { app in
      let officer = try await Browser.signedIn(app, as: Fixtures.nongprue)
      let plans = try await officer.get(Paths.organizationPlans(Fixtures.nongprue)).body.string
      XCTAssertContains(plans, "วิธีใช้หน้านี้")
      XCTAssertContains(plans, "href=\"/guide/lao_officer#officer-plan-create\"")
      let provinces = try await officer.get(Paths.provinces).body.string
      XCTAssertFalse(provinces.contains("วิธีใช้หน้านี้"))
      // The same route explains itself to each role in its own guide.
      let home = try await Browser.signedIn(app, as: "\(Fixtures.nongprue)-2").get(Paths.home).body.string
      XCTAssertContains(home, "href=\"/guide/lao_executive#executive-home\"")
      let login = try await Browser(app).get(Paths.login).body.string
      XCTAssertContains(login, "href=\"/guide/lao_officer#officer-sign-in\"")
    }
  }

  func testShotsCommandPrintsTheGuidesOwnList() async throws {
    try await withApp(fixtures: false) { app in
      let (code, output) = try await runCommand(app, ["guide-shots"])
      XCTAssertEqual(code, 0)
      struct Listing: Decodable {
        struct Shot: Decodable { let file: String, path: String, element: String, section: String }
        let password: String
        let shots: [Shot]
      }
      let listing = try JSONDecoder().decode(Listing.self, from: Data(output.utf8))
      XCTAssertEqual(listing.shots.map(\.file), GuideContent.shots.map(\.fileName))
      for shot in listing.shots {
        XCTAssertFalse(shot.path.contains("{"), shot.path)
        XCTAssertNotNil(GuideContent.section(shot.section))
      }
    }
  }

  func testPlaceholdersFollowTheDemoRound() {
    let values = GuideContent.placeholders()
    let next = RoundRequest.next(after: Date())
    XCTAssertEqual(values.year, next.fiscalYear)
    XCTAssertEqual(values.round, next.kind.rawValue)
    XCTAssertEqual(values.itaYear, next.fiscalYear - 1)
  }
}
