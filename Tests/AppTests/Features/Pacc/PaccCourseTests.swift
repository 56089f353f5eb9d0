import Domain
import Fluent
import XCTVapor

@testable import App

final class PaccCourseTests: XCTestCase {
  /// ปปท. เขต 2 runs a session of two: one passes, one does not; returns the session id.
  private func runSession(_ app: Application, _ pacc: Browser) async throws -> UUID {
    let created = try await pacc.post(
      Paths.paccSessions,
      [
        "course": "officials", "title": "รุ่นที่ 1 ชลบุรี", "startsOn": "12/03/2567", "endsOn": "13/03/2567",
        "passMark": "70",
      ])
    XCTAssertEqual(created.status, .seeOther, created.body.string)
    let id = try XCTUnwrap(UUID(uuidString: String(created.location.split(separator: "/").last ?? "")))
    let csv =
      "ชื่อ-นามสกุล,ตำแหน่ง,หน่วยงาน,รหัส อปท.\nนางสาวสมใจ ใจดี,นิติกร,เทศบาลเมืองหนองปรือ,4200401\nนายสมชาย ตั้งใจ,ปลัด,อบต.บ่อวิน,\n"
    let imported = try await pacc.upload(Paths.paccSessionImport(id), fileName: "list.csv", data: Data(csv.utf8))
    XCTAssertEqual(imported.status, .seeOther, imported.body.string)
    let trainees = try await PaccTrainee.query(on: app.db).sort(\.$name).all()
    XCTAssertEqual(trainees.map(\.name), ["นางสาวสมใจ ใจดี", "นายสมชาย ตั้งใจ"])
    var results: [String: String] = [:]
    for (trainee, score) in zip(trainees, ["85", "๖๙"]) {
      results["attended-\(trainee.id!.uuidString)"] = "1"
      results["score-\(trainee.id!.uuidString)"] = score
    }
    let saved = try await pacc.post(Paths.paccSessionResults(id), results)
    XCTAssertEqual(saved.status, .seeOther, saved.body.string)
    let issued = try await pacc.post(Paths.paccSessionCertificates(id))
    XCTAssertEqual(issued.status, .seeOther)
    return id
  }

  func testCertificatesAreIssuedToThoseWhoPassAndCheckedByAnyone() async throws {
    try await withApp { app in
      try await PaccFixtures.accounts(app)
      let pacc = try await Browser.signedIn(app, as: "pacc2")
      let session = try await runSession(app, pacc)
      let certificates = try await PaccCertificate.query(on: app.db).all()
      XCTAssertEqual(certificates.map(\.holderName), ["นางสาวสมใจ ใจดี"], "69 is below the pass mark of 70")
      let certificate = try XCTUnwrap(certificates.first)
      XCTAssertEqual(certificate.number, "2567-02-00001")
      // Issuing again gives nobody a second certificate.
      _ = try await pacc.post(Paths.paccSessionCertificates(session))
      try await XCTAssertEqualAsync(try await PaccCertificate.query(on: app.db).count(), 1)

      let printed = try await pacc.get(Paths.paccCertificatePrint(certificate.number))
      XCTAssertEqual(printed.status, .ok)
      XCTAssertTrue(printed.body.string.contains(PaccCertificateNumber.printed(certificate.code)))
      try await XCTAssertEqualAsync(
        try await Browser.signedIn(app, as: "pacc5").get(Paths.paccCertificatePrint(certificate.number)).status,
        .forbidden)

      let visitor = Browser(app)
      let valid = try await visitor.get(
        Paths.certificateCheck(
          number: certificate.number, code: PaccCertificateNumber.printed(certificate.code).lowercased()))
      XCTAssertEqual(valid.status, .ok)
      XCTAssertTrue(valid.body.string.contains("ยังใช้ได้"))
      XCTAssertTrue(valid.body.string.contains("นางสาวสมใจ ใจดี"))
      let api = try await visitor.get(Paths.apiCertificate(certificate.number) + "?code=\(certificate.code)")
      XCTAssertEqual(api.status, .ok)
      XCTAssertEqual(try api.content.decode(PaccCertificateJSON.self).valid, true)

      // A wrong code reads exactly like a number that does not exist: nothing to enumerate.
      let wrong = try await visitor.get(Paths.apiCertificate(certificate.number) + "?code=ABCDEFGHJK")
      let unknown = try await visitor.get(Paths.apiCertificate("2567-02-00999") + "?code=ABCDEFGHJK")
      let bare = try await visitor.get(Paths.apiCertificate(certificate.number))
      XCTAssertEqual(wrong.status, .notFound)
      XCTAssertEqual(wrong.body.string, unknown.body.string)
      XCTAssertEqual(wrong.body.string, bare.body.string)
      let wrongPage = try await visitor.get(Paths.certificateCheck(number: certificate.number, code: "ABCDEFGHJK"))
      XCTAssertEqual(wrongPage.status, .notFound)
      XCTAssertFalse(wrongPage.body.string.contains("สมใจ"))

      // Revocation is kept and shown; the certificate itself is never rewritten.
      let refused = try await pacc.post(Paths.paccCertificateRevoke(certificate.number), ["reason": ""])
      XCTAssertEqual(refused.status, .unprocessableEntity)
      let revoked = try await pacc.post(Paths.paccCertificateRevoke(certificate.number), ["reason": "ข้อมูลผู้เข้าอบรมผิด"])
      XCTAssertEqual(revoked.status, .seeOther)
      let after = try await visitor.get(Paths.apiCertificate(certificate.number) + "?code=\(certificate.code)")
      let json = try after.content.decode(PaccCertificateJSON.self)
      XCTAssertEqual(json.valid, false)
      XCTAssertEqual(json.revokeReason, "ข้อมูลผู้เข้าอบรมผิด")
      XCTAssertEqual(json.holderName, "นางสาวสมใจ ใจดี")
      try await XCTAssertEqualAsync(
        try await pacc.post(Paths.paccCertificateRevoke(certificate.number), ["reason": "ซ้ำ"]).status, .conflict)

      // Results of a certified trainee stay as certified.
      let found = try await PaccTrainee.find(certificate.traineeID, on: app.db)
      let trainee = try XCTUnwrap(found)
      _ = try await pacc.post(
        Paths.paccSessionResults(session),
        ["score-\(trainee.id!.uuidString)": "10", "attended-\(trainee.id!.uuidString)": "1"])
      try await XCTAssertEqualAsync(try await PaccTrainee.find(trainee.id, on: app.db)?.score, 85)

      let year = 2567
      let counts = try await PaccQueries(db: app.db).counts(fiscalYear: year)
      XCTAssertEqual(counts[try XCTUnwrap(PaccOffice(2))]?.attended, 2)
      XCTAssertEqual(counts[try XCTUnwrap(PaccOffice(2))]?.passed, 1)
    }
  }

  func testOnlyPaccOfficersRunSessionsAndBadInputIsAThai422() async throws {
    try await withApp { app in
      try await PaccFixtures.accounts(app)
      let pacc2 = try await Browser.signedIn(app, as: "pacc2")
      let session = try await runSession(app, pacc2)
      let pacc5 = try await Browser.signedIn(app, as: "pacc5")
      for path in [Paths.paccSession(session)] {
        try await XCTAssertEqualAsync(try await pacc5.get(path).status, .forbidden)
      }
      try await XCTAssertEqualAsync(
        try await pacc5.post(Paths.paccSessionCertificates(session)).status, .forbidden)
      let officer = try await Browser.signedIn(app, as: Fixtures.nongprue)
      try await XCTAssertEqualAsync(try await officer.get(Paths.paccSessions).status, .forbidden)
      try await XCTAssertEqualAsync(
        try await officer.post(Paths.paccSessionTrainees(session), ["name": "x"]).status, .forbidden)
      let bad = try await pacc2.post(Paths.paccSessions, ["course": "x", "title": "", "startsOn": "31/02/2567"])
      XCTAssertEqual(bad.status, .unprocessableEntity)
      XCTAssertTrue(bad.body.string.contains("กรุณาเลือกหลักสูตร"))
      let first = try await PaccTrainee.query(on: app.db).first()
      let trainee = try XCTUnwrap(first)
      let badScore = try await pacc2.post(Paths.paccSessionResults(session), ["score-\(trainee.id!.uuidString)": "120"])
      XCTAssertEqual(badScore.status, .unprocessableEntity)
      XCTAssertTrue(badScore.body.string.contains("คะแนนต้องเป็นตัวเลข 0–100"))
    }
  }
}
