import Domain
import Fluent
import XCTVapor

@testable import App

/// Shortcuts for Bangkok and plan-deadline tests: accounts, organizations, plans approved at
/// a chosen time and submitted reports with their dashboard totals, written straight to the
/// database (the UI paths that make them have their own tests).
enum UnitFixtures {
  static let bma = BangkokUnits.bangkokCode
  static let phraNakhon = "1101001"
  static let dusit = "1101002"

  static func account(_ app: Application, _ username: String, role: Role, org: String? = nil, province: String? = nil)
    async throws
  {
    let user = User(username: username, displayName: username, role: role, orgCode: org, provinceCode: province)
    user.passwordHash = try await app.password.async.hash(Fixtures.password).get()
    user.mustSetPassword = false
    try await user.create(on: app.db)
  }

  /// The BMA's officer and executive, the officer of สำนักงานเขตพระนคร and of a second district
  /// office (ดุสิต), and Bangkok's provincial monitor.
  static func bangkok(_ app: Application) async throws {
    let dusit = Organization()
    dusit.id = Self.dusit
    dusit.name = "ดุสิต"
    dusit.type = OrganizationType.bangkokDistrict.rawValue
    dusit.provinceCode = "10"
    dusit.district = "ดุสิต"
    dusit.parentCode = bma
    dusit.version = 1
    dusit.searchText = "สำนักงานเขตดุสิต"
    try await dusit.create(on: app.db)
    try await account(app, bma, role: .laoOfficer, org: bma)
    try await account(app, "\(bma)-2", role: .laoExecutive, org: bma)
    try await account(app, phraNakhon, role: .laoOfficer, org: phraNakhon)
    try await account(app, Self.dusit, role: .laoOfficer, org: Self.dusit)
    try await account(app, "bangkok", role: .provincialMonitor, province: "10")
  }

  static func period(_ app: Application, _ code: String = PlanFixtures.period) async throws -> PlanPeriod {
    try await PlanPeriod.query(on: app.db).filter(\.$code == code).first()!
  }

  /// A plan of `org` in 2566–2570; `approvedAt` makes it approved then (ฉบับที่ 1).
  @discardableResult
  static func plan(_ app: Application, org: String, status: PlanStatus = .draft, approvedAt: Date? = nil)
    async throws -> Plan
  {
    let plan = Plan(orgCode: org, periodID: try await period(app).requireID())
    plan.status = status
    if let approvedAt {
      plan.approvedVersions = 1
      plan.approvedAt = approvedAt
    }
    try await plan.create(on: app.db)
    if let approvedAt {
      let version = PlanVersion()
      version.$plan.id = try plan.requireID()
      version.number = 1
      version.approvedAt = approvedAt
      version.approverName = "นายก"
      version.approverPosition = "ผู้บริหาร"
      version.projectCount = 0
      version.snapshot = "[]"
      try await version.create(on: app.db)
    }
    return plan
  }

  /// A report of `org` in the 2566 6-month round: submitted with these totals, or a draft.
  static func report(
    _ app: Application, org: String, submitted: Bool = true, projects: Int = 0, completed: Int = 0,
    inProgress: Int = 0, budget: Int64 = 0, disbursed: Int64 = 0
  ) async throws {
    let round = try await ReportRound.query(on: app.db).filter(\.$fiscalYear == ReportFixtures.year).first()!
    let report = Report(orgCode: org, roundID: try round.requireID())
    if submitted {
      report.status = .submitted
      report.submittedAt = Date()
      report.firstSubmittedAt = Date()
    }
    try await report.create(on: app.db)
    guard submitted else { return }
    let stat = ReportStat()
    stat.reportID = try report.requireID()
    stat.orgCode = org
    stat.roundID = try round.requireID()
    stat.projects = projects
    stat.pending = 0
    stat.inProgress = inProgress
    stat.completed = completed
    stat.cannot = projects - completed - inProgress
    stat.budgetSatang = budget * 100
    stat.disbursedSatang = disbursed * 100
    try await stat.create(on: app.db)
    try await StatsQueries.figuresChanged(on: app.db, round: round.requireID())
  }

  /// Midnight Bangkok of a Buddhist-era day, plus `hours`.
  static func day(_ year: Int, _ month: Int, _ day: Int, hours: Double = 10) -> Date {
    ThaiCalendar.date(buddhistYear: year, month: month, day: day)!.addingTimeInterval(hours * 3600)
  }
}
