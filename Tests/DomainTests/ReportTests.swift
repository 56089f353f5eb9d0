import Domain
import XCTest

final class ReportMetricsTests: XCTestCase {
  func line(_ progress: ProjectProgress?, _ budget: Int64, _ disbursed: Int64) -> ReportLine {
    ReportLine(progress: progress, budget: Money(satang: budget), disbursed: Money(satang: disbursed))
  }

  func testTheOfficialExampleFigure() {
    // 595,655.00 of 1,388,800.00 baht = 42.89 % (domain.md §7).
    let summary = ReportSummary(lines: [line(.completed, 138_880_000, 59_565_500)])
    XCTAssertEqual(summary.disbursementPercent?.description, "42.89")
    XCTAssertEqual(summary.disbursed.formatted, "595,655.00")
  }

  func testCountsAndImplementationWithHalfWeightForInProgress() {
    let summary = ReportSummary(lines: [
      line(.completed, 0, 0), line(.completed, 0, 0), line(.inProgress, 0, 0), line(.cannot, 0, 0), line(nil, 0, 0),
    ])
    XCTAssertEqual(
      [summary.projects, summary.pending, summary.inProgress, summary.completed, summary.cannot], [5, 1, 1, 2, 1])
    XCTAssertEqual(summary.implementationPercent?.description, "50.00")
    XCTAssertEqual(summary.level(.defaults(for: .twelveMonth)), .medium)
    XCTAssertEqual(summary.level(.defaults(for: .sixMonth)), .high, "half done half-way through the year is good")
  }

  func testRoundingIsHalfUpAtTwoDecimals() {
    XCTAssertEqual(Percent(1, of: 3)?.description, "33.33")
    XCTAssertEqual(Percent(2, of: 3)?.description, "66.67")
    XCTAssertEqual(Percent(1, of: 8)?.description, "12.50")
    XCTAssertEqual(Percent(1, of: 16)?.description, "6.25")
    XCTAssertEqual(Percent(1, of: 32)?.description, "3.13", "3.125 rounds half-up")
    XCTAssertEqual(Percent(5, of: 5)?.description, "100.00")
  }

  func testEmptyRoundAndZeroBudgetDoNotCrash() {
    let empty = ReportSummary(lines: [])
    XCTAssertNil(empty.disbursementPercent)
    XCTAssertNil(empty.implementationPercent)
    XCTAssertNil(empty.level(.defaults(for: .sixMonth)))
    let noBudget = ReportSummary(lines: [line(.completed, 0, 0)])
    XCTAssertNil(noBudget.disbursementPercent)
    XCTAssertEqual(noBudget.implementationPercent?.description, "100.00")
  }

  func testLevels() {
    XCTAssertEqual(ImplementationLevel.of(Percent(hundredths: 8_000)), .high)
    XCTAssertEqual(ImplementationLevel.of(Percent(hundredths: 7_999)), .medium)
    XCTAssertEqual(ImplementationLevel.of(Percent(hundredths: 4_999)), .low)
  }
}

final class ReportRoundTests: XCTestCase {
  func testCoverageAndDueDates() {
    let year = FiscalYear(2566)
    XCTAssertEqual(ThaiCalendar.longDate(RoundKind.sixMonth.coverage(year).last), "31 มีนาคม 2566")
    XCTAssertEqual(ThaiCalendar.longDate(RoundKind.sixMonth.defaultDueDate(year)), "30 เมษายน 2566")
    XCTAssertEqual(ThaiCalendar.longDate(RoundKind.twelveMonth.coverage(year).last), "30 กันยายน 2566")
    XCTAssertEqual(ThaiCalendar.longDate(RoundKind.twelveMonth.defaultDueDate(year)), "31 ตุลาคม 2566")
  }

  func testEachLockedStateHasItsOwnReason() {
    let now = ThaiCalendar.date(buddhistYear: 2566, month: 4, day: 15)!
    let later = ThaiCalendar.date(buddhistYear: 2566, month: 5, day: 15)!
    func access(open: Bool, opens: Date? = nil, closed: Date? = nil, ext: Date? = nil, _ status: ReportStatus = .draft)
      -> RoundAccess
    {
      RoundAccess.decide(
        windowOpen: open, opensAt: opens, closedAt: closed, extensionUntil: ext, status: status, now: now)
    }
    XCTAssertEqual(access(open: true), .open)
    XCTAssertEqual(access(open: false, opens: later), .notOpenYet(opens: later))
    XCTAssertEqual(access(open: false, closed: now), .closed)
    XCTAssertEqual(access(open: false, closed: now, ext: later), .openByExtension(until: later))
    XCTAssertEqual(access(open: true, .submitted), .alreadySubmitted)
    XCTAssertEqual(access(open: true, .awaitingConfirmation), .awaitingConfirmation)
    let returned = access(open: false, closed: now, .returned)
    XCTAssertTrue(returned.isWritable, "a returned report can be corrected after the window closed")
    XCTAssertFalse(access(open: false, closed: now).isWritable)
    XCTAssertFalse(access(open: true, .submitted).isWritable)
    let messages = Set(
      [
        access(open: false, opens: later), access(open: false, closed: now), access(open: true, .submitted),
        access(open: true, .awaitingConfirmation), access(open: false, ext: later), returned,
      ].map(\.message))
    XCTAssertEqual(messages.count, 6)
  }

  func testLateOnlyAfterTheDueDay() {
    let due = RoundKind.sixMonth.defaultDueDate(FiscalYear(2566))
    XCTAssertFalse(RoundAccess.isLate(submittedAt: due.addingTimeInterval(23 * 3600), dueDate: due))
    XCTAssertTrue(RoundAccess.isLate(submittedAt: due.addingTimeInterval(24 * 3600), dueDate: due))
  }
}
