import Domain
import Fluent
import XCTVapor

@testable import App

/// Markup typed into every PACC form reaches every PACC page as text.
final class PaccInjectionTests: XCTestCase {
  func testStoredMarkupIsTextOnEveryPaccPage() async throws {
    try await withApp { app in
      let p = InjectionTests.payload
      try await PaccFixtures.accounts(app)
      let officer = try await PlanFixtures.officerWithPlan(app, projects: 1)
      let pacc = try await Browser.signedIn(app, as: "pacc2")
      let central = try await Browser.signedIn(app, as: "pacc-central")
      _ = try await central.post(Paths.paccInstall)
      try await XCTAssertEqualAsync(
        try await central.post(Paths.paccAgencies, ["name": p, "kind": "department", "office": "2"]).status, .seeOther)
      let unit = try await XCTUnwrapAsync(try await PaccUnit.query(on: app.db).first())
      _ = try await pacc.post(
        Paths.paccAgencyYear(unit.id!),
        ["fy": "2567", "ita": "90", "noGiftOn": "1/1/2567", "link": "https://x.go.th/\(p)"])
      let opened = try await pacc.post(
        Paths.paccCases,
        [
          "org": Fixtures.nongprue, "source": "media", "projectName": p, "description": p, "risks[]": "other",
          "budget": "1,000",
        ])
      XCTAssertEqual(opened.status, .seeOther, opened.body.string)
      let caseID = try await XCTUnwrapAsync(try await PaccCase.query(on: app.db).first()?.id)
      for step in [
        ["action": "visit", "team": p, "text": p], ["action": "recommend", "choice": "improve", "text": p],
      ] {
        try await XCTAssertEqualAsync(try await pacc.post(Paths.paccCaseSteps(caseID), step).status, .seeOther)
      }
      _ = try await officer.post(Paths.organizationPaccReportBack(Fixtures.nongprue, caseID), ["text": p])
      let session = try await pacc.post(
        Paths.paccSessions, ["course": "private_sector", "title": p, "startsOn": "1/3/2567", "place": p])
      let sessionID = try XCTUnwrap(UUID(uuidString: String(session.location.split(separator: "/").last ?? "")))
      _ = try await pacc.post(Paths.paccSessionTrainees(sessionID), ["name": p, "position": p, "unit": p])
      let trainee = try await XCTUnwrapAsync(try await PaccTrainee.query(on: app.db).first())
      _ = try await pacc.post(
        Paths.paccSessionResults(sessionID),
        ["attended-\(trainee.id!.uuidString)": "1", "score-\(trainee.id!.uuidString)": "90"])
      _ = try await pacc.post(Paths.paccSessionCertificates(sessionID))
      let certificate = try await XCTUnwrapAsync(try await PaccCertificate.query(on: app.db).first())
      _ = try await Browser(app).post(
        Paths.clinic,
        ["unitName": p, "province": "20", "requesterName": p, "contact": p, "topic": "other", "question": p])
      let consultation = try await XCTUnwrapAsync(try await PaccConsultation.query(on: app.db).first()?.id)
      _ = try await pacc.post(
        Paths.paccConsultation(consultation),
        ["state": "answered", "answer": p, "followUp": p, "faq": "1", "faqQuestion": p, "faqAnswer": p])
      _ = try await pacc.post(Paths.paccActivity(2567, 3), ["place": p, "done": p, "problems": p])

      let paccPages = [
        Paths.pacc(year: 2567), Paths.pacc, Paths.paccCases, Paths.paccCase(caseID),
        Paths.paccNewCase(org: Fixtures.nongprue),
        Paths.paccSessions, Paths.paccSession(sessionID), Paths.paccCertificatePrint(certificate.number),
        Paths.paccClinic, Paths.paccConsultation(consultation), Paths.paccAgencies(year: 2567),
        Paths.paccProgramme(2567),
        Paths.paccActivity(2567, 3), Paths.paccReport(2567),
        Paths.paccReport(FiscalYear(containing: Date()).buddhistYear),
        Paths.withQuery(Paths.paccCases, [("state", p)]),
      ]
      for (who, browser) in [("pacc2", pacc), ("central", central)] {
        for page in paccPages { InjectionTests.assertEscaped(try await browser.get(page), "\(page) as \(who)") }
      }
      for page in [
        Paths.organizationPacc(Fixtures.nongprue), Paths.organizationPaccCase(Fixtures.nongprue, caseID), Paths.clinic,
      ] {
        InjectionTests.assertEscaped(try await officer.get(page), "\(page) as officer")
      }
      let check = Paths.certificateCheck(number: certificate.number, code: certificate.code)
      for page in [Paths.clinic, check, Paths.withQuery(Paths.certificateCheck, [("number", p), ("code", p)])] {
        InjectionTests.assertEscaped(try await Browser(app).get(page), "\(page) as public")
      }
    }
  }
}
