import Domain
import PropertyBased
import Testing

/// Money, percentages and paging with any values at all, extreme ones included: no input can
/// make them trap (a trap stops the whole server), and they stay exact where values are sane.
@Suite struct ExtremeValueTests {
  static let anyInt64 = Gen.int64(in: Int64.min...Int64.max)
  static let enterable = Gen.int64(in: 0...Money.maximum.satang)

  @Test func typedAmountsRoundTripUpToTheMaximumAndNoFurther() async {
    await propertyCheck(count: 500, input: Self.enterable) { satang in
      let money = Money(satang: satang)
      #expect(Money(baht: money.formatted) == money)
      #expect(Money(baht: money.decimalString) == money)
      #expect(Money(baht: ThaiDigits.convert(money.formatted)) == money)
    }
    await propertyCheck(count: 300, input: Gen.int64(in: (Money.maximum.satang / 100 + 1)...Int64.max)) { baht in
      #expect(Money(baht: String(baht)) == nil)
      #expect(Money.problem(parsing: String(baht)) == Money.maximumMessage)
    }
  }

  @Test func anyTextParsesOrIsRefusedWithoutTrapping() async {
    let characters = Gen.character(in: " "..."~").string(of: 0...40)
    await propertyCheck(count: 1_000, input: characters) { text in
      if let money = Money(baht: text) {
        #expect(money.isWithinLimit)
      } else {
        #expect(Money.problem(parsing: text) != nil)
      }
    }
  }

  @Test func sumsSaturateInsteadOfOverflowing() async {
    await propertyCheck(count: 500, input: Self.anyInt64.array(of: 0...50)) { amounts in
      let exact = amounts.reduce(Int128(0)) { $0 + Int128($1) }
      let sum = Money.sum(amounts.map(Money.init(satang:)))
      #expect(sum.satang == Int64(clamping: exact))
      var folded = Money.zero
      for amount in amounts { folded = folded + Money(satang: amount) }
      if exact >= Int128(Int64.min), exact <= Int128(Int64.max), amounts.allSatisfy({ $0 >= 0 }) {
        #expect(folded.satang == Int64(exact))
      }
      _ = sum.formatted
      _ = folded.decimalString
    }
  }

  @Test func percentagesOfAnyPairAreComputedInWideArithmetic() async {
    await propertyCheck(count: 1_000, input: Self.anyInt64, Self.anyInt64) { numerator, denominator in
      guard let percent = Percent(numerator, of: denominator) else {
        #expect(denominator <= 0)
        return
      }
      let wide = Int128(numerator) * 20_000
      let expected = (wide + (wide >= 0 ? Int128(denominator) : -Int128(denominator))) / (2 * Int128(denominator))
      #expect(percent.hundredths == Int64(clamping: expected))
      _ = percent.description
      _ = ImplementationLevel.of(percent)
    }
  }

  @Test func percentagesOfSaneValuesAreExactHalfUp() async {
    await propertyCheck(count: 500, input: Self.enterable, Gen.int64(in: 1...Money.maximum.satang)) { part, whole in
      let percent = Percent(part, of: whole)
      let tenThousandths = Int128(part) * 10_000 * 2 + Int128(whole)
      #expect(percent?.hundredths == Int64(tenThousandths / (2 * Int128(whole))))
    }
  }

  @Test func implementationOfAnyCountsDoesNotTrap() async {
    let count = Gen.int(in: Int.min...Int.max)
    await propertyCheck(count: 500, input: count, count, count) { completed, inProgress, projects in
      _ = Percent.implementation(completed: completed, inProgress: inProgress, of: projects)
    }
  }

  @Test func pagingClampsAnyRequestedPage() async {
    await propertyCheck(count: 1_000, input: Gen.int(in: Int.min...Int.max), Gen.int(in: Int.min...Int.max)) {
      page, perPage in
      let paging = Paging(page: page, perPage: perPage)
      #expect((1...Paging.maxPage).contains(paging.page))
      #expect(paging.offset >= 0 && paging.range.count == paging.perPage)
      let total = abs(page % 1_000_000)
      let last = paging.within(total: total)
      #expect(last.page <= last.pageCount(total: total))
    }
  }

  @Test func pageTextOfAnyKindIsANumberOrRefused() async {
    let text = Gen.character(in: " "..."~").string(of: 0...30)
    await propertyCheck(count: 1_000, input: text) { text in
      if let paging = Paging(pageText: text, perPage: 50) { #expect(paging.page >= 1) }
    }
    #expect(Paging(pageText: "9223372036854775807", perPage: 100)?.page == Paging.maxPage)
    #expect(Paging(pageText: "99999999999999999999999", perPage: 100)?.page == Paging.maxPage)
    #expect(Paging(pageText: "-5", perPage: 100)?.page == 1)
    #expect(Paging(pageText: "", perPage: 100)?.page == 1)
    #expect(Paging(pageText: "null", perPage: 100) == nil)
    #expect(Paging.isIntegerText("-12") && Paging.isIntegerText("99999999999999999999999"))
    for notAnInteger in ["", "-", " 1", "1.5", "๒", "+1", "1e3"] { #expect(!Paging.isIntegerText(notAnInteger)) }
  }

  @Test func theFigureThatCrashedTheServerIsNowRefused() {
    #expect(Money(baht: "4611686018427") == nil, "13 digits: above the maximum")
    #expect(Percent(4_611_686_018_427 * 100, of: 4_611_686_018_427 * 100)?.hundredths == 10_000)
    #expect(Percent(Int64.max, of: 1)?.hundredths == Int64.max)
    #expect(Money(satang: .max) + Money(satang: 1) == Money(satang: .max))
    #expect(Money(satang: .min).formatted.hasPrefix("-"))
  }
}
