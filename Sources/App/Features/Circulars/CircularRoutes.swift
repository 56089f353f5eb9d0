import Domain
import Fluent
import Vapor

/// Circulars with acknowledgement (หนังสือเวียน): monitors post and relay them down the chain
/// NACC → region → province → district → LAO; LAOs read, acknowledge and report action; the
/// sender follows who did what. Public ones go to the archive (`CircularPublicRoutes`).
struct CircularRoutes: RouteCollection {
  static let perPage = 50
  static let maxUpload: ByteCount = "12mb"
  static let maxFileBytes = 10 * 1024 * 1024

  func boot(routes: any RoutesBuilder) throws {
    let circulars = routes.grouped("circulars")
    circulars.get(use: sentList)
    circulars.get("new", use: newForm)
    circulars.on(.POST, body: .collect(maxSize: Self.maxUpload), use: create)
    circulars.get("inbox", use: inbox)
    circulars.get("public", use: publicList)
    circulars.get("public", ":id", use: publicShow)
    circulars.get("public", ":id", "file", use: publicFile)
    circulars.get(":id", use: show)
    circulars.get(":id", "file", use: download)
    circulars.post(":id", "acknowledge", use: acknowledge)
    circulars.post(":id", "act", use: act)
    circulars.post(":id", "remind", use: remind)
    circulars.get(":id", "relay", use: relayForm)
    circulars.on(.POST, ":id", "relay", body: .collect(maxSize: Self.maxUpload), use: relay)
    let api = routes.grouped("api", "v1", "circulars")
    api.get(use: apiPublicList)
    api.get("inbox", use: apiInbox)
    api.get(":id", use: apiShow)
  }

  // MARK: Lists

  /// The circulars the signed-in office sent (LAO accounts go to their inbox).
  func sentList(req: Request) async throws -> Response {
    let user = try req.requireUser()
    guard CircularOffice.canPost(user.policy), let office = CircularOffice.key(user.scope) else {
      return req.redirect(to: Paths.circularInbox)
    }
    let queries = CircularQueries(db: req.db)
    let paging = try req.paging(perPage: Self.perPage)
    let (rows, total) = try await queries.sent(by: office, paging: paging)
    let counts = try await queries.counts(rows.compactMap(\.id))
    let model = CircularSentModel(
      rows: rows.map { ($0, counts[$0.id ?? UUID()] ?? CircularCounts()) }, total: total,
      paging: paging.within(total: total))
    return req.page(CircularSentPage(shell: req.shell("หนังสือเวียนที่ส่ง"), model: model).html)
  }

  /// What the signed-in organization (or monitor office) received; `?show=all` lists the
  /// acknowledged ones too.
  func inbox(req: Request) async throws -> Response {
    let user = try req.requireUser()
    let (org, office) = CircularContext.viewer(user)
    guard org != nil || office != nil else {
      throw Abort(.forbidden, reason: "บัญชีนี้ไม่ได้รับหนังสือเวียน")
    }
    let showAll = (req.query[String.self, at: "show"] ?? "") == "all"
    let paging = try req.paging(perPage: Self.perPage)
    let rows = try await inboxRows(req, org: org, office: office, open: !showAll, paging: paging)
    let model = CircularInboxModel(
      rows: rows, total: rows.first?.total ?? 0, paging: paging, showAll: showAll, isOffice: org == nil,
      canPost: office != nil)
    return req.page(CircularInboxPage(shell: req.shell("หนังสือเวียนที่ได้รับ"), model: model).html)
  }

  func inboxRows(_ req: Request, org: String?, office: String?, open: Bool, paging: Paging) async throws
    -> [CircularListRow]
  {
    let queries = CircularQueries(db: req.db)
    if let org { return try await queries.inbox(org: org, open: open, paging: paging) }
    if let office { return try await queries.inbox(office: office, open: open, paging: paging) }
    return []
  }

  // MARK: One circular

  func show(req: Request) async throws -> Response {
    let context = try await CircularContext.load(req)
    if !context.canRead && context.circular.isPublic { return req.redirect(to: Paths.publicCircular(context.id)) }
    try context.requireReader()
    let format = try req.downloadFormat()
    let show = try Self.stateFilter(req)
    if !format.isEmpty {
      try context.requireTracker()
      let rows = try await CircularQueries(db: req.db).recipients(of: context.id, state: show, paging: nil)
      return try SpreadsheetDownload.make(
        format: format, sheet: "การรับทราบ", header: CircularPageModel.downloadHeader,
        rows: rows.map(CircularPageModel.downloadCells), name: "circular-acknowledgements", numeric: [])
    }
    if let user = context.user {
      let queries = CircularQueries(db: req.db)
      if let org = context.orgCode, context.receipt?.read_at == nil, context.receipt != nil {
        try await queries.markRead(context.circular, org: org, by: user.displayName, actor: .of(req))
      } else if let office = context.office, context.officeReceipt != nil, context.officeReceipt?.read_at == nil {
        try await queries.markOfficeRead(context.circular, office: office, by: user.displayName, actor: .of(req))
      }
    }
    return try await render(req, try await CircularContext.load(req), show: show)
  }

  func download(req: Request) async throws -> Response {
    let context = try await CircularContext.load(req)
    if !context.circular.isPublic { try context.requireReader() }
    return try await fileResponse(req, context.id, isPublic: context.circular.isPublic)
  }

  func acknowledge(req: Request) async throws -> Response {
    let context = try await CircularContext.load(req)
    let (user, org) = try context.requireRecipient()
    try await CircularQueries(db: req.db).acknowledge(context.circular, org: org, by: user.displayName, actor: .of(req))
    return Flash.redirect(req, to: Paths.circular(context.id), notice: "บันทึกการรับทราบแล้ว")
  }

  func act(req: Request) async throws -> Response {
    let context = try await CircularContext.load(req)
    let (user, org) = try context.requireRecipient()
    let typed = (try? req.content.get(String.self, at: "note")) ?? ""
    switch CircularRules.note(typed) {
    case .failure(let errors):
      return try await render(
        req, context, show: nil, values: ["note": typed], errors: errors, status: .unprocessableEntity)
    case .success(let note):
      try await CircularQueries(db: req.db).act(
        context.circular, org: org, note: note, by: user.displayName, actor: .of(req))
      return Flash.redirect(req, to: Paths.circular(context.id), notice: "บันทึกการดำเนินการแล้ว")
    }
  }

  func remind(req: Request) async throws -> Response {
    let context = try await CircularContext.load(req)
    try context.requireSender()
    guard let user = context.user else { throw Abort(.unauthorized, reason: "กรุณาเข้าสู่ระบบก่อน") }
    let pending = try await CircularQueries(db: req.db).unacknowledged(of: context.id)
    guard !pending.isEmpty else {
      return Flash.redirect(req, to: Paths.circular(context.id), notice: "ทุกแห่งรับทราบแล้ว ไม่มีผู้ที่ต้องเตือน")
    }
    let result = try await ReminderQueries(db: req.db).send(
      circular: context.circular, to: pending, by: user, mailer: req.application.mailer, actor: .of(req))
    var notice = "ส่งคำเตือนให้รับทราบ \(result.sent) แห่ง"
    if result.emailed > 0 { notice += " (อีเมล \(result.emailed) แห่ง)" }
    if result.skipped > 0 { notice += " ข้าม \(result.skipped) แห่งที่ได้รับคำเตือนหนังสือเวียนแล้ววันนี้ (เตือนได้วันละครั้ง)" }
    return Flash.redirect(req, to: Paths.circular(context.id), notice: notice)
  }

  // MARK: Helpers

  /// `?show=`: a recipient state ("" = all), or a Thai 400.
  static func stateFilter(_ req: Request) throws -> CircularState? {
    let raw = req.query[String.self, at: "show"] ?? ""
    if raw.isEmpty { return nil }
    guard let state = CircularState(rawValue: raw) else {
      throw Abort(.badRequest, reason: "ตัวกรองต้องเป็น unread, read, acknowledged หรือ acted")
    }
    return state
  }

  func fileResponse(_ req: Request, _ id: UUID, isPublic: Bool) async throws -> Response {
    guard let file = try await CircularQueries(db: req.db).file(of: id) else {
      throw Abort(.notFound, reason: "หนังสือเวียนนี้ไม่มีไฟล์แนบ")
    }
    let response = FileDownload.response(body: file.data, type: "application/pdf", name: file.fileName, inline: true)
    response.headers.replaceOrAdd(name: .cacheControl, value: isPublic ? "public, max-age=3600" : "private, max-age=60")
    response.headers.replaceOrAdd(name: "Content-Security-Policy", value: "sandbox; default-src 'none'")
    return response
  }

  func render(
    _ req: Request, _ context: CircularContext, show: CircularState?, values: [String: String] = [:],
    errors: FieldErrors = FieldErrors(), status: HTTPStatus = .ok
  ) async throws -> Response {
    let queries = CircularQueries(db: req.db)
    let chain = try await queries.chain(of: context.circular)
    var files: [UUID: String] = [:]
    for link in chain {
      if let id = link.id, let info = try await queries.fileInfo(of: id) {
        files[id] = "\(info.name) (\(EvidenceQueries.size(info.size)))"
      }
    }
    var model = CircularPageModel(context: context, chain: chain, files: files, values: values, errors: errors)
    if context.canTrack {
      let relays = try await queries.relays(of: context.id)
      let counts = try await queries.counts([context.id] + relays.compactMap(\.id))
      model.counts = counts[context.id] ?? CircularCounts()
      model.relays = relays.map { ($0, counts[$0.id ?? UUID()] ?? CircularCounts()) }
      let total =
        try await queries.recipients(of: context.id, state: show, paging: Paging(page: 1, perPage: 1))
        .first?.total ?? 0
      let paging = try req.paging(perPage: Self.perPage).within(total: total)
      model.show = show
      model.paging = paging
      model.recipients = try await queries.recipients(of: context.id, state: show, paging: paging)
      model.filteredTotal = total
    }
    return req.page(CircularPage(shell: req.shell(context.circular.title), model: model).html, status: status)
  }
}

extension CircularRoutes {
  /// The home page's box: nil when nothing waits (or the account receives no circulars).
  static func homeBox(_ req: Request, user: CurrentUser) async throws -> CircularHomeBox? {
    let (org, office) = CircularContext.viewer(user)
    let paging = Paging(page: 1, perPage: 5)
    let queries = CircularQueries(db: req.db)
    let rows: [CircularListRow]
    if let org {
      rows = try await queries.inbox(org: org, open: true, paging: paging)
    } else if let office {
      rows = try await queries.inbox(office: office, open: true, paging: paging)
    } else {
      return nil
    }
    guard let total = rows.first?.total, total > 0 else { return nil }
    return CircularHomeBox(rows: rows, total: total, isOffice: org == nil)
  }
}
