import Domain
import XCTest

final class ComplaintClockTests: XCTestCase {
  /// 2026-12-01 20:00 UTC is 2 ธันวาคม 03:00 in Bangkok: the clock counts Bangkok days.
  func testDueDayIsFifteenBangkokDaysAfterTheDayOfReceipt() {
    let lateEveningUTC = Date(timeIntervalSince1970: 1_796_155_200)  // 2026-12-01T20:00:00Z
    let clock = ComplaintClock(receivedAt: lateEveningUTC)
    XCTAssertEqual(clock.receivedOn, "2026-12-02")
    XCTAssertEqual(clock.dueOn, "2026-12-17")
    let justBeforeMidnightBangkok = Date(timeIntervalSince1970: 1_796_144_399)  // 2026-12-01T16:59:59Z
    XCTAssertEqual(ComplaintClock(receivedAt: justBeforeMidnightBangkok).dueOn, "2026-12-16")
  }

  func testMonthAndYearEnds() {
    // 20 ก.ย. 2570 (2027-09-20) → 5 ต.ค.; 25 ธ.ค. → 9 ม.ค. of the next year.
    XCTAssertEqual(ComplaintClock(receivedAt: bangkok(2027, 9, 20, 10)).dueOn, "2027-10-05")
    XCTAssertEqual(ComplaintClock(receivedAt: bangkok(2026, 12, 25, 10)).dueOn, "2027-01-09")
    XCTAssertEqual(ComplaintClock(receivedAt: bangkok(2028, 2, 20, 10)).dueOn, "2028-03-06")  // leap year
  }

  func testOverdueFromTheDayAfterTheDueDay() {
    let clock = ComplaintClock(receivedAt: bangkok(2026, 12, 2, 9))
    XCTAssertFalse(clock.isOverdue(now: bangkok(2026, 12, 17, 23), closedAt: nil))
    XCTAssertEqual(clock.daysLeft(now: bangkok(2026, 12, 17, 23)), 0)
    XCTAssertTrue(clock.isOverdue(now: bangkok(2026, 12, 18, 0), closedAt: nil))
    XCTAssertEqual(clock.daysLeft(now: bangkok(2026, 12, 20, 8)), -3)
    XCTAssertEqual(clock.daysLeft(now: bangkok(2026, 12, 2, 9)), 15)
    // A closed case is judged by the day it closed, not by today.
    XCTAssertFalse(clock.isOverdue(now: bangkok(2027, 6, 1, 9), closedAt: bangkok(2026, 12, 10, 9)))
    XCTAssertTrue(clock.isOverdue(now: bangkok(2027, 6, 1, 9), closedAt: bangkok(2026, 12, 18, 9)))
  }

  func testHalvesOfTheFiscalYear() {
    XCTAssertEqual(ComplaintClock.half(of: bangkok(2026, 10, 1, 0)), 1)
    XCTAssertEqual(ComplaintClock.half(of: bangkok(2027, 3, 31, 23)), 1)
    XCTAssertEqual(ComplaintClock.half(of: bangkok(2027, 4, 1, 0)), 2)
    XCTAssertEqual(ComplaintClock.half(of: bangkok(2027, 9, 30, 23)), 2)
  }
}

final class ComplaintWorkflowTests: XCTestCase {
  func testStatesMoveOnlyForward() {
    XCTAssertEqual(ComplaintState.received.next, [.considering, .notTakenUp])
    XCTAssertTrue(ComplaintState.considering.next.contains(.factFinding))
    XCTAssertEqual(ComplaintState.closed.next, [])
    XCTAssertEqual(ComplaintState.notTakenUp.next, [])
    XCTAssertFalse(ComplaintState.closed.isOpen)
    XCTAssertTrue(ComplaintState.factFinding.isOpen)
  }

  func testClosingNeedsAnOutcomeAndWhatTheComplainantIsTold() {
    let bare = ComplaintWorkflow.problems(
      from: .considering, ComplaintTransition(to: .closed), overdueWithoutExplanation: false)
    XCTAssertNotNil(bare["outcome"])
    XCTAssertNotNil(bare["reason"])
    let full = ComplaintWorkflow.problems(
      from: .factFinding, ComplaintTransition(to: .closed, outcome: .disciplinary, reason: "ตั้งกรรมการสอบวินัยแล้ว"),
      overdueWithoutExplanation: false)
    XCTAssertTrue(full.isEmpty)
  }

  func testNotTakingUpNeedsAReason() {
    XCTAssertNotNil(
      ComplaintWorkflow.problems(
        from: .received, ComplaintTransition(to: .notTakenUp), overdueWithoutExplanation: false)[
          "reason"])
    XCTAssertTrue(
      ComplaintWorkflow.problems(
        from: .received, ComplaintTransition(to: .notTakenUp, reason: "บัตรสนเท่ห์ไม่มีหลักฐานหรือพยาน"),
        overdueWithoutExplanation: false
      ).isEmpty)
  }

  func testClosedCasesStayClosedAndSkippingIsRefused() {
    let reopened = ComplaintWorkflow.problems(
      from: .closed, ComplaintTransition(to: .considering), overdueWithoutExplanation: false)
    XCTAssertEqual(reopened["state"], "เรื่องนี้ยุติเรื่องแล้ว เปลี่ยนสถานะอีกไม่ได้")
    XCTAssertNotNil(
      ComplaintWorkflow.problems(
        from: .received, ComplaintTransition(to: .closed, outcome: .unfounded, reason: "x"),
        overdueWithoutExplanation: false)["state"])
  }

  func testPassingFifteenDaysNeedsAWrittenExplanation() {
    let move = ComplaintTransition(to: .considering)
    XCTAssertNotNil(
      ComplaintWorkflow.problems(from: .received, move, overdueWithoutExplanation: true)["delayExplanation"])
    var explained = move
    explained.delayExplanation = "รอเอกสารจากกองคลัง"
    XCTAssertTrue(ComplaintWorkflow.problems(from: .received, explained, overdueWithoutExplanation: true).isEmpty)
  }

  func testOutcomeOnlyWhenClosing() {
    XCTAssertNotNil(
      ComplaintWorkflow.problems(
        from: .received, ComplaintTransition(to: .considering, outcome: .criminal), overdueWithoutExplanation: false)[
          "outcome"])
  }
}

final class ComplaintMaskingTests: XCTestCase {
  func testNameAndContactAreHiddenWhereverTheyAppear() {
    let text = "ข้าพเจ้านายสมชาย ใจดี เห็นเหตุการณ์ สมชายพร้อมให้ข้อมูล ติดต่อ somchai@example.co.th"
    let masked = ComplaintMasking.masked(text, names: ["นายสมชาย ใจดี"], contacts: ["somchai@example.co.th"])
    XCTAssertFalse(masked.contains("สมชาย"))
    XCTAssertFalse(masked.contains("ใจดี"))
    XCTAssertFalse(masked.contains("somchai"))
    XCTAssertTrue(masked.contains("เห็นเหตุการณ์"))
    XCTAssertTrue(masked.contains(ComplaintMasking.mark))
  }

  func testPhoneNumbersInAnyFormAreHidden() {
    for phone in ["081-234-5678", "0812345678", "๐๘๑ ๒๓๔ ๕๖๗๘", "02.123.4567"] {
      let masked = ComplaintMasking.masked("โทร \(phone) ได้ตลอด", names: [])
      XCTAssertEqual(masked, "โทร \(ComplaintMasking.mark) ได้ตลอด", phone)
    }
  }

  func testAmountsDatesAndOtherEmailsLikeTextStay() {
    let text = "เรียกเงิน 50,000 บาท เมื่อ 12/3/2569 ที่ห้อง 204 โครงการ 1-2"
    XCTAssertEqual(ComplaintMasking.masked(text, names: []), text)
    XCTAssertEqual(ComplaintMasking.masked("a@b ไม่ใช่อีเมล", names: []), "a@b ไม่ใช่อีเมล")
    // A contact's own words (a house number) do not mask ordinary text; the contact whole does.
    let budget = ComplaintMasking.masked(
      "งบ 499,000 บาท หมู่ 1 ติดต่อที่ บ้าน 99 หมู่ 1", names: [], contacts: ["บ้าน 99 หมู่ 1"])
    XCTAssertEqual(budget, "งบ 499,000 บาท หมู่ 1 ติดต่อที่ \(ComplaintMasking.mark)")
  }

  func testWitnessesNamedInTheStoryAreMaskedButNotTheirRoles() {
    let names = ComplaintMasking.witnessNames("นายดำ ขยัน (ผู้รับเหมา), นางแดง มีสุข\nลุงสม")
    XCTAssertEqual(names, ["นายดำ ขยัน", "นางแดง มีสุข", "ลุงสม"])
    let masked = ComplaintMasking.masked("ดำเห็นผู้รับเหมาส่งเงิน แดงก็เห็น", names: names)
    XCTAssertFalse(masked.contains("ดำเห็น"))
    XCTAssertFalse(masked.contains("แดง"))
    XCTAssertTrue(masked.contains("ผู้รับเหมาส่งเงิน"))
  }

  func testTitlesAloneAreNotMasked() {
    let masked = ComplaintMasking.masked("นางสาวสมศรี และนาง ข้างบ้าน", names: ["นางสาว สมศรี"])
    XCTAssertFalse(masked.contains("สมศรี"))
    XCTAssertTrue(masked.contains("นาง ข้างบ้าน"))
    // A zero-width space inside the name does not let it through.
    XCTAssertFalse(ComplaintMasking.masked("คือสม\u{200B}ศรี เอง", names: ["สมศรี"]).contains("ศรี"))
  }
}

final class ComplaintReceiptTests: XCTestCase {
  func testReceiptsAreTwentyCharactersOfAHundredBitsGroupedInFours() {
    let receipt = ComplaintReceipt.random()
    XCTAssertEqual(receipt.code.count, 20)
    XCTAssertGreaterThanOrEqual(ComplaintReceipt.bits, 80)
    XCTAssertTrue(receipt.code.allSatisfy { ComplaintReceipt.alphabet.contains($0) })
    XCTAssertEqual(receipt.grouped.count, 24)
    XCTAssertEqual(receipt.grouped.split(separator: "-").map(\.count), [4, 4, 4, 4, 4])
    XCTAssertNotEqual(ComplaintReceipt.random(), ComplaintReceipt.random())
    XCTAssertFalse(String(describing: receipt).contains(receipt.code))
  }

  func testTypedReceiptsForgiveCaseSeparatorsAndLookAlikes() {
    let receipt = ComplaintReceipt.random()
    XCTAssertEqual(ComplaintReceipt(typed: receipt.grouped.lowercased()), receipt)
    XCTAssertEqual(
      ComplaintReceipt(typed: " " + receipt.grouped.replacingOccurrences(of: "-", with: " ") + " "), receipt)
    XCTAssertEqual(ComplaintReceipt(typed: "O1IL-0000-0000-0000-0000")?.code, "01110000000000000000")
  }

  func testAnythingElseIsNotAReceipt() {
    XCTAssertNil(ComplaintReceipt(typed: ""))
    XCTAssertNil(ComplaintReceipt(typed: "ABCD-EFGH"))
    XCTAssertNil(ComplaintReceipt(typed: "UUUU-UUUU-UUUU-UUUU-UUUU"))  // U is not in the alphabet
    XCTAssertNil(ComplaintReceipt(typed: "ABCD-EFGH-JKMN-PQRS-TVWXY"))
    XCTAssertNil(ComplaintReceipt(typed: String(repeating: "A", count: 10_000)))
    XCTAssertNil(ComplaintReceipt(typed: "กขคง-กขคง-กขคง-กขคง-กขคง"))
  }
}

final class ComplaintFilingTests: XCTestCase {
  func testAnonymousFilingsKeepNoNameEvenIfTyped() throws {
    let filing = try ComplaintFiling.validate(
      concern: "person", concerns: "ผอ.กองช่าง", details: "เรียกรับเงิน", when: nil, where: nil, witnesses: nil,
      anonymous: true, name: "นายสมชาย", contact: "0812345678", aboutExecutive: false
    ).get()
    XCTAssertNil(filing.name)
    XCTAssertNil(filing.contact)
    XCTAssertEqual(filing.concern, .person)
  }

  func testNamedFilingsNeedNameAndContact() {
    guard
      case .failure(let errors) = ComplaintFiling.validate(
        concern: nil, concerns: "x", details: "y", when: nil, where: nil, witnesses: nil, anonymous: false, name: " ",
        contact: nil, aboutExecutive: false)
    else { return XCTFail("accepted") }
    XCTAssertNotNil(errors["name"])
    XCTAssertNotNil(errors["contact"])
  }

  func testRequiredFieldsLimitsAndUnknownKinds() {
    guard
      case .failure(let errors) = ComplaintFiling.validate(
        concern: "alien", concerns: "", details: String(repeating: "ก", count: 10_001), when: nil, where: nil,
        witnesses: nil, anonymous: true, name: nil, contact: nil, aboutExecutive: false)
    else { return XCTFail("accepted") }
    XCTAssertNotNil(errors["concern"])
    XCTAssertNotNil(errors["concerns"])
    XCTAssertEqual(errors["details"], "ยาวเกิน 10000 ตัวอักษร กรุณาย่อให้สั้นลง")
  }

  func testUnsignedComplaintsWithoutEvidenceOrWitnessesAreFlagged() {
    XCTAssertTrue(ComplaintFiling.unsignedWithoutSupport(anonymous: true, witnesses: " ", files: 0))
    XCTAssertFalse(ComplaintFiling.unsignedWithoutSupport(anonymous: true, witnesses: "นาย ก.", files: 0))
    XCTAssertFalse(ComplaintFiling.unsignedWithoutSupport(anonymous: true, witnesses: "", files: 1))
    XCTAssertFalse(ComplaintFiling.unsignedWithoutSupport(anonymous: false, witnesses: "", files: 0))
  }
}

final class ComplaintStatisticsTests: XCTestCase {
  func testCountsByHalfStateOutcomeAndOverdue() {
    let now = bangkok(2027, 5, 1, 12)
    func fact(_ received: Date, _ state: ComplaintState, _ outcome: ComplaintOutcome? = nil, closed: Date? = nil)
      -> ComplaintCounts.Fact
    {
      .init(
        state: state, outcome: outcome, concern: .project, clock: ComplaintClock(receivedAt: received), closedAt: closed
      )
    }
    let facts = [
      fact(bangkok(2026, 10, 5, 9), .closed, .unfounded, closed: bangkok(2026, 10, 10, 9)),  // on time
      fact(bangkok(2026, 11, 1, 9), .closed, .disciplinary, closed: bangkok(2026, 12, 1, 9)),  // late
      fact(bangkok(2027, 1, 1, 9), .notTakenUp, closed: bangkok(2027, 1, 3, 9)),
      fact(bangkok(2027, 4, 2, 9), .considering),  // open, 29 days: overdue
      fact(bangkok(2027, 4, 25, 9), .received),  // open, within 15 days
    ]
    let statistics = ComplaintYearStatistics(fiscalYear: 2570, facts: facts, now: now)
    XCTAssertEqual(statistics.firstHalf.received, 3)
    XCTAssertEqual(statistics.secondHalf.received, 2)
    XCTAssertEqual(statistics.year.received, 5)
    XCTAssertEqual(statistics.year.completed, 2)
    XCTAssertEqual(statistics.year.notTakenUp, 1)
    XCTAssertEqual(statistics.year.inProgress, 2)
    XCTAssertEqual(statistics.year.overdue, 2)
    XCTAssertEqual(statistics.year.byOutcome, ["unfounded": 1, "disciplinary": 1])
    XCTAssertEqual(statistics.year.byConcern, ["project": 5])
    XCTAssertEqual(ComplaintYearStatistics.halfTitle(1, fiscalYear: 2570), "ครึ่งปีแรก (ต.ค. 2569 – มี.ค. 2570)")
  }

  func testRetentionCutoffIsYearsBeforeNow() {
    let now = bangkok(2031, 12, 2, 10)
    XCTAssertEqual(ThaiCalendar.isoDate(ComplaintRetention.cutoff(now: now, years: 5)), "2026-12-02")
  }
}

final class ComplaintAccessTests: XCTestCase {
  let nongprue = OrganizationPlace(code: "4200401", provinceCode: "20", district: "บางละมุง", region: 2, parentCode: nil)

  func testOnlyTheHandlersOfACaseSeeIt() {
    let own = AccessPolicy(role: .complaintOfficer, scope: .organization(code: "4200401"))
    let other = AccessPolicy(role: .complaintOfficer, scope: .organization(code: "5200403"))
    let officer = AccessPolicy(role: .laoOfficer, scope: .organization(code: "4200401"))
    let executive = AccessPolicy(role: .laoExecutive, scope: .organization(code: "4200401"))
    let province = AccessPolicy(role: .provincialMonitor, scope: .province(code: "20"))
    let elsewhere = AccessPolicy(role: .provincialMonitor, scope: .province(code: "50"))
    let admin = AccessPolicy(role: .nationalAdmin, scope: .nation)
    let region = AccessPolicy(role: .regionalMonitor, scope: .region(2))
    XCTAssertTrue(own.canHandleComplaint(at: nongprue, aboutExecutive: false))
    XCTAssertFalse(own.canHandleComplaint(at: nongprue, aboutExecutive: true))
    XCTAssertTrue(province.canHandleComplaint(at: nongprue, aboutExecutive: true))
    XCTAssertFalse(province.canHandleComplaint(at: nongprue, aboutExecutive: false))
    for policy in [other, officer, executive, elsewhere, admin, region] {
      XCTAssertFalse(policy.canHandleComplaint(at: nongprue, aboutExecutive: false), "\(policy.role)")
      XCTAssertFalse(policy.canHandleComplaint(at: nongprue, aboutExecutive: true), "\(policy.role)")
    }
  }

  func testTheComplaintOfficerDoesNothingElse() {
    let own = AccessPolicy(role: .complaintOfficer, scope: .organization(code: "4200401"))
    XCTAssertFalse(own.canEditPlan(of: nongprue))
    XCTAssertFalse(own.canManageAnnouncements(of: nongprue))
    XCTAssertFalse(own.canEditOit(of: nongprue))
    XCTAssertFalse(own.canEditItaMeasures(of: nongprue))
    XCTAssertTrue(own.handlesComplaints)
  }
}

/// A moment in Bangkok time.
private func bangkok(_ year: Int, _ month: Int, _ day: Int, _ hour: Int) -> Date {
  ThaiCalendar.gregorian.date(from: DateComponents(year: year, month: month, day: day, hour: hour)) ?? Date()
}
