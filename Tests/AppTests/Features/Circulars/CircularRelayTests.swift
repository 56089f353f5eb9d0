import Domain
import Fluent
import XCTVapor

@testable import App

/// Relaying down the chain, the public archive, the JSON API and bad input.
final class CircularRelayTests: XCTestCase {
  typealias F = CircularFixtures

  func testARelayKeepsTheChainAndTheOriginalStaysReachable() async throws {
    try await withApp { app in
      let chonburi = try await Browser.signedIn(app, as: "chonburi")
      // The province writes to อบต. and เมืองพัทยา only, and to their districts, which relay it.
      let original = try await F.posted(app, by: chonburi, ["audience": "types", "type4": "1", "type5": "1"])
      XCTAssertEqual(original.audienceText, "เฉพาะ อบต. เมืองพัทยา และผู้กำกับดูแลในพื้นที่")
      try await XCTAssertEqualAsync(try await F.recipientCodes(app, original.id), [Fixtures.pattaya, F.bowin])
      let banglamung = try await Browser.signedIn(app, as: "banglamung")
      let inbox = try await banglamung.get(Paths.circularInbox)
      XCTAssertContains(inbox.body.string, original.title)
      try await XCTAssertEqualAsync(try await banglamung.get(Paths.circular(original.id!)).status, .ok)
      let form = try await banglamung.get(Paths.circularAction(original.id!, "relay"))
      XCTAssertEqual(form.status, .ok)
      XCTAssertContains(form.body.string, "อ้างถึง หนังสือ จังหวัดชลบุรี")
      let relayed = try await F.post(
        banglamung, Paths.circularAction(original.id!, "relay"),
        F.form(["number": "ชบ ๐๐๒๓.๑๑/ว ๕๖๗", "letterDate": "20/1/2567", "includeMonitors": ""]), file: nil)
      XCTAssertEqual(relayed.status, .seeOther, relayed.body.string)
      let relay = try await F.latest(app)
      XCTAssertEqual(relay.relayedFrom, original.id)
      XCTAssertEqual(relay.ancestorIDs, [original.id!])
      XCTAssertEqual(relay.senderOffice, "อำเภอบางละมุง จังหวัดชลบุรี")
      try await XCTAssertEqualAsync(try await F.recipientCodes(app, relay.id), ["3200408", "4200401", "5200403"])
      // หนองปรือ got only the relay: it sees the whole chain and opens the original's PDF.
      let officer = try await Browser.signedIn(app, as: Fixtures.nongprue)
      let page = try await officer.get(Paths.circular(relay.id!)).body.string
      XCTAssertContains(page, "ลำดับการส่งต่อหนังสือ")
      XCTAssertContains(page, "ที่ ชบ ๐๐๒๓.๓/ว ๑๒๓๔ ลงวันที่ 15 มกราคม 2567")
      XCTAssertContains(page, "ที่ ชบ ๐๐๒๓.๑๑/ว ๕๖๗ ลงวันที่ 20 มกราคม 2567")
      let file = try await officer.get(Paths.circularFile(original.id!))
      XCTAssertEqual(file.status, .ok)
      XCTAssertEqual(file.headers.contentType?.description, "application/pdf")
      try await XCTAssertEqualAsync(try await officer.get(Paths.circular(original.id!)).status, .ok)
      try await XCTAssertEqualAsync(
        try await officer.post(Paths.circularAction(original.id!, "acknowledge")).status, .forbidden)
      try await XCTAssertEqualAsync(
        try await officer.post(Paths.circularAction(relay.id!, "acknowledge")).status, .seeOther)
      // The original sender sees the relay and its counts, and opens the relay's list.
      let originalPage = try await chonburi.get(Paths.circular(original.id!)).body.string
      XCTAssertContains(originalPage, "การส่งต่อ")
      XCTAssertContains(originalPage, "อำเภอบางละมุง จังหวัดชลบุรี")
      let relayPage = try await chonburi.get(Paths.circular(relay.id!))
      XCTAssertEqual(relayPage.status, .ok)
      XCTAssertContains(relayPage.body.string, "รับทราบแล้ว ยังไม่ดำเนินการ (1)")
      // Another province sees neither; บ่อวิน (not a recipient of the relay) not the relay.
      let chiangmai = try await Browser.signedIn(app, as: "chiangmai")
      try await XCTAssertEqualAsync(try await chiangmai.get(Paths.circular(relay.id!)).status, .notFound)
      let bowin = try await F.bowinOfficer(app)
      try await XCTAssertEqualAsync(try await bowin.get(Paths.circular(relay.id!)).status, .notFound)
      try await XCTAssertEqualAsync(try await bowin.get(Paths.circular(original.id!)).status, .ok)
      // The relaying district may not send beyond its own district.
      let outside = try await F.post(
        banglamung, Paths.circularAction(original.id!, "relay"), F.form(["audience": "list", "codes": F.bowin]))
      XCTAssertEqual(outside.status, .unprocessableEntity)
      XCTAssertContains(outside.body.string, "ไม่ใช่ อปท. ในพื้นที่ของคุณ")
    }
  }

  func testBadInputIsRefusedInThaiAndKeepsWhatWasTyped() async throws {
    try await withApp { app in
      let chonburi = try await Browser.signedIn(app, as: "chonburi")
      let badDate = try await F.post(chonburi, F.form(["letterDate": "31/2/2567", "dueDate": "เมื่อวาน"]))
      XCTAssertEqual(badDate.status, .unprocessableEntity)
      XCTAssertContains(badDate.body.string, "กรุณากรอกวันที่เป็น วัน/เดือน/ปี พ.ศ.")
      XCTAssertContains(badDate.body.string, "value=\"การจัดทำแผนปฏิบัติการป้องกันการทุจริต\"")
      XCTAssertContains(badDate.body.string, "value=\"31/2/2567\"")
      let png = try await F.post(chonburi, F.form(), file: Data([0x89, 0x50, 0x4E, 0x47]), fileName: "x.pdf")
      XCTAssertEqual(png.status, .unprocessableEntity)
      XCTAssertContains(png.body.string, "แนบได้เฉพาะไฟล์ PDF")
      let missing = try await F.post(chonburi, F.form(), file: nil)
      XCTAssertEqual(missing.status, .unprocessableEntity)
      XCTAssertContains(missing.body.string, "กรุณาแนบไฟล์หนังสือ")
      let big = F.pdf + Data(count: CircularRoutes.maxFileBytes)
      let oversized = try await F.post(chonburi, F.form(), file: big)
      XCTAssertEqual(oversized.status, .unprocessableEntity)
      XCTAssertContains(oversized.body.string, "ไฟล์ใหญ่เกิน 10 MB")
      let foreign = try await F.post(chonburi, F.form(["audience": "list", "codes": "4200401\n5501903\n9999999"]))
      XCTAssertEqual(foreign.status, .unprocessableEntity)
      XCTAssertContains(foreign.body.string, "5501903, 9999999")
      let notCodes = try await F.post(chonburi, F.form(["audience": "list", "codes": "abc"]))
      XCTAssertEqual(notCodes.status, .unprocessableEntity)
      XCTAssertContains(notCodes.body.string, "ตัวเลข 7 หลัก")
      let noType = try await F.post(chonburi, F.form(["audience": "types"]))
      XCTAssertEqual(noType.status, .unprocessableEntity)
      let unencoded = try await chonburi.post(Paths.circulars, ["title": "x"])
      XCTAssertEqual(unencoded.status, .unprocessableEntity)
      try await XCTAssertEqualAsync(try await Circular.query(on: app.db).count(), 0)
    }
  }

  func testThePublicArchiveShowsPublicLettersOnlyAndNoAcknowledgements() async throws {
    try await withApp { app in
      let chonburi = try await Browser.signedIn(app, as: "chonburi")
      let shown = try await F.posted(app, by: chonburi, ["isPublic": "1"])
      let hidden = try await F.posted(app, by: chonburi, ["title": "เรื่องภายใน", "number": "ชบ 1/ว 2"])
      let officer = try await Browser.signedIn(app, as: Fixtures.nongprue)
      try await officer.post(Paths.circularAction(shown.id!, "acknowledge"))
      let anonymous = Browser(app)
      let list = try await anonymous.get(Paths.publicCirculars).body.string
      XCTAssertContains(list, shown.title)
      XCTAssertFalse(list.contains("เรื่องภายใน"))
      // The number is found in Arabic digits too.
      let found = try await anonymous.get(Paths.withQuery(Paths.publicCirculars, [("q", "0023.3/ว1234")])).body.string
      XCTAssertContains(found, shown.title)
      XCTAssertContains(try await anonymous.get(Paths.publicCirculars + "?q=ไม่มีเรื่องนี้").body.string, "พบ 0 ฉบับ")
      let detail = try await anonymous.get(Paths.publicCircular(shown.id!))
      XCTAssertEqual(detail.status, .ok)
      XCTAssertFalse(detail.body.string.contains("รับทราบ"))
      XCTAssertFalse(detail.body.string.contains(Fixtures.nongprue))
      try await XCTAssertEqualAsync(try await anonymous.get(Paths.publicCircularFile(shown.id!)).status, .ok)
      try await XCTAssertEqualAsync(try await anonymous.get(Paths.publicCircular(hidden.id!)).status, .notFound)
      try await XCTAssertEqualAsync(try await anonymous.get(Paths.publicCircularFile(hidden.id!)).status, .notFound)
      try await XCTAssertEqualAsync(try await anonymous.get(Paths.circularFile(hidden.id!)).status, .seeOther)
      // Anonymous on the signed-in page of a public letter: to the public page.
      try await XCTAssertEqualAsync(
        try await anonymous.get(Paths.circular(shown.id!)).location, Paths.publicCircular(shown.id!))
      try await XCTAssertEqualAsync(try await anonymous.get(Paths.publicCirculars + "?page=abc").status, .badRequest)
      try await XCTAssertEqualAsync(try await anonymous.get(Paths.publicCirculars + "?page=99").status, .ok)
    }
  }

  func testTheJSONAPI() async throws {
    try await withApp { app in
      let chonburi = try await Browser.signedIn(app, as: "chonburi")
      let shown = try await F.posted(app, by: chonburi, ["isPublic": "1", "dueDate": "31/1/2567"])
      let hidden = try await F.posted(app, by: chonburi, ["number": "ชบ 1/ว 2"])
      let anonymous = Browser(app)
      let list = try await anonymous.get(Paths.circularsAPI)
      XCTAssertEqual(list.status, .ok)
      let decoded = try JSONDecoder().decode(CircularListJSON.self, from: Data(list.body.readableBytesView))
      XCTAssertEqual(decoded.items.map(\.id), [shown.id!])
      XCTAssertEqual(decoded.items.first?.letterDate, "2024-01-15")
      let one = try await anonymous.get(Paths.circularAPI(shown.id!))
      XCTAssertEqual(one.status, .ok)
      let letter = try JSONDecoder().decode(CircularJSON.self, from: Data(one.body.readableBytesView))
      XCTAssertEqual(letter.dueDate, "2024-01-31")
      XCTAssertEqual(letter.fileURL, Paths.publicCircularFile(shown.id!))
      XCTAssertEqual(letter.number, "ชบ ๐๐๒๓.๓/ว ๑๒๓๔")
      try await XCTAssertEqualAsync(try await anonymous.get(Paths.circularAPI(hidden.id!)).status, .notFound)
      try await XCTAssertEqualAsync(try await anonymous.get(Paths.circularsAPI + "/nope").status, .notFound)
      for bad in ["?page=abc", "?page=1.5", "?per_page=0", "?per_page=101", "?per_page=x"] {
        let answer = try await anonymous.get(Paths.circularsAPI + bad)
        XCTAssertEqual(answer.status, .badRequest, bad)
        XCTAssertContains(answer.body.string, "\"reason\"")
      }
      let unsigned = try await anonymous.get(Paths.circularInboxAPI)
      XCTAssertEqual(unsigned.status, .unauthorized)
      let officer = try await Browser.signedIn(app, as: Fixtures.nongprue)
      let inbox = try await officer.get(Paths.circularInboxAPI + "?show=all")
      XCTAssertEqual(inbox.status, .ok)
      let items = try JSONDecoder().decode(CircularListJSON.self, from: Data(inbox.body.readableBytesView)).items
      XCTAssertEqual(Set(items.map(\.id)), [shown.id!, hidden.id!])
      XCTAssertEqual(items.first?.state, "unread")
      try await XCTAssertEqualAsync(try await officer.get(Paths.circularInboxAPI + "?show=x").status, .badRequest)
      let pacc = try await Browser.signedIn(app, as: "admin")
      try await XCTAssertEqualAsync(try await pacc.get(Paths.circularInboxAPI).status, .ok)
    }
  }
}
