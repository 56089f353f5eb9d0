import Domain
import Foundation
import PropertyBased
import Testing

@Suite struct ItaScoreTests {
  static let seed: [Int64?] = [8663, 6637, 7697, 6718, 7473, 9904, 9829, 9811, 9100, 10_000]

  @Test func seed004TableGivesTheNationalTotal() {
    let summary = ItaScores(list: Self.seed).summary(weights: .standard)
    #expect(summary.iit == 7438)
    #expect(summary.eit == 9848)
    #expect(summary.oit == 9550)
    // The rounded weighted parts (22.31 + 29.54 + 38.20) would give 90.05.
    #expect(summary.total == 9006)
    #expect(summary.level == .a)
    #expect(summary.level?.label == "A Very Good")
    #expect(summary.passed)
    #expect(summary.missingText == nil)
  }

  @Test func indicatorLevelsAsInTheSeed() {
    #expect(ItaLevel.of(hundredths: 8663) == .a)
    #expect(ItaLevel.of(hundredths: 6637) == .c)
    #expect(ItaLevel.of(hundredths: 9904) == .aa)
    #expect(ItaLevel.of(hundredths: 9904).name == "Excellence")
    #expect(ItaLevel.of(hundredths: 6637).thaiName == "พอใช้")
  }

  @Test func bandBoundaries() {
    let cases: [(Int64, ItaLevel)] = [
      (10_000, .aa), (9_500, .aa), (9_499, .a), (8_500, .a), (8_499, .b), (7_500, .b), (7_499, .c),
      (6_500, .c), (6_499, .d), (5_500, .d), (5_499, .e), (5_000, .e), (4_999, .f), (0, .f),
    ]
    for (value, level) in cases { #expect(ItaLevel.of(hundredths: value) == level, "\(value)") }
  }

  @Test func totalRoundsHalfUpBeforeTheLevel() {
    // IIT 84.99, EIT 85.00 (×30 each), OIT 85.00 … gives 84.997 → 85.00: passes.
    let scores = ItaScores(list: [8499, 8499, 8499, 8499, 8499, 8500, 8500, 8500, 8500, 8500])
    #expect(scores.total(weights: .standard) == 8500)
    #expect(scores.summary(weights: .standard).passed)
    #expect(scores.summary(weights: .standard).level == .a)
    // Exactly 84.995: half-up gives 85.00.
    let half = ItaScores(list: [8499, 8499, 8499, 8499, 8499, 8499, 8499, 8499, 8500, 8500])
    // 0.3·84.99 + 0.3·84.99 + 0.4·85.00 = 84.994 → 84.99
    #expect(half.total(weights: .standard) == 8499)
    #expect(!half.summary(weights: .standard).passed)
    let exactHalf = ItaScores(list: [8499, 8499, 8499, 8499, 8499, 8500, 8500, 8500, 8500, 8500])
    #expect(exactHalf.total(weights: ItaWeights(iit: 5_000, eit: 5_000, oit: 0)) == 8500)  // 84.995
  }

  @Test func toolScoresRoundHalfUp() {
    // IIT mean 74.376 → 74.38; EIT mean 98.48; an x.xx5 mean rounds up.
    let scores = ItaScores(list: [1, 0, 0, 0, 0, 1, 2, 0, 1, 0])
    #expect(scores.toolScore(.iit) == 0)  // 0.002
    #expect(scores.toolScore(.eit) == 1)  // 1.0
    #expect(scores.toolScore(.oit) == 1)  // 0.5 → 1
    #expect(ItaScores(list: [9499, 9500] + Array(repeating: 0, count: 8)).toolScore(.iit) == 3800)
  }

  @Test func partialResultsHaveNoTotal() {
    var values = Self.seed
    values[0] = nil
    values[1] = nil
    let summary = ItaScores(list: values).summary(weights: .standard)
    #expect(summary.iit == nil)
    #expect(summary.eit == 9848)
    #expect(summary.total == nil)
    #expect(summary.level == nil)
    #expect(!summary.passed)
    #expect(summary.missingText == "ยังไม่มีคะแนนตัวชี้วัดที่ 1, 2 (IIT) จึงยังคิดคะแนนรวมไม่ได้")
    let oitOnly = ItaScores([9: 9100, 10: 10_000]).summary(weights: .standard)
    #expect(oitOnly.oit == 9550)
    #expect(oitOnly.total == nil)
  }

  @Test func parsesScores() throws {
    #expect(try ItaScore.parse("86.63").get().hundredths == 8663)
    #expect(try ItaScore.parse("๘๖.๖๓").get().hundredths == 8663)
    #expect(try ItaScore.parse("100").get().hundredths == 10_000)
    #expect(try ItaScore.parse(" 7.5 ").get().hundredths == 750)
    #expect(try ItaScore.parse("0").get().hundredths == 0)
    #expect(try ItaScore.parse("100.00").get().hundredths == 10_000)
    #expect(ItaScore.parse("100.01") == .failure(.range))
    #expect(ItaScore.parse("101") == .failure(.range))
    #expect(ItaScore.parse("-1") == .failure(.range))
    #expect(ItaScore.parse("86.631") == .failure(.decimals))
    #expect(ItaScore.parse("NaN") == .failure(.format))
    #expect(ItaScore.parse("1e2") == .failure(.format))
    #expect(ItaScore.parse("abc") == .failure(.format))
    #expect(ItaScore.parse("") == .failure(.format))
    #expect(ItaScore.parse("99999999999999999999999") == .failure(.range))
    #expect(ItaScore.parse(String(repeating: "9", count: 10_000)) == .failure(.format))
    #expect(ItaScore.parse("86.") == .failure(.format))
    #expect(ItaScore.parse(".5") == .failure(.format))
  }

  @Test func weightsMustSumTo100() throws {
    #expect(try ItaWeights.parse(iit: "30", eit: "30", oit: "40").get() == .standard)
    #expect(
      try ItaWeights.parse(iit: "๒๕", eit: "35.5", oit: "39.5").get() == ItaWeights(iit: 2500, eit: 3550, oit: 3950))
    guard case .failure(let errors) = ItaWeights.parse(iit: "30", eit: "30", oit: "30") else {
      Issue.record("accepted 90")
      return
    }
    #expect(errors["oit"] == "น้ำหนักของทั้งสามเครื่องมือรวมกันต้องเท่ากับ 100 (ตอนนี้รวมได้ 90)")
    guard case .failure(let bad) = ItaWeights.parse(iit: "x", eit: "30", oit: "40") else {
      Issue.record("accepted x")
      return
    }
    #expect(bad["iit"] != nil)
    #expect(ItaWeights.standard.text == "IIT 30 / EIT 30 / OIT 40")
  }

  @Test func importReadsRowsAndBlanks() throws {
    let table = CSVTable(
      parsing: "code,i1,i2,i3,i4,i5,i6,i7,i8,i9,i10,iit_respondents,eit_respondents\n"
        + "1101001,86.63,66.37,76.97,67.18,74.73,99.04,98.29,98.11,91.00,100.00,405,\n"
        + "5200404,,,,,,,,,๙๑,100,,\n")
    let rows = try ItaImport.parse(header: table.header, rows: table.rows).get()
    #expect(rows.count == 2)
    #expect(rows[0].scores.list == Self.seed)
    #expect(rows[0].iitRespondents == 405)
    #expect(rows[0].eitRespondents == nil)
    #expect(rows[1].scores.missing == [1, 2, 3, 4, 5, 6, 7, 8])
    #expect(rows[1].line == 3)
  }

  @Test func importRefusesBadRowsWithThaiMessages() {
    let table = CSVTable(
      parsing: "code,i1,i2,i3,i4,i5,i6,i7,i8,i9,i10\n"
        + "1101001,1,1,1,1,1,1,1,1,1,1\n"
        + "1101001,1,1,1,1,1,1,1,1,1,1\n"
        + "12345,1,1,1,1,1,1,1,1,1,1\n"
        + "1101002,1,1,101,1,1,1,1,1,1,1\n"
        + "1101003,1,1,1,1.234,1,1,1,1,1,1\n")
    guard case .failure(let problems) = ItaImport.parse(header: table.header, rows: table.rows) else {
      Issue.record("accepted")
      return
    }
    #expect(
      problems.items.map(\.description) == [
        "แถวที่ 3 คอลัมน์ code: รหัส 1101001 ซ้ำกับแถวที่ 2",
        "แถวที่ 4 คอลัมน์ code: รหัสหน่วยงานต้องเป็นตัวเลข 7 หลัก",
        "แถวที่ 5 คอลัมน์ i3: คะแนนตัวชี้วัดที่ 3 ต้องอยู่ระหว่าง 0 ถึง 100",
        "แถวที่ 6 คอลัมน์ i4: คะแนนตัวชี้วัดที่ 4 ทศนิยมได้ไม่เกิน 2 ตำแหน่ง",
      ])
  }

  @Test func importNeedsTheHeaderAndABound() {
    guard case .failure(let noHeader) = ItaImport.parse(header: ["code", "i1"], rows: [["1101001", "1"]]) else {
      Issue.record("accepted")
      return
    }
    #expect(noHeader.items.first?.message.hasPrefix("ไม่พบคอลัมน์ i2, i3") == true)
    let rows = Array(repeating: ["1101001"], count: ItaImport.maxRows + 1)
    guard case .failure(let many) = ItaImport.parse(header: ItaImport.header, rows: rows) else {
      Issue.record("accepted")
      return
    }
    #expect(many.items.map(\.message) == ["ไฟล์มี 20001 แถว เกินกว่าที่รับได้ (20000 แถว)"])
  }

  @Test func measureFormIsChecked() {
    let project = UUID()
    let good = ItaMeasureInput.parse(
      [
        "title": "ประชุมชี้แจง", "indicator": "๒", "due_date": "30/9/2567", "status": "in_progress",
        "project_id": project.uuidString,
      ], projects: [project])
    #expect((try? good.get())?.indicator == 2)
    #expect((try? good.get())?.status == .inProgress)
    #expect((try? good.get())?.dueDate != nil)
    guard
      case .failure(let errors) = ItaMeasureInput.parse(
        ["title": "", "indicator": "11", "due_date": "31/2/2567", "status": "x", "project_id": UUID().uuidString],
        projects: [project])
    else {
      Issue.record("accepted")
      return
    }
    #expect(Set(errors.messages.keys) == ["title", "indicator", "due_date", "status", "project_id"])
  }

  @Test func anyScoreTextRoundTripsAndNothingTraps() async {
    await propertyCheck(count: 500, input: Gen.int64(in: 0...10_000)) { value in
      let text = ItaScore.text(value)
      #expect((try? ItaScore.parse(text).get())?.hundredths == value)
      #expect((try? ItaScore.parse(ThaiDigits.convert(text)).get())?.hundredths == value)
    }
    await propertyCheck(count: 500, input: Gen.character(in: " "..."~").string(of: 0...30)) { text in
      if case .success(let score) = ItaScore.parse(text) { #expect((0...10_000).contains(score.hundredths)) }
    }
    await propertyCheck(count: 300, input: Gen.int64(in: 0...10_000).array(of: 10...10)) { values in
      let scores = ItaScores(list: values)
      let total = scores.total(weights: .standard)
      #expect(total.map { (0...10_000).contains($0) } == true)
    }
  }
}

@Suite struct ItaAccessTests {
  let pattaya = OrganizationPlace(code: "3200408", provinceCode: "20", district: "บางละมุง", region: 2, parentCode: nil)
  let phraNakhon = OrganizationPlace(
    code: "1101001", provinceCode: "10", district: "พระนคร", region: nil, parentCode: "1100000")

  @Test func onlyTheOrganizationsOwnAccountsEditMeasures() {
    #expect(AccessPolicy(role: .laoOfficer, scope: .organization(code: "3200408")).canEditItaMeasures(of: pattaya))
    #expect(AccessPolicy(role: .laoExecutive, scope: .organization(code: "3200408")).canEditItaMeasures(of: pattaya))
    #expect(!AccessPolicy(role: .laoOfficer, scope: .organization(code: "5501903")).canEditItaMeasures(of: pattaya))
    #expect(!AccessPolicy(role: .provincialMonitor, scope: .province(code: "20")).canEditItaMeasures(of: pattaya))
    #expect(!AccessPolicy(role: .nationalAdmin, scope: .nation).canEditItaMeasures(of: pattaya))
    // A parent's officer does not edit a unit's measures.
    #expect(!AccessPolicy(role: .laoOfficer, scope: .organization(code: "1100000")).canEditItaMeasures(of: phraNakhon))
  }
}
