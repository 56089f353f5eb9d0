import XCTest

@testable import Domain

final class ReportingRateTests: XCTestCase {
  let due = ThaiCalendar.date(buddhistYear: 2568, month: 4, day: 30)!

  func testOnlyOrganizationsThatExistOnTheDueDateAreExpected() {
    let before = ThaiCalendar.date(buddhistYear: 2567, month: 1, day: 1)!
    let after = ThaiCalendar.date(buddhistYear: 2568, month: 5, day: 1)!
    XCTAssertTrue(Expectation.isExpected(activeFrom: nil, activeUntil: nil, dueDate: due))
    XCTAssertTrue(Expectation.isExpected(activeFrom: before, activeUntil: after, dueDate: due))
    XCTAssertFalse(Expectation.isExpected(activeFrom: after, activeUntil: nil, dueDate: due), "created later")
    XCTAssertFalse(Expectation.isExpected(activeFrom: nil, activeUntil: before, dueDate: due), "merged before")
    XCTAssertTrue(Expectation.isExpected(activeFrom: due, activeUntil: due, dueDate: due), "active on the day itself")
  }

  func testRatesCountOnlyExpectedOrganizationsAndNeverExceed100() {
    let rate = ReportingRate([
      RoundStanding(expected: true, submitted: true, late: false),
      RoundStanding(expected: true, submitted: true, late: true),
      RoundStanding(expected: true, submitted: false, late: false),
      // Merged before the due date but submitted anyway: not counted on either side.
      RoundStanding(expected: false, submitted: true, late: false),
    ])
    XCTAssertEqual(rate.expected, 3)
    XCTAssertEqual(rate.submitted, 2)
    XCTAssertEqual(rate.onTime, 1)
    XCTAssertEqual(rate.missing, 1)
    XCTAssertEqual(rate.rate?.description, "66.67")
    XCTAssertEqual(rate.onTimeRate?.description, "33.33")
    let all = ReportingRate(Array(repeating: RoundStanding(expected: true, submitted: true, late: false), count: 7))
    XCTAssertEqual(all.rate?.description, "100.00")
    XCTAssertEqual((rate + all).expected, 10)
  }

  func testNobodyExpectedGivesNoRate() {
    let none = ReportingRate([RoundStanding(expected: false, submitted: true, late: false)])
    XCTAssertEqual(none.expected, 0)
    XCTAssertNil(none.rate)
    XCTAssertNil(none.onTimeRate)
    XCTAssertNil(ReportingRate().rate)
  }

  func testAnExtensionStillCountsAsLate() {
    // A report confirmed under an extension after the due day is late (domain §5).
    let submittedUnderExtension = due.addingTimeInterval(5 * 24 * 3600)
    let late = RoundAccess.isLate(submittedAt: submittedUnderExtension, dueDate: due)
    let rate = ReportingRate([RoundStanding(expected: true, submitted: true, late: late)])
    XCTAssertEqual(rate.rate?.description, "100.00")
    XCTAssertEqual(rate.onTimeRate?.description, "0.00")
  }

  func testDaysLate() {
    XCTAssertEqual(Lateness.daysLate(dueDate: due, now: due.addingTimeInterval(3600)), 0)
    XCTAssertEqual(Lateness.daysLate(dueDate: due, now: due.addingTimeInterval(24 * 3600 + 60)), 1)
    XCTAssertEqual(Lateness.daysLate(dueDate: due, now: due.addingTimeInterval(10 * 24 * 3600 + 60)), 10)
  }
}

final class AreaFiguresTests: XCTestCase {
  func testOnlySubmittedReportsCountTowardsImplementationAndDisbursement() {
    let submitted = OrganizationFigures(
      standing: RoundStanding(expected: true, submitted: true, late: false), planApproved: true, hasPlan: true,
      projects: 4, inProgress: 2, completed: 2, budget: Money(satang: 100_000), disbursed: Money(satang: 42_889))
    let draft = OrganizationFigures(
      standing: RoundStanding(expected: true, submitted: false, late: false), planApproved: false, hasPlan: true,
      projects: 10, completed: 10, budget: Money(satang: 1), disbursed: Money(satang: 1))
    let noPlan = OrganizationFigures(
      standing: RoundStanding(expected: true, submitted: false, late: false), planApproved: false, hasPlan: false)
    let area = AreaFigures([submitted, draft, noPlan])
    XCTAssertEqual(area.organizations, 3)
    XCTAssertEqual(area.rate.rate?.description, "33.33")
    XCTAssertEqual(area.plans, 2)
    XCTAssertEqual(area.plansApproved, 1)
    XCTAssertEqual(area.projects, 4)
    XCTAssertEqual(area.implementationPercent?.description, "75.00")
    XCTAssertEqual(area.level(.defaults(for: .twelveMonth)), .medium)
    XCTAssertEqual(area.disbursementPercent?.description, "42.89")
  }

  func testGroupsAddUpToTheSameFiguresAsTheirOrganizations() {
    let a = OrganizationFigures(
      standing: RoundStanding(expected: true, submitted: true, late: true), planApproved: true, hasPlan: true,
      projects: 3, inProgress: 1, completed: 2, budget: Money(satang: 500), disbursed: Money(satang: 200))
    let b = OrganizationFigures(
      standing: RoundStanding(expected: false, submitted: true, late: false), planApproved: false, hasPlan: true,
      projects: 2, completed: 1, cannot: 1, budget: Money(satang: 100))
    let c = OrganizationFigures(
      standing: RoundStanding(expected: true, submitted: false, late: false), planApproved: false, hasPlan: false)
    var merged = AreaFigures([a])
    merged.add(AreaFigures([b, c]))
    XCTAssertEqual(merged, AreaFigures([a, b, c]))
    let summed = AreaFigures(
      organizations: 3, rate: ReportingRate(expected: 2, submitted: 1, onTime: 0), plans: 2, plansApproved: 1,
      projects: 5, pending: 0, inProgress: 1, completed: 3, cannot: 1, budget: Money(satang: 600),
      disbursed: Money(satang: 200))
    XCTAssertEqual(summed, AreaFigures([a, b, c]))
  }

  func testAnEmptyAreaHasNoPercentages() {
    let area = AreaFigures([])
    XCTAssertNil(area.rate.rate)
    XCTAssertNil(area.implementationPercent)
    XCTAssertNil(area.disbursementPercent)
    XCTAssertNil(area.level(.defaults(for: .twelveMonth)))
  }
}

final class DatasetRulesTests: XCTestCase {
  func testPlansAndRoundsHaveARealisticMix() {
    let outline = FrameworkOutline(
      code: "2566-2570", years: [2566, 2567, 2568, 2569, 2570],
      dimensions: [
        .init(number: 1, name: "ก", subMissions: [("1.1", "ก1"), ("1.2", "ก2")]),
        .init(number: 2, name: "ข", subMissions: []),
      ])
    var random = SeededRandom(seed: 1, "4200401")
    var counts: [Int] = []
    var zero = 0, total = 0, large = 0
    for _ in 0..<200 {
      let projects = DatasetRules.projects(&random, framework: outline)
      counts.append(projects.count)
      for project in projects {
        total += 1
        if project.budgets.isEmpty { zero += 1 }
        if (project.budgets.values.first ?? 0) >= 100_000_000 { large += 1 }
      }
    }
    XCTAssertGreaterThanOrEqual(counts.min()!, 30)
    XCTAssertLessThanOrEqual(counts.max()!, 70)
    XCTAssertEqual(Double(zero) / Double(total), 0.4, accuracy: 0.05, "many projects use no budget")
    XCTAssertGreaterThan(large, 0, "some budgets reach a million baht")
    var outcomes: [DatasetRules.Outcome] = []
    for index in 0..<2_000 {
      var round = SeededRandom(seed: 1, "org\(index)", "2568-6")
      outcomes.append(DatasetRules.outcome(&round))
    }
    let missing = outcomes.filter { $0 == .missing }.count
    let late = outcomes.filter { $0 == .submitted(late: true) }.count
    XCTAssertEqual(Double(missing) / 2_000, 0.08, accuracy: 0.02)
    XCTAssertGreaterThan(late, 100)
    var a = SeededRandom(seed: 9, "x"), b = SeededRandom(seed: 9, "x")
    XCTAssertEqual(a.next(), b.next(), "seeded: the same sequence every run")
  }
}
