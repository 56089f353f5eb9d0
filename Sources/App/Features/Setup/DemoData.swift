import Domain
import Fluent
import Vapor

/// What `sujarit demo` shows besides empty pages: every LAO of ชลบุรี (the demo monitors'
/// province) with an approved plan and the period's past rounds and reports (mostly
/// submitted), made by `generate`'s own `DatasetWriter`; the next round created and opened;
/// and the demo officer's organization (หนองปรือ) with its report in that round half filled in.
/// Running it again adds nothing: organizations with a plan, an existing round and a started
/// report are left as they are.
enum DemoData {
  static let province = "20"
  static let seed: UInt64 = 2569
  static let actor = AuditActor(id: nil, name: "ข้อมูลทดลอง (sujarit demo)", address: nil)

  /// The organization of the first demo officer account (หนองปรือ).
  static var officerOrg: String {
    DemoAccounts.accounts.first { $0.role == .laoOfficer }?.orgCode ?? "4200401"
  }

  struct Summary {
    var organizations = 0
    var round: ReportRound?
    var entries = 0
    var itaResults = 0
  }

  static func load(on db: Database, now: Date = Date()) async throws -> Summary {
    let next = RoundRequest.next(after: now)
    var summary = Summary()
    // Past the last plan period in frameworks.json there is nothing to generate.
    guard let period = try? await FrameworkQueries(db: db).period(covering: next.fiscalYear) else { return summary }
    let counts = try await DatasetWriter(db: db, seed: seed, periodCode: period.code, provinceCode: province)
      .run(limit: nil) { _ in }
    summary.organizations = counts.organizations
    let (round, _) = try await RoundQueries(db: db).ensure(
      RoundRequest(fiscalYear: next.fiscalYear, kind: next.kind), open: true, actor: actor)
    summary.round = round
    summary.entries = try await startOfficerReport(on: db, round: round, periodID: period.requireID())
    summary.itaResults = try await loadItaResults(on: db, fiscalYear: next.fiscalYear - 1)
    // PACC's FY2567 programme (seed 003), as the centre would open it.
    try await PaccQueries(db: db).install(.fy2567, actor: actor)
    try await DemoCirculars.load(on: db, now: now)
    return summary
  }

  /// ITA results of the last finished fiscal year for the province's organizations that have
  /// none (repeatable scores per organization), through the import's own path: the ITA pages
  /// and the monitors' ITA dashboard then have figures. Returns the results added.
  private static func loadItaResults(on db: Database, fiscalYear: Int) async throws -> Int {
    let codes = try await ItaQueries(db: db).codesWithoutResults(province: province, fiscalYear: fiscalYear)
    guard !codes.isEmpty else { return 0 }
    let rows = codes.map { code -> [String] in
      var random = SeededRandom(seed: seed, code, "ita", String(fiscalYear))
      let base = Double.random(in: 58...96, using: &random)
      let scores = (1...10).map { _ in
        String(format: "%.2f", min(100, max(0, base + Double.random(in: -14...9, using: &random))))
      }
      return [code] + scores + [
        String(Int.random(in: 20...300, using: &random)), String(Int.random(in: 50...400, using: &random)),
      ]
    }
    let header = ["code"] + (1...10).map { "i\($0)" } + ["iit_respondents", "eit_respondents"]
    return try await ItaImportRunner.run((header, rows), fiscalYear: fiscalYear, db: db, actor: actor)
  }

  /// The demo officer's report in the open round, about half its projects entered, unless
  /// the report was started already. Returns the rows entered.
  private static func startOfficerReport(on db: Database, round: ReportRound, periodID: UUID) async throws -> Int {
    let org = officerOrg
    guard let plan = try await PlanQueries(db: db).plan(org: org, periodID: periodID) else { return 0 }
    let queries = ReportQueries(db: db)
    guard try await queries.report(org: org, roundID: round.requireID()) == nil else { return 0 }
    let report = try await queries.open(org: org, round: round, actor: actor)
    let rows = try await queries.rows(planID: plan.id, report: report, year: round.fiscalYear)
    var random = SeededRandom(seed: seed, org, round.slug, "demo")
    let changes = rows.compactMap { row -> EntryChange? in
      guard row.entry == nil,
        let values = DatasetRules.entry(&random, kind: round.kind, budget: row.planBudget, complete: false)
      else { return nil }
      return EntryChange(projectID: row.projectID, values: values, expectedVersion: row.version)
    }
    let outcomes = try await queries.saveEntries(changes, in: report, actor: actor, known: rows)
    return outcomes.values.filter { if case .saved = $0 { return true } else { return false } }.count
  }
}

/// The address to open in a browser for the server as it was really bound (any `--hostname`,
/// `--port` or `--bind` given to `demo`/`serve`, or Vapor's default 127.0.0.1:8080).
enum ServedAddress {
  /// "http://127.0.0.1:8081"; a wildcard bind (0.0.0.0, ::) is opened on loopback and an IPv6
  /// host is bracketed.
  static func browserURL(host: String, port: Int) -> String {
    let shown: String
    switch host {
    case "0.0.0.0", "": shown = "127.0.0.1"
    case "::", "::0": shown = "[::1]"
    default: shown = host.contains(":") ? "[\(host)]" : host
    }
    return "http://\(shown):\(port)"
  }

  /// The console line for the running server, or nil when it is not listening on TCP.
  static func openLine(_ app: Application) -> String? {
    guard let address = app.http.server.shared.localAddress else { return nil }
    if let host = address.ipAddress, let port = address.port {
      return "เปิด \(browserURL(host: host, port: port)) ในเบราว์เซอร์"
    }
    return address.pathname.map { "เซิร์ฟเวอร์รับคำขอที่ unix socket \($0)" }
  }
}
