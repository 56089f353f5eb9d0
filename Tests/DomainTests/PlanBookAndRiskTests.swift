import Domain
import Foundation
import Testing

/// The plan book's safe text, the versions' text comparison, the PDF page finder, and the risk
/// register's rules.
@Suite struct PlanBookAndRiskTests {
  @Test func safeTextReadsHeadingsListsTablesAndParagraphs() {
    let blocks = SafeText.parse(
      """
      # บทนำ
      ย่อหน้าแรก
      บรรทัดที่สอง

      ๑. ข้อหนึ่ง
      2) ข้อสอง
      ต่อข้อสอง
      - จุด
      | ก | ข |
      |---|---|
      | 1 | 2 | 3 |
      """)
    #expect(
      blocks == [
        .heading(level: 1, text: "บทนำ"), .paragraph(["ย่อหน้าแรก", "บรรทัดที่สอง"]),
        .numbered(start: 1, items: ["ข้อหนึ่ง", "ข้อสอง\nต่อข้อสอง"]), .bullets(["จุด"]),
        .table(header: ["ก", "ข"], rows: [["1", "2", "3"]]),
      ])
    #expect(SafeText.parse("3. ต่อจากข้อ 2") == [.numbered(start: 3, items: ["ต่อจากข้อ 2"])])
  }

  @Test func markupIsOnlyText() {
    let blocks = SafeText.parse("<script>alert(1)</script>\n#not a heading\n####### deep")
    #expect(blocks == [.paragraph(["<script>alert(1)</script>", "#not a heading", "####### deep"])])
  }

  @Test func storedTextIsNormalizedAndBounded() {
    #expect(SafeText.normalize("a\r\nb\u{0}\u{7}  \r\n\n") == "a\nb")
    #expect(SafeText.problem(String(repeating: "ก", count: SafeText.maxCharacters)) == nil)
    #expect(SafeText.problem(String(repeating: "ก", count: SafeText.maxCharacters + 1)) != nil)
    // Any input parses without trapping, however odd: many columns, many lines, only marks.
    let wide = "|" + String(repeating: "x|", count: 500)
    #expect(SafeText.parse(wide).first == .table(header: nil, rows: [Array(repeating: "x", count: 12)]))
    #expect(SafeText.parse(String(repeating: "|---|\n", count: 50)).isEmpty)
    #expect(SafeText.parse(String(repeating: "a\n\n", count: 10_000)).count == SafeText.maxBlocks)
    #expect(SafeText.parse("99999999999. ใหญ่") == [.paragraph(["99999999999. ใหญ่"])])
  }

  @Test func textDiffKeepsCommonLinesAndIsBounded() {
    #expect(
      TextDiff.lines(from: ["ก", "ข", "ค"], to: ["ก", "ค", "ง"]) == [
        .same("ก"), .removed("ข"), .same("ค"), .added("ง"),
      ])
    #expect(TextDiff.lines(from: [], to: ["ใหม่"]) == [.added("ใหม่")])
    let big = (0..<3_000).map(String.init)
    let result = TextDiff.lines(from: big, to: big.reversed())
    #expect(result.count == 6_000)
  }

  @Test func pdfDestinationsFollowThePageTree() {
    // A tiny PDF as Chromium writes it: a nested page tree and a /Dests dictionary.
    var objects: [String] = []
    objects.append("<</Type /Catalog /Pages 2 0 R /Dests 7 0 R>>")
    objects.append("<</Type /Pages /Kids [3 0 R 6 0 R] /Count 3>>")
    objects.append("<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>>")
    objects.append("<</Type /Page /Parent 6 0 R>>")
    objects.append("<</Type /Page /Parent 6 0 R>>")
    objects.append("<</Type /Pages /Parent 2 0 R /Kids [4 0 R 5 0 R] /Count 2>>")
    objects.append("<</sec-preface [4 0 R /XYZ 6 827 0]\n/part-2 [5 0 R /XYZ 6 500 0]>>")
    var pdf = "%PDF-1.4\n"
    var offsets: [Int] = []
    for (index, body) in objects.enumerated() {
      offsets.append(pdf.utf8.count)
      pdf += "\(index + 1) 0 obj\n\(body)\nendobj\n"
    }
    let xref = pdf.utf8.count
    pdf += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
    for offset in offsets { pdf += String(format: "%010d 00000 n \n", offset) }
    pdf += "trailer\n<</Size \(objects.count + 1) /Root 1 0 R>>\nstartxref\n\(xref)\n%%EOF"
    #expect(PDFDestinations.pages(in: Array(pdf.utf8)) == ["sec-preface": 2, "part-2": 3])
    #expect(PDFDestinations.pages(in: Array("not a pdf".utf8)).isEmpty)
    #expect(PDFDestinations.pages(in: Array((pdf.prefix(200) + "startxref\n999999999\n").utf8)).isEmpty)
  }

  @Test func riskLevelFollowsTheMatrix() throws {
    func level(_ l: Int, _ i: Int) throws -> RiskLevel {
      RiskLevel(likelihood: try #require(RiskScale(l)), impact: try #require(RiskScale(i)))
    }
    #expect(try level(1, 1) == .low && level(1, 3) == .low)
    #expect(try level(2, 2) == .medium && level(2, 4) == .medium)
    #expect(try level(3, 3) == .high && level(2, 5) == .high && level(3, 4) == .high)
    #expect(try level(3, 5) == .veryHigh && level(5, 5) == .veryHigh)
    #expect(RiskLevel.veryHigh > RiskLevel.high && RiskLevel.low < RiskLevel.medium)
    // Every score 1–25 belongs to exactly one level.
    for score in 1...25 { #expect(RiskLevel.allCases.filter { $0.range.contains(score) }.count == 1) }
  }

  @Test func riskInputIsCheckedFieldByField() throws {
    #expect(RiskScale(parsing: "๔")?.value == 4)
    for bad in ["0", "6", "", "x", "-1", "999999999999999999999"] { #expect(RiskScale(parsing: bad) == nil) }
    guard case .failure(let errors) = RiskInput.parse(["likelihood": "9", "category": "nope"]) else {
      Issue.record("accepted an empty risk")
      return
    }
    #expect(errors["likelihood"] != nil && errors["impact"] != nil && errors["event"] != nil)
    #expect(errors["category"] != nil && errors["measures"] != nil && errors["process"] != nil)
    let fields = [
      "category": "permits", "process": "ออกใบอนุญาต", "event": "เรียกรับเงิน", "likelihood": "4", "impact": "5",
      "measures": "ตรวจสอบสองชั้น",
    ]
    let input = try RiskInput.parse(fields).get()
    #expect(input.level == .veryHigh && input.status == .planned)
    var long = fields
    long["event"] = String(repeating: "ก", count: RiskInput.maxText + 1)
    #expect((try? RiskInput.parse(long).get()) == nil)
  }

  @Test func matrixCountsRisksPerCell() throws {
    let cells = try [(3, 4), (3, 4), (1, 1)].map { (try #require(RiskScale($0.0)), try #require(RiskScale($0.1))) }
    let matrix = RiskMatrix(cells.map { (likelihood: $0.0, impact: $0.1) })
    #expect(matrix.count(likelihood: 3, impact: 4) == 2 && matrix.count(likelihood: 1, impact: 1) == 1)
    #expect(matrix.count(likelihood: 0, impact: 9) == 0)
  }

  @Test func everySectionHasATitleAndStarterText() {
    for section in PlanBookSection.allCases {
      #expect(!section.title(organization: "อบต.ทดสอบ").isEmpty)
      #expect(!section.starter(organization: "อบต.ทดสอบ", fiscalYears: "พ.ศ. 2566 – 2570").isEmpty)
      #expect(SafeText.problem(section.starter(organization: "อบต.ทดสอบ", fiscalYears: "")) == nil)
    }
  }
}
