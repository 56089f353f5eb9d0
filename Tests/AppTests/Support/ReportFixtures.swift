import Domain
import Fluent
import XCTVapor

@testable import App

/// Shortcuts for report tests: a plan of หนองปรือ with projects budgeted in 2566, and an open
/// 2566 round (whose due date has passed, so confirmations are late unless an extension).
enum ReportFixtures {
  static let year = 2566

  static func path(_ kind: Int = 6, code: String = Fixtures.nongprue) -> String { Paths.report(code, year, kind) }

  /// National admin creates and opens the round.
  static func openRound(_ app: Application, kind: Int = 6, open: Bool = true, year: Int = year) async throws {
    let admin = try await Browser.signedIn(app, as: "admin")
    let created = try await admin.post(Paths.rounds, ["fiscalYear": String(year), "kind": String(kind)])
    XCTAssertEqual(created.status, .seeOther, created.body.string)
    if open {
      try await XCTAssertEqualAsync(
        try await admin.post(Paths.round("\(year)-\(kind)") + "/window", ["open": "1"]).status, .seeOther)
    }
  }

  /// The officer of หนองปรือ with a plan of `projects` projects and an open 6-month round.
  static func officerInOpenRound(_ app: Application, projects: Int = 3) async throws -> Browser {
    let officer = try await PlanFixtures.officerWithPlan(app, projects: projects)
    try await openRound(app)
    return officer
  }

  /// Form fields for one row, with the version the page showed.
  static func row(
    _ project: PlanProject, status: String, budget: String = "", disbursed: String = "", reason: String = "",
    reasonText: String = "", note: String = "", version: Int = 0
  ) -> [String: String] {
    let id = project.id!
    return [
      EntryForm.name("status", id): status, EntryForm.name("budget", id): budget,
      EntryForm.name("disbursed", id): disbursed, EntryForm.name("reason", id): reason,
      EntryForm.name("reason_text", id): reasonText, EntryForm.name("note", id): note,
      EntryForm.name("version", id): String(version),
    ]
  }

  /// Every project reported as completed, reporter filled in, and sent to the executive.
  static func fillAndSend(_ app: Application, _ officer: Browser, kind: Int = 6) async throws {
    var form: [String: String] = [:]
    let versions = Dictionary(
      try await ReportEntry.query(on: app.db).all().map { ($0.projectID, $0.version) }, uniquingKeysWith: max)
    for project in try await PlanFixtures.projects(app) {
      form.merge(row(project, status: "ดำเนินการแล้วเสร็จ", disbursed: "5,000", version: versions[project.id!] ?? 0)) { $1 }
    }
    let saved = try await officer.post(path(kind) + "/entries", form)
    XCTAssertEqual(saved.status, .seeOther, saved.body.string)
    let overall = try await officer.post(
      path(kind) + "/overall", ["problems": "งบประมาณล่าช้า", "reporterName": "นายสมชาย ใจดี", "reporterPosition": "นิติกร"])
    XCTAssertEqual(overall.status, .seeOther, overall.body.string)
    let sent = try await officer.post(path(kind) + "/send")
    XCTAssertEqual(sent.status, .seeOther, sent.body.string)
  }

  static func report(_ app: Application, kind: RoundKind = .sixMonth) async throws -> Report? {
    let round = try await ReportRound.query(on: app.db).filter(\.$kind == kind).first()
    guard let round else { return nil }
    return try await Report.query(on: app.db).filter(\.$round.$id == round.id!).filter(\.$orgCode == Fixtures.nongprue)
      .first()
  }
}
