import Domain
import Fluent
import XCTVapor

@testable import App

/// Posting, reading, acknowledging and following circulars, with who may and who may not.
final class CircularTests: XCTestCase {
  typealias F = CircularFixtures

  func testAProvincePostsToItsWholeAreaAndItsDistrictsOnly() async throws {
    try await withApp { app in
      let chonburi = try await Browser.signedIn(app, as: "chonburi")
      try await XCTAssertEqualAsync(try await chonburi.get(Paths.newCircular).status, .ok)
      let circular = try await F.posted(app, by: chonburi)
      try await XCTAssertEqualAsync(
        try await F.recipientCodes(app, circular.id), ["3200408", "4200401", "5200403", "6200301"])
      try await XCTAssertEqualAsync(
        try await F.officeKeys(app, circular.id), ["district:20:ศรีราชา", "district:20:บางละมุง"].sorted())
      XCTAssertEqual(circular.number, "ชบ ๐๐๒๓.๓/ว ๑๒๓๔")
      XCTAssertEqual(circular.senderOffice, "จังหวัดชลบุรี")
      XCTAssertEqual(circular.recipientCount, 4)
      let audits = try await AuditEvent.query(on: app.db).filter(\.$entity == CircularQueries.entity).count()
      XCTAssertEqual(audits, 1)
      // The sender's page and list.
      let page = try await chonburi.get(Paths.circular(circular.id!))
      XCTAssertEqual(page.status, .ok)
      XCTAssertContains(page.body.string, "ยังไม่เปิดอ่าน (4)")
      XCTAssertContains(try await chonburi.get(Paths.circulars).body.string, circular.title)
    }
  }

  func testWhoMayNotPostOrSee() async throws {
    try await withApp { app in
      let chonburi = try await Browser.signedIn(app, as: "chonburi")
      let circular = try await F.posted(app, by: chonburi, ["includeMonitors": ""])
      let path = Paths.circular(circular.id!)
      // Anonymous: to the login form; another province: the same 404 as an unknown circular.
      let anonymous = try await Browser(app).get(path)
      XCTAssertEqual(anonymous.status, .seeOther)
      XCTAssertContains(anonymous.location, "/login")
      let chiangmai = try await Browser.signedIn(app, as: "chiangmai")
      try await XCTAssertEqualAsync(try await chiangmai.get(path).status, .notFound)
      try await XCTAssertEqualAsync(try await chiangmai.get(Paths.circularFile(circular.id!)).status, .notFound)
      try await XCTAssertEqualAsync(try await chiangmai.get(Paths.circular(UUID())).status, .notFound)
      try await XCTAssertEqualAsync(try await chiangmai.get("/circulars/not-a-uuid").status, .notFound)
      // The district did not receive it (no monitors asked): no page, no relay.
      let banglamung = try await Browser.signedIn(app, as: "banglamung")
      try await XCTAssertEqualAsync(try await banglamung.get(path).status, .notFound)
      try await XCTAssertEqualAsync(
        try await F.post(banglamung, Paths.circularAction(circular.id!, "relay"), F.form()).status, .notFound)
      // LAO accounts and PACC never post.
      let officer = try await Browser.signedIn(app, as: Fixtures.nongprue)
      try await XCTAssertEqualAsync(try await officer.get(Paths.newCircular).status, .forbidden)
      try await XCTAssertEqualAsync(try await F.post(officer, F.form()).status, .forbidden)
      try await XCTAssertEqualAsync(try await F.post(Browser(app), F.form()).status, .seeOther)
      // A recipient reads it but does not see who acknowledged, nor reminds.
      let recipientPage = try await officer.get(path)
      XCTAssertEqual(recipientPage.status, .ok)
      XCTAssertFalse(recipientPage.body.string.contains("id=\"tracking\""))
      try await XCTAssertEqualAsync(try await officer.get(path + "?format=csv").status, .forbidden)
      try await XCTAssertEqualAsync(
        try await officer.post(Paths.circularAction(circular.id!, "remind")).status, .forbidden)
      // The complaint officer of a recipient organization does not acknowledge.
      let complaints = try await Browser.signedIn(app, as: "\(Fixtures.nongprue)-3")
      try await XCTAssertEqualAsync(
        try await complaints.post(Paths.circularAction(circular.id!, "acknowledge")).status, .notFound)
      // A district posts to its own district: an LAO of another district never sees it.
      let local = try await F.posted(app, by: banglamung, ["number": "ชบ 0023.11/ว 5"])
      try await XCTAssertEqualAsync(try await F.recipientCodes(app, local.id), ["3200408", "4200401", "5200403"])
      let bowin = try await F.bowinOfficer(app)
      try await XCTAssertEqualAsync(try await bowin.get(Paths.circular(local.id!)).status, .notFound)
      try await XCTAssertEqualAsync(
        try await bowin.post(Paths.circularAction(local.id!, "acknowledge")).status, .notFound)
      try await XCTAssertEqualAsync(try await chonburi.get(Paths.circular(local.id!)).status, .notFound)
    }
  }

  func testRecipientsReadAcknowledgeAndActAndTheSenderCountsThem() async throws {
    try await withApp { app in
      let chonburi = try await Browser.signedIn(app, as: "chonburi")
      let circular = try await F.posted(
        app, by: chonburi, ["action": "รายงานผลภายในกำหนด", "dueDate": "31/1/2567", "isPublic": "1"])
      let id = circular.id!
      let officer = try await Browser.signedIn(app, as: Fixtures.nongprue)
      let home = try await officer.get(Paths.home)
      XCTAssertContains(home.body.string, "หนังสือเวียนที่รอรับทราบ (1)")
      XCTAssertContains(home.body.string, circular.title)
      XCTAssertContains(try await officer.get(Paths.circularInbox).body.string, circular.title)
      try await XCTAssertEqualAsync(try await officer.get(Paths.circular(id)).status, .ok)
      try await officer.get(Paths.circular(id))
      var counts = try await CircularQueries(db: app.db).counts([id])[id]
      XCTAssertEqual(counts?.read, 1)
      let reads = try await AuditEvent.query(on: app.db).filter(\.$action == "เปิดอ่านหนังสือเวียน").count()
      XCTAssertEqual(reads, 1, "the first opening only")
      try await XCTAssertEqualAsync(try await officer.post(Paths.circularAction(id, "acknowledge")).status, .seeOther)
      try await XCTAssertEqualAsync(try await officer.post(Paths.circularAction(id, "acknowledge")).status, .conflict)
      let empty = try await officer.post(Paths.circularAction(id, "act"), ["note": "  "])
      XCTAssertEqual(empty.status, .unprocessableEntity)
      XCTAssertContains(empty.body.string, "กรุณาบันทึกโดยย่อ")
      try await XCTAssertEqualAsync(
        try await officer.post(Paths.circularAction(id, "act"), ["note": "จัดทำแผนแล้ว"]).status, .seeOther)
      let after = try await officer.get(Paths.home).body.string
      XCTAssertFalse(after.contains("หนังสือเวียนที่รอรับทราบ"))
      // The executive of another organization acknowledges without opening first.
      let huaiyai = try await Browser.signedIn(app, as: Fixtures.huaiyai)
      try await XCTAssertEqualAsync(try await huaiyai.post(Paths.circularAction(id, "acknowledge")).status, .seeOther)
      counts = try await CircularQueries(db: app.db).counts([id], now: Date())[id]
      XCTAssertEqual(counts, CircularCounts(recipients: 4, read: 2, acknowledged: 2, acted: 1, overdue: 3))
      // The sender's page, its filters and downloads.
      let page = try await chonburi.get(Paths.circular(id)).body.string
      XCTAssertContains(page, "ดำเนินการแล้ว (1)")
      XCTAssertContains(page, "จัดทำแผนแล้ว")
      let acted = try await chonburi.get(Paths.circularRecipients(id, show: "acted")).body.string
      XCTAssertContains(acted, "หนองปรือ")
      XCTAssertFalse(acted.contains("ห้วยใหญ่ ("))
      let csv = try await chonburi.get(Paths.circularRecipients(id, show: "", format: "csv"))
      XCTAssertEqual(csv.status, .ok)
      let table = try CSVTable(parsing: csv.body.string)
      XCTAssertEqual(table.header, CircularPageModel.downloadHeader)
      XCTAssertEqual(table.rows.count, 4)
      let nongprue = table.rows.first { $0.first == Fixtures.nongprue }
      XCTAssertEqual(nongprue?[4], "ดำเนินการแล้ว")
      XCTAssertEqual(nongprue?[6], Fixtures.nongprue)
      XCTAssertEqual(nongprue?.last, "จัดทำแผนแล้ว")
      let xlsx = try await chonburi.get(Paths.circularRecipients(id, show: "unread", format: "xlsx"))
      XCTAssertEqual(xlsx.status, .ok)
      XCTAssertEqual(xlsx.headers.contentType?.description, FileDownload.xlsxType)
      try await XCTAssertEqualAsync(try await chonburi.get(Paths.circular(id) + "?show=everything").status, .badRequest)
      try await XCTAssertEqualAsync(try await chonburi.get(Paths.circular(id) + "?format=pdf").status, .badRequest)
      try await XCTAssertEqualAsync(try await chonburi.get(Paths.circular(id) + "?page=abc").status, .badRequest)
    }
  }

  func testRemindersGoToThoseWhoHaveNotAcknowledgedOnceADay() async throws {
    try await withApp { app in
      let chonburi = try await Browser.signedIn(app, as: "chonburi")
      let circular = try await F.posted(app, by: chonburi)
      let id = circular.id!
      let officer = try await Browser.signedIn(app, as: Fixtures.nongprue)
      try await officer.post(Paths.circularAction(id, "acknowledge"))
      let first = try await chonburi.post(Paths.circularAction(id, "remind"))
      XCTAssertEqual(first.status, .seeOther)
      let topic = ReminderQueries.circularTopic
      try await XCTAssertEqualAsync(try await Reminder.query(on: app.db).filter(\.$topic == topic).count(), 3)
      let none = try await Reminder.query(on: app.db).filter(\.$orgCode == Fixtures.nongprue).first()
      XCTAssertNil(none)
      // Same day: skipped, still one each.
      try await XCTAssertEqualAsync(try await chonburi.post(Paths.circularAction(id, "remind")).status, .seeOther)
      try await XCTAssertEqualAsync(try await Reminder.query(on: app.db).filter(\.$topic == topic).count(), 3)
      // Another circular the same day: the limit is per organization and topic.
      let other = try await F.posted(app, by: chonburi, ["number": "ชบ 0023.3/ว 99"])
      try await chonburi.post(Paths.circularAction(other.id!, "remind"))
      try await XCTAssertEqualAsync(try await Reminder.query(on: app.db).filter(\.$topic == topic).count(), 4)
      // A report reminder is another topic: not limited by circulars.
      try await XCTAssertEqualAsync(try await Reminder.query(on: app.db).filter(\.$topic != topic).count(), 0)
      let huaiyai = try await Browser.signedIn(app, as: Fixtures.huaiyai)
      let home = try await huaiyai.get(Paths.home).body.string
      XCTAssertContains(home, "ขอให้รับทราบหนังสือเวียน")
      XCTAssertContains(home, Paths.circularInbox)
      // Only the sender reminds.
      let region = try await Browser.signedIn(app, as: "region2")
      try await XCTAssertEqualAsync(try await region.post(Paths.circularAction(id, "remind")).status, .notFound)
    }
  }
}
