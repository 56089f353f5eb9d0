import Domain
import XCTest

final class DLACodeTests: XCTestCase {
  func testSevenDigitsWithProvinceInDigitsTwoAndThree() {
    let code = DLACode("3200408")
    XCTAssertEqual(code?.provinceCode, "20")
  }

  func testAcceptsThaiDigitsAndSpaces() {
    XCTAssertEqual(DLACode(" ๓๒๐๐๔๐๘ ")?.value, "3200408")
  }

  func testRejectsWrongLengthOrLetters() {
    XCTAssertNil(DLACode("320040"))
    XCTAssertNil(DLACode("32004081"))
    XCTAssertNil(DLACode("32OO408"))
    XCTAssertNil(DLACode(""))
  }
}

final class OrganizationTypeTests: XCTestCase {
  func testFullNames() {
    XCTAssertEqual(OrganizationType.subdistrictAdministration.fullName("ดงตะงาว"), "อบต.ดงตะงาว")
    XCTAssertEqual(OrganizationType.townMunicipality.fullName("หนองปรือ"), "เทศบาลเมืองหนองปรือ")
    XCTAssertEqual(OrganizationType.pattaya.fullName("เมืองพัทยา"), "เมืองพัทยา")
    XCTAssertEqual(OrganizationType.bangkokDistrict.fullName("พระนคร"), "สำนักงานเขตพระนคร")
  }

  func testRegistrySpellingsAreRecognised() {
    for name in ["อบจ.", "อบต.", "เทศบาลตำบล", "เทศบาลเมือง", "เทศบาลนคร", "เมืองพัทยา"] {
      XCTAssertNotNil(OrganizationType(rawValue: name), name)
    }
  }
}

final class MoneyTests: XCTestCase {
  func testParsesBahtIntoSatang() {
    XCTAssertEqual(Money(baht: "595,655.00")?.satang, 59_565_500)
    XCTAssertEqual(Money(baht: "1234.5")?.satang, 123_450)
    XCTAssertEqual(Money(baht: "๑,๐๐๐")?.satang, 100_000)
    XCTAssertEqual(Money(baht: "0")?.satang, 0)
  }

  func testRejectsNegativeFractionalSatangAndText() {
    for bad in ["-5", "1.234", "abc", "", "1.", ".5", "1,2a", "12345678901234"] {
      XCTAssertNil(Money(baht: bad), bad)
    }
  }

  func testFormatsWithThousandsAndTwoDecimals() {
    XCTAssertEqual(Money(satang: 59_565_500).formatted, "595,655.00")
    XCTAssertEqual(Money(satang: 5).formatted, "0.05")
    XCTAssertEqual(Money(satang: 100_000_000_00).decimalString, "100000000.00")
    XCTAssertEqual(Money(satang: 59_565_500).description, "595,655.00 บาท")
  }
}

final class CSVTableTests: XCTestCase {
  func testQuotedFieldsBOMAndCRLF() {
    let table = CSVTable(parsing: "\u{FEFF}no,name\r\n1,\"โครงการ \"\"ก\"\", ข\"\r\n2,ค\r\n")
    XCTAssertEqual(table.header, ["no", "name"])
    XCTAssertEqual(table.rows, [["1", "โครงการ \"ก\", ข"], ["2", "ค"]])
  }

  func testMissingTrailingCellsReadAsEmpty() {
    let table = CSVTable(parsing: "a,b,c\n1\n")
    XCTAssertEqual(table.dictionaries.first?["c"], "")
  }

  func testNewlineInsideQuotes() {
    let table = CSVTable(parsing: "a\n\"line1\nline2\"")
    XCTAssertEqual(table.rows, [["line1\nline2"]])
  }
}

final class CSVRenderTests: XCTestCase {
  func testRenderedCSVReadsBackIdentically() {
    let rows = [["1", "โครงการ \"ก\", ข", "บรรทัด 1\nบรรทัด 2"], ["2", "", "x"]]
    let text = CSVTable.render(header: ["no", "name", "note"], rows: rows)
    XCTAssertTrue(text.hasPrefix("\u{FEFF}no,name,note\r\n"))
    let table = CSVTable(parsing: text)
    XCTAssertEqual(table.header, ["no", "name", "note"])
    XCTAssertEqual(table.rows, rows)
  }
}

final class ThaiTextTests: XCTestCase {
  func testUTF8PassesThrough() {
    XCTAssertEqual(ThaiText.decode(Array("มิติ,1".utf8)), "มิติ,1")
  }

  func testWindows874FromThaiExcel() {
    // "มิติ" in TIS-620: ม=0xC1 ิ=0xD4 ต=0xB5 ิ=0xD4
    XCTAssertEqual(ThaiText.decode([0xC1, 0xD4, 0xB5, 0xD4, 0x2C, 0x31]), "มิติ,1")
  }
}
