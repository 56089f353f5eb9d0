import Domain
import XCTest

final class CircularTests: XCTestCase {
  let now = ThaiCalendar.date(buddhistYear: 2567, month: 3, day: 1)!

  func form(_ changes: [String: String] = [:]) -> [String: String] {
    var form = [
      "title": "การจัดทำแผน", "number": "มท ๐๘๑๐.๓/ว ๑๒๓๔", "letterDate": "15/1/2567", "summary": "สรุป",
      "audience": "area",
    ]
    for (key, value) in changes { form[key] = value }
    return form
  }

  func errors(_ input: [String: String], types: [String] = []) -> [String: String] {
    if case .failure(let errors) = CircularRules.validate(input, types: types, now: now) { return errors.messages }
    return [:]
  }

  func testAValidFormKeepsTheNumberAsTypedAndReadsBuddhistEraDates() throws {
    guard case .success(let draft) = CircularRules.validate(form(["dueDate": "๓๑/๑/๒๕๖๗"]), types: [], now: now) else {
      return XCTFail("should be valid")
    }
    XCTAssertEqual(draft.number, "มท ๐๘๑๐.๓/ว ๑๒๓๔")
    XCTAssertEqual(ThaiCalendar.longDate(draft.letterDate), "15 มกราคม 2567")
    XCTAssertEqual(draft.dueDate.map { ThaiCalendar.longDate($0) }, "31 มกราคม 2567")
    XCTAssertEqual(draft.audience.kind, .area)
    XCTAssertNil(draft.action)
    XCTAssertFalse(draft.isPublic)
  }

  func testEveryBadFieldHasItsOwnThaiMessage() {
    let found = errors(
      form([
        "title": "", "number": "ไม่มีเลข", "letterDate": "31/2/2567", "summary": " ", "dueDate": "พรุ่งนี้",
        "audience": "everyone",
      ]))
    XCTAssertEqual(Set(found.keys), ["title", "number", "letterDate", "summary", "dueDate", "audience"])
    XCTAssertTrue(found.values.allSatisfy { $0.unicodeScalars.contains { (0x0E00...0x0E7F).contains($0.value) } })
  }

  func testDatesAreBoundedByTodayAndTheLetter() {
    XCTAssertNotNil(errors(form(["letterDate": "2/3/2567"]))["letterDate"])
    XCTAssertNotNil(errors(form(["dueDate": "14/1/2567"]))["dueDate"])
    XCTAssertNil(errors(form(["dueDate": "15/1/2567"]))["dueDate"])
    XCTAssertNotNil(errors(form(["letterDate": "15/1/9999999999999"]))["letterDate"])
  }

  func testTypesAndCodesAudiences() {
    XCTAssertNotNil(errors(form(["audience": "types"]))["types"])
    XCTAssertNotNil(errors(form(["audience": "types"]), types: ["ไม่มีประเภทนี้"])["types"])
    guard
      case .success(let draft) = CircularRules.validate(
        form(["audience": "types"]), types: ["อบต.", "เทศบาลตำบล"], now: now)
    else { return XCTFail("types should be valid") }
    XCTAssertEqual(draft.audience.types, [.subdistrictAdministration, .subdistrictMunicipality])
    XCTAssertEqual(draft.audience.thaiDescription, "เฉพาะ อบต. เทศบาลตำบล")
    XCTAssertNotNil(errors(form(["audience": "list", "codes": ""]))["codes"])
    XCTAssertNotNil(errors(form(["audience": "list", "codes": "4200401, 12345"]))["codes"])
    XCTAssertEqual(try CircularRules.parseCodes("๔๒๐๐๔๐๑\n5200403, 4200401").get(), ["4200401", "5200403"])
  }

  func testNumbersAreSearchedAlikeInThaiAndArabicDigits() {
    XCTAssertEqual(CircularNumber.parse("  ปช  ๐๐๐๔/ว ๐๐๐๑ "), "ปช ๐๐๐๔/ว ๐๐๐๑")
    XCTAssertEqual(CircularNumber.searchKey("ปช ๐๐๐๔/ว ๐๐๐๑"), CircularNumber.searchKey("ปช0004/ว0001"))
    XCTAssertNil(CircularNumber.parse(String(repeating: "1", count: 61)))
    XCTAssertNil(CircularNumber.parse("ที่\u{0007}1"))
    XCTAssertEqual(
      CircularRules.citation(number: "ปช ๐๐๐๔/ว ๐๐๐๑", date: now, thaiDigits: true),
      "ที่ ปช ๐๐๐๔/ว ๐๐๐๑ ลงวันที่ ๑ มีนาคม ๒๕๖๗")
  }

  func testStatesAndOverdue() {
    let day = now
    XCTAssertEqual(CircularState.of(readAt: nil, acknowledgedAt: nil, actedAt: nil), .unread)
    XCTAssertEqual(CircularState.of(readAt: day, acknowledgedAt: day, actedAt: nil), .acknowledged)
    XCTAssertEqual(CircularState.of(readAt: day, acknowledgedAt: day, actedAt: day), .acted)
    let later = day.addingTimeInterval(2 * 86_400)
    XCTAssertTrue(CircularState.isOverdue(.read, due: day, actionAsked: false, now: later))
    XCTAssertFalse(CircularState.isOverdue(.acknowledged, due: day, actionAsked: false, now: later))
    XCTAssertTrue(CircularState.isOverdue(.acknowledged, due: day, actionAsked: true, now: later))
    XCTAssertFalse(CircularState.isOverdue(.unread, due: day, actionAsked: false, now: day.addingTimeInterval(3600)))
  }

  func testOfficesAndWhoMayPost() {
    XCTAssertEqual(CircularOffice.key(.district(provinceCode: "20", name: "บางละมุง")), "district:20:บางละมุง")
    XCTAssertNil(CircularOffice.key(.organization(code: "4200401")))
    XCTAssertEqual(CircularOffice.levelsBelow(.province(code: "20")), ["district"])
    XCTAssertTrue(CircularOffice.canPost(AccessPolicy(role: .provincialMonitor, scope: .province(code: "20"))))
    XCTAssertFalse(CircularOffice.canPost(AccessPolicy(role: .laoOfficer, scope: .organization(code: "4200401"))))
    XCTAssertFalse(CircularOffice.canPost(AccessPolicy(role: .paccCentralOfficer, scope: .paccOffice(0))))
    XCTAssertNotNil(CircularRules.note("").failureValue)
  }
}

extension Result {
  fileprivate var failureValue: Failure? {
    if case .failure(let error) = self { return error }
    return nil
  }
}
