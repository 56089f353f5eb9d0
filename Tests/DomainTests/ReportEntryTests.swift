import XCTest

@testable import Domain

final class ReportEntryTests: XCTestCase {
  let planBudget = Money(satang: 5_000_000)

  func testEmptyBudgetFallsBackToThePlanAndStatusMayBePending() throws {
    let entry = try ReportEntryRules.validate(["status": ""], planBudget: planBudget).get()
    XCTAssertNil(entry.progress)
    XCTAssertEqual(entry.budget, planBudget)
    XCTAssertEqual(entry.disbursed, .zero)
    XCTAssertEqual(entry.statusLabel, "รอรายงาน")
    XCTAssertNil(try ReportEntryRules.validate(["status": "รอรายงาน"], planBudget: planBudget).get().progress)
  }

  func testCannotNeedsAReasonAndOtherNeedsText() {
    let cannot = ["status": "ไม่สามารถดำเนินการได้"]
    XCTAssertEqual(
      failure(cannot)["reason"], "กรุณาเลือกเหตุผลที่ไม่สามารถดำเนินการได้")
    XCTAssertEqual(failure(cannot.merging(["reason": "อื่นๆ"]) { $1 })["reason_text"], "กรุณาระบุเหตุผลอื่นๆ")
    let other = try? ReportEntryRules.validate(
      cannot.merging(["reason": "อื่นๆ", "reason_text": "น้ำท่วม"]) { $1 }, planBudget: planBudget
    ).get()
    XCTAssertEqual(other?.reasonLabel, "อื่นๆ: น้ำท่วม")
    let fromFile = try? ReportEntryRules.validate(
      cannot.merging(["reason": "อื่นๆ: น้ำท่วม"]) { $1 }, planBudget: planBudget
    )
    .get()
    XCTAssertEqual(fromFile?.reason, .other)
    XCTAssertEqual(fromFile?.reasonText, "น้ำท่วม")
    let freeText = try? ReportEntryRules.validate(cannot.merging(["reason": "ถนนขาด"]) { $1 }, planBudget: planBudget)
      .get()
    XCTAssertEqual(freeText?.reasonLabel, "อื่นๆ: ถนนขาด")
    let staff = try? ReportEntryRules.validate(
      cannot.merging(["reason": "บุคลากรไม่เพียงพอ"]) { $1 }, planBudget: planBudget
    ).get()
    XCTAssertEqual(staff?.reason, .notEnoughStaff)
  }

  func testAReasonIsDroppedWhenTheProjectCanGoAhead() throws {
    let entry = try ReportEntryRules.validate(
      ["status": "ดำเนินการแล้วเสร็จ", "reason": "ไม่ได้รับงบประมาณ", "reason_text": "x"], planBudget: planBudget
    ).get()
    XCTAssertNil(entry.reason)
    XCTAssertEqual(entry.reasonText, "")
  }

  func testMoneyIsExactAndOverspendingNeedsANote() throws {
    let entry = try ReportEntryRules.validate(
      ["status": "อยู่ระหว่างดำเนินการ", "budget": "๑๐,๐๐๐", "disbursed": "9,999.99"], planBudget: planBudget
    ).get()
    XCTAssertEqual(entry.budget.satang, 1_000_000)
    XCTAssertEqual(entry.disbursed.satang, 999_999)
    XCTAssertEqual(
      failure(["budget": "1000", "disbursed": "1000.01"])["disbursed"],
      "เบิกจ่ายมากกว่างบประมาณ (1,000.00 บาท) กรุณาชี้แจงในหมายเหตุ")
    XCTAssertNoThrow(
      try ReportEntryRules.validate(
        ["budget": "1000", "disbursed": "1200", "note": "ใช้เงินสะสมเพิ่ม"], planBudget: planBudget
      )
      .get())
    XCTAssertNotNil(failure(["disbursed": "-5"])["disbursed"])
    XCTAssertNotNil(failure(["budget": "1.234"])["budget"])
    XCTAssertNotNil(failure(["status": "เสร็จ"])["status"])
  }

  func testCountedProjectsFollowTheirYear() {
    let measure = ProjectSnapshot(id: "a", number: 1, type: .measure, name: "มาตรการ", dimension: 2, subMission: nil)
    let yearly = ProjectSnapshot(
      id: "b", number: 2, type: .project, name: "อบรม", dimension: 1, subMission: nil, budgets: [2566: 100, 2567: 0])
    var flagged = measure
    flagged.inconsistent = true
    XCTAssertTrue(ReportScope.counts(measure, in: 2568), "a no-budget measure runs throughout the period")
    XCTAssertTrue(ReportScope.counts(yearly, in: 2566))
    XCTAssertFalse(ReportScope.counts(yearly, in: 2567))
    XCTAssertFalse(ReportScope.counts(flagged, in: 2566), "ไม่สอดคล้อง leaves every count")
  }

  func testImportIsAllOrNothingWithThaiRowErrors() {
    let budgets = [1: Money(satang: 100_000), 2: Money(satang: 0), 3: Money(satang: 50_000)]
    let header = ["ลำดับ", "รายการโครงการ", "สถานะ", "งบประมาณ", "เบิกจ่าย", "เหตุผล", "หมายเหตุ"]
    let good = [
      ["1", "อบรม", "ดำเนินการแล้วเสร็จ", "", "900", "", ""],
      ["๒", "มาตรการ", "", "", "", "", ""],
      ["3", "ประชุม", "ไม่สามารถดำเนินการได้", "500", "0", "ไม่ได้รับงบประมาณ", ""],
    ]
    guard case .success(let entries) = ReportImport.parse(header: header, rows: good, planBudgets: budgets) else {
      return XCTFail("valid file refused")
    }
    XCTAssertEqual(entries[1]?.budget.satang, 100_000, "empty budget = plan budget")
    XCTAssertNil(entries[2]?.progress)
    XCTAssertEqual(entries[3]?.reason, .noBudget)

    let bad = [
      ["1", "", "เสร็จแล้ว", "", "", "", ""],
      ["1", "", "", "", "", "", ""],
      ["9", "", "", "", "", "", ""],
      ["3", "", "ไม่สามารถดำเนินการได้", "", "", "", ""],
      ["x", "", "", "", "", "", ""],
    ]
    guard case .failure(let problems) = ReportImport.parse(header: header, rows: bad, planBudgets: budgets) else {
      return XCTFail("bad file accepted")
    }
    XCTAssertEqual(
      problems.items.map(\.description),
      [
        "แถวที่ 2 คอลัมน์ status: สถานะต้องเป็น อยู่ระหว่างดำเนินการ, ดำเนินการแล้วเสร็จ หรือ ไม่สามารถดำเนินการได้ (เว้นว่าง = รอรายงาน)",
        "แถวที่ 3 คอลัมน์ no: ลำดับ 1 ซ้ำกับแถวที่ 2",
        "แถวที่ 4 คอลัมน์ no: ไม่พบโครงการลำดับ 9 ในแผน (หรือไม่นับในปีงบประมาณนี้)",
        "แถวที่ 5 คอลัมน์ reason: กรุณาเลือกเหตุผลที่ไม่สามารถดำเนินการได้",
        "แถวที่ 6 คอลัมน์ no: ลำดับต้องเป็นตัวเลข",
      ])
    guard case .failure(let missing) = ReportImport.parse(header: ["no", "budget"], rows: [], planBudgets: budgets)
    else {
      return XCTFail("header without status accepted")
    }
    XCTAssertEqual(missing.items.count, 1)
  }

  func testExportRowsReadBackUnchanged() throws {
    let entry = ReportEntryValues(
      progress: .cannot, reason: .other, reasonText: "น้ำท่วม", budget: Money(satang: 123_456),
      disbursed: Money(satang: 7), note: "หมายเหตุ, มีจุลภาค")
    let row = ReportImport.row(number: 4, name: "อบรม", entry: entry)
    let parsed = try ReportImport.parse(
      header: ReportImport.header, rows: [row], planBudgets: [4: .zero]
    ).get()
    XCTAssertEqual(parsed[4], entry)
  }

  private func failure(_ cells: [String: String]) -> FieldErrors {
    if case .failure(let errors) = ReportEntryRules.validate(cells, planBudget: planBudget) { return errors }
    return FieldErrors()
  }
}

final class ReportWorkflowTests: XCTestCase {
  func testTheRoundReportStateMachine() {
    XCTAssertEqual(try ReportWorkflow.apply(.send, to: .draft).get(), .awaitingConfirmation)
    XCTAssertEqual(try ReportWorkflow.apply(.send, to: .returned).get(), .awaitingConfirmation)
    XCTAssertEqual(try ReportWorkflow.apply(.confirm, to: .awaitingConfirmation).get(), .submitted)
    XCTAssertEqual(try ReportWorkflow.apply(.sendBack, to: .awaitingConfirmation).get(), .draft)
    XCTAssertEqual(try ReportWorkflow.apply(.sendBack, to: .awaitingConfirmation, everSubmitted: true).get(), .returned)
    XCTAssertEqual(try ReportWorkflow.apply(.returnForRevision, to: .submitted).get(), .returned)
    for (action, status) in [
      (ReportAction.send, ReportStatus.submitted), (.send, .awaitingConfirmation), (.confirm, .draft),
      (.confirm, .submitted), (.returnForRevision, .draft), (.returnForRevision, .returned), (.sendBack, .submitted),
    ] {
      guard case .failure(let refusal) = ReportWorkflow.apply(action, to: status) else {
        return XCTFail("\(action) allowed from \(status)")
      }
      XCTAssertTrue(refusal.message.contains(status.thaiName))
    }
  }

  func testPendingProjectsAreAWarningButTheReporterAndSomeProjectAreNeeded() {
    let pending = ReportSummary(lines: [
      ReportLine(progress: nil, budget: .zero, disbursed: .zero),
      ReportLine(progress: .completed, budget: .zero, disbursed: .zero),
    ])
    XCTAssertEqual(
      ReportWorkflow.sendProblems(pending, reporterName: "", reporterPosition: "นิติกร"),
      ["กรุณากรอกชื่อและตำแหน่งผู้รายงาน แล้วกดบันทึกก่อนส่ง"])
    XCTAssertEqual(ReportWorkflow.sendProblems(pending, reporterName: "สมชาย", reporterPosition: "นิติกร"), [])
    XCTAssertTrue(ReportWorkflow.sendWarning(pending)?.hasPrefix("ยังมี 1 โครงการรอรายงาน") == true)
    XCTAssertNil(
      ReportWorkflow.sendWarning(
        ReportSummary(lines: [ReportLine(progress: .completed, budget: .zero, disbursed: .zero)])))
    let done = ReportSummary(lines: [ReportLine(progress: .cannot, budget: .zero, disbursed: .zero)])
    XCTAssertEqual(ReportWorkflow.sendProblems(done, reporterName: "สมชาย", reporterPosition: "นิติกร"), [])
    XCTAssertEqual(
      ReportWorkflow.sendProblems(ReportSummary(lines: []), reporterName: "ก", reporterPosition: "ข").count, 1)
  }
}
