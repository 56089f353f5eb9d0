import Domain
import XCTest

final class AccessTests: XCTestCase {
  let pattaya = OrganizationPlace(code: "3200408", provinceCode: "20", district: "บางละมุง", region: 2, parentCode: nil)
  let chiangMai = OrganizationPlace(code: "5501903", provinceCode: "50", district: "สารภี", region: 5, parentCode: nil)
  let phraNakhon = OrganizationPlace(
    code: "1101001", provinceCode: "10", district: "พระนคร", region: nil, parentCode: "1100000")

  func testOrganizationScopeCoversItselfAndItsSubUnitsOnly() {
    XCTAssertTrue(Scope.organization(code: "3200408").covers(pattaya))
    XCTAssertFalse(Scope.organization(code: "3200408").covers(chiangMai))
    XCTAssertTrue(Scope.organization(code: "1100000").covers(phraNakhon))
  }

  func testAreaScopes() {
    XCTAssertTrue(Scope.district(provinceCode: "20", name: "บางละมุง").covers(pattaya))
    XCTAssertFalse(Scope.district(provinceCode: "20", name: "ศรีราชา").covers(pattaya))
    XCTAssertFalse(Scope.district(provinceCode: "21", name: "บางละมุง").covers(pattaya))
    XCTAssertTrue(Scope.province(code: "20").covers(pattaya))
    XCTAssertFalse(Scope.province(code: "20").covers(chiangMai))
    XCTAssertTrue(Scope.region(2).covers(pattaya))
    XCTAssertFalse(Scope.region(2).covers(chiangMai))
    XCTAssertFalse(Scope.region(1).covers(phraNakhon))
    XCTAssertTrue(Scope.nation.covers(phraNakhon))
  }

  func testOnlyTheOrganizationsOwnAccountsWorkInItsOITWorkspace() {
    let officer = AccessPolicy(role: .laoOfficer, scope: .organization(code: "3200408"))
    let executive = AccessPolicy(role: .laoExecutive, scope: .organization(code: "3200408"))
    XCTAssertTrue(officer.canEditOit(of: pattaya))
    XCTAssertTrue(executive.canEditOit(of: pattaya))
    XCTAssertFalse(officer.canReviewOit(of: pattaya), "the executive reviews")
    XCTAssertTrue(executive.canReviewOit(of: pattaya))
    XCTAssertFalse(AccessPolicy(role: .laoOfficer, scope: .organization(code: "5501903")).canEditOit(of: pattaya))
    XCTAssertFalse(AccessPolicy(role: .laoOfficer, scope: .organization(code: "1100000")).canEditOit(of: phraNakhon))
    XCTAssertFalse(AccessPolicy(role: .provincialMonitor, scope: .province(code: "20")).canEditOit(of: pattaya))
    XCTAssertTrue(AccessPolicy(role: .provincialMonitor, scope: .province(code: "20")).canView(pattaya))
    XCTAssertFalse(AccessPolicy(role: .nationalAdmin, scope: .nation).canEditOit(of: pattaya))
  }

  func testOnlyOwnOfficerAndNationalAdminEditProfile() {
    XCTAssertTrue(AccessPolicy(role: .laoOfficer, scope: .organization(code: "3200408")).canEditProfile(pattaya))
    XCTAssertFalse(AccessPolicy(role: .laoOfficer, scope: .organization(code: "5501903")).canEditProfile(pattaya))
    XCTAssertFalse(AccessPolicy(role: .laoExecutive, scope: .organization(code: "3200408")).canEditProfile(pattaya))
    XCTAssertFalse(AccessPolicy(role: .provincialMonitor, scope: .province(code: "20")).canEditProfile(pattaya))
    XCTAssertTrue(AccessPolicy(role: .nationalAdmin, scope: .nation).canEditProfile(chiangMai))
  }

  func testActivationIssuedByProvinceMonitorInsideProvinceOrNationalAdmin() {
    XCTAssertTrue(AccessPolicy(role: .provincialMonitor, scope: .province(code: "20")).canIssueActivation(for: pattaya))
    XCTAssertFalse(
      AccessPolicy(role: .provincialMonitor, scope: .province(code: "50")).canIssueActivation(for: pattaya))
    XCTAssertFalse(AccessPolicy(role: .regionalMonitor, scope: .region(2)).canIssueActivation(for: pattaya))
    XCTAssertFalse(
      AccessPolicy(role: .districtMonitor, scope: .district(provinceCode: "20", name: "บางละมุง")).canIssueActivation(
        for: pattaya))
    XCTAssertFalse(
      AccessPolicy(role: .laoOfficer, scope: .organization(code: "3200408")).canIssueActivation(for: pattaya))
    XCTAssertTrue(AccessPolicy(role: .nationalAdmin, scope: .nation).canIssueActivation(for: chiangMai))
  }
}

final class PasswordPolicyTests: XCTestCase {
  func testRules() {
    XCTAssertNotNil(PasswordPolicy.problem(password: "short", confirmation: "short", username: "3200408"))
    XCTAssertNotNil(PasswordPolicy.problem(password: "x3200408yz!", confirmation: "x3200408yz!", username: "3200408"))
    XCTAssertNotNil(PasswordPolicy.problem(password: "aaaaaaaaaaaa", confirmation: "aaaaaaaaaaaa", username: "u1"))
    XCTAssertEqual(
      PasswordPolicy.problem(password: "ลำไยหวาน2569!", confirmation: "ลำไยหวาน2569?", username: "3200408"),
      "รหัสผ่านทั้งสองช่องไม่ตรงกัน")
    XCTAssertNil(PasswordPolicy.problem(password: "ลำไยหวาน2569!", confirmation: "ลำไยหวาน2569!", username: "3200408"))
  }

  func testThrottleWaitsOnlyPastEachLimitAndDoublesTheWait() {
    let policy = LoginThrottlePolicy()
    XCTAssertNil(policy.delay(.pair, attempts: 5), "five tries from one office are free")
    XCTAssertEqual(policy.delay(.pair, attempts: 6), 60)
    XCTAssertEqual(policy.delay(.pair, attempts: 7), 120)
    XCTAssertEqual(policy.delay(.pair, attempts: 8), 240)
    XCTAssertEqual(policy.delay(.pair, attempts: 1_000), 30 * 60, "the wait is capped")
    XCTAssertNil(policy.delay(.account, attempts: 49), "an account takes many more tries (from many places)")
    XCTAssertEqual(policy.delay(.account, attempts: 51), 60)
    XCTAssertNil(policy.delay(.address, attempts: 100))
    XCTAssertEqual(policy.delay(.address, attempts: Int.max), 30 * 60)
    XCTAssertTrue(LoginThrottlePolicy.blockedMessage(wait: 61).contains("2 นาที"))
    XCTAssertEqual(LoginThrottlePolicy.addressKey("203.0.113.7"), "203.0.113.7")
    XCTAssertEqual(LoginThrottlePolicy.addressKey("2001:db8:1:2::5"), "2001:db8:1:2::/64")
    XCTAssertEqual(LoginThrottlePolicy.addressKey("2001:0DB8:0001:0002:ffff:0:0:1"), "2001:db8:1:2::/64")
    XCTAssertEqual(LoginThrottlePolicy.addressKey("::1"), "0:0:0:0::/64")
    XCTAssertEqual(LoginThrottlePolicy.addressKey("2001:db8::"), "2001:db8:0:0::/64")
  }
}

final class ProfileRulesTests: XCTestCase {
  func testValidProfile() throws {
    let result = OrganizationProfileRules.validate([
      "areaKm2": "1,004.5", "population": "๑๒,๓๔๕", "income": "25,000,000.00",
      "coordinatorPhone": "038-123-456", "coordinatorEmail": "saraban@pattaya.go.th", "address": " 1 ถนน ",
    ])
    let profile = try result.get()
    XCTAssertEqual(profile.areaKm2, 1004.5)
    XCTAssertEqual(profile.population, 12345)
    XCTAssertEqual(profile.income, Money(satang: 2_500_000_000))
    XCTAssertEqual(profile.address, "1 ถนน")
  }

  func testEachBadFieldGetsAThaiMessage() {
    guard
      case .failure(let errors) = OrganizationProfileRules.validate([
        "areaKm2": "กว้าง", "population": "-3", "income": "12.345", "coordinatorPhone": "abc", "coordinatorEmail": "x@y",
      ])
    else { return XCTFail("expected errors") }
    XCTAssertEqual(
      Set(errors.messages.keys), ["areaKm2", "population", "income", "coordinatorPhone", "coordinatorEmail"])
    XCTAssertTrue(
      errors.messages.values.allSatisfy { $0.unicodeScalars.contains { (0x0E00...0x0E7F).contains($0.value) } })
  }
}
