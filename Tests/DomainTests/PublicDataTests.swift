import Domain
import Foundation
import PropertyBased
import Testing

/// The project search's query rules and the open data's line writers.
@Suite struct PublicDataTests {
  @Test func termsSplitAtSpacesKeepQuotedPhrasesAndDropInvisibles() {
    var query = ProjectSearchQuery()
    query.text = "ไม่รับ\u{200B}ของขวัญ  \"No Gift\" จัดซื้อ"
    #expect(query.terms == ["ไม่รับของขวัญ", "No Gift", "จัดซื้อ"])
    #expect(query.ftsExpression == "\"ไม่รับของขวัญ\" AND \"No Gift\" AND \"จัดซื้อ\"")
    query.text = "ดำ No ab\"c"
    #expect(query.shortTerms == ["ดำ", "No", "ab", "c"])
    #expect(query.indexedTerms.isEmpty)
    query.text = String(repeating: "ก ", count: 40)
    #expect(query.terms.count == ProjectSearchQuery.maxTerms)
  }

  @Test func ftsExpressionsQuoteEveryTermSoNoneIsAnOperator() {
    var query = ProjectSearchQuery()
    query.text = "NEAR(abc) \"\"\"x OR y* -zzz"
    for part in query.ftsExpression?.components(separatedBy: " AND ") ?? [] {
      #expect(part.hasPrefix("\"") && part.hasSuffix("\""))
    }
    #expect(ProjectSearchQuery.likePattern("50%_a\\b") == "%50\\%\\_a\\\\b%")
  }

  @Test func parsingChecksEveryFilterInThai() {
    let good = ProjectSearchQuery.parse([
      "q": " ของขวัญ ", "province": "๒๐", "type": "อบต.", "dimension": "2", "sub_mission": "2.1",
      "target": TargetGroup.youth.rawValue, "fy": "๒๕๖๘", "budget_min": "1,000", "budget_max": "50000.50",
    ])
    guard case .success(let query) = good else {
      Issue.record("refused: \(good)")
      return
    }
    #expect(query.text == "ของขวัญ")
    #expect(query.province == "20")
    #expect(query.organizationType == .subdistrictAdministration)
    #expect(query.fiscalYear == 2568)
    #expect(query.budgetMin == Money(satang: 100_000))
    #expect(query.budgetMax == Money(satang: 5_000_050))
    let parameters = Dictionary(uniqueKeysWithValues: query.parameters)
    #expect(ProjectSearchQuery.parse(parameters) == .success(query), "links carry the same search")
    let bad = ProjectSearchQuery.parse([
      "province": "ชลบุรี", "type": "x", "dimension": "0", "sub_mission": "abc", "target": "x", "fy": "68",
      "budget_min": "-5", "budget_max": "9999999999999999",
    ])
    guard case .failure(let problems) = bad else {
      Issue.record("accepted bad input")
      return
    }
    #expect(
      Set(problems.messages.keys)
        == ["province", "type", "dimension", "sub_mission", "target", "fy", "budget_min", "budget_max"])
    #expect(problems.messages.values.allSatisfy { $0.unicodeScalars.contains { (0x0E00...0x0E7F).contains($0.value) } })
  }

  @Test func anyTypedTextParsesOrIsRefusedWithoutTrapping() async {
    let text = Gen.character(in: " "..."~").string(of: 0...60)
    await propertyCheck(count: 500, input: text) { typed in
      for field in ["q", "province", "fy", "budget_min", "dimension"] {
        _ = ProjectSearchQuery.parse([field: typed])
      }
      var query = ProjectSearchQuery()
      query.text = typed
      #expect(query.terms.count <= ProjectSearchQuery.maxTerms)
    }
  }

  @Test func publicFactsListTheYearsAProjectRunsAndItsBudgets() {
    let budgeted = ProjectSnapshot(
      id: "a", number: 1, type: .project, name: "อบรม", dimension: 1, subMission: "1.1", objectives: ["รู้", "เข้าใจ"],
      budgets: [2566: 10_000, 2568: 5_000])
    let facts = PublicProjectFacts(budgeted, fiscalYears: [2566, 2567, 2568])
    #expect(facts.years == ",2566,2568,")
    #expect(facts.totalBudget == Money(satang: 15_000))
    #expect(facts.searchText == "อบรม\nรู้\nเข้าใจ")
    #expect(PublicProjectFacts.budgets(from: facts.budgets).map(\.satang) == [10_000, 0, 5_000])
    let unbudgeted = ProjectSnapshot(id: "b", number: 2, type: .measure, name: "มาตรการ", dimension: 2, subMission: nil)
    #expect(PublicProjectFacts(unbudgeted, fiscalYears: [2566, 2567]).years == ",2566,2567,", "runs every year")
  }

  @Test func jsonLinesAreOneValidObjectPerLineWhateverTheText() async throws {
    let fields = [
      OpenDataField("a", "ก", .text, ""), OpenDataField("b", "ข", .decimal, ""), OpenDataField("c", "ค", .integer, ""),
    ]
    let text = Gen.character(in: "\u{0}"..."\u{2030}").string(of: 0...30)
    await propertyCheck(count: 400, input: text) { value in
      let line = OpenDataLine.json([.text(value), .decimal("12.50"), .integer(-3)], fields: fields)
      #expect(line.hasSuffix("}\n"))
      #expect(!line.dropLast().contains("\n") && !line.contains("\u{2028}"))
      let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      #expect(object?["a"] as? String == value)
      #expect((object?["b"] as? NSNumber)?.doubleValue == 12.5)
    }
  }

  @Test func csvLinesNeutralizeFormulasAndQuoteSeparators() {
    let line = OpenDataLine.csv([.text("=HYPERLINK(\"x\")"), .text("ก,ข"), .decimal("-1.50"), .boolean(true), .null])
    #expect(line == "\"'=HYPERLINK(\"\"x\"\")\",\"ก,ข\",-1.50,true,\r\n")
  }

  @Test func everyDatasetHasAThaiDictionaryWithUniqueFields() {
    for dataset in OpenDataCatalogue.datasets {
      #expect(Set(dataset.columnNames).count == dataset.fields.count, "\(dataset.id)")
      #expect(dataset.fields.allSatisfy { !$0.label.isEmpty && $0.name.allSatisfy { $0.isASCII } }, "\(dataset.id)")
      #expect(!dataset.title.isEmpty && !dataset.description.isEmpty)
    }
  }
}

@Suite struct ProjectSearchControlCharacterTests {
  @Test func controlCharactersSplitTermsAndNeverReachTheIndex() {
    var query = ProjectSearchQuery()
    query.text = "abc\u{0}def\u{7}"
    #expect(query.terms == ["abc", "def"])
    #expect(!(query.ftsExpression ?? "").unicodeScalars.contains { $0.value < 0x20 })
  }
}
