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
