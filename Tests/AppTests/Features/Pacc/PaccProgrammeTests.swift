import Domain
import Fluent
import XCTVapor

@testable import App

/// The programme year, its activities and summaries, the clinic, target agencies, office areas.
final class PaccProgrammeTests: XCTestCase {
  func testTheCentreOpensTheYearAndEachOfficeSummarisesItsActivity() async throws {
    try await withApp { app in
      try await PaccFixtures.accounts(app)
      let pacc2 = try await Browser.signedIn(app, as: "pacc2")
      try await XCTAssertEqualAsync(
        try await pacc2.post(Paths.paccInstall).status, .forbidden, "only กปก. opens a year")
      let central = try await Browser.signedIn(app, as: "pacc-central")
      try await XCTAssertEqualAsync(try await central.post(Paths.paccInstall).status, .seeOther)
      try await XCTAssertEqualAsync(try await PaccActivity.query(on: app.db).count(), 7)
      _ = try await central.post(Paths.paccInstall)
      try await XCTAssertEqualAsync(try await PaccActivity.query(on: app.db).count(), 7, "a year is opened once")

      let programme = try await central.get(Paths.paccProgramme(2567))
      XCTAssertTrue(programme.body.string.contains("1,933,300.00"))
      XCTAssertTrue(programme.body.string.contains("695,000.00"), "activity 3's allocations add up")
      let own = try await pacc2.get(Paths.paccProgramme(2567))
      XCTAssertTrue(own.body.string.contains("70,000.00"))
      XCTAssertFalse(own.body.string.contains("85,000.00"), "a region sees only its own allocation")

      let bad = try await pacc2.post(Paths.paccActivity(2567, 3), ["spent": "-5", "plannedFrom": "40/13/2567"])
      XCTAssertEqual(bad.status, .unprocessableEntity)
      XCTAssertTrue(bad.body.string.contains("วันที่ไม่ถูกต้อง"))
      let saved = try await pacc2.post(
        Paths.paccActivity(2567, 3),
        [
          "plannedFrom": "01/03/2567", "plannedTo": "31/03/2567", "place": "จังหวัดชลบุรี", "done": "ลงพื้นที่ 4 เรื่อง",
          "participants": "120", "spent": "68,500", "problems": "ระยะทางไกล",
        ])
      XCTAssertEqual(saved.status, .seeOther, saved.body.string)
      let report = try await central.get(Paths.paccReport(2567))
      XCTAssertEqual(report.status, .ok)
      XCTAssertTrue(report.body.string.contains("ลงพื้นที่ 4 เรื่อง"))
      XCTAssertTrue(report.body.string.contains("68,500.00"))
      let xlsx = try await central.get(Paths.paccIndicatorsXLSX(2567))
      XCTAssertEqual(xlsx.status, .ok)
      XCTAssertEqual(xlsx.headers.contentType?.description, FileDownload.xlsxType)
      for path in [Paths.paccProgramme(2567), Paths.paccReport(2567), Paths.paccIndicatorsCSV(2567)] {
        try await XCTAssertEqualAsync(
          try await Browser.signedIn(app, as: "chonburi").get(path).status, .forbidden, path)
      }
    }
  }

  func testTheClinicTakesRequestsFromAnyoneAndPublishesReworkedAnswers() async throws {
    try await withApp { app in
      try await PaccFixtures.accounts(app)
      let visitor = Browser(app)
      try await XCTAssertEqualAsync(try await visitor.get(Paths.clinic).status, .ok)
      let missing = try await visitor.post(Paths.clinic, ["unitName": "", "topic": "ita"])
      XCTAssertEqual(missing.status, .unprocessableEntity)
      XCTAssertTrue(missing.body.string.contains("กรุณาเลือกจังหวัดของหน่วยงาน"))
      let sent = try await visitor.post(
        Paths.clinic,
        [
          "unitName": "สำนักงานเกษตรจังหวัดเชียงใหม่", "province": "50", "requesterName": "นายสมหมาย",
          "contact": "081-000-0000",
          "topic": "no_gift", "question": "ของขวัญปีใหม่จากผู้รับเหมารับได้หรือไม่",
        ])
      XCTAssertEqual(sent.status, .seeOther, sent.body.string)
      let item = try await XCTUnwrapAsync(try await PaccConsultation.query(on: app.db).first())
      XCTAssertEqual(item.office, 5, "Chiang Mai goes to ปปท. เขต 5")
      XCTAssertNil(item.orgCode)

      // An LAO's account files for its organization.
      let officer = try await Browser.signedIn(app, as: Fixtures.nongprue)
      _ = try await officer.post(
        Paths.clinic,
        [
          "unitName": "เทศบาลเมืองหนองปรือ", "province": "20", "requesterName": "นิติกร", "contact": "038",
          "topic": "ita", "question": "O22 ต้องมีสถิติอะไร",
        ])
      let filed = try await PaccConsultation.query(on: app.db).filter(\.$orgCode == Fixtures.nongprue).first()
      XCTAssertEqual(filed?.office, 2)

      let pacc2 = try await Browser.signedIn(app, as: "pacc2")
      try await XCTAssertEqualAsync(try await pacc2.get(Paths.paccConsultation(item.id!)).status, .forbidden)
      let list2 = try await pacc2.get(Paths.paccClinic)
      XCTAssertFalse(list2.body.string.contains("สำนักงานเกษตรจังหวัดเชียงใหม่"))
      let pacc5 = try await Browser.signedIn(app, as: "pacc5")
      let incomplete = try await pacc5.post(Paths.paccConsultation(item.id!), ["state": "answered", "faq": "1"])
      XCTAssertEqual(incomplete.status, .unprocessableEntity)
      let answered = try await pacc5.post(
        Paths.paccConsultation(item.id!),
        [
          "state": "answered", "answer": "ไม่ควรรับ", "faq": "1", "faqQuestion": "รับของขวัญปีใหม่จากผู้รับจ้างได้หรือไม่",
          "faqAnswer": "ไม่ควรรับของขวัญจากผู้มีส่วนได้เสีย",
        ])
      XCTAssertEqual(answered.status, .seeOther, answered.body.string)
      let faq = try await visitor.get(Paths.clinic).body.string
      XCTAssertTrue(faq.contains("ไม่ควรรับของขวัญจากผู้มีส่วนได้เสีย"))
      XCTAssertFalse(faq.contains("นายสมหมาย"), "who asked is never published")
      XCTAssertFalse(faq.contains("081-000-0000"))
      try await XCTAssertEqualAsync(try await officer.get(Paths.paccClinic).status, .forbidden)
    }
  }

  func testAgenciesTheirYearAndTheOfficeMap() async throws {
    try await withApp { app in
      try await PaccFixtures.accounts(app)
      let central = try await Browser.signedIn(app, as: "pacc-central")
      let pacc2 = try await Browser.signedIn(app, as: "pacc2")
      try await XCTAssertEqualAsync(
        try await pacc2.post(Paths.paccAgencies, ["name": "กรมทดสอบ", "kind": "department"]).status, .forbidden)
      let csv =
        "ชื่อหน่วยงาน,ประเภท,สำนักงาน\nกรมส่งเสริมการปกครองท้องถิ่น,department,0\nกรมทางหลวงชนบท,department,2\nศปท.มท.,ministry_centre,0\n"
      let imported = try await central.upload(Paths.paccAgenciesImport, fileName: "a.csv", data: Data(csv.utf8))
      XCTAssertEqual(imported.status, .seeOther, imported.body.string)
      let rural = try await XCTUnwrapAsync(
        try await PaccUnit.query(on: app.db).filter(\.$name == "กรมทางหลวงชนบท").first())
      let bad = try await pacc2.post(
        Paths.paccAgencyYear(rural.id!), ["fy": "2567", "ita": "101", "link": "javascript:x"])
      XCTAssertEqual(bad.status, .unprocessableEntity)
      let saved = try await pacc2.post(
        Paths.paccAgencyYear(rural.id!),
        ["fy": "2567", "ita": "91.5", "noGiftOn": "15/01/2567", "link": "https://www.drr.go.th/nogift"])
      XCTAssertEqual(saved.status, .seeOther, saved.body.string)
      let dla = try await XCTUnwrapAsync(
        try await PaccUnit.query(on: app.db).filter(\.$name == "กรมส่งเสริมการปกครองท้องถิ่น").first())
      try await XCTAssertEqualAsync(
        try await pacc2.post(Paths.paccAgencyYear(dla.id!), ["fy": "2567", "ita": "90"]).status, .forbidden,
        "another office's agency")
      let counts = try await PaccQueries(db: app.db).counts(fiscalYear: 2567)
      let two = try XCTUnwrap(PaccOffice(2))
      XCTAssertEqual(counts[two]?.targetAgencies, 1)
      XCTAssertEqual(counts[two]?.declaredAgencies, 1)
      XCTAssertEqual(counts[two]?.itaPassingAgencies, 1)
      XCTAssertEqual(counts[.central]?.targetAgencies, 1, "the ministry centre is not an indicator target")

      // The national admin moves a province; monitors and PACC officers may not.
      let admin = try await Browser.signedIn(app, as: "admin")
      try await XCTAssertEqualAsync(try await admin.get(Paths.paccOffices).status, .ok)
      for username in ["pacc-central", "chonburi"] {
        let browser = try await Browser.signedIn(app, as: username)
        try await XCTAssertEqualAsync(
          try await browser.post(Paths.paccOffices, ["province": "20", "office": "1"]).status, .forbidden, username)
      }
      try await XCTAssertEqualAsync(
        try await admin.post(Paths.paccOffices, ["province": "20", "office": "1"]).status, .seeOther)
      try await XCTAssertEqualAsync(try await PaccQueries(db: app.db).office(ofProvince: "20")?.number, 1)
      try await XCTAssertEqualAsync(
        try await admin.post(Paths.paccOffices, ["province": "20", "office": "12"]).status, .unprocessableEntity)
    }
  }
}
