import Domain
import Fluent
import Vapor

/// Everything a report route needs, loaded from `:code`, `:year` and `:round`: the
/// organization, the round, the plan period covering the year, the plan and report (if any),
/// and what the signed-in user may do now.
struct ReportContext {
  let record: OrganizationRecord
  let round: ReportRound
  let period: PlanPeriod
  /// The organization's plan for the period (nil: none yet).
  let planID: UUID?
  var report: Report?
  let extensionUntil: Date?
  let user: CurrentUser?
  /// The level thresholds of the round's kind as they stand (a filed copy keeps its own).
  var thresholds: LevelThresholds = .defaults(for: .twelveMonth)

  var code: String { record.organization.code }
  var year: Int { round.fiscalYear }
  var kind: RoundKind { round.kind }
  var outline: FrameworkOutline { period.outline }
  var status: ReportStatus { report?.status ?? .draft }
  var title: String {
    "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ของ\(record.organization.fullName) พ.ศ. \(year) รอบ \(kind.rawValue) เดือน"
  }

  var access: RoundAccess {
    RoundAccess.decide(
      windowOpen: round.windowOpen, opensAt: round.openedAt, closedAt: round.closedAt, extensionUntil: extensionUntil,
      status: status, now: Date(), returnComment: report?.returnComment)
  }

  /// Submitted reports are public; before that only the organization and its monitors see it.
  var canRead: Bool { status == .submitted || (user?.policy.canView(record.place) ?? false) }
  var isOwnOfficer: Bool { user?.policy.canEditPlan(of: record.place) ?? false }
  var canWrite: Bool { isOwnOfficer && access.isWritable && planID != nil }
  var canConfirm: Bool { (user?.policy.canApprovePlan(of: record.place) ?? false) && status == .awaitingConfirmation }
  /// Monitors (district, province, region, nation) whose area covers the organization, and
  /// the parent organization's officers (the BMA office for its units): `canReturnReport`.
  var canReturn: Bool {
    guard let user else { return false }
    return user.policy.canReturnReport(of: record.place) && status == .submitted
  }

  /// `filings`: for a report's filed copies, which are public once filed (only reports that
  /// were confirmed have any), so the draft-reading rule is left to the caller.
  static func load(_ req: Request, filings: Bool = false) async throws -> ReportContext {
    guard let code = req.parameters.get("code").flatMap(DLACode.init)?.value else {
      throw Abort(.notFound, reason: "รหัสองค์กรต้องเป็นตัวเลข 7 หลัก")
    }
    let cache = req.application.readCache
    let record = try await cache.value("organization \(code)") {
      try await OrganizationQueries(db: req.db).require(code)
    }
    let slug = "\(req.parameters.get("year") ?? "")-\(req.parameters.get("round") ?? "")"
    let round = try await cache.value("round \(slug)") { try await RoundQueries(db: req.db).require(slug) }
    let queries = ReportQueries(db: req.db)
    let period = try await cache.value("period \(round.fiscalYear)") {
      try await FrameworkQueries(db: req.db).period(covering: round.fiscalYear)
    }
    let standing = try await queries.standing(org: code, periodID: period.requireID(), roundID: round.requireID())
    let report = try await queries.report(org: code, roundID: round.requireID())
    // A submitted report shows what was filed: its overall part comes from the filed copy too.
    if let report, report.status == .submitted, let filed = try await queries.filedCopy(of: report) {
      report.problems = filed.problems
      report.suggestions = filed.suggestions
      report.reporterName = filed.reporterName
      report.reporterPosition = filed.reporterPosition
    }
    var context = ReportContext(
      record: record, round: round, period: period, planID: standing.planID, report: report,
      extensionUntil: standing.extensionUntil, user: req.currentUser)
    context.thresholds = try await req.levelThresholds(round.kind)
    guard context.canRead || filings else {
      if req.currentUser == nil { throw Abort(.unauthorized) }
      throw Abort(.forbidden, reason: "รายงานนี้ยังไม่ได้ส่ง จึงเปิดให้ดูเฉพาะ อปท. และผู้กำกับดูแลในพื้นที่")
    }
    return context
  }

  /// The report if this user may write it now, else a Thai 401/403/409 saying why.
  /// Creates the report on first write (the 12-month one prefilled from the 6-month entries).
  mutating func requireWritable(_ req: Request) async throws -> Report {
    guard user != nil else { throw Abort(.unauthorized) }
    guard isOwnOfficer else {
      throw Abort(.forbidden, reason: "เฉพาะเจ้าหน้าที่ของ \(record.organization.fullName) เท่านั้นที่รายงานผลได้")
    }
    guard planID != nil else {
      throw Abort(.conflict, reason: "\(record.organization.fullName) ยังไม่มีแผนช่วงปี \(period.code) จึงยังรายงานผลไม่ได้")
    }
    guard access.isWritable else { throw Abort(.conflict, reason: access.message) }
    if let report { return report }
    let created = try await ReportQueries(db: req.db).open(org: code, round: round, actor: .of(req))
    report = created
    return created
  }

  /// What the report's filed copy is headed with.
  var heading: FilingQueries.Heading {
    FilingQueries.Heading(organizationName: record.organization.fullName, round: round, thresholds: thresholds)
  }

  /// The summary's level and its rule: as filed for a submitted report, else by today's thresholds.
  func level(_ summary: ReportSummary) -> (level: ImplementationLevel?, rule: String) {
    if status == .submitted, let filed = report?.filedCopy { return (filed.totals.level, filed.totals.levelRule) }
    return (summary.level(thresholds), thresholds.rule(kind))
  }

  func requirePlanID() throws -> UUID {
    guard let planID else {
      throw Abort(.notFound, reason: "\(record.organization.fullName) ยังไม่มีแผนช่วงปี \(period.code)")
    }
    return planID
  }
}
