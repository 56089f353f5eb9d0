import Domain
import XCTest

final class ThaiCalendarTests: XCTestCase {
  func date(_ iso: String) -> Date { ISO8601DateFormatter().date(from: iso)! }

  func testLongDateUsesBuddhistYearAndThaiMonth() {
    XCTAssertEqual(ThaiCalendar.longDate(date("2023-02-14T03:00:00Z")), "14 กุมภาพันธ์ 2566")
  }

  func testShortDateUsesAbbreviatedMonthAndTwoDigitYear() {
    XCTAssertEqual(ThaiCalendar.shortDate(date("2023-02-14T03:00:00Z")), "14 ก.พ. 66")
    XCTAssertEqual(ThaiCalendar.shortDate(date("2043-01-05T03:00:00Z")), "5 ม.ค. 86")
  }

  func testDatesAreJudgedInBangkokTime() {
    // 17:30 UTC on 30 Sep is already 1 Oct 00:30 in Bangkok.
    XCTAssertEqual(ThaiCalendar.longDate(date("2023-09-30T17:30:00Z")), "1 ตุลาคม 2566")
  }

  func testThaiDigitsRoundTrip() {
    XCTAssertEqual(ThaiDigits.convert("595,655.00 บาท 2566"), "๕๙๕,๖๕๕.๐๐ บาท ๒๕๖๖")
    XCTAssertEqual(ThaiDigits.toArabic("๕๙๕,๖๕๕.๐๐"), "595,655.00")
    XCTAssertEqual(ThaiCalendar.longDate(date("2023-02-14T03:00:00Z"), thaiDigits: true), "๑๔ กุมภาพันธ์ ๒๕๖๖")
  }

  func testAllTwelveMonthNames() {
    XCTAssertEqual(ThaiCalendar.monthNames.count, 12)
    XCTAssertEqual(ThaiCalendar.monthNames[9], "ตุลาคม")
    XCTAssertEqual(ThaiCalendar.shortMonthNames[11], "ธ.ค.")
  }

  func testInvalidCalendarDayIsRejected() {
    XCTAssertNil(ThaiCalendar.date(buddhistYear: 2566, month: 2, day: 30))
    XCTAssertNotNil(ThaiCalendar.date(buddhistYear: 2567, month: 2, day: 29))  // 2024 is a leap year
  }
}

final class FiscalYearTests: XCTestCase {
  func date(_ iso: String) -> Date { ISO8601DateFormatter().date(from: iso)! }

  func testFiscalYear2566RunsOctober2022ToSeptember2023() {
    let fy = FiscalYear(2566)
    XCTAssertEqual(ThaiCalendar.longDate(fy.start), "1 ตุลาคม 2565")
    XCTAssertEqual(ThaiCalendar.longDate(fy.lastDay), "30 กันยายน 2566")
    XCTAssertEqual(fy.start, date("2022-09-30T17:00:00Z"))
  }

  func testBoundariesInBangkokTime() {
    XCTAssertEqual(FiscalYear(containing: date("2022-09-30T16:59:59Z")).buddhistYear, 2565)
    XCTAssertEqual(FiscalYear(containing: date("2022-09-30T17:00:00Z")).buddhistYear, 2566)
    XCTAssertEqual(FiscalYear(containing: date("2023-09-30T16:59:59Z")).buddhistYear, 2566)
    XCTAssertEqual(FiscalYear(containing: date("2023-09-30T17:00:00Z")).buddhistYear, 2567)
  }

  func testContainsIsHalfOpen() {
    let fy = FiscalYear(2566)
    XCTAssertTrue(fy.contains(fy.start))
    XCTAssertFalse(fy.contains(fy.endExclusive))
    XCTAssertTrue(fy.contains(fy.lastDay))
  }

  func testDescriptionIsThai() {
    XCTAssertEqual(FiscalYear(2568).description, "ปีงบประมาณ พ.ศ. 2568")
  }
}

final class ThaiDateParsingTests: XCTestCase {
  func testReadsThaiAndISODates() {
    let expected = ThaiCalendar.date(buddhistYear: 2566, month: 10, day: 1)
    XCTAssertEqual(ThaiCalendar.parse("1/10/2566"), expected)
    XCTAssertEqual(ThaiCalendar.parse("๑/๑๐/๒๕๖๖"), expected)
    XCTAssertEqual(ThaiCalendar.parse("2023-10-01"), expected)
    XCTAssertEqual(ThaiCalendar.numericDate(expected!), "1/10/2566")
  }

  func testRejectsImpossibleOrGregorianSlashDates() {
    XCTAssertNil(ThaiCalendar.parse("31/2/2566"))
    XCTAssertNil(ThaiCalendar.parse("1/10/2023"), "a slash date must be in พ.ศ.")
    XCTAssertNil(ThaiCalendar.parse("พรุ่งนี้"))
  }

  func testLifecycleOrder() {
    XCTAssertNoThrow(try OrganizationLifecycleRules.validate(from: "1/10/2566", until: "").get())
    guard case .failure(let errors) = OrganizationLifecycleRules.validate(from: "1/10/2566", until: "30/9/2566") else {
      return XCTFail("until before from must fail")
    }
    XCTAssertEqual(errors["activeUntil"], "วันสิ้นสภาพต้องไม่ก่อนวันจัดตั้ง")
  }
}
