import Domain
import Fluent
import Vapor

/// The handlers' side: the case list, a case with its log, moving it on within the 15-day
/// clock, messages to the complainant, the masked copy for fact-finding, evidence downloads.
struct ComplaintCaseRoutes: RouteCollection {
  func boot(routes: any RoutesBuilder) throws {
    let cases = routes.grouped(ComplaintPrivacyMiddleware()).grouped("complaints", "cases")
    cases.get(use: list)
    cases.get(":id", use: show)
    cases.post(":id", "state", use: move)
    cases.post(":id", "messages", use: message)
    cases.post(":id", "delay", use: delay)
    cases.get(":id", "forward", use: forward)
    cases.get(":id", "forward.pdf", use: forwardPDF)
    cases.get(":id", "files", ":file", use: download)
  }

  func list(req: Request) async throws -> Response {
    let user = try ComplaintContext.requireHandler(req)
    let filterText = req.query[String.self, at: "filter"] ?? ""
    guard let filter = ComplaintCaseQueries.Filter(rawValue: filterText.isEmpty ? "open" : filterText) else {
      throw Abort(.badRequest, reason: "ตัวกรองต้องเป็น open, closed หรือ all")
    }
    let (rows, total, paging) = try await ComplaintCaseQueries(db: req.db).cases(
      for: user, filter: filter, paging: try req.paging(perPage: 50))
    let model = ComplaintCaseListModel(
      filter: filter, rows: rows, total: total, paging: paging, aboutExecutives: user.role == .provincialMonitor,
      now: Date())
    return req.page(ComplaintCaseListPage(shell: req.shell("เรื่องร้องเรียนการทุจริต"), model: model).html)
  }

  func show(req: Request) async throws -> Response {
    let context = try await ComplaintContext.load(req)
    return try await render(req, context, values: [:], errors: FieldErrors(), status: .ok)
  }

  func render(
    _ req: Request, _ context: ComplaintContext, values: [String: String], errors: FieldErrors, status: HTTPStatus,
    notice: String? = nil
  ) async throws -> Response {
    let queries = context.queries
    let model = ComplaintCaseModel(
      complaint: context.complaint, organizationName: context.record.organization.fullName,
      content: try queries.content(of: context.complaint), identity: try queries.identity(of: context.complaint),
      files: try await queries.files(of: context.complaint), events: try await queries.events(of: context.complaint),
      values: values, errors: errors, notice: notice, now: Date())
    let shell = req.shell("เรื่องร้องเรียน รับเมื่อ " + ThaiCalendar.shortDate(context.complaint.receivedAt))
    return req.page(ComplaintCasePage(shell: shell, model: model).html, status: status)
  }

  func move(req: Request) async throws -> Response {
    let context = try await ComplaintContext.load(req)
    struct Form: Content {
      var state: String?
      var outcome: String?
      var reason: String?
      var delayExplanation: String?
    }
    let form = try req.content.decode(Form.self)
    let values = [
      "state": form.state ?? "", "outcome": form.outcome ?? "", "reason": form.reason ?? "",
      "delayExplanation": form.delayExplanation ?? "",
    ].mapValues { String($0.prefix(ComplaintWorkflow.maxReason + 1)) }
    guard let target = form.state.flatMap(ComplaintState.init(rawValue:)) else {
      var errors = FieldErrors()
      errors["state"] = "กรุณาเลือกสถานะใหม่"
      return try await render(req, context, values: values, errors: errors, status: .unprocessableEntity)
    }
    var outcome: ComplaintOutcome?
    if let raw = form.outcome, !raw.isEmpty {
      guard let known = ComplaintOutcome(rawValue: raw) else {
        var errors = FieldErrors()
        errors["outcome"] = "กรุณาเลือกผลการดำเนินการจากรายการ"
        return try await render(req, context, values: values, errors: errors, status: .unprocessableEntity)
      }
      outcome = known
    }
    let transition = ComplaintTransition(
      to: target, outcome: outcome, reason: values["reason"] ?? "", delayExplanation: values["delayExplanation"] ?? "")
    let errors = try await context.queries.move(context.id, transition, by: context.user)
    guard errors.isEmpty else {
      let status: HTTPStatus = errors["state"] != nil ? .conflict : .unprocessableEntity
      return try await render(req, context, values: values, errors: errors, status: status)
    }
    return req.redirect(to: Paths.complaintCase(context.id))
  }

  func message(req: Request) async throws -> Response {
    let context = try await ComplaintContext.load(req)
    switch Self.text(req, field: "message") {
    case .failure(let errors):
      return try await render(
        req, context, values: Self.typed(req, "message"), errors: errors, status: .unprocessableEntity)
    case .success(let body):
      guard context.complaint.state.isOpen else {
        throw Abort(.conflict, reason: "เรื่องนี้ปิดแล้ว ส่งข้อความถึงผู้ร้องเรียนไม่ได้")
      }
      try await context.queries.message(context.complaint, body, by: context.user)
      return req.redirect(to: Paths.complaintCase(context.id))
    }
  }

  func delay(req: Request) async throws -> Response {
    let context = try await ComplaintContext.load(req)
    switch Self.text(req, field: "delayExplanation") {
    case .failure(let errors):
      return try await render(
        req, context, values: Self.typed(req, "delayExplanation"), errors: errors, status: .unprocessableEntity)
    case .success(let body):
      try await context.queries.explainDelay(context.complaint, body, by: context.user)
      return req.redirect(to: Paths.complaintCase(context.id))
    }
  }

  /// A required text field of at most `ComplaintQueries.maxMessage` characters.
  static func text(_ req: Request, field: String) -> Result<String, FieldErrors> {
    let raw = (try? req.content.get(String.self, at: field)) ?? ""
    let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
    var errors = FieldErrors()
    if text.isEmpty { errors[field] = "กรุณาเขียนข้อความก่อนส่ง" }
    if text.count > ComplaintQueries.maxMessage { errors[field] = "ข้อความยาวเกิน \(ComplaintQueries.maxMessage) ตัวอักษร" }
    return errors.isEmpty ? .success(text) : .failure(errors)
  }

  static func typed(_ req: Request, _ field: String) -> [String: String] {
    [field: String(((try? req.content.get(String.self, at: field)) ?? "").prefix(ComplaintQueries.maxMessage + 1))]
  }

  // MARK: masked copy, files

  func forward(req: Request) async throws -> Response {
    let context = try await ComplaintContext.load(req)
    let model = try await forwardModel(req, context)
    return req.page(ComplaintForwardPage(model: model).html)
  }

  func forwardPDF(req: Request) async throws -> Response {
    let context = try await ComplaintContext.load(req)
    var model = try await forwardModel(req, context)
    model.inlineStyle = ReportFileRoutes.printStyle
    let data = try await PDFRenderer.fromEnvironment().render(
      html: ComplaintForwardPage(model: model).html.render(), queue: req.application.pdfQueue)
    return FileDownload.response(body: data, type: "application/pdf", name: "complaint-masked-copy.pdf", inline: true)
  }

  private func forwardModel(_ req: Request, _ context: ComplaintContext) async throws -> ComplaintForwardModel {
    let queries = context.queries
    let model = ComplaintForwardModel(
      id: context.id, complaint: context.complaint, organizationName: context.record.organization.fullName,
      content: try queries.content(of: context.complaint), identity: try queries.identity(of: context.complaint),
      files: try await queries.files(of: context.complaint).map(\.name),
      thaiDigits: req.query[String.self, at: "digits"] != "arabic",
      printedAt: Date())
    try await queries.forwardPrinted(context.complaint, by: context.user)
    return model
  }

  func download(req: Request) async throws -> Response {
    let context = try await ComplaintContext.load(req)
    let file = try await context.queries.openFile(
      req.parameters.get("file").flatMap(UUID.init(uuidString:)), of: context.complaint)
    let response = FileDownload.response(body: file.data, type: file.type, name: file.name, inline: false)
    response.headers.replaceOrAdd(name: "Content-Security-Policy", value: "sandbox; default-src 'none'")
    return response
  }
}
