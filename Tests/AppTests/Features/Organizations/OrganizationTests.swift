import Domain
import Fluent
import XCTVapor

@testable import App

final class OrganizationSearchTests: XCTestCase {
  func testThaiSubstringSearchFindsByPartOfName() async throws {
    try await withApp { app in
      let page = try await Browser(app).get(Paths.organizationSearch(query: "ปรือ"))
      XCTAssertEqual(page.status, .ok)
      XCTAssertContains(page.body.string, "เทศบาลเมืองหนองปรือ")
      XCTAssertFalse(page.body.string.contains("เมืองพัทยา</a>"))
      XCTAssertContains(page.body.string, "พบ 1 แห่ง")
    }
  }

  func testFiltersByProvinceAndType() async throws {
    try await withApp { app in
      let json = try await Browser(app).get("/api/v1/organizations?province=20&type=\(Browser.encode("เทศบาลตำบล"))")
      let page = try json.content.decode(OrganizationPageJSON.self)
      XCTAssertEqual(page.items.map(\.code), [Fixtures.huaiyai])
      XCTAssertEqual(page.items.first?.provinceName, "ชลบุรี")
    }
  }

  func testPagingReportsTotal() async throws {
    try await withApp { app in
      let page = try await Browser(app).get("/api/v1/organizations?province=20&per=2&page=2").content.decode(
        OrganizationPageJSON.self)
      XCTAssertEqual(page.total, 4)
      XCTAssertEqual(page.items.count, 2)
      XCTAssertEqual(page.page, 2)
    }
  }

  func testBadFiltersAreThai400s() async throws {
    try await withApp { app in
      let browser = Browser(app)
      let type = try await browser.get("/api/v1/organizations?type=abc")
      XCTAssertEqual(type.status, .badRequest)
      XCTAssertContains(try type.content.decode(APIError.self).reason, "ไม่รู้จักประเภท")
      try await XCTAssertEqualAsync(try await browser.get("/api/v1/organizations?province=ชลบุรี").status, .badRequest)
      try await XCTAssertEqualAsync(try await browser.get("/api/v1/organizations?per=5000").status, .badRequest)
      let html = try await browser.get("/organizations?page=หนึ่ง")
      XCTAssertEqual(html.status, .badRequest)
      XCTAssertContains(html.body.string, "เลขหน้าต้องเป็นตัวเลข")
      try await XCTAssertEqualAsync(
        try await browser.get("/organizations?page=0").status, .ok, "page 0 reads as page 1")
    }
  }
}

final class OrganizationAPITests: XCTestCase {
  func testShowReturnsTheInterfaceFields() async throws {
    try await withApp { app in
      let response = try await Browser(app).get("/api/v1/organizations/\(Fixtures.pattaya)")
      XCTAssertEqual(response.status, .ok)
      let org = try response.content.decode(OrganizationJSON.self)
      XCTAssertEqual(org.code, Fixtures.pattaya)
      XCTAssertEqual(org.name, "เมืองพัทยา")
      XCTAssertEqual(org.type, "เมืองพัทยา")
      XCTAssertEqual(org.provinceCode, "20")
      XCTAssertEqual(org.provinceName, "ชลบุรี")
      XCTAssertEqual(org.district, "บางละมุง")
      XCTAssertNil(org.parentCode)
      let district = try await Browser(app).get("/api/v1/organizations/1101001").content.decode(OrganizationJSON.self)
      XCTAssertEqual(district.parentCode, "1100000")
    }
  }

  func testUnknownCodeIsAThai404InJSON() async throws {
    try await withApp { app in
      let response = try await Browser(app).get("/api/v1/organizations/9999999")
      XCTAssertEqual(response.status, .notFound)
      XCTAssertEqual(try response.content.decode(APIError.self).reason, "ไม่พบองค์กรรหัส 9999999")
      try await XCTAssertEqualAsync(try await Browser(app).get("/api/v1/organizations/abc").status, .notFound)
    }
  }

  func testCoordinatorContactsOnlyForUsersWhoseAreaCoversTheOrganization() async throws {
    try await withApp { app in
      let org = try await Organization.find(Fixtures.nongprue, on: app.db)!
      org.coordinatorPhone = "038-123-456"
      org.coordinatorEmail = "legal@nongprue.go.th"
      try await org.save(on: app.db)
      let path = "/api/v1/organizations/\(Fixtures.nongprue)"
      for (who, sees) in [
        (nil, false), ("chiangmai", false), (Fixtures.huaiyai, false), ("banglamung", true), ("chonburi", true),
        (Fixtures.nongprue, true), ("admin", true),
      ] {
        let browser = who == nil ? Browser(app) : try await Browser.signedIn(app, as: who!)
        let json = try await browser.get(path).content.decode(OrganizationJSON.self)
        XCTAssertEqual(json.profile?.coordinatorPhone != nil, sees, "\(who ?? "public")")
        let page = try await browser.get(Paths.organization(Fixtures.nongprue))
        XCTAssertEqual(page.body.string.contains("legal@nongprue.go.th"), sees, "\(who ?? "public") page")
      }
    }
  }
}

final class OrganizationProfileTests: XCTestCase {
  let form: [String: String] = [
    "address": "99 ถนนสุขุมวิท", "areaKm2": "45.54", "population": "78,000", "income": "850,000,000",
    "executiveName": "นายตัวอย่าง ใจดี", "coordinatorPhone": "038-111-222", "coordinatorEmail": "legal@nongprue.go.th",
    "version": "1",
  ]

  func testOwnOfficerSavesProfileAndTheChangeIsAudited() async throws {
    try await withApp { app in
      let officer = try await Browser.signedIn(app, as: Fixtures.nongprue)
      let response = try await officer.post(Paths.organizationProfile(Fixtures.nongprue), form)
      XCTAssertEqual(response.status, .seeOther)
      let org = try await Organization.find(Fixtures.nongprue, on: app.db)!
      XCTAssertEqual(org.population, 78000)
      XCTAssertEqual(org.incomeSatang, 85_000_000_000)
      XCTAssertEqual(org.version, 2)
      let event = try await AuditEvent.query(on: app.db).filter(\.$action == "แก้ไขข้อมูลองค์กร").first()
      XCTAssertEqual(event?.orgCode, Fixtures.nongprue)
      XCTAssertContains(event?.after ?? "", "78000")
      let page = try await officer.get(Paths.organization(Fixtures.nongprue))
      XCTAssertContains(page.body.string, "บันทึกข้อมูลองค์กรแล้ว")
      XCTAssertContains(page.body.string, "78,000 คน")
    }
  }

  func testWhoMayEditTheProfile() async throws {
    try await withApp { app in
      let path = Paths.organizationProfile(Fixtures.nongprue)
      for (who, status) in [
        (Fixtures.huaiyai, HTTPStatus.forbidden), ("\(Fixtures.nongprue)-2", .forbidden), ("banglamung", .forbidden),
        ("chonburi", .forbidden), ("region2", .forbidden), ("admin", .ok), (Fixtures.nongprue, .ok),
      ] {
        let browser = try await Browser.signedIn(app, as: who)
        try await XCTAssertEqualAsync(try await browser.get(path).status, status, who)
        var body = form
        body["version"] = "\(try await Organization.find(Fixtures.nongprue, on: app.db)!.version)"
        let post = try await browser.post(path, body)
        XCTAssertEqual(post.status, status == .ok ? .seeOther : .forbidden, who)
      }
      let anonymous = try await Browser(app).get(path)
      XCTAssertEqual(anonymous.status, .seeOther)
      XCTAssertTrue(anonymous.location.hasPrefix("/login?next="))
    }
  }

  func testBadInputKeepsWhatWasTypedAndWritesNothing() async throws {
    try await withApp { app in
      let officer = try await Browser.signedIn(app, as: Fixtures.nongprue)
      var bad = form
      bad["population"] = "เจ็ดหมื่น"
      bad["coordinatorEmail"] = "not-an-email"
      let response = try await officer.post(Paths.organizationProfile(Fixtures.nongprue), bad)
      XCTAssertEqual(response.status, .unprocessableEntity)
      XCTAssertContains(response.body.string, "กรุณากรอกจำนวนประชากรเป็นจำนวนเต็ม")
      XCTAssertContains(response.body.string, "รูปแบบอีเมลไม่ถูกต้อง")
      XCTAssertContains(response.body.string, "value=\"เจ็ดหมื่น\"")
      XCTAssertContains(response.body.string, "99 ถนนสุขุมวิท")
      let org = try await Organization.find(Fixtures.nongprue, on: app.db)!
      XCTAssertNil(org.address)
      XCTAssertEqual(org.version, 1)
      try await XCTAssertEqualAsync(
        try await AuditEvent.query(on: app.db).filter(\.$action == "แก้ไขข้อมูลองค์กร").count(), 0)
    }
  }

  func testSecondSaveFromAStaleFormIsRefusedNotOverwritten() async throws {
    try await withApp { app in
      let first = try await Browser.signedIn(app, as: Fixtures.nongprue)
      let second = try await Browser.signedIn(app, as: "admin")
      try await XCTAssertEqualAsync(
        try await first.post(Paths.organizationProfile(Fixtures.nongprue), form).status, .seeOther)
      var stale = form
      stale["population"] = "1"
      let conflict = try await second.post(Paths.organizationProfile(Fixtures.nongprue), stale)
      XCTAssertEqual(conflict.status, .conflict)
      XCTAssertContains(conflict.body.string, "มีผู้อื่นบันทึกข้อมูลนี้ไปก่อนคุณ")
      XCTAssertContains(conflict.body.string, "value=\"1\"")
      try await XCTAssertEqualAsync(try await Organization.find(Fixtures.nongprue, on: app.db)!.population, 78000)
    }
  }
}

final class OrganizationLifecycleTests: XCTestCase {
  func testNationalAdminSetsActiveDatesAndOfficersCannot() async throws {
    try await withApp { app in
      let admin = try await Browser.signedIn(app, as: "admin")
      try await XCTAssertContainsAsync(
        try await admin.get(Paths.organizationProfile(Fixtures.huaiyai)).body.string, "สิ้นสภาพเมื่อ")
      let saved = try await admin.post(
        Paths.organizationProfile(Fixtures.huaiyai), ["activeFrom": "1/10/2566", "activeUntil": "", "version": "1"])
      XCTAssertEqual(saved.status, .seeOther)
      let org = try await Organization.find(Fixtures.huaiyai, on: app.db)!
      XCTAssertEqual(org.activeFrom, ThaiCalendar.date(buddhistYear: 2566, month: 10, day: 1))
      try await XCTAssertContainsAsync(
        try await admin.get(Paths.organization(Fixtures.huaiyai)).body.string, "1 ตุลาคม 2566")

      let bad = try await admin.post(
        Paths.organizationProfile(Fixtures.huaiyai),
        ["activeFrom": "1/10/2566", "activeUntil": "1/1/2566", "version": "2"])
      XCTAssertEqual(bad.status, .unprocessableEntity)
      XCTAssertContains(bad.body.string, "วันสิ้นสภาพต้องไม่ก่อนวันจัดตั้ง")

      let officer = try await Browser.signedIn(app, as: Fixtures.huaiyai)
      let officerForm = try await officer.get(Paths.organizationProfile(Fixtures.huaiyai)).body.string
      XCTAssertFalse(officerForm.contains("สิ้นสภาพเมื่อ"))
      try await officer.post(Paths.organizationProfile(Fixtures.huaiyai), ["activeUntil": "1/1/2567", "version": "2"])
      let after = try await Organization.find(Fixtures.huaiyai, on: app.db)!
      XCTAssertNil(after.activeUntil, "an officer's form cannot change the active dates")
      XCTAssertEqual(after.activeFrom, org.activeFrom)
    }
  }
}
