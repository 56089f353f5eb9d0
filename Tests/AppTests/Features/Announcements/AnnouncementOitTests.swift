import Domain
import XCTVapor

@testable import App

/// The OIT workspace's item O30 (FY2566) is supplied by the announcements register.
final class AnnouncementOitTests: XCTestCase {
  func testO30ListsTheCurrentPublishedAnnouncements() async throws {
    try await withApp { app in
      let code = AnnouncementFixtures.code
      let officer = try await Browser.signedIn(app, as: code)
      let before = try await officer.get(Paths.oitItem(code, 2566, "O30"))
      XCTAssertEqual(before.status, .ok)
      XCTAssertContains(before.body.string, "ยังไม่มีประกาศมาตรการที่เผยแพร่แล้วของปี 2566")
      let (_, announcement) = try await AnnouncementFixtures.published(app)
      let page = try await officer.get(Paths.oitItem(code, 2566, "O30"))
      XCTAssertContains(page.body.string, announcement.title)
      XCTAssertContains(page.body.string, Paths.announcementFile(code, announcement.id!))
      let sources = try await OitAnnouncementSource(db: app.db).published(organizationCode: code, fiscalYear: 2566)
      XCTAssertEqual(sources.map(\.url), [Paths.announcementFile(code, announcement.id!)])
    }
  }
}
