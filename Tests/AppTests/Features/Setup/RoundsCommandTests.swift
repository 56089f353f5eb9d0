import Domain
import Fluent
import XCTVapor

@testable import App

/// `sujarit rounds create|list`, and a past year loaded on a fresh install from the command
/// line only (the README's "Loading a past year from the command line", with its files).
final class RoundsCommandTests: XCTestCase {
  /// examples/2565 in the repository: the files the README's sequence uses.
  private static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("examples/2565")

  func testAPastYearLoadsOnAFreshInstallFromTheCommandLine() async throws {
    try await withApp(fixtures: false) { app in
      try await XCTAssertEqualAsync(try await runCommand(app, ["setup"]).code, 0)
      let created = try await runCommand(app, ["rounds", "create", "--fiscal-year", "2565", "--round", "12"])
      XCTAssertEqual(created.code, 0, created.output)
      XCTAssertContains(created.output, "สร้างปีงบประมาณ พ.ศ. 2565 รอบ 12 เดือนแล้ว (กำหนดส่ง 31 ตุลาคม 2565")
      let plan = try await runCommand(
        app,
        [
          "import-plan", "--org", "4200401", "--period", "2561-2565", "--file",
          Self.examples.appendingPathComponent("plan-4200401.csv").path,
        ])
      XCTAssertEqual(plan.code, 0, plan.output)
      let report = try await runCommand(
        app,
        [
          "import-report", "--org", "4200401", "--fiscal-year", "2565", "--round", "12", "--file",
          Self.examples.appendingPathComponent("report-4200401-12.csv").path, "--submit",
        ])
      XCTAssertEqual(report.code, 0, report.output)
      XCTAssertContains(report.output, "คำเตือน: ยังมี 2 โครงการรอรายงาน")
      XCTAssertContains(report.output, "ส่งรายงานแล้ว")

      let list = try await runCommand(app, ["rounds", "list"])
      XCTAssertEqual(list.code, 0)
      XCTAssertContains(list.output, "ปีงบประมาณ 2565  รอบ 12 เดือน")
      XCTAssertContains(list.output, "กำหนดส่ง 31 ตุลาคม 2565")
      XCTAssertContains(list.output, "ปิดรับรายงาน")
      XCTAssertContains(list.output, "ส่งรายงานแล้ว 1 แห่ง")

      // The public sees the year's report as submitted, with the file's figures.
      let json = try await Browser(app).get("/api/v1/organizations/4200401/reports/2565/12")
      XCTAssertEqual(json.status, .ok, json.body.string)
      let body = json.body.string
      let filed = try json.content.decode(ReportJSON.self)
      XCTAssertEqual(filed.status, "submitted")
      XCTAssertEqual(
        [filed.projects, filed.completed, filed.inProgress, filed.cannot, filed.pending], [6, 2, 1, 1, 2])
      XCTAssertEqual([filed.budget, filed.disbursed, filed.disbursementPercent], ["115000.00", "56500.00", "49.13"])
      XCTAssertEqual(filed.implementationPercent, "41.67")
      XCTAssertEqual(filed.level, "น้อย", "below 50 % in a 12-month round")
      XCTAssertEqual(filed.rows.map(\.inOrdinance), [true, false, true, true, nil, nil])
      XCTAssertEqual(filed.rows[4].targetGroups, ["เด็กและเยาวชน", "สถานศึกษา"])

      // Amending the plan afterwards (a new version of the plan file) changes nothing in it.
      let amended = FileManager.default.temporaryDirectory.appendingPathComponent("plan-\(UUID()).csv")
      try Data("no,name,dimension,budget_2565\n1,ชื่อใหม่,1,99000\n7,โครงการใหม่,2,5000\n".utf8).write(to: amended)
      defer { try? FileManager.default.removeItem(at: amended) }
      try await XCTAssertEqualAsync(
        try await runCommand(
          app, ["import-plan", "--org", "4200401", "--period", "2561-2565", "--file", amended.path]
        ).code, 0)
      let again = try await Browser(app).get("/api/v1/organizations/4200401/reports/2565/12")
      XCTAssertEqual(try again.content.decode(ReportJSON.self), filed)
      let audit = try await AuditEvent.query(on: app.db).filter(\.$entity == RoundQueries.entity).all()
      XCTAssertEqual(audit.map(\.actorName), ["บรรทัดคำสั่ง (rounds create)"], "the command's write is audited")
    }
  }

  func testCreateLeavesAnExistingRoundAsItIs() async throws {
    try await withApp { app in
      let created = try await runCommand(
        app, ["rounds", "create", "--fiscal-year", "2569", "--round", "6", "--due", "2026-05-15", "--open"])
      XCTAssertEqual(created.code, 0, created.output)
      XCTAssertContains(created.output, "กำหนดส่ง 15 พฤษภาคม 2569, เปิดรับรายงาน")
      let again = try await runCommand(
        app, ["rounds", "create", "--fiscal-year", "2569", "--round", "6", "--due", "2026-06-01"])
      XCTAssertEqual(again.code, 0)
      XCTAssertContains(again.output, "มีปีงบประมาณ พ.ศ. 2569 รอบ 6 เดือนอยู่แล้ว")
      XCTAssertContains(again.output, "ไม่ได้เปลี่ยนแปลงอะไร")
      let rounds = try await ReportRound.query(on: app.db).all()
      XCTAssertEqual(rounds.count, 1)
      XCTAssertEqual(rounds.first.map { ThaiCalendar.longDate($0.dueDate) }, "15 พฤษภาคม 2569")
      XCTAssertEqual(rounds.first?.windowOpen, true)
      try await XCTAssertEqualAsync(
        try await AuditEvent.query(on: app.db).filter(\.$entity == RoundQueries.entity).count(), 1)

      // The admin page sees the same round (one query behind both).
      let admin = try await Browser.signedIn(app, as: "admin")
      let duplicate = try await admin.post(Paths.rounds, ["fiscalYear": "2569", "kind": "6"])
      XCTAssertEqual(duplicate.status, .unprocessableEntity)
      let list = try await runCommand(app, ["rounds", "list"])
      XCTAssertContains(list.output, "รอบการรายงาน 1 รอบ")
      XCTAssertContains(list.output, "เปิดรับรายงาน")
      XCTAssertContains(list.output, "ส่งรายงานแล้ว 0 แห่ง")
    }
  }

  func testBadArgumentsAreThaiAndExitNonZero() async throws {
    try await withApp { app in
      let empty = try await runCommand(app, ["rounds", "list"])
      XCTAssertEqual(empty.code, 0)
      XCTAssertContains(empty.output, "ยังไม่มีรอบการรายงาน")
      for arguments in [
        ["rounds"], ["rounds", "remove"], ["rounds", "create"], ["rounds", "create", "--fiscal-year", "2565"],
        ["rounds", "create", "--round", "12"],
      ] {
        let result = try await runCommand(app, arguments)
        XCTAssertEqual(result.code, 2, arguments.joined(separator: " "))
        XCTAssertContains(result.output, "ใช้: sujarit rounds create --fiscal-year")
      }
      let bad = try await runCommand(
        app, ["rounds", "create", "--fiscal-year", "ปีนี้", "--round", "7", "--due", "31/10/2565"])
      XCTAssertEqual(bad.code, 2)
      for text in ["กรุณากรอกปีงบประมาณ พ.ศ.", "กรุณาเลือกรอบ 6 หรือ 12 เดือน", "ปปปป-ดด-วว"] {
        XCTAssertContains(bad.output, text)
      }
      for due in ["2565-10-31", "2022-02-30", "2022-10-31T00:00:00Z", String(repeating: "9", count: 400)] {
        let result = try await runCommand(
          app, ["rounds", "create", "--fiscal-year", "2565", "--round", "12", "--due", due])
        XCTAssertEqual(result.code, 2, due)
      }
      let huge = try await runCommand(
        app,
        ["rounds", "create", "--fiscal-year", String(repeating: "9", count: 40), "--round", "99999999999999999999"])
      XCTAssertEqual(huge.code, 2)
      try await XCTAssertEqualAsync(try await ReportRound.query(on: app.db).count(), 0)
    }
  }
}
