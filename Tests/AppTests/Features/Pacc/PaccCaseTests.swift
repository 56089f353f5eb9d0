import Domain
import Fluent
import XCTVapor

@testable import App

/// PACC accounts for tests: ปปท. เขต 2 (Chon Buri), ปปท. เขต 5 (Chiang Mai), กปก.
enum PaccFixtures {
  static func accounts(_ app: Application) async throws {
    let hash = try await app.password.async.hash(Fixtures.password).get()
    for (username, role, region) in [
      ("pacc2", Role.paccRegionalOfficer, 2), ("pacc5", .paccRegionalOfficer, 5),
      ("pacc-central", .paccCentralOfficer, 0),
    ] {
      let user = User(
        username: username, displayName: username, role: role, orgCode: nil, provinceCode: nil, district: nil,
        region: region == 0 ? nil : region)
      user.passwordHash = hash
      user.mustSetPassword = false
      try await user.create(on: app.db)
    }
  }

  /// ปปท. เขต 2 opens a case on หนองปรือ's first plan project; returns its id.
  static func openCase(_ app: Application, _ pacc: Browser) async throws -> UUID {
    let projects = try await PlanFixtures.projects(app)
    let project = try XCTUnwrap(projects.first)
    let response = try await pacc.post(
      Paths.paccCases,
      [
        "org": Fixtures.nongprue, "source": "tip", "project": project.id!.uuidString, "risks[]": "overpriced",
        "description": "ผู้แจ้งเบาะแสระบุว่าราคาสูง",
      ])
    XCTAssertEqual(response.status, .seeOther, response.body.string)
    return try XCTUnwrap(UUID(uuidString: String(response.location.split(separator: "/").last ?? "")))
  }
}

final class PaccCaseTests: XCTestCase {
  func testTheWholeCaseRunsAndTheIndicatorMoves() async throws {
    try await withApp { app in
      try await PaccFixtures.accounts(app)
      let officer = try await PlanFixtures.officerWithPlan(app, projects: 2)
      let pacc = try await Browser.signedIn(app, as: "pacc2")
      let id = try await PaccFixtures.openCase(app, pacc)
      let opened = try await pacc.get(Paths.paccCase(id))
      XCTAssertEqual(opened.status, .ok)
      XCTAssertTrue(opened.body.string.contains("ปปท. เขต 2 ที่ 1/"))
      XCTAssertTrue(opened.body.string.contains("โครงการที่ 1"), "the project comes from the LAO's plan")

      // A recommendation before any visit is refused in Thai.
      let early = try await pacc.post(Paths.paccCaseSteps(id), ["action": "recommend", "choice": "improve"])
      XCTAssertEqual(early.status, .conflict)
      XCTAssertTrue(early.body.string.contains("ต้องบันทึกการลงพื้นที่ก่อน"))
      for step in [
        ["action": "visit", "team": "ชุดปฏิบัติการ ปปท. เขต 2", "text": "ราคากลางสูงกว่าท้องตลาด"],
        ["action": "recommend", "choice": "improve", "text": "ให้ทบทวนราคากลาง"],
      ] {
        let response = try await pacc.post(Paths.paccCaseSteps(id), step)
        XCTAssertEqual(response.status, .seeOther, response.body.string)
      }
      // Closing as improved before the LAO reports back is refused.
      let premature = try await pacc.post(Paths.paccCaseSteps(id), ["action": "close", "choice": "improved"])
      XCTAssertEqual(premature.status, .conflict)

      // The LAO sees the findings and the recommendation, never the tip or the source.
      let list = try await officer.get(Paths.organizationPacc(Fixtures.nongprue))
      XCTAssertEqual(list.status, .ok)
      let seen = try await officer.get(Paths.organizationPaccCase(Fixtures.nongprue, id))
      XCTAssertTrue(seen.body.string.contains("ให้ทบทวนราคากลาง"))
      XCTAssertFalse(seen.body.string.contains("ผู้แจ้งเบาะแสระบุว่าราคาสูง"))
      XCTAssertFalse(seen.body.string.contains(PaccCaseSource.tip.thaiName))
      let empty = try await officer.post(Paths.organizationPaccReportBack(Fixtures.nongprue, id), ["text": " "])
      XCTAssertEqual(empty.status, .unprocessableEntity)
      let reported = try await officer.post(
        Paths.organizationPaccReportBack(Fixtures.nongprue, id), ["text": "ปรับราคากลางตามราคาพาณิชย์จังหวัด"])
      XCTAssertEqual(reported.status, .seeOther, reported.body.string)

      let closed = try await pacc.post(
        Paths.paccCaseSteps(id), ["action": "close", "choice": "improved", "text": "ครบ"])
      XCTAssertEqual(closed.status, .seeOther, closed.body.string)
      let again = try await pacc.post(Paths.paccCaseSteps(id), ["action": "visit", "text": "x"])
      XCTAssertEqual(again.status, .conflict, "a closed case takes no more steps")

      let year = FiscalYear(containing: Date()).buddhistYear
      let counts = try await PaccQueries(db: app.db).counts(fiscalYear: year)
      let office = try XCTUnwrap(PaccOffice(2))
      XCTAssertEqual(counts[office]?.cases, 1)
      XCTAssertEqual(counts[office]?.visitedCases, 1)
      XCTAssertEqual(counts[office]?.improvedCases, 1)
      XCTAssertEqual(counts[office]?.unitsReached, 1)
      let dashboard = try await pacc.get(Paths.pacc(year: year))
      XCTAssertTrue(dashboard.body.string.contains("100.00 (1 จาก 1)"), "the improved-cases indicator moved")
      let csv = try await pacc.get(Paths.paccIndicatorsCSV(year))
      XCTAssertEqual(csv.status, .ok)
      XCTAssertTrue(csv.body.string.contains("5.2.2"))
      let audit = try await AuditEvent.query(on: app.db).filter(\.$entity == PaccCaseQueries.entity).count()
      XCTAssertEqual(audit, 5, "opening and every step are audited")
    }
  }

  func testWhoMaySeeAndRunCases() async throws {
    try await withApp { app in
      try await PaccFixtures.accounts(app)
      _ = try await PlanFixtures.officerWithPlan(app, projects: 1)
      let pacc2 = try await Browser.signedIn(app, as: "pacc2")
      let id = try await PaccFixtures.openCase(app, pacc2)

      let anonymous = Browser(app)
      for path in [Paths.pacc, Paths.paccCases, Paths.paccCase(id), Paths.paccSessions] {
        let response = try await anonymous.get(path)
        XCTAssertEqual(response.status, .seeOther, path)
        XCTAssertTrue(response.location.hasPrefix(Paths.login), path)
      }
      // NACC monitors, national admins and LAO accounts are not PACC officers.
      for username in ["admin", "region2", "chonburi", Fixtures.nongprue] {
        let browser = try await Browser.signedIn(app, as: username)
        for path in [Paths.pacc, Paths.paccCase(id)] {
          try await XCTAssertEqualAsync(try await browser.get(path).status, .forbidden, "\(username) \(path)")
        }
      }
      // Another region's officer neither reads nor moves the case, nor opens one in Chon Buri.
      let pacc5 = try await Browser.signedIn(app, as: "pacc5")
      try await XCTAssertEqualAsync(try await pacc5.get(Paths.paccCase(id)).status, .forbidden)
      try await XCTAssertEqualAsync(
        try await pacc5.post(Paths.paccCaseSteps(id), ["action": "visit", "text": "x"]).status, .forbidden)
      let outside = try await pacc5.post(
        Paths.paccCases, ["org": Fixtures.nongprue, "source": "tip", "projectName": "x", "risks[]": "overpriced"])
      XCTAssertEqual(outside.status, .forbidden)
      let list5 = try await pacc5.get(Paths.paccCases)
      XCTAssertFalse(list5.body.string.contains(Paths.paccCase(id)))
      // The centre sees every office.
      let central = try await Browser.signedIn(app, as: "pacc-central")
      try await XCTAssertEqualAsync(try await central.get(Paths.paccCase(id)).status, .ok)

      // Only the LAO's own officer and executive see its cases; another LAO and its complaint officer do not.
      let executive = try await Browser.signedIn(app, as: "\(Fixtures.nongprue)-2")
      try await XCTAssertEqualAsync(
        try await executive.get(Paths.organizationPaccCase(Fixtures.nongprue, id)).status, .ok)
      for username in [Fixtures.huaiyai, "\(Fixtures.nongprue)-3", "chonburi"] {
        let browser = try await Browser.signedIn(app, as: username)
        try await XCTAssertEqualAsync(
          try await browser.get(Paths.organizationPaccCase(Fixtures.nongprue, id)).status, .forbidden, username)
        try await XCTAssertEqualAsync(
          try await browser.post(Paths.organizationPaccReportBack(Fixtures.nongprue, id), ["text": "x"]).status,
          .forbidden, username)
      }
      let huaiyai = try await Browser.signedIn(app, as: Fixtures.huaiyai)
      try await XCTAssertEqualAsync(
        try await huaiyai.get(Paths.organizationPaccCase(Fixtures.huaiyai, id)).status, .notFound,
        "a case is read only under its own organization")
    }
  }

  func testBadCaseInputIsAThai422KeepingWhatWasTyped() async throws {
    try await withApp { app in
      try await PaccFixtures.accounts(app)
      let pacc = try await Browser.signedIn(app, as: "pacc2")
      let response = try await pacc.post(
        Paths.paccCases, ["org": "12", "source": "", "budget": "สองหมื่น", "projectName": "ซ่อมถนน <b>x</b>"])
      XCTAssertEqual(response.status, .unprocessableEntity)
      let page = response.body.string
      XCTAssertTrue(page.contains("รหัส อปท. ต้องเป็นตัวเลข 7 หลัก"))
      XCTAssertTrue(page.contains("กรุณาเลือกความเสี่ยงที่พบ"))
      XCTAssertTrue(page.contains("value=\"ซ่อมถนน &lt;b&gt;x&lt;/b&gt;\""))
      XCTAssertFalse(page.contains("<b>x</b>"))
      try await XCTAssertEqualAsync(try await pacc.get("/pacc/cases/not-a-uuid").status, .notFound)
      try await XCTAssertEqualAsync(try await pacc.get(Paths.pacc + "?fy=abc").status, .badRequest)
    }
  }
}

extension Browser {
  /// Posts fields and one file (as `files[]`) as multipart/form-data, as the PACC forms send them.
  @discardableResult
  func postFiles(_ path: String, _ fields: [String: String], fileName: String, data: Data, type: String) async throws
    -> XCTHTTPResponse
  {
    if csrf.isEmpty { try await get(Paths.login) }
    let boundary = "----sujarit-pacc-boundary"
    var body = Data()
    func part(_ header: String, _ content: Data) {
      body += Data("--\(boundary)\r\n\(header)\r\n\r\n".utf8) + content + Data("\r\n".utf8)
    }
    for (name, value) in fields.merging(["_csrf": csrf], uniquingKeysWith: { a, _ in a }) {
      part("Content-Disposition: form-data; name=\"\(name)\"", Data(value.utf8))
    }
    part("Content-Disposition: form-data; name=\"files[]\"; filename=\"\(fileName)\"\r\nContent-Type: \(type)", data)
    body += Data("--\(boundary)--\r\n".utf8)
    var headers = HTTPHeaders()
    headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
    return try await sendRaw(.POST, path, headers: headers, body: ByteBuffer(data: body))
  }
}

final class PaccAttachmentTests: XCTestCase {
  static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: UInt8(0), count: 64))

  func testPhotosAndEvidenceReachOnlyThoseWhoMaySeeThem() async throws {
    try await withApp { app in
      try await PaccFixtures.accounts(app)
      let officer = try await PlanFixtures.officerWithPlan(app, projects: 1)
      let pacc2 = try await Browser.signedIn(app, as: "pacc2")
      let id = try await PaccFixtures.openCase(app, pacc2)
      let visit = try await pacc2.postFiles(
        Paths.paccCaseSteps(id), ["action": "visit", "text": "ถ่ายภาพหน้างาน"], fileName: "site.png", data: Self.png,
        type: "image/png")
      XCTAssertEqual(visit.status, .seeOther, visit.body.string)
      let refused = try await pacc2.postFiles(
        Paths.paccCaseSteps(id), ["action": "visit", "text": "x"], fileName: "run.sh", data: Data("#!/bin/sh".utf8),
        type: "image/png")
      XCTAssertEqual(refused.status, .unprocessableEntity, "a file is judged by its bytes")
      let file = try await XCTUnwrapAsync(try await PaccCaseFile.query(on: app.db).first()?.id)
      try await XCTAssertEqualAsync(try await pacc2.get(Paths.paccFile(file)).status, .ok)
      try await XCTAssertEqualAsync(
        try await officer.get(Paths.paccFile(file)).status, .ok, "the LAO sees its visit's photos")
      for username in ["pacc5", Fixtures.huaiyai, "chonburi"] {
        let browser = try await Browser.signedIn(app, as: username)
        try await XCTAssertEqualAsync(try await browser.get(Paths.paccFile(file)).status, .forbidden, username)
      }

      let central = try await Browser.signedIn(app, as: "pacc-central")
      _ = try await central.post(Paths.paccInstall)
      let summary = try await pacc2.postFiles(
        Paths.paccActivity(2567, 2), ["done": "ประชุมขยายผล", "participants": "80"], fileName: "photo.png",
        data: Self.png, type: "image/png")
      XCTAssertEqual(summary.status, .seeOther, summary.body.string)
      let attachment = try await XCTUnwrapAsync(try await PaccFile.query(on: app.db).first()?.id)
      try await XCTAssertEqualAsync(try await pacc2.get(Paths.paccAttachment(attachment)).status, .ok)
      try await XCTAssertEqualAsync(try await central.get(Paths.paccAttachment(attachment)).status, .ok)
      let pacc5 = try await Browser.signedIn(app, as: "pacc5")
      try await XCTAssertEqualAsync(try await pacc5.get(Paths.paccAttachment(attachment)).status, .forbidden)
      try await XCTAssertEqualAsync(try await officer.get(Paths.paccAttachment(attachment)).status, .forbidden)
      let page = try await pacc2.get(Paths.paccActivity(2567, 2))
      XCTAssertTrue(page.body.string.contains("photo.png"))
    }
  }
}

final class PaccNumberingTests: XCTestCase {
  func testCasesOpenedAtTheSameMomentGetDistinctNumbers() async throws {
    try await withApp { app in
      let input = PaccCaseInput(
        source: .tip, orgCode: Fixtures.nongprue, unitID: nil, projectID: nil, projectName: "โครงการ", budget: nil,
        risks: [.overpriced], description: "")
      let office = try XCTUnwrap(PaccOffice(2))
      let numbers = try await withThrowingTaskGroup(of: Int.self) { group in
        for _ in 0..<6 {
          group.addTask {
            try await PaccCaseQueries(db: app.db).open(input, office: office, fiscalYear: 2570, actor: .system).number
          }
        }
        return try await group.reduce(into: [Int]()) { $0.append($1) }
      }
      XCTAssertEqual(numbers.sorted(), [1, 2, 3, 4, 5, 6])
    }
  }
}
