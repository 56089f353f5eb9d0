import Domain
import Fluent
import XCTVapor

@testable import App

final class GenerateTests: XCTestCase {
  private func generate(_ app: Application, seed: UInt64 = 7, orgs: Int = 4) async throws -> DatasetWriter.Counts {
    try await DatasetWriter(db: app.db, seed: seed, periodCode: "2566-2570").run(limit: orgs) { _ in }
  }

  func testASmallDatasetIsConsistentAndTheAppReadsIt() async throws {
    try await withApp { app in
      let counts = try await generate(app)
      XCTAssertEqual(counts.organizations, 4)
      XCTAssertTrue((120...280).contains(counts.projects), "30–70 projects a plan: \(counts.projects)")
      try await XCTAssertEqualAsync(try await Plan.query(on: app.db).count(), 4)
      let rounds = try await ReportRound.query(on: app.db).all()
      XCTAssertTrue(rounds.allSatisfy { $0.dueDate < Date() && !$0.windowOpen }, "only past, closed rounds")
      // Every submitted report has totals that match its entries.
      for report in try await Report.query(on: app.db).filter(\.$status == .submitted).all() {
        let stat = try await ReportStat.query(on: app.db).filter(\.$reportID == report.id!).first()
        let entries = try await ReportEntry.query(on: app.db).filter(\.$report.$id == report.id!).all()
        XCTAssertEqual(stat?.projects, entries.count)
        XCTAssertEqual(stat?.disbursedSatang, entries.map(\.disbursedSatang).reduce(0, +))
        XCTAssertEqual(stat?.completed, entries.filter { $0.progress == .completed }.count)
      }
      let again = try await generate(app)
      XCTAssertEqual(again.organizations, 0, "organizations that already have a plan are left alone")
      let admin = try await Browser.signedIn(app, as: "admin")
      let round = rounds.sorted { ($0.fiscalYear, $0.kind.rawValue) < ($1.fiscalYear, $1.kind.rawValue) }.last!
      try await XCTAssertEqualAsync(try await admin.get(Paths.dashboardNation + "?round=\(round.slug)").status, .ok)
      let report = try await Report.query(on: app.db).filter(\.$status == .submitted).first()!
      let api = try await Browser(app).get(
        "/api/v1/organizations/\(report.orgCode)/reports/\(round.fiscalYear)/\(round.kind.rawValue)")
      XCTAssertTrue([.ok, .forbidden].contains(api.status))
    }
  }

  func testAccountsSignInAndReachOnlyTheirOwnOrganization() async throws {
    try await withApp { app in
      let hash = try await app.password.async.hash("load-test-password").get()
      let counts = try await DatasetWriter(
        db: app.db, seed: 7, periodCode: "2566-2570", accountPasswordHash: hash
      ).run(limit: 2) { _ in }
      XCTAssertEqual(counts.accounts, 4, "an officer and an executive per organization")
      let codes = try await Plan.query(on: app.db).all().map(\.orgCode).sorted()
      let officer = try await Browser.signedIn(app, as: codes[0], password: "load-test-password")
      let executive = try await Browser.signedIn(app, as: "\(codes[0])-2", password: "load-test-password")
      try await XCTAssertEqualAsync(
        try await User.query(on: app.db).filter(\.$username == "\(codes[0])-2").first()?.role, .laoExecutive)
      let plan = Paths.plan(codes[0], "2566-2570")
      try await XCTAssertEqualAsync(try await officer.get(plan).status, .ok)
      try await XCTAssertEqualAsync(try await executive.get(plan).status, .ok)
      let other = try await officer.post(Paths.plan(codes[1], "2566-2570") + "/projects", ["name": "x"])
      XCTAssertEqual(other.status, .forbidden, "an officer cannot write another organization's plan")
    }
  }

  /// The autosave's database-summed totals follow the same counting rule as the report page.
  func testDatabaseSummaryAgreesWithTheDomainRule() async throws {
    try await withApp { app in
      _ = try await generate(app, orgs: 3)
      // One project out of the count by the national admin, one removed by the officer.
      let some = try await PlanProject.query(on: app.db).sort(\.$number).limit(2).all()
      some[0].inconsistent = true
      try await some[0].save(on: app.db)
      some[1].deletedAt = Date()
      try await some[1].save(on: app.db)
      let queries = ReportQueries(db: app.db)
      var compared = 0
      for report in try await Report.query(on: app.db).with(\.$round).all() {
        let plan = try await Plan.query(on: app.db).filter(\.$orgCode == report.orgCode).first()
        let year = report.round.fiscalYear
        let rows = try await queries.rows(planID: plan?.id, report: report, year: year)
        let summed = try await queries.summary(planID: plan?.id, report: report, year: year)
        XCTAssertEqual(summed, ReportSummary(lines: rows.map(\.values.line)), "\(report.orgCode) \(year)")
        compared += 1
      }
      XCTAssertGreaterThan(compared, 10)
      // A report not started yet: every counted project pending, budgets from the plan.
      let plan = try await Plan.query(on: app.db).first()
      let blank = try await queries.summary(planID: plan?.id, report: nil, year: 2570)
      let lines = try await queries.rows(planID: plan?.id, report: nil, year: 2570).map(\.values.line)
      XCTAssertEqual(blank, ReportSummary(lines: lines))
      XCTAssertEqual(blank.pending, blank.projects)
    }
  }

  /// Dashboards above district level read sums per province (and district) and type; they must
  /// equal adding up the organizations one by one.
  func testAreaSumsEqualTheOrganizationsAddedUp() async throws {
    try await withApp { app in
      _ = try await generate(app, orgs: 40)
      let round = try await ReportRound.query(on: app.db).sort(\.$fiscalYear, .descending).first()!
      // One organization did not exist yet on the due date: not expected, still counted.
      let late = try await Organization.query(on: app.db).first()!
      late.activeFrom = round.dueDate.addingTimeInterval(86_400)
      try await late.save(on: app.db)
      let period = try await FrameworkQueries(db: app.db).period(covering: round.fiscalYear)
      let queries = OversightQueries(db: app.db)
      let province = late.provinceCode
      for (area, byDistrict) in [(OversightArea.nation, false), (.province(code: province), true)] {
        let orgs = try await queries.organizations(in: area, round: round, periodID: period.id)
        let sums = try await queries.sums(in: area, round: round, periodID: period.id, byDistrict: byDistrict)
        func grouped(_ rows: [DashboardRow]) -> [String: AreaFigures] {
          rows.reduce(into: [:]) { result, row in
            let key = "\(row.provinceCode) \(byDistrict ? row.district : "") \(row.type)"
            result[key, default: AreaFigures()].add(row.figures)
          }
        }
        XCTAssertEqual(grouped(sums.map(\.dashboardRow)), grouped(orgs.map(\.dashboardRow)), "\(area)")
        XCTAssertEqual(sums.map(\.organizations).reduce(0, +), orgs.count)
      }
      let nation = try await queries.sums(in: .nation, round: round, periodID: period.id, byDistrict: false)
      let totals = nation.reduce(into: AreaFigures()) { $0.add($1.figures) }
      XCTAssertLessThan(totals.rate.expected, totals.organizations, "the late-created organization is not expected")
      XCTAssertGreaterThan(totals.rate.submitted, 0)
      XCTAssertGreaterThan(totals.projects, 0)
    }
  }

  func testTheSameSeedGivesTheSameData() async throws {
    var first: [String] = []
    try await withApp { app in
      _ = try await generate(app, orgs: 2)
      first = try await PlanProject.query(on: app.db).with(\.$budgets).sort(\.$name).all()
        .map { "\($0.name) \($0.dimension) \($0.$budgets.value!.map(\.amountSatang).sorted())" }
    }
    try await withApp { app in
      _ = try await generate(app, orgs: 2)
      let second = try await PlanProject.query(on: app.db).with(\.$budgets).sort(\.$name).all()
        .map { "\($0.name) \($0.dimension) \($0.$budgets.value!.map(\.amountSatang).sorted())" }
      XCTAssertEqual(first, second)
      XCTAssertFalse(first.isEmpty)
    }
  }
}
