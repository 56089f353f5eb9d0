import Domain
import XCTest

final class OitChecklistTests: XCTestCase {
  private func problems(_ result: Result<[OitItem], ImportProblems>) -> [String] {
    guard case .failure(let problems) = result else { return [] }
    return problems.items.map(\.description)
  }

  func testTheShipped2566ChecklistNamesSeed004sItemsWordForWord() throws {
    let items = try XCTUnwrap(OitDefaults.items(for: 2566))
    let titles = Dictionary(uniqueKeysWithValues: items.map { ($0.code, $0.title) })
    XCTAssertEqual(titles["O21"], "ข้อมูลหลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล")
    XCTAssertEqual(titles["O22"], "ข้อมูลช่องทางการร้องเรียนการทุจริตและข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี")
    XCTAssertEqual(titles["O28"], "ข้อมูลแผนปฏิบัติการต่อต้านการทุจริตและประพฤติมิชอบประจำปี และผลการดำเนินการตามแผนฯ")
    XCTAssertTrue(titles["O30"]?.hasPrefix("ข้อมูลมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน และการรายงานผล") ?? false)
    XCTAssertFalse(items.contains { $0.title.contains("ประวัตินิชอบ") }, "seed 004's OCR slip must not ship")
    XCTAssertEqual(items.first { $0.code == "O28" }?.sources, [.actionPlan, .halfYearReport])
    XCTAssertEqual(items.first { $0.code == "O30" }?.sources, [.announcements])
    XCTAssertEqual(items.first { $0.code == "O22" }?.sources, [.complaintStatistics])
    XCTAssertEqual(Set(items.map(\.code)).count, items.count)
    // The shipped lists read back through the import's own rules unchanged.
    let reread = OitChecklist.parse(header: OitChecklist.header, rows: items.map(OitChecklist.row))
    XCTAssertEqual(try reread.get(), items)
  }

  func testImportAcceptsThaiHeadersDigitsAndCodesWithSpaces() throws {
    let header = ["ตัวชี้วัด", "ตัวชี้วัดย่อย", "ข้อ", "ข้อมูล", "รายละเอียด", "หลักฐาน", "ข้อมูลจากระบบ"]
    let rows = [
      ["๑๐", "10.1", "o 28", "แผนปฏิบัติการ", "", "url; file", "plan;report_6m"],
      ["9", "9.1", "O1", "โครงสร้าง", "แผนผัง", "", ""],
    ]
    let items = try OitChecklist.parse(header: header, rows: rows).get()
    XCTAssertEqual(items.map(\.code), ["O1", "O28"], "ordered by number")
    XCTAssertEqual(items[1].indicator, .prevention)
    XCTAssertEqual(items[1].evidenceKinds, [.url, .file])
    XCTAssertEqual(items[1].sources, [.actionPlan, .halfYearReport])
    XCTAssertEqual(items[0].evidenceKinds, [.url, .file], "blank evidence means link or file")
  }

  func testImportRefusesTheWholeFileWithThaiRowProblems() {
    let rows = [
      ["9", "9.1", "O1", "โครงสร้าง", "", "", ""],
      ["11", "9.1", "X5", "", "", "fax", "magic"],
      ["9", "9.1", "O1", "ซ้ำ", "", "", ""],
    ]
    let found = problems(OitChecklist.parse(header: OitChecklist.header, rows: rows))
    XCTAssertEqual(
      found,
      [
        "แถวที่ 3 คอลัมน์ indicator: ตัวชี้วัดต้องเป็น 9 (การเปิดเผยข้อมูล) หรือ 10 (การป้องกันการทุจริต)",
        "แถวที่ 3 คอลัมน์ code: รหัสข้อต้องเป็นตัว O ตามด้วยตัวเลข เช่น O28",
        "แถวที่ 3 คอลัมน์ title: กรุณากรอกชื่อข้อมูล",
        "แถวที่ 3 คอลัมน์ evidence: รูปแบบหลักฐาน \"fax\" ไม่รู้จัก (ใช้ url, file, text)",
        "แถวที่ 3 คอลัมน์ sujarit: ข้อมูลจากระบบ \"magic\" ไม่รู้จัก (ใช้ plan, report_6m, report_12m, announcements, complaints)",
        "แถวที่ 4 คอลัมน์ code: ข้อ O1 ซ้ำกับแถวที่ 2",
      ])
    XCTAssertEqual(
      problems(OitChecklist.parse(header: ["code", "title"], rows: [["O1", "x"]])),
      ["แถวที่ 1: ไม่พบคอลัมน์ indicator ในแถวหัวตาราง"])
    XCTAssertEqual(problems(OitChecklist.parse(header: OitChecklist.header, rows: [[""]])), ["ไฟล์ไม่มีรายการข้อมูล"])
    let tooMany = (1...(OitChecklist.maxItems + 1)).map { ["9", "", "O\($0)", "ข้อ \($0)", "", "", ""] }
    XCTAssertEqual(
      problems(OitChecklist.parse(header: OitChecklist.header, rows: tooMany)), ["แบบตรวจหนึ่งปีมีได้ไม่เกิน 200 ข้อ"])
  }

  func testCodesAreNormalizedOrRefused() {
    XCTAssertEqual(OitChecklist.normalizedCode(" o 28 "), "O28")
    XCTAssertEqual(OitChecklist.normalizedCode("๐30"), "O30", "a scan's Thai zero for the letter O")
    XCTAssertEqual(OitChecklist.normalizedCode("O007"), "O7")
    for bad in ["", "O", "O0", "28", "OX1", "O1234", "O-1", "O１"] {
      XCTAssertNil(OitChecklist.normalizedCode(bad), bad)
    }
  }

  func testItemsMoveToReviewOrPublishedOnlyWithEvidenceAndOnlyByTheirLAO() {
    XCTAssertNil(OitWorkflow.refusal(from: .notStarted, to: .inProgress, role: .laoOfficer, hasEvidence: false))
    XCTAssertEqual(
      OitWorkflow.refusal(from: .inProgress, to: .awaitingReview, role: .laoOfficer, hasEvidence: false),
      "ยังไม่มีหลักฐานของข้อนี้ กรุณาแนบลิงก์ ไฟล์ หรือข้อความก่อนส่งตรวจ")
    XCTAssertNil(OitWorkflow.refusal(from: .inProgress, to: .awaitingReview, role: .laoOfficer, hasEvidence: true))
    XCTAssertEqual(
      OitWorkflow.refusal(from: .awaitingReview, to: .published, role: .laoExecutive, hasEvidence: false),
      "ยังไม่มีหลักฐานของข้อนี้ จึงยังเผยแพร่ไม่ได้")
    XCTAssertNil(OitWorkflow.refusal(from: .awaitingReview, to: .published, role: .laoExecutive, hasEvidence: true))
    XCTAssertNil(OitWorkflow.refusal(from: .published, to: .inProgress, role: .laoOfficer, hasEvidence: true))
    for monitor in Role.allCases where monitor.isMonitor {
      XCTAssertNotNil(OitWorkflow.refusal(from: .notStarted, to: .inProgress, role: monitor, hasEvidence: true))
    }
    XCTAssertEqual(
      OitWorkflow.reviewRefusal(items: 30, published: 28), "ยังมี 2 ข้อที่ยังไม่เผยแพร่ ตรวจรับรองได้เมื่อเผยแพร่ครบทุกข้อ")
    XCTAssertNil(OitWorkflow.reviewRefusal(items: 30, published: 30))
    XCTAssertNotNil(OitWorkflow.reviewRefusal(items: 0, published: 0))
    XCTAssertEqual(OitReadinessFigure(items: 30, published: 10, owned: 4).percent?.description, "33.33")
    XCTAssertNil(OitReadinessFigure(items: 0, published: 0, owned: 0).percent)
  }

  func testEvidenceLinksAreWebAddressesOnly() {
    XCTAssertNil(OitEvidenceLink.problem(" https://www.nongprue.go.th/ita/o28 "))
    XCTAssertNil(OitEvidenceLink.problem("http://127.0.0.1:8080/x?y=1"))
    for bad in [
      "", "javascript:alert(1)", "ftp://x.go.th/a", "https://", "https://user:pw@x.go.th/", "https://a b.go.th",
      "https://x.go.th/a\nb", "www.x.go.th",
    ] {
      XCTAssertNotNil(OitEvidenceLink.problem(bad), bad)
    }
    XCTAssertEqual(
      OitEvidenceLink.problem("https://x.go.th/" + String(repeating: "a", count: 2_001)), "ลิงก์ยาวได้ไม่เกิน 2,000 ตัวอักษร")
  }

  func testTheLinkCheckKnowsWhichAddressesAreInside() {
    for inside in [
      [127, 0, 0, 1], [10, 1, 2, 3], [172, 16, 0, 1], [172, 31, 255, 255], [192, 168, 1, 1],
      [169, 254, 169, 254], [100, 64, 0, 1], [0, 0, 0, 0], [224, 0, 0, 1],
    ] as [[UInt8]] {
      XCTAssertTrue(NetworkAddress.isInternal(ipv4: inside), "\(inside)")
    }
    for outside in [[8, 8, 8, 8], [172, 32, 0, 1], [203, 150, 1, 1], [100, 128, 0, 1]] as [[UInt8]] {
      XCTAssertFalse(NetworkAddress.isInternal(ipv4: outside), "\(outside)")
    }
    XCTAssertTrue(NetworkAddress.isInternal(ipv4: [1, 2, 3]), "a malformed address is refused")
    let loopback6: [UInt8] = Array(repeating: 0, count: 15) + [1]
    XCTAssertTrue(NetworkAddress.isInternal(ipv6: loopback6))
    XCTAssertTrue(NetworkAddress.isInternal(ipv6: [0xFD] + Array(repeating: 0, count: 15)))
    XCTAssertTrue(NetworkAddress.isInternal(ipv6: [0xFE, 0x80] + Array(repeating: 0, count: 14)))
    let mapped: [UInt8] = Array(repeating: 0, count: 10) + [0xFF, 0xFF, 192, 168, 0, 1]
    XCTAssertTrue(NetworkAddress.isInternal(ipv6: mapped), "IPv4-mapped private address")
    XCTAssertFalse(NetworkAddress.isInternal(ipv6: [0x24, 0x01] + Array(repeating: 0, count: 13) + [1]))
    let nat64: [UInt8] = [0x00, 0x64, 0xFF, 0x9B] + Array(repeating: 0, count: 8) + [127, 0, 0, 1]
    XCTAssertTrue(NetworkAddress.isInternal(ipv6: nat64), "NAT64 of loopback")
    let sixToFour: [UInt8] = [0x20, 0x02, 10, 0, 0, 1] + Array(repeating: 0, count: 10)
    XCTAssertTrue(NetworkAddress.isInternal(ipv6: sixToFour), "6to4 of a private address")
    let compatible: [UInt8] = Array(repeating: 0, count: 12) + [169, 254, 169, 254]
    XCTAssertTrue(NetworkAddress.isInternal(ipv6: compatible), "IPv4-compatible metadata address")
    XCTAssertTrue(NetworkAddress.isInternal(ipv6: [0xFE, 0xC0] + Array(repeating: 0, count: 14)), "site-local")
  }

  func testAssignmentsReadThaiDatesAndKeepTheState() throws {
    let parsed = try OitAssignment.parse(
      ["owner_position": " นักทรัพยากรบุคคล ", "due_date": "๓๐/๔/๒๕๖๖"], keepingState: .inProgress
    ).get()
    XCTAssertEqual(parsed.state, .inProgress)
    XCTAssertEqual(parsed.ownerPosition, "นักทรัพยากรบุคคล")
    XCTAssertEqual(parsed.dueDate.map { ThaiCalendar.numericDate($0) }, "30/4/2566")
    guard case .failure(let errors) = OitAssignment.parse(["state": "done", "due_date": "31/4/2566"]) else {
      return XCTFail("refused")
    }
    XCTAssertEqual(errors["state"], "กรุณาเลือกสถานะจากรายการ")
    XCTAssertEqual(errors["due_date"], "วันที่ไม่ถูกต้อง กรุณากรอกแบบ วัน/เดือน/ปี พ.ศ. เช่น 30/4/2566")
    guard
      case .failure(let far) = OitAssignment.parse([
        "due_date": "1/1/2400", "owner_name": String(repeating: "ก", count: 201),
      ])
    else { return XCTFail("refused") }
    XCTAssertNotNil(far["due_date"])
    XCTAssertEqual(far["owner_name"], "ชื่อผู้รับผิดชอบยาวได้ไม่เกิน 200 ตัวอักษร")
  }
}
