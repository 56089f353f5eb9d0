import Domain
import XCTest

final class RoundRequestTests: XCTestCase {
  private func date(_ iso: String) -> Date { ISO8601DateFormatter().date(from: iso)! }

  private func problems(_ result: Result<RoundRequest, FieldErrors>) -> [String: String] {
    guard case .failure(let errors) = result else { return [:] }
    return errors.messages
  }

  func testTheDueDateDefaultsToTheKindsOwn() throws {
    let twelve = try RoundRequest.validate(fiscalYear: 2565, kind: 12, dueDate: nil, style: .iso).get()
    XCTAssertEqual(twelve.kind, .twelveMonth)
    XCTAssertEqual(ThaiCalendar.longDate(twelve.dueDate), "31 ตุลาคม 2565")
    let six = try RoundRequest.validate(fiscalYear: "๒๕๖๙", kind: " 6 ", dueDate: "  ", style: .thai).get()
    XCTAssertEqual(six, RoundRequest(fiscalYear: 2569, kind: .sixMonth))
    XCTAssertEqual(ThaiCalendar.longDate(six.dueDate), "30 เมษายน 2569")
  }

  func testDueDatesAreReadInTheStyleAsked() throws {
    let iso = try RoundRequest.validate(fiscalYear: 2565, kind: 6, dueDate: "2022-05-15", style: .iso).get()
    XCTAssertEqual(ThaiCalendar.longDate(iso.dueDate), "15 พฤษภาคม 2565")
    let thai = try RoundRequest.validate(fiscalYear: 2565, kind: 6, dueDate: "15/5/2565", style: .thai).get()
    XCTAssertEqual(thai.dueDate, iso.dueDate)
    XCTAssertEqual(
      problems(RoundRequest.validate(fiscalYear: 2565, kind: 6, dueDate: "15/5/2565", style: .iso)).keys.sorted(),
      ["dueDate"], "the command line and the API take only ISO")
  }

  func testBadInputIsNamedInThaiPerField() {
    let all = problems(RoundRequest.validate(fiscalYear: "69", kind: "3", dueDate: "2022-02-30", style: .iso))
    XCTAssertEqual(all.keys.sorted(), ["dueDate", "fiscalYear", "kind"])
    XCTAssertTrue(all["fiscalYear"]!.contains("ปีงบประมาณ พ.ศ."))
    XCTAssertEqual(all["kind"], "กรุณาเลือกรอบ 6 หรือ 12 เดือน")
    for year: Int? in [nil, 2559, 2701, Int.max, Int.min] {
      XCTAssertNotNil(
        problems(RoundRequest.validate(fiscalYear: year, kind: 6, dueDate: nil, style: .iso))["fiscalYear"])
    }
    for text in ["abc", "2565", "", " 2565 ", "1e3"] {
      let result = RoundRequest.validate(fiscalYear: text, kind: "12", dueDate: nil, style: .iso)
      XCTAssertEqual(problems(result).isEmpty, text.trimmingCharacters(in: .whitespaces) == "2565", text)
    }
  }

  func testISODatesAreStrict() {
    for bad in [
      "2022-2-1", "22-02-01", "2022/02/01", "2022-02-01T00:00", "２０２２-02-01", "2022-13-01", "2022-02-29", "1899-01-01",
      "-2022-02-01",
    ] {
      XCTAssertThrowsError(try RoundRequest.parseISODate(bad).get(), bad)
    }
    XCTAssertEqual(
      try RoundRequest.parseISODate("2024-02-29").get(), ThaiCalendar.date(buddhistYear: 2567, month: 2, day: 29))
    guard case .failure(let problem) = RoundRequest.parseISODate("2565-10-31") else {
      return XCTFail("accepted a พ.ศ. year")
    }
    XCTAssertTrue(problem.message.contains("2022-10-31"), problem.message)
  }

  func testTheNextRoundIsTheFirstWhoseDueDateIsStillToCome() {
    // 1 December 2026 (พ.ศ. 2569, fiscal year 2570): 2569's 12-month round is past.
    XCTAssertTrue(RoundRequest.next(after: date("2026-12-01T00:00:00Z")) == (2570, .sixMonth))
    XCTAssertTrue(RoundRequest.next(after: date("2026-04-29T10:00:00Z")) == (2569, .sixMonth))
    // After 30 April: the same fiscal year's 12-month round.
    XCTAssertTrue(RoundRequest.next(after: date("2026-05-01T10:00:00Z")) == (2569, .twelveMonth))
    // October, a new fiscal year: last year's 12-month round is still due on the 31st.
    XCTAssertTrue(RoundRequest.next(after: date("2026-10-05T10:00:00Z")) == (2569, .twelveMonth))
  }
}
