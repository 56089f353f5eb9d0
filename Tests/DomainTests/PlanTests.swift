import Domain
import XCTest

let years = [2566, 2567, 2568, 2569, 2570]

func project(
  _ id: String, _ number: Int, dimension: Int = 1, sub: String? = "1.1", budgets: [Int: Int64] = [:],
  inconsistent: Bool = false
) -> ProjectSnapshot {
  ProjectSnapshot(
    id: id, number: number, type: .project, name: "โครงการ \(number)", dimension: dimension, subMission: sub,
    budgets: budgets, inconsistent: inconsistent)
}

final class PlanTotalsTests: XCTestCase {
  func testCountsAndBudgetsPerGroupLeaveOutInconsistentProjects() {
    let projects = [
      project("a", 1, budgets: [2566: 5_000_000, 2567: 5_000_000]),
      project("b", 2, sub: "1.2", budgets: [2566: 1_000_000]),
      project("c", 3, dimension: 2, sub: "2.1"),
      project("d", 4, budgets: [2566: 99_999_900], inconsistent: true),
    ]
    let totals = PlanTotals(projects: projects, years: years)
    XCTAssertEqual(totals.overall.count, 3)
    XCTAssertEqual(totals.overall.budget(2566), Money(satang: 6_000_000))
    XCTAssertEqual(totals.overall.total, Money(satang: 11_000_000))
    XCTAssertEqual(totals.dimension(1).count, 2)
    XCTAssertEqual(totals.dimension(2).budget(2566), .zero)
    XCTAssertEqual(totals.subMission("1.1").count, 1)
    XCTAssertEqual(totals.dimension(4).count, 0)
  }

  func testEmptyPlan() {
    let totals = PlanTotals(projects: [], years: years)
    XCTAssertEqual(totals.overall.count, 0)
    XCTAssertEqual(totals.overall.total, .zero)
  }
}

final class PlanDiffTests: XCTestCase {
  func testAddedRemovedAndChangedCells() {
    let old = [project("a", 1, budgets: [2566: 100]), project("b", 2), project("c", 3)]
    var changed = project("a", 1, sub: "1.2", budgets: [2566: 200])
    changed.name = "โครงการใหม่ชื่อ"
    let new = [changed, project("c", 3), project("d", 4)]
    let diff = PlanDiff(from: old, to: new, years: years)
    XCTAssertEqual(diff.added.map(\.id), ["d"])
    XCTAssertEqual(diff.removed.map(\.id), ["b"])
    XCTAssertEqual(diff.changed.map(\.project.id), ["a"])
    let cells = diff.changed[0].changes
    XCTAssertEqual(cells.map(\.field), ["name", "subMission", "budget_2566"])
    XCTAssertEqual(cells[2].old, "1.00")
    XCTAssertEqual(cells[2].new, "2.00")
  }

  func testIdenticalVersionsHaveNoDiff() {
    let plan = [project("a", 1), project("b", 2)]
    XCTAssertTrue(PlanDiff(from: plan, to: plan, years: years).isEmpty)
  }

  func testBudgetDroppedToNoBudgetIsShownAsSuch() {
    let diff = PlanDiff(from: [project("a", 1, budgets: [2567: 50_000])], to: [project("a", 1)], years: years)
    XCTAssertEqual(diff.changed.first?.changes.first?.new, "ไม่ใช้งบประมาณ")
  }
}

final class PlanWorkflowTests: XCTestCase {
  func testOfficerSubmitsExecutiveApprovesOrReturns() {
    XCTAssertEqual(
      try PlanWorkflow.apply(.submit, to: .draft, role: .laoOfficer, periodOpen: true, projectCount: 3).get(),
      .submitted)
    XCTAssertEqual(
      try PlanWorkflow.apply(.approve, to: .submitted, role: .laoExecutive, periodOpen: true, projectCount: 3).get(),
      .approved)
    XCTAssertEqual(
      try PlanWorkflow.apply(.returnForRevision, to: .submitted, role: .laoExecutive, periodOpen: true, projectCount: 3)
        .get(), .returned)
    XCTAssertEqual(
      try PlanWorkflow.apply(.submit, to: .returned, role: .laoOfficer, periodOpen: true, projectCount: 3).get(),
      .submitted)
  }

  func testEditingAnApprovedPlanStartsAnAmendment() {
    XCTAssertEqual(
      try PlanWorkflow.apply(.edit, to: .approved, role: .laoOfficer, periodOpen: true, projectCount: 3).get(), .draft)
  }

  func testRefusals() {
    func refusal(_ action: PlanAction, _ status: PlanStatus, _ role: Role, open: Bool = true, count: Int = 3) -> String?
    {
      if case .failure(let reason) = PlanWorkflow.apply(
        action, to: status, role: role, periodOpen: open, projectCount: count)
      {
        return reason.message
      }
      return nil
    }
    XCTAssertNotNil(refusal(.edit, .submitted, .laoOfficer))
    XCTAssertNotNil(refusal(.edit, .draft, .laoExecutive))
    XCTAssertNotNil(refusal(.edit, .draft, .provincialMonitor))
    XCTAssertEqual(refusal(.edit, .draft, .laoOfficer, open: false), PlanRefusal.periodClosed.message)
    XCTAssertEqual(refusal(.submit, .draft, .laoOfficer, count: 0), "ยังไม่มีโครงการในแผน กรุณาเพิ่มโครงการก่อนส่ง")
    XCTAssertNotNil(refusal(.approve, .draft, .laoExecutive))
    XCTAssertNotNil(refusal(.approve, .submitted, .laoOfficer))
  }

  func testPeriodOpenUntilTheEndOfItsLastFiscalYear() {
    let lastDay = ThaiCalendar.date(buddhistYear: 2570, month: 9, day: 30)!
    let nextYear = ThaiCalendar.date(buddhistYear: 2570, month: 10, day: 1)!
    XCTAssertTrue(PlanWorkflow.isOpen(endYear: 2570, now: lastDay))
    XCTAssertFalse(PlanWorkflow.isOpen(endYear: 2570, now: nextYear))
  }

  func testVersionLabels() {
    XCTAssertEqual(PlanWorkflow.versionLabel(1), "ฉบับที่ 1")
    XCTAssertEqual(PlanWorkflow.versionLabel(3), "ฉบับปรับปรุงครั้งที่ 2")
  }
}

final class NumberedListTests: XCTestCase {
  func testParsesCommonMarkersAndPrintsNumbered() {
    XCTAssertEqual(NumberedList.parse("1) ข้อแรก\n๒. ข้อสอง\n- ข้อสาม\n\n"), ["ข้อแรก", "ข้อสอง", "ข้อสาม"])
    XCTAssertEqual(NumberedList.text(["ก", "ข"]), "1) ก\n2) ข")
    XCTAssertEqual(NumberedList.parse(NumberedList.text(["2566 ปีแรก", "ข"])), ["2566 ปีแรก", "ข"])
  }
}
