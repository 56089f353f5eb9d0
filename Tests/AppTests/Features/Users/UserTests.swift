import Fluent
import XCTVapor

@testable import App

final class UserAdminTests: XCTestCase {
  func testWhoMaySeeTheUserList() async throws {
    try await withApp { app in
      let anonymous = try await Browser(app).get(Paths.users)
      XCTAssertEqual(anonymous.status, .seeOther)
      for who in ["banglamung", "region2", Fixtures.nongprue, "\(Fixtures.nongprue)-2"] {
        try await XCTAssertEqualAsync(try await Browser.signedIn(app, as: who).get(Paths.users).status, .forbidden, who)
      }
      let all = try await Browser.signedIn(app, as: "admin").get(Paths.users)
      XCTAssertContains(all.body.string, "chiangmai")
      let province = try await Browser.signedIn(app, as: "chonburi").get(Paths.users)
      XCTAssertEqual(province.status, .ok)
      XCTAssertContains(province.body.string, Fixtures.huaiyai)
      XCTAssertContains(province.body.string, "banglamung")
      XCTAssertFalse(province.body.string.contains("chiangmai"), "a provincial monitor sees only its province")
    }
  }

  func testAdminCreatesAMonitorAndGetsAnActivationLetter() async throws {
    try await withApp { app in
      let admin = try await Browser.signedIn(app, as: "admin")
      try await XCTAssertEqualAsync(try await admin.get(Paths.newUser).status, .ok)
      let letter = try await admin.post(
        Paths.users,
        [
          "role": "district_monitor", "displayName": "ท้องถิ่นอำเภอศรีราชา", "username": "sriracha",
          "provinceCode": "20", "district": "ศรีราชา",
        ])
      XCTAssertEqual(letter.status, .ok)
      XCTAssertContains(letter.body.string, "sriracha")
      let code = try XCTUnwrap(activationCode(in: letter.body.string))
      let user = try await User.query(on: app.db).filter(\.$username == "sriracha").first()
      XCTAssertEqual(user?.scope, .district(provinceCode: "20", name: "ศรีราชา"))
      try await XCTAssertEqualAsync(try await Browser(app).login("sriracha", code).location, Paths.setPassword)
      let stored = try await ActivationCode.query(on: app.db).all().map(\.codeHash)
      XCTAssertFalse(stored.contains(code), "only a hash of the code is kept")
    }
  }

  func testBadNewUserIsRefusedInThaiAndNothingIsCreated() async throws {
    try await withApp { app in
      let admin = try await Browser.signedIn(app, as: "admin")
      let before = try await User.query(on: app.db).count()
      let response = try await admin.post(
        Paths.users,
        [
          "role": "district_monitor", "displayName": "", "username": "chonburi", "provinceCode": "20",
          "district": "ไม่มีอำเภอนี้",
        ])
      XCTAssertEqual(response.status, .unprocessableEntity)
      XCTAssertContains(response.body.string, "มีชื่อผู้ใช้นี้อยู่แล้ว")
      XCTAssertContains(response.body.string, "ไม่พบอำเภอนี้")
      XCTAssertContains(response.body.string, "กรุณากรอกชื่อ-นามสกุล")
      try await XCTAssertEqualAsync(try await User.query(on: app.db).count(), before)
      try await XCTAssertEqualAsync(try await ActivationCode.query(on: app.db).count(), 0)
    }
  }

  func testOnlyNationalAdminCreatesOrDisablesAccounts() async throws {
    try await withApp { app in
      let target = try await User.query(on: app.db).filter(\.$username == Fixtures.huaiyai).first()!
      for who in ["chonburi", "region2", Fixtures.nongprue] {
        let browser = try await Browser.signedIn(app, as: who)
        try await XCTAssertEqualAsync(try await browser.get(Paths.newUser).status, .forbidden, who)
        try await XCTAssertEqualAsync(
          try await browser.post(Paths.users, ["role": "national_admin", "displayName": "x", "username": "evil"])
            .status, .forbidden, who)
        try await XCTAssertEqualAsync(
          try await browser.post(Paths.userStatus(target.id!), ["disabled": "1"]).status, .forbidden, who)
      }
      try await XCTAssertEqualAsync(try await User.query(on: app.db).filter(\.$username == "evil").count(), 0)
    }
  }

  func testDisablingSignsTheUserOutAndBlocksLogin() async throws {
    try await withApp { app in
      let officer = try await Browser.signedIn(app, as: Fixtures.huaiyai)
      let target = try await User.query(on: app.db).filter(\.$username == Fixtures.huaiyai).first()!
      let admin = try await Browser.signedIn(app, as: "admin")
      try await XCTAssertEqualAsync(
        try await admin.post(Paths.userStatus(target.id!), ["disabled": "1"]).status, .seeOther)
      try await XCTAssertEqualAsync(
        try await officer.get(Paths.setPassword).status, .seeOther, "existing session ended")
      let again = try await Browser(app).login(Fixtures.huaiyai, Fixtures.password)
      let wrong = try await Browser(app).login(Fixtures.huaiyai, "not-the-password")
      XCTAssertEqual(again.status, .unauthorized)
      XCTAssertEqual(again.status, wrong.status, "the right password on a disabled account answers like a wrong one")
      XCTAssertContains(again.body.string, "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง")
      XCTAssertEqual(
        alertText(again.body.string), alertText(wrong.body.string), "no word tells the password was right")
      try await XCTAssertEqualAsync(
        try await admin.post(Paths.userStatus(target.id!), ["disabled": "0"]).status, .seeOther)
      try await XCTAssertEqualAsync(try await Browser(app).login(Fixtures.huaiyai, Fixtures.password).status, .seeOther)
      let own = try await User.query(on: app.db).filter(\.$username == "admin").first()!
      try await XCTAssertEqualAsync(
        try await admin.post(Paths.userStatus(own.id!), ["disabled": "1"]).status, .badRequest)
    }
  }
}

final class OrganizationAccountTests: XCTestCase {
  func testWhoMaySeeAnLAOsAccounts() async throws {
    try await withApp { app in
      let path = Paths.organizationAccounts(Fixtures.nongprue)
      for (who, status) in [
        ("admin", HTTPStatus.ok), ("chonburi", .ok), ("banglamung", .ok), ("region2", .ok), (Fixtures.nongprue, .ok),
        ("\(Fixtures.nongprue)-2", .ok), ("chiangmai", .forbidden), (Fixtures.huaiyai, .forbidden),
      ] {
        try await XCTAssertEqualAsync(try await Browser.signedIn(app, as: who).get(path).status, status, who)
      }
    }
  }

  func testOnlyAdminAndTheProvincesMonitorIssueActivationCodes() async throws {
    try await withApp { app in
      let path = Paths.organizationAccounts(Fixtures.pattaya)
      let form = ["role": "lao_executive", "displayName": "นายกเมืองพัทยา"]
      for who in ["chiangmai", "banglamung", "region2", Fixtures.nongprue, Fixtures.huaiyai] {
        try await XCTAssertEqualAsync(try await Browser.signedIn(app, as: who).post(path, form).status, .forbidden, who)
      }
      try await XCTAssertEqualAsync(try await User.query(on: app.db).filter(\.$orgCode == Fixtures.pattaya).count(), 0)
      let first = try await Browser.signedIn(app, as: "chonburi").post(path, form)
      XCTAssertEqual(first.status, .ok)
      XCTAssertContains(first.body.string, "\(Fixtures.pattaya)-2")
      let officer = try await Browser.signedIn(app, as: "admin").post(
        path, ["role": "lao_officer", "displayName": "นิติกร"])
      XCTAssertContains(officer.body.string, "ชื่อผู้ใช้</dt><dd>\(Fixtures.pattaya)</dd>")
    }
  }

  func testReissuingRetiresTheEarlierCode() async throws {
    try await withApp { app in
      let monitor = try await Browser.signedIn(app, as: "chonburi")
      let first = try await monitor.post(
        Paths.organizationAccounts(Fixtures.pattaya), ["role": "lao_officer", "displayName": "ก"])
      let oldCode = try XCTUnwrap(activationCode(in: first.body.string))
      let user = try await User.query(on: app.db).filter(\.$username == Fixtures.pattaya).first()!
      try await XCTAssertEqualAsync(
        try await Browser.signedIn(app, as: "chiangmai").post(Paths.userActivation(user.id!)).status, .forbidden)
      let second = try await monitor.post(Paths.userActivation(user.id!))
      XCTAssertEqual(second.status, .ok)
      let newCode = try XCTUnwrap(activationCode(in: second.body.string))
      try await XCTAssertEqualAsync(try await Browser(app).login(Fixtures.pattaya, oldCode).status, .unauthorized)
      try await XCTAssertEqualAsync(try await Browser(app).login(Fixtures.pattaya, newCode).status, .seeOther)
    }
  }

  func testMissingRoleOrNameIsAThai422() async throws {
    try await withApp { app in
      let response = try await Browser.signedIn(app, as: "chonburi").post(
        Paths.organizationAccounts(Fixtures.pattaya), ["role": "national_admin", "displayName": " "])
      XCTAssertEqual(response.status, .unprocessableEntity)
      XCTAssertContains(response.body.string, "กรุณาเลือกบทบาท")
      XCTAssertContains(response.body.string, "กรุณากรอกชื่อ-นามสกุล")
      try await XCTAssertEqualAsync(try await User.query(on: app.db).filter(\.$orgCode == Fixtures.pattaya).count(), 0)
    }
  }
}
