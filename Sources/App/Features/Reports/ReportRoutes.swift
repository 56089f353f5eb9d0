import Domain
import Fluent
import Vapor

/// An organization's round reports: the entry page, saving rows and the overall part, and the
/// workflow (officer sends → executive confirms or sends back → a monitor may return it).
struct ReportRoutes: RouteCollection {
  func boot(routes: any RoutesBuilder) throws {
    let org = routes.grouped("organizations", ":code", "reports")
    org.get(use: listPage)
    let report = org.grouped(":year", ":round")
    report.get(use: reportPage)
    report.post("entries", use: saveEntries)
    report.post("overall", use: saveOverall)
    report.post("send", use: send)
    report.post("confirm", use: confirm)
    report.post("send-back", use: sendBack)
    report.post("return", use: returnForRevision)
  }

  func listPage(req: Request) async throws -> Response {
    let record = try await OrganizationQueries(db: req.db).require(req.parameters.get("code") ?? "")
    let rounds = try await RoundQueries(db: req.db).all()
    let reports = try await ReportQueries(db: req.db).reports(org: record.organization.code)
    let byRound: [UUID: Report] = Dictionary(
      reports.map { ($0.$round.id, $0) }, uniquingKeysWith: { first, _ in first })
    let model = OrganizationReportsModel(
      code: record.organization.code, name: record.organization.fullName,
      rows: rounds.map { round in
        .init(
          title: round.title, path: Paths.report(record.organization.code, round.fiscalYear, round.kind.rawValue),
          status: byRound[round.id!]?.status.thaiName ?? "ยังไม่เริ่มรายงาน", open: round.windowOpen,
          due: ThaiCalendar.longDate(round.dueDate), late: byRound[round.id!]?.late == true)
      })
    return req.page(
      OrganizationReportsPage(shell: req.shell("รายงานผลของ \(record.organization.fullName)"), model: model).html)
  }

  func reportPage(req: Request) async throws -> Response {
    var context = try await ReportContext.load(req)
    // The officer's first visit to an open round starts the report (and its 6-month prefill).
    if context.report == nil && context.canWrite { _ = try await context.requireWritable(req) }
    return try await render(req, context)
  }

  func saveEntries(req: Request) async throws -> Response {
    var context = try await ReportContext.load(req)
    let report = try await context.requireWritable(req)
    let form = try req.content.decode([String: String].self)
    let queries = ReportQueries(db: req.db)
    // Only the autosave script asks for JSON (a browser's */* must not count as asking). It
    // sends a row or two: read just those, and answer with totals the database sums.
    let autosave = req.headers.first(name: .accept)?.hasPrefix("application/json") == true
    let rows = try await queries.rows(
      planID: context.planID, report: report, year: context.year, only: autosave ? EntryForm.projectIDs(in: form) : nil,
      evidence: false)
    let parsed = EntryForm.parse(form, rows: rows)
    let outcomes = try await queries.saveEntries(parsed.changes, in: report, actor: .of(req), known: rows)
    if autosave {
      let summary = try await queries.summary(planID: context.planID, report: report, year: context.year)
      return try await autosaveAnswer(
        req, parsed: parsed, outcomes: outcomes, summary: summary, thresholds: context.thresholds)
    }
    var conflicts: [UUID: ReportEntryValues] = [:]
    for case (let id, .conflict(let current, _)) in outcomes { conflicts[id] = current }
    let saved = outcomes.values.filter { if case .saved = $0 { return true } else { return false } }.count
    guard !parsed.errors.isEmpty || !conflicts.isEmpty else {
      return Flash.redirect(
        req, to: Paths.report(context.code, context.year, context.kind.rawValue), notice: "บันทึกแล้ว \(saved) รายการ")
    }
    let fresh = try await queries.rows(planID: context.planID, report: report, year: context.year)
    var problems = ["บันทึกแล้ว \(saved) รายการ"]
    if !parsed.errors.isEmpty { problems.append("ยังไม่ได้บันทึก \(parsed.errors.count) รายการ กรุณาแก้ไขช่องที่มีข้อความสีแดง") }
    if !conflicts.isEmpty { problems.append("\(conflicts.count) รายการมีผู้อื่นบันทึกก่อน ค่าที่คุณพิมพ์ยังอยู่ในแบบฟอร์ม") }
    return try await render(
      req, context, rows: fresh, parsed: parsed, conflicts: conflicts, problems: problems,
      status: parsed.errors.isEmpty ? .conflict : .unprocessableEntity)
  }

  func saveOverall(req: Request) async throws -> Response {
    var context = try await ReportContext.load(req)
    let report = try await context.requireWritable(req)
    let form = try req.content.decode(OverallForm.self)
    let fields = [
      form.problems.cleaned, form.suggestions.cleaned, form.reporterName.cleaned, form.reporterPosition.cleaned,
    ]
    if fields[0].count > 5_000 || fields[1].count > 5_000 || fields[2].count > 200 || fields[3].count > 200 {
      return try await render(
        req, context, problems: ["ข้อความยาวเกินไป (ปัญหา/ข้อเสนอแนะไม่เกิน 5,000 ตัวอักษร ชื่อและตำแหน่งไม่เกิน 200)"],
        status: .unprocessableEntity)
    }
    try await ReportQueries(db: req.db).saveOverall(
      report, problems: fields[0], suggestions: fields[1], name: fields[2], position: fields[3], actor: .of(req))
    return Flash.redirect(
      req, to: Paths.report(context.code, context.year, context.kind.rawValue), notice: "บันทึกปัญหาอุปสรรคและผู้รายงานแล้ว")
  }

  func send(req: Request) async throws -> Response {
    var context = try await ReportContext.load(req)
    let report = try await context.requireWritable(req)
    let rows = try await ReportQueries(db: req.db).rows(planID: context.planID, report: report, year: context.year)
    let summary = ReportSummary(lines: rows.map(\.values.line))
    let problems = ReportWorkflow.sendProblems(
      summary, reporterName: report.reporterName, reporterPosition: report.reporterPosition)
    guard problems.isEmpty else {
      return try await render(req, context, rows: rows, problems: problems, status: .unprocessableEntity)
    }
    // Pending projects do not stop the report, but the officer says so first.
    if summary.pending > 0, !Self.pendingAcknowledged(req) {
      return try await render(req, context, rows: rows, askSendAnyway: true)
    }
    let name = req.currentUser?.displayName ?? ""
    try await ReportQueries(db: req.db).transition(report, .send, actor: .of(req)) { report in
      report.sentAt = Date()
      report.sentBy = name
    }
    return Flash.redirect(
      req, to: Paths.report(context.code, context.year, context.kind.rawValue), notice: "ส่งรายงานให้ผู้บริหารยืนยันแล้ว")
  }

  func confirm(req: Request) async throws -> Response {
    let context = try await ReportContext.load(req)
    let user = try req.requireUser()
    guard context.canConfirm, let report = context.report else { throw refusal(context, .confirm) }
    let pending = try await ReportQueries(db: req.db).summary(
      planID: context.planID, report: report, year: context.year
    ).pending
    if pending > 0, !Self.pendingAcknowledged(req) {
      return try await render(
        req, context,
        problems: ["ยังมี \(pending) โครงการรอรายงาน กรุณาทำเครื่องหมายรับทราบก่อนยืนยันส่งรายงาน"],
        status: .unprocessableEntity)
    }
    try await ReportQueries(db: req.db).confirm(
      report, planID: context.planID, heading: context.heading, by: user.displayName, actor: .of(req))
    return Flash.redirect(
      req, to: Paths.report(context.code, context.year, context.kind.rawValue), notice: "ส่งรายงานแล้ว")
  }

  /// The sender ticked (or pressed) "send anyway" for the pending projects.
  static func pendingAcknowledged(_ req: Request) -> Bool {
    (try? req.content.get(String.self, at: "confirm_pending")) == "1"
  }

  func sendBack(req: Request) async throws -> Response {
    try await returnReport(req, action: .sendBack)
  }

  func returnForRevision(req: Request) async throws -> Response {
    try await returnReport(req, action: .returnForRevision)
  }

  private func returnReport(_ req: Request, action: ReportAction) async throws -> Response {
    let context = try await ReportContext.load(req)
    let user = try req.requireUser()
    let allowed = action == .sendBack ? context.canConfirm : context.canReturn
    guard allowed, let report = context.report else {
      throw refusal(context, action)
    }
    let comment = try req.content.decode(OverallForm.self).comment.cleaned
    guard !comment.isEmpty, comment.count <= 2_000 else {
      return try await render(
        req, context, problems: ["กรุณาระบุสิ่งที่ต้องแก้ไขก่อนส่งกลับ (ไม่เกิน 2,000 ตัวอักษร)"], status: .unprocessableEntity)
    }
    let who = "\(user.displayName) (\(user.role.thaiName))"
    try await ReportQueries(db: req.db).transition(report, action, actor: .of(req), note: comment) { report in
      report.returnComment = comment
      report.returnedBy = who
    }
    return Flash.redirect(
      req, to: Paths.report(context.code, context.year, context.kind.rawValue),
      notice: action == .sendBack ? "ส่งรายงานกลับให้เจ้าหน้าที่แล้ว" : "ส่งรายงานกลับให้ อปท. แก้ไขแล้ว")
  }

  /// 401 when signed out, 403 for the wrong person, 409 for the right person at the wrong time.
  private func refusal(_ context: ReportContext, _ action: ReportAction) -> Abort {
    guard let user = context.user else { return Abort(.unauthorized) }
    let byMonitor = action == .returnForRevision
    let rightPerson =
      byMonitor
      ? user.policy.canReturnReport(of: context.record.place)
      : user.policy.canApprovePlan(of: context.record.place)
    guard rightPerson else {
      let who =
        byMonitor
        ? "ผู้กำกับดูแลในพื้นที่" + (context.record.parent.map { " หรือเจ้าหน้าที่ของ\($0.fullName)" } ?? "")
        : "ผู้บริหารของ \(context.record.organization.fullName)"
      return Abort(.forbidden, reason: "เฉพาะ\(who)เท่านั้นที่\(action.thaiName)ได้")
    }
    return Abort(.conflict, reason: ReportRefusal.wrongState(context.status, action).message)
  }

  private func autosaveAnswer(
    _ req: Request, parsed: EntryForm.Parsed, outcomes: [UUID: EntryOutcome], summary: ReportSummary,
    thresholds: LevelThresholds
  ) async throws -> Response {
    var answer: [EntrySaveJSON.Row] = []
    for (id, errors) in parsed.errors {
      answer.append(.init(id: id.uuidString, result: "invalid", version: nil, errors: errors.messages, message: nil))
    }
    for (id, outcome) in outcomes {
      switch outcome {
      case .saved(let version):
        answer.append(.init(id: id.uuidString, result: "saved", version: version, errors: nil, message: nil))
      case .unchanged(let version):
        answer.append(.init(id: id.uuidString, result: "unchanged", version: version, errors: nil, message: nil))
      case .conflict(let current, let version):
        answer.append(
          .init(
            id: id.uuidString, result: "conflict", version: version, errors: nil,
            message: "มีผู้อื่นบันทึกรายการนี้ก่อน (\(current.statusLabel)) โหลดหน้าใหม่เพื่อดูค่าล่าสุด"))
      }
    }
    let body = EntrySaveJSON(rows: answer, summary: ReportSummaryJSON(summary, thresholds: thresholds))
    let status: HTTPStatus =
      parsed.errors.isEmpty ? (answer.contains { $0.result == "conflict" } ? .conflict : .ok) : .unprocessableEntity
    return try await body.encodeResponse(status: status, for: req)
  }

  func render(
    _ req: Request, _ context: ReportContext, rows given: [ReportRow]? = nil, parsed: EntryForm.Parsed? = nil,
    conflicts: [UUID: ReportEntryValues] = [:], problems: [String] = [], askSendAnyway: Bool = false,
    status: HTTPStatus = .ok
  ) async throws -> Response {
    let queries = ReportQueries(db: req.db)
    let rows: [ReportRow]
    if let given {
      rows = given
    } else {
      rows = try await queries.rows(planID: context.planID, report: context.report, year: context.year)
    }
    var history: [AuditEvent] = []
    if let report = context.report { history = try await queries.history(of: report) }
    var model = ReportPageModel(context: context, rows: rows, history: history, parsed: parsed, conflicts: conflicts)
    model.problems = problems
    model.askSendAnyway = askSendAnyway
    if let report = context.report, report.firstSubmittedAt != nil {
      let path = Paths.report(context.code, context.year, context.kind.rawValue)
      model.filings = try await FilingQueries(db: req.db).list(of: report.requireID()).map {
        ($0.label, path + "/filings/\($0.sequence)")
      }
    }
    return req.page(ReportPage(shell: req.shell(context.title), model: model).html, status: status)
  }
}
