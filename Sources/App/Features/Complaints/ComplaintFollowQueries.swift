import Domain
import Fluent
import SQLKit
import Vapor

/// What the complainant may see of a case: state, dates, the due day, the messages meant
/// for them, the outcome. Never the case log's internal steps or the handlers' names.
struct ComplainantView: Sendable {
  struct Message: Sendable {
    let at: Date
    let fromComplainant: Bool
    let kind: ComplaintEventKind
    let state: ComplaintState?
    let text: String?
  }
  let organizationCode: String
  let organizationName: String
  let state: ComplaintState
  let outcome: ComplaintOutcome?
  let receivedAt: Date
  let clock: ComplaintClock
  let closedAt: Date?
  let overdue: Bool
  let aboutExecutive: Bool
  let provinceName: String
  let messages: [Message]

  var handledBy: String {
    aboutExecutive ? "ผู้กำกับดูแลระดับจังหวัด\(provinceName) (เรื่องเกี่ยวกับผู้บริหาร)" : "ผู้รับผิดชอบเรื่องร้องเรียนของ\(organizationName)"
  }

  static func load(_ db: Database, vault: ComplaintVault, _ complaint: Complaint, now: Date = Date()) async throws
    -> ComplainantView
  {
    let record = try await OrganizationQueries(db: db).record(complaint.organizationCode)
    let events = try await ComplaintQueries(db: db, vault: vault).events(of: complaint, complainantOnly: true)
    return ComplainantView(
      organizationCode: complaint.organizationCode,
      organizationName: record?.organization.fullName ?? complaint.organizationCode, state: complaint.state,
      outcome: complaint.outcome, receivedAt: complaint.receivedAt, clock: complaint.clock,
      closedAt: complaint.closedAt, overdue: complaint.isOverdue(now: now), aboutExecutive: complaint.aboutExecutive,
      provinceName: record?.province.nameTH ?? "",
      messages: events.map {
        Message(
          at: $0.event.at, fromComplainant: $0.event.actor == ComplaintQueries.complainant, kind: $0.event.kind,
          state: $0.event.stateRaw.flatMap(ComplaintState.init(rawValue:)), text: $0.body)
      })
  }
}

/// Finding a case by its receipt, for the follow-up page and the API. Every try costs the
/// same work: the address's counter is read, the receipt digested and looked up; a wrong
/// receipt (or one that is not a receipt at all) is counted and answered alike, and an
/// address past its limit is refused any receipt until its window ends.
enum ComplaintLookup {
  static func find(_ req: Request, typed: String) async throws -> (Complaint?, ComplaintReceipt?) {
    let vault = try req.requireVault()
    let throttle = ComplaintThrottleQueries(db: req.db)
    let key = ComplaintThrottleQueries.key(.receipt, address: req.clientAddress)
    // Counted before the lookup (parallel guesses cannot pass the limit), given back when right.
    if let wait = try await throttle.admit(key, limit: ComplaintThrottleQueries.maxWrongReceipts) {
      throw ComplaintThrottleQueries.tooMany(wait)
    }
    // A receipt that cannot be one is looked up as a random one, so it takes as long.
    let receipt = ComplaintReceipt(typed: typed)
    let found = try await ComplaintQueries(db: req.db, vault: vault).find(receipt: receipt ?? .random())
    guard let found, receipt != nil else { return (nil, nil) }
    try await throttle.giveBack(key)
    return (found, receipt)
  }

  static let notFoundMessage =
    "ไม่พบเรื่องจากเลขรับเรื่องนี้ กรุณาตรวจสอบว่าพิมพ์ครบ 20 ตัวตามใบรับเรื่อง (ไม่ต้องพิมพ์ขีด)"

  static func notFoundPage(_ req: Request) -> Response {
    req.page(
      ComplaintFollowPage(shell: req.shell("ติดตามเรื่องร้องเรียน"), message: notFoundMessage).html, status: .notFound)
  }
}

/// The organization's plan projects a complainant may pick from (its latest approved plans).
struct ComplaintFormQueries {
  let db: Database
  private var sql: any SQLDatabase { db as! any SQLDatabase }

  struct Project: Decodable, Sendable {
    let id: UUID
    let name: String
  }

  func projectChoices(_ code: String) async throws -> [Project] {
    try await sql.raw(
      """
      SELECT pp.id, pp.name FROM plan_projects pp JOIN plans p ON p.id = pp.plan_id
      WHERE p.org_code = \(bind: code) AND p.approved_versions > 0
      ORDER BY pp.number, pp.name LIMIT 500
      """
    ).all(decoding: Project.self)
  }

  /// Whether the organization has a complaint officer who can sign in (else its cases wait,
  /// and the form and the province's dashboard say so).
  func hasComplaintOfficer(_ code: String) async throws -> Bool {
    try await User.query(on: db).filter(\.$orgCode == code).filter(\.$role == .complaintOfficer)
      .filter(\.$isDisabled == false).count() > 0
  }

  /// The picked project if it is one of the organization's, nil when none was picked.
  func project(_ typed: String?, of code: String) async throws -> (id: UUID, name: String)? {
    guard let typed, !typed.isEmpty, let id = UUID(uuidString: typed) else { return nil }
    let row = try await sql.raw(
      """
      SELECT pp.id, pp.name FROM plan_projects pp JOIN plans p ON p.id = pp.plan_id
      WHERE p.org_code = \(bind: code) AND pp.id = \(bind: id)
      """
    ).first(decoding: Project.self)
    return row.map { ($0.id, $0.name) }
  }
}
