import Domain
import Foundation
import XCTest

final class LevelThresholdTests: XCTestCase {
  private func level(_ hundredths: Int64, _ kind: RoundKind) -> ImplementationLevel {
    LevelThresholds.defaults(for: kind).level(of: Percent(hundredths: hundredths))
  }

  func testTheNationalSystemsThresholdsPerRoundKind() {
    XCTAssertEqual([8_000, 7_999, 5_000, 4_999].map { level($0, .twelveMonth) }, [.high, .medium, .medium, .low])
    XCTAssertEqual([5_000, 4_999, 2_000, 1_999].map { level($0, .sixMonth) }, [.high, .medium, .medium, .low])
    XCTAssertEqual(
      LevelThresholds.defaults(for: .sixMonth).rule(.sixMonth),
      "ระดับ (รอบ 6 เดือน): ตั้งแต่ร้อยละ 50 = มาก, ร้อยละ 20–49.99 = ปานกลาง, ต่ำกว่าร้อยละ 20 = น้อย")
  }

  func testTheAdminsThresholdsAreCheckedPercentages() throws {
    XCTAssertEqual(
      try LevelThresholds.parse(high: "75.5", medium: "40").get(), LevelThresholds(high: 7_550, medium: 4_000))
    XCTAssertEqual(try LevelThresholds.parse(high: "๘๐", medium: "50").get().high, 8_000)
    for (high, medium) in [
      ("101", "50"), ("80", "80"), ("", "50"), ("80", "-1"), ("80.123", "5"),
      ("9" + String(repeating: "9", count: 40), "1"), ("80", "abc"),
    ] {
      guard case .failure(let errors) = LevelThresholds.parse(high: high, medium: medium) else {
        return XCTFail("accepted \(high)/\(medium)")
      }
      XCTAssertFalse(errors.isEmpty)
    }
  }
}

final class TargetGroupTests: XCTestCase {
  func testNamesRoundTripInTheNationalOrder() throws {
    let text = "เด็กและเยาวชน; ข้าราชการการเมืองฝ่ายบริหาร;สถานศึกษา;เด็กและเยาวชน"
    let groups = try TargetGroup.parse(text).get()
    XCTAssertEqual(groups, [.politicalExecutive, .youth, .schools])
    XCTAssertEqual(TargetGroup.text(groups), "ข้าราชการการเมืองฝ่ายบริหาร;เด็กและเยาวชน;สถานศึกษา")
    XCTAssertEqual(try TargetGroup.parse(TargetGroup.text(TargetGroup.allCases)).get(), TargetGroup.allCases)
    XCTAssertEqual(TargetGroup.fromStored(TargetGroup.stored(groups)), groups)
    XCTAssertEqual(try TargetGroup.parse("ข้าราชการ/พนักงาน/ลูกจ้างส่วนท้องถิ่น").get(), [.localStaff], "spacing tolerated")
    XCTAssertEqual(try TargetGroup.parse("").get(), [])
    guard case .failure(let problem) = TargetGroup.parse("ประชาชน;นักท่องเที่ยว") else { return XCTFail() }
    XCTAssertTrue(problem.message.contains("\"ประชาชน\""), problem.message)
  }

  func testOrdinanceAnswers() {
    XCTAssertEqual(try OrdinanceAnswer.parse("ใช่").get(), true)
    XCTAssertEqual(try OrdinanceAnswer.parse(" ไม่ใช่ ").get(), false)
    XCTAssertEqual(try OrdinanceAnswer.parse("").get(), nil)
    XCTAssertThrowsError(try OrdinanceAnswer.parse("อาจจะ").get())
  }

  func testAReportEntryCarriesTheOrdinanceAnswer() throws {
    let values = try ReportEntryRules.validate(
      ["status": "ดำเนินการแล้วเสร็จ", "in_ordinance": "ใช่"], planBudget: Money(satang: 100)
    ).get()
    XCTAssertEqual(values.inOrdinance, true)
    guard case .failure(let errors) = ReportEntryRules.validate(["in_ordinance": "x"], planBudget: .zero) else {
      return XCTFail()
    }
    XCTAssertNotNil(errors["in_ordinance"])
  }
}

final class FiledReportTests: XCTestCase {
  private func line(_ id: String, _ number: Int, _ progress: ProjectProgress?, name: String = "โครงการ")
    -> FiledReport.Line
  {
    FiledReport.Line(
      projectID: id, number: number, type: .project, name: name, dimension: 1, subMission: "1.1",
      planBudget: Money(satang: 1_000_00), targetGroups: [.youth],
      entry: ReportEntryValues(progress: progress, budget: Money(satang: 1_000_00), disbursed: Money(satang: 500_00)))
  }

  private func report(_ lines: [FiledReport.Line], problems: String = "") -> FiledReport {
    FiledReport(
      organizationName: "เทศบาลเมืองหนองปรือ", fiscalYear: 2565, round: .twelveMonth, lines: lines,
      thresholds: .defaults(for: .twelveMonth), problems: problems, suggestions: "", reporterName: "สมชาย",
      reporterPosition: "นิติกร", sentBy: nil, confirmedBy: "นายก", dataDate: Date(timeIntervalSince1970: 1_667_000_000))
  }

  func testACopyKeepsItsSummaryAndLevelAndSurvivesJSON() throws {
    let filed = report([line("a", 1, .completed), line("b", 2, nil), line("c", 3, .inProgress)])
    XCTAssertEqual(filed.totals.pending, 1)
    XCTAssertEqual(filed.totals.implementationPercent, "50.00")
    XCTAssertEqual(filed.totals.level, .medium)
    XCTAssertTrue(filed.totals.levelRule.contains("รอบ 12 เดือน"))
    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .iso8601
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    XCTAssertEqual(try decoder.decode(FiledReport.self, from: encoder.encode(filed)), filed)
  }

  func testTwoCopiesCompareCellByCell() {
    let first = report([line("a", 1, nil), line("b", 2, .completed)], problems: "น้ำท่วม")
    let second = report([line("a", 1, .completed, name: "โครงการใหม่"), line("c", 3, .inProgress)], problems: "น้ำท่วม")
    let diff = FiledReportDiff(from: first, to: second)
    XCTAssertEqual(diff.added.map(\.projectID), ["c"])
    XCTAssertEqual(diff.removed.map(\.projectID), ["b"])
    XCTAssertEqual(diff.changed.first?.changes.map(\.label), ["ชื่อ", "สถานะ"])
    XCTAssertEqual(diff.changed.first?.changes.last?.old, "รอรายงาน")
    XCTAssertTrue(diff.overall.contains { $0.field == "pending" && $0.old == "1" && $0.new == "0" })
    XCTAssertFalse(diff.overall.contains { $0.field == "problems" })
    XCTAssertTrue(FiledReportDiff(from: first, to: first).isEmpty)
  }
}
