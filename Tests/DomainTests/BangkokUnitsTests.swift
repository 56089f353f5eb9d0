import Domain
import XCTest

final class BangkokUnitsTests: XCTestCase {
  let bma = OrganizationPlace(code: "1100000", provinceCode: "10", district: "พระนคร", region: nil, parentCode: nil)
  let phraNakhon = OrganizationPlace(
    code: "1101001", provinceCode: "10", district: "พระนคร", region: nil, parentCode: "1100000")
  let dusit = OrganizationPlace(
    code: "1101002", provinceCode: "10", district: "ดุสิต", region: nil, parentCode: "1100000")
  let pattaya = OrganizationPlace(code: "3200408", provinceCode: "20", district: "บางละมุง", region: 2, parentCode: nil)

  func testTheParentsOfficerReturnsItsUnitsReportsAndNoUnitReturnsAnothersOrItsParents() {
    let office = AccessPolicy(role: .laoOfficer, scope: .organization(code: "1100000"))
    XCTAssertTrue(office.canReturnReport(of: phraNakhon))
    XCTAssertTrue(office.canReturnReport(of: dusit))
    XCTAssertFalse(office.canReturnReport(of: bma), "not its own report")
    XCTAssertFalse(office.canReturnReport(of: pattaya))
    XCTAssertFalse(AccessPolicy(role: .laoExecutive, scope: .organization(code: "1100000")).canReturnReport(of: dusit))
    let district = AccessPolicy(role: .laoOfficer, scope: .organization(code: "1101001"))
    XCTAssertFalse(district.canReturnReport(of: dusit))
    XCTAssertFalse(district.canReturnReport(of: bma))
    XCTAssertFalse(district.canReturnReport(of: phraNakhon), "not its own report either")
    XCTAssertTrue(AccessPolicy(role: .provincialMonitor, scope: .province(code: "10")).canReturnReport(of: dusit))
    XCTAssertFalse(AccessPolicy(role: .provincialMonitor, scope: .province(code: "20")).canReturnReport(of: dusit))
    XCTAssertTrue(AccessPolicy(role: .nationalAdmin, scope: .nation).canReturnReport(of: pattaya))
  }

  func testTheRollUpIsForTheOrganizationsOwnAccountsAndItsProvincesMonitors() {
    XCTAssertTrue(AccessPolicy(role: .laoOfficer, scope: .organization(code: "1100000")).canViewUnits(of: bma))
    XCTAssertTrue(AccessPolicy(role: .laoExecutive, scope: .organization(code: "1100000")).canViewUnits(of: bma))
    XCTAssertFalse(AccessPolicy(role: .laoOfficer, scope: .organization(code: "1101001")).canViewUnits(of: bma))
    XCTAssertTrue(AccessPolicy(role: .provincialMonitor, scope: .province(code: "10")).canViewUnits(of: bma))
    XCTAssertFalse(AccessPolicy(role: .provincialMonitor, scope: .province(code: "20")).canViewUnits(of: bma))
    XCTAssertFalse(
      AccessPolicy(role: .districtMonitor, scope: .district(provinceCode: "10", name: "พระนคร")).canViewUnits(of: bma),
      "a district's monitor does not see the whole BMA")
    XCTAssertTrue(AccessPolicy(role: .nationalAdmin, scope: .nation).canViewUnits(of: bma))
  }

  func testUnitCodesStayOutOfTheDLAsAndTheDistrictsRanges() {
    XCTAssertEqual(BangkokUnits.unitCode(1), "1102001")
    XCTAssertNil(BangkokUnits.unitCode(1000))
    XCTAssertEqual(BangkokUnits.nextUnitCode(taken: ["1102001", "1102003"]), "1102002")
    func validate(_ code: String, _ name: String = "สำนักการโยธา") -> Result<(code: String, name: String), FieldErrors> {
      BangkokUnits.validate(code: code, name: name, taken: ["1102001"], names: ["สำนักอนามัย"])
    }
    guard case .success(let auto) = validate("") else { return XCTFail("empty code takes the next") }
    XCTAssertEqual(auto.code, "1102002")
    guard case .success(let typed) = validate("๑๑๐๒๐๑๐", " สำนักการ\nโยธา ") else { return XCTFail("Thai digits") }
    XCTAssertEqual(typed.code, "1102010")
    XCTAssertEqual(typed.name, "สำนักการ โยธา")
    for code in ["1102001", "1101001", "1100000", "2200101", "6200301", "110200", "11020011", "1102000", "11O2001"] {
      guard case .failure(let errors) = validate(code) else { return XCTFail(code) }
      XCTAssertNotNil(errors["code"], code)
    }
    for name in ["", "Public Works", "สำนักอนามัย", String(repeating: "ก", count: 201)] {
      guard case .failure(let errors) = validate("", name) else { return XCTFail(name) }
      XCTAssertNotNil(errors["name"], name)
    }
  }

  func testAPlanIsLateWhenFirstApprovedAfterTheDueDay() {
    let due = ThaiCalendar.date(buddhistYear: 2565, month: 9, day: 30)!
    let lastMinute = due.addingTimeInterval(24 * 3600 - 1)
    XCTAssertEqual(PlanDeadline.standing(planStatus: nil, firstApprovedAt: nil, dueDate: due), .noPlan)
    XCTAssertEqual(
      PlanDeadline.standing(planStatus: .submitted, firstApprovedAt: nil, dueDate: due), .notApproved(.submitted))
    XCTAssertEqual(
      PlanDeadline.standing(planStatus: .draft, firstApprovedAt: lastMinute, dueDate: due), .approvedOnTime)
    let late = due.addingTimeInterval(24 * 3600)
    XCTAssertEqual(
      PlanDeadline.standing(planStatus: .approved, firstApprovedAt: late, dueDate: due), .approvedLate(late))
    XCTAssertEqual(PlanDeadline.standing(planStatus: .approved, firstApprovedAt: late, dueDate: nil), .approvedOnTime)
    XCTAssertEqual(PlanDeadline.daysLate(.approvedLate(late), dueDate: due, now: Date()), 1)
    XCTAssertTrue(PlanStanding.noPlan.remindable)
    XCTAssertFalse(PlanStanding.approvedLate(late).remindable)
    XCTAssertEqual(ThaiCalendar.isoDate(due), "2022-09-30")
  }
}
