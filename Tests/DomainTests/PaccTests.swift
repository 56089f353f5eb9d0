import Domain
import Foundation
import Testing

/// PACC's programme rules: office areas, the case workflow, indicators, certificates, courses.
@Suite struct PaccTests {
  @Test func everyProvinceHasOneOfficeAndOverridesWin() {
    #expect(PaccOfficeMap.defaults.count == 77)
    #expect(Set(PaccOfficeMap.defaults.values) == Set(0...9))
    #expect(PaccOfficeMap.office(of: "10")?.isCentral == true)
    #expect(PaccOfficeMap.office(of: "20")?.number == 2)
    #expect(PaccOfficeMap.office(of: "20", overrides: ["20": 1])?.number == 1)
    #expect(PaccOfficeMap.office(of: "99") == nil)
    #expect(PaccOffice.parse("๕")?.shortName == "ปปท. เขต 5")
    #expect(PaccOffice.parse("10") == nil && PaccOffice(-1) == nil)
    #expect(PaccOffice.reportOrder.last == .central)
  }

  @Test func regionalOfficersSeeOnlyTheirOfficeAndCentralSeesAll() throws {
    let regional = try #require(AccessPolicy(role: .paccRegionalOfficer, scope: .paccOffice(5)).pacc)
    let five = try #require(PaccOffice(5))
    let two = try #require(PaccOffice(2))
    #expect(regional.sees(five) && !regional.sees(two))
    let central = try #require(AccessPolicy(role: .paccCentralOfficer, scope: .paccOffice(0)).pacc)
    #expect(PaccOffice.all.allSatisfy(central.sees))
    #expect(AccessPolicy(role: .paccRegionalOfficer, scope: .paccOffice(0)).pacc == nil, "เขต 0 is not a region")
    #expect(AccessPolicy(role: .nationalAdmin, scope: .nation).pacc == nil)
    #expect(!Role.paccRegionalOfficer.isMonitor && !Role.paccCentralOfficer.isLAORole)
    let place = OrganizationPlace(code: "4200401", provinceCode: "20", district: "บางละมุง", region: 2, parentCode: nil)
    #expect(!Scope.paccOffice(2).covers(place), "PACC has no NACC-side reach")
  }

  @Test func casesMoveOnlyForward() {
    #expect(PaccCaseWorkflow.next(.visit, from: .opened) == .success(.visited))
    #expect(PaccCaseWorkflow.next(.recommend, from: .opened).isFailure)
    #expect(PaccCaseWorkflow.next(.reportBack, from: .visited).isFailure)
    #expect(PaccCaseWorkflow.next(.reportBack, from: .recommended) == .success(.reportedBack))
    #expect(PaccCaseWorkflow.next(.visit, from: .reportedBack) == .success(.reportedBack))
    #expect(PaccCaseWorkflow.next(.close, from: .opened).isFailure)
    for action in [PaccCaseAction.visit, .recommend, .reportBack, .close] {
      #expect(PaccCaseWorkflow.next(action, from: .closed).isFailure)
    }
    #expect(!PaccCaseWorkflow.allows(.improved, reportedBack: false))
    #expect(
      PaccCaseWorkflow.allows(.improved, reportedBack: true) && PaccCaseWorkflow.allows(.referred, reportedBack: false))
  }

  @Test func indicatorsCountAgainstTargetsAndAnEmptyYearIsSafe() {
    let empty = PaccIndicators.evaluate(PaccCounts(), targets: .seed2567)
    #expect(empty.count == 7)
    #expect(empty.first { $0.key == .improved }?.met == nil)
    #expect(empty.first { $0.key == .improved }?.achievedText == "—")
    #expect(empty.first { $0.key == .cases }?.met == false)
    var counts = PaccCounts()
    counts.cases = 36
    counts.visitedCases = 13
    counts.improvedCases = 8
    counts.attended = 300
    counts.passed = 240
    counts.targetAgencies = 159
    counts.declaredAgencies = 127
    let figures = PaccIndicators.evaluate(counts, targets: .seed2567)
    let improved = figures.first { $0.key == .improved }
    #expect(improved?.percent?.description == "61.54" && improved?.met == true)
    #expect(figures.first { $0.key == .passed }?.met == true, "240 of 300 = 80.00")
    #expect(figures.first { $0.key == .noGift }?.percent?.description == "79.87")
    #expect(figures.first { $0.key == .noGift }?.met == false)
    #expect(figures.first { $0.key == .cases }?.met == true)
    var huge = PaccCounts()
    huge.cases = .max
    #expect((huge + huge).cases == .max, "saturates instead of trapping")
  }

  @Test func certificateNumbersAndCodesReadBackAsTyped() {
    let number = PaccCertificateNumber.make(fiscalYear: 2567, office: .central, sequence: 12)
    #expect(number == "2567-00-00012")
    #expect(PaccCertificateNumber.normalizedNumber(" ๒๕๖๗-00-00012 ") == number)
    for bad in ["", "2567-0-12", "2567-00-0001x", "../etc", "2567-00-00012-1"] {
      #expect(PaccCertificateNumber.normalizedNumber(bad) == nil)
    }
    var generator = SystemRandomNumberGenerator()
    let code = PaccCertificateNumber.randomCode(using: &generator)
    #expect(code.count == PaccCertificateNumber.codeLength)
    #expect(PaccCertificateNumber.normalizedCode(PaccCertificateNumber.printed(code).lowercased()) == code)
    #expect(PaccCertificateNumber.normalizedCode("O0I1L-ABCDE") == nil, "look-alikes are not in the alphabet")
  }

  @Test func traineesPassOnlyWhenPresentAndAtTheMark() throws {
    #expect(PaccTraining.passed(attended: true, score: 60, passMark: 60))
    #expect(!PaccTraining.passed(attended: false, score: 100, passMark: 60))
    #expect(!PaccTraining.passed(attended: true, score: nil, passMark: 0))
    #expect(try PaccTraining.score("๘๕").get() == 85)
    #expect(try PaccTraining.score(" ").get() == nil)
    for bad in ["101", "-1", "8.5", "99999999999999999999"] { #expect(PaccTraining.score(bad).isFailure) }
  }

  @Test func theShippedProgrammeHasSeed003sAllocations() {
    let programme = PaccProgrammeDefinition.fy2567
    #expect(programme.activities.count == 7)
    let totals = programme.activities.map { $0.allocations.values.reduce(0, +) }
    #expect(totals == [0, 300_000, 695_000, 655_000, 60_000, 0, 0])
    #expect(programme.activities[2].allocations[4] == 85_000 && programme.activities[2].allocations[0] == 50_000)
    #expect(programme.activities[3].allocations[9] == nil, "เขต 9 has no activity-4 allocation in the document")
    #expect(programme.budgetBaht == 1_933_300)
  }
}

extension Result {
  fileprivate var isFailure: Bool { if case .failure = self { return true } else { return false } }
}
