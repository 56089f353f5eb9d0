import Domain
import Fluent
import XCTVapor

@testable import App

/// Markup typed into every book section and every field of a risk is text on every page that
/// shows it (the book's editor, preview, print and comparison; the register, its print and the
/// area page), for each kind of reader.
final class BookAndRiskInjectionTests: XCTestCase {
  func testTypedMarkupIsTextInTheBookAndTheRegister() async throws {
    try await withApp { app in
      let p = InjectionTests.payload
      let code = Fixtures.nongprue
      let period = PlanFixtures.period
      let officer = try await PlanFixtures.officerWithPlan(app, projects: 1)
      // Markup in safe-text marks too: a heading, a list item, a table cell.
      let body = "# \(p)\n\(p)\n1. \(p)\n- \(p)\n| \(p) | x |\n|---|---|\n| \(p) | \(p) |"
      for section in PlanBookSection.allCases {
        try await XCTAssertEqualAsync(
          try await officer.post(Paths.planBookSection(code, period, section), ["body": body, "action": "save"]).status,
          .seeOther)
      }
      let preview = try await officer.post(
        Paths.planBookSection(code, period, .goals), ["body": body, "action": "preview"])
      InjectionTests.assertEscaped(preview, "the section preview")
      var risk = RiskRegisterTests.risk(p)
      for field in ["process", "who", "measures", "owner", "follow_up_first", "follow_up_second"] { risk[field] = p }
      try await XCTAssertEqualAsync(try await officer.post(Paths.riskRegister(code, 2570), risk).status, .seeOther)
      try await XCTAssertEqualAsync(try await officer.post(Paths.riskPublish(code, 2570)).status, .seeOther)
      let item = try await RiskItem.query(on: app.db).first()?.requireID() ?? UUID()

      let pages = [
        Paths.planBook(code, period), Paths.planBookSection(code, period, .preface),
        Paths.planBookSection(code, period, .riskAnalysis), Paths.planBookPrint(code, period),
        Paths.planBookPrint(code, period, year: 2566, thaiDigits: true),
        Paths.compare(code, period, from: "current", to: "current"),
        Paths.risks(code), Paths.riskRegister(code, 2570), Paths.riskItem(code, 2570, item),
        Paths.riskPrint(code, 2570),
        Paths.riskPrint(code, 2570, copy: 1), Paths.riskAreaList(year: 2570),
      ]
      let readers = [
        ("officer", officer), ("monitor", try await Browser.signedIn(app, as: "chonburi")),
        ("public", Browser(app)),
      ]
      for (who, browser) in readers {
        for page in pages { InjectionTests.assertEscaped(try await browser.get(page), "\(page) as \(who)") }
      }
    }
  }
}
