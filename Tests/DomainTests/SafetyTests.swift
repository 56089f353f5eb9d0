import XCTest

@testable import Domain

final class EmailAddressTests: XCTestCase {
  func testOrdinaryGovernmentAddressesPass() {
    for address in ["saraban@nongprue.go.th", "legal.officer+2569@example.co.th", "a_b-c%d@xn--12c1fe0br.xn--o3cw4h"] {
      XCTAssertEqual(EmailAddress(address)?.value, address)
    }
  }

  func testAnythingThatCouldBreakAHeaderOrCommandIsRefused() {
    for address in [
      "a@b.go.th\r\nBcc: all@evil.example", "a@b.go.th\n", "a b@c.go.th", "\"a\"@b.go.th", "a@b", "a@@b.go.th",
      "<a@b.go.th>", "a@b.go.th>", "a,b@c.go.th", "a;b@c.go.th", ".a@b.go.th", "a..b@c.go.th", "a@-b.go.th",
      "a@b.go.th.", "นิติกร@ตัวอย่าง.ไทย", "a@b.go.t1", "", "@b.go.th", "a@\u{0}b.go.th",
      String(repeating: "a", count: 65) + "@b.go.th",
    ] {
      XCTAssertNil(EmailAddress(address), address.debugDescription)
    }
  }
}

final class SafeURLTests: XCTestCase {
  func testOnlyLocalPathsAreUsedAfterSignIn() {
    XCTAssertEqual(SafeURL.localPath("/organizations/4200401?x=1"), "/organizations/4200401?x=1")
    XCTAssertEqual(SafeURL.localPath("/อำเภอ"), "/%E0%B8%AD%E0%B8%B3%E0%B9%80%E0%B8%A0%E0%B8%AD")
    for bad in [
      "//evil.example", "/\\evil.example", "https://evil.example", "evil", "/\t/evil.example", "/\r\nSet-Cookie: x=1",
      "/\u{85}x", "/ x", "/\u{2028}", String(repeating: "/a", count: 1_001),
    ] {
      XCTAssertNil(SafeURL.localPath(bad), bad.debugDescription)
    }
    XCTAssertNil(SafeURL.localPath(nil))
  }

  func testHeaderValuesWithControlCharactersAreUnsafe() {
    XCTAssertTrue(HeaderValue.isSafe("attachment; filename=\"a.csv\""))
    XCTAssertTrue(HeaderValue.isSafe("a\tb"))
    for bad in ["a\rb", "a\nb", "a\u{0}b", "a\u{7F}", "a\u{9B}"] { XCTAssertFalse(HeaderValue.isSafe(bad)) }
  }

  func testUploadedFileNamesLoseTheirPathAndControlCharacters() {
    XCTAssertEqual(HeaderValue.cleanFileName("C:\\Users\\me\\ภาพ.png", fallback: "x"), "ภาพ.png")
    XCTAssertEqual(HeaderValue.cleanFileName("../../etc/passwd", fallback: "x"), "passwd")
    XCTAssertEqual(HeaderValue.cleanFileName("a\r\nb\u{0}\".png", fallback: "x"), "ab.png")
    XCTAssertEqual(HeaderValue.cleanFileName("..", fallback: "หลักฐาน"), "หลักฐาน")
    XCTAssertEqual(HeaderValue.cleanFileName(String(repeating: "ก", count: 300) + ".pdf", fallback: "x").count, 200)
  }
}

final class SpreadsheetCellTests: XCTestCase {
  func testFormulaLikeTextIsNeutralisedAndNumbersStayNumbers() {
    for formula in ["=HYPERLINK(\"http://evil\",\"x\")", "@SUM(A1)", "+1+1", "-2+3", "\tx", "\rx", "=1"] {
      XCTAssertEqual(CSVTable.neutralized(formula), "'" + formula)
    }
    for number in ["-1", "-1,250.50", "1250.5", "0", "-0.25", "ไม่ใช้งบประมาณ", "", "-", "โครงการ =1"] {
      XCTAssertEqual(CSVTable.neutralized(number), number)
    }
    for notANumber in ["nan", "inf", "1e5", "1.2.3", ",1", "1,", "--1", "1.23456"] {
      XCTAssertFalse(CSVTable.isPlainNumber(notANumber), notANumber)
    }
  }

  func testAnExportReadsBackAsItWasTyped() {
    let rows = [["=HYPERLINK(\"http://evil\")", "-500.00", "@x"], ["'=ตั้งใจ", "+66 81 234 5678", "ปกติ"]]
    let text = CSVTable.render(header: ["a", "b", "c"], rows: rows)
    XCTAssertTrue(text.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""))
    XCTAssertTrue(text.contains(",-500.00,"))
    XCTAssertEqual(CSVTable(parsing: text).rows, rows)
  }

  func testASeparatorAnotherSpreadsheetMightUseIsQuotedToo() {
    let text = CSVTable.render(header: ["a"], rows: [["x;=HYPERLINK(\"http://evil\")"], ["y\t=1+1"]])
    XCTAssertTrue(text.contains("\"x;=HYPERLINK(\"\"http://evil\"\")\""))
    XCTAssertTrue(text.contains("\"y\t=1+1\""))
  }
}
