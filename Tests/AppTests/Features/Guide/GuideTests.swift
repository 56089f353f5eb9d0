import Domain
import XCTVapor

@testable import App

/// The guide's pages: public, one per role, printable with every section, and its PDF.
final class GuideTests: XCTestCase {
  func testPagesAnswerAnonymousVisitors() async throws {
    try await withApp { app in
      let browser = Browser(app)
      for path in [Paths.guide, Paths.guidePrint] + GuideAudience.allCases.map({ Paths.guide($0.rawValue) }) {
        let page = try await browser.get(path)
        XCTAssertEqual(page.status, .ok, path)
        XCTAssertContains(page.body.string, "คู่มือ")
        XCTAssertFalse(page.body.string.contains("action=\"/logout\""), path)  // nobody signed in
      }
      let index = try await browser.get(Paths.guide).body.string
      for audience in GuideAudience.allCases { XCTAssertContains(index, "href=\"\(Paths.guide(audience.rawValue))\"") }
    }
  }

  func testRolePageHasEverySectionWithItsAnchorAndScreenshot() async throws {
    try await withApp { app in
      for book in GuideContent.books {
        let page = try await Browser(app).get(Paths.guide(book.audience.rawValue)).body.string
        for section in book.sections {
          XCTAssertContains(page, "id=\"\(section.id)\"")
          XCTAssertContains(page, "href=\"#\(section.id)\"")
          if let shot = section.shot { XCTAssertContains(page, "src=\"/static/guide/\(shot.fileName)\"") }
        }
        XCTAssertContains(page, "id=\"\(book.questionsID)\"")
        XCTAssertContains(page, "คำถามที่พบบ่อย")
      }
    }
  }

  func testPrintPageHasEverySectionOfEveryRole() async throws {
    try await withApp { app in
      let page = try await Browser(app).get(Paths.guidePrint)
      XCTAssertEqual(page.status, .ok)
      let html = page.body.string
      XCTAssertContains(html, "/static/guide.css")
      for book in GuideContent.books {
        XCTAssertContains(html, "id=\"\(book.audience.rawValue)\"")
        for section in book.sections { XCTAssertContains(html, "id=\"\(section.id)\"") }
      }
    }
  }

  func testUnknownRoleIsAThai404() async throws {
    try await withApp { app in
      let page = try await Browser(app).get("/guide/nobody")
      XCTAssertEqual(page.status, .notFound)
      XCTAssertContains(page.body.string, "ไม่พบคู่มือของบทบาท")
    }
  }

  func testSignedInReaderIsPointedToTheirGuideAndProvincialMonitors() async throws {
    try await withApp { app in
      let officer = try await Browser.signedIn(app, as: Fixtures.nongprue).get(Paths.guide).body.string
      XCTAssertContains(officer, "คู่มือสำหรับบทบาทของท่าน")
      XCTAssertContains(officer, "href=\"\(Paths.guide(GuideAudience.laoOfficer.rawValue))\"")
      XCTAssertContains(officer, "จังหวัดชลบุรี")
      XCTAssertContains(officer, "<li>chonburi</li>")  // the fixtures' monitor of province 20
      XCTAssertFalse(officer.contains("chiangmai"))
      let anonymous = try await Browser(app).get(Paths.guide).body.string
      XCTAssertFalse(anonymous.contains("<li>chonburi</li>"))
      XCTAssertContains(anonymous, "tel:1205")
    }
  }

  func testSupportLineAndEmailComeFromTheEnvironment() {
    XCTAssertEqual(GuideSupport.fromEnvironment().phone, Environment.get("SUJARIT_SUPPORT_PHONE") ?? "1205")
    XCTAssertEqual(GuideSupport.province(of: nil), nil)
  }

  func testPDFHasTheWholeGuide() async throws {
    try await withApp { app in
      let pdf = try await Browser(app).get(Paths.guidePDF)
      if PDFRenderer.fromEnvironment().executable == nil {
        XCTAssertEqual(pdf.status, .serviceUnavailable)
      } else {
        XCTAssertEqual(pdf.status, .ok)
        XCTAssertEqual(pdf.headers.contentType?.description, "application/pdf")
        XCTAssertTrue(Data(buffer: pdf.body).starts(with: Array("%PDF".utf8)))
        XCTAssertGreaterThan(pdf.body.readableBytes, 100_000)  // the screenshots are in it
      }
    }
  }
}
