import Domain
import Fluent
import XCTVapor

@testable import App

/// A world with everything the public must see and everything it must not: หนองปรือ's approved
/// plan (then amended in a draft), its confirmed 6-month report and a 12-month report that a
/// monitor returned, ห้วยใหญ่'s plan still a draft, contact details in a profile and a
/// complaint with a named complainant.
enum PublicWorld {
  static let approvedName = "โครงการไม่รับของขวัญ (No Gift Policy) ประจำปี"
  static let amendedName = "โครงการแก้ไขที่ยังไม่อนุมัติ"
  static let draftName = "โครงการร่างลับเฉพาะห้วยใหญ่"
  static let phone = "081-555-0199"
  static let email = "coordinator.secret@example.go.th"
  static let complaintText = "ข้อความเรื่องร้องเรียนลับมาก"
  /// Strings that must never appear on a public page, in search or in a download.
  static let secrets = [amendedName, draftName, phone, email, complaintText, ComplaintFixtures.named["name"]!]

  static func build(_ app: Application) async throws {
    let officer = try await PlanFixtures.officerWithPlan(app, projects: 2)
    let first = try await XCTUnwrapAsync(try await PlanFixtures.projects(app).first)
    var fields = PlanFixtures.project(approvedName, budget2566: "25,000")
    fields["objectives"] = "1) เพื่อปลูกจิตสำนึกด้านจัดซื้อจัดจ้างโปร่งใส\n2) งดรับของขวัญทุกเทศกาล"
    fields["version"] = String(first.version)
    fields["no"] = String(first.number)
    try await XCTAssertEqualAsync(
      try await officer.post(Paths.project(Fixtures.nongprue, PlanFixtures.period, first.id!.uuidString), fields)
        .status,
      .seeOther)
    try await XCTAssertEqualAsync(
      try await officer.post(Paths.planAction(Fixtures.nongprue, PlanFixtures.period, "submit")).status, .seeOther)
    let executive = try await Browser.signedIn(app, as: "\(Fixtures.nongprue)-2")
    try await XCTAssertEqualAsync(
      try await executive.post(
        Paths.planAction(Fixtures.nongprue, PlanFixtures.period, "approve"),
        ["name": "นายสมชาย ใจซื่อ", "position": "นายกเทศมนตรีเมืองหนองปรือ"]
      ).status, .seeOther)

    // The 6-month report is confirmed; the 12-month one is confirmed, then returned.
    try await ReportFixtures.openRound(app)
    try await ReportFixtures.fillAndSend(app, officer)
    try await XCTAssertEqualAsync(try await executive.post(ReportFixtures.path() + "/confirm").status, .seeOther)
    try await ReportFixtures.openRound(app, kind: 12)
    try await ReportFixtures.fillAndSend(app, officer, kind: 12)
    try await XCTAssertEqualAsync(try await executive.post(ReportFixtures.path(12) + "/confirm").status, .seeOther)
    try await XCTAssertEqualAsync(
      try await Browser.signedIn(app, as: "chonburi").post(
        ReportFixtures.path(12) + "/return", ["comment": "เพิ่มหลักฐาน"]
      )
      .status, .seeOther)

    // An amendment in progress: the public keeps seeing the approved version.
    let edited = try await XCTUnwrapAsync(try await PlanFixtures.projects(app).last)
    var amendment = PlanFixtures.project(amendedName)
    amendment["version"] = String(edited.version)
    amendment["no"] = String(edited.number)
    try await XCTAssertEqualAsync(
      try await officer.post(Paths.project(Fixtures.nongprue, PlanFixtures.period, edited.id!.uuidString), amendment)
        .status, .seeOther)

    let huaiyai = try await Browser.signedIn(app, as: Fixtures.huaiyai)
    try await XCTAssertEqualAsync(
      try await huaiyai.post(Paths.organizationPlans(Fixtures.huaiyai), ["period": PlanFixtures.period]).status,
      .seeOther)
    try await XCTAssertEqualAsync(
      try await huaiyai.post(Paths.projects(Fixtures.huaiyai, PlanFixtures.period), PlanFixtures.project(draftName))
        .status, .seeOther)

    let organization = try await XCTUnwrapAsync(try await Organization.find(Fixtures.nongprue, on: app.db))
    organization.coordinatorPhone = phone
    organization.coordinatorEmail = email
    try await organization.update(on: app.db)
    _ = try await ComplaintFixtures.file(app, Fixtures.nongprue, ComplaintFixtures.named + ["details": complaintText])
  }

  /// Fails with the first secret the text holds.
  static func assertNoSecrets(_ text: String, _ place: String, file: StaticString = #filePath, line: UInt = #line) {
    for secret in secrets where text.contains(secret) {
      XCTFail("\(place) shows \"\(secret)\"", file: file, line: line)
    }
  }
}
