import Domain
import Fluent
import Vapor

/// Who is asking about which organization's announcements.
struct AnnouncementContext {
  let record: OrganizationRecord
  let user: CurrentUser?

  var code: String { record.organization.code }
  var name: String { record.organization.fullName }
  /// Drafts and signed-unpublished announcements: the organization's accounts and the
  /// monitors whose area covers it.
  var canSeeAll: Bool { user?.policy.canView(record.place) ?? false }
  var canManage: Bool { user?.policy.canManageAnnouncements(of: record.place) ?? false }

  static func load(_ req: Request) async throws -> AnnouncementContext {
    guard let raw = req.parameters.get("code"), let code = DLACode(raw) else {
      throw Abort(.notFound, reason: "รหัสองค์กรต้องเป็นตัวเลข 7 หลัก")
    }
    let record = try await OrganizationQueries(db: req.db).require(code.value)
    return AnnouncementContext(record: record, user: req.currentUser)
  }

  /// The organization's officer or executive, or 401/403.
  func requireManager() throws -> CurrentUser {
    guard let user else { throw Abort(.unauthorized, reason: "กรุณาเข้าสู่ระบบก่อน") }
    guard canManage else {
      throw Abort(.forbidden, reason: "เฉพาะเจ้าหน้าที่และผู้บริหารของ \(name) เท่านั้นที่จัดทำประกาศได้")
    }
    return user
  }

  /// Refuses an unpublished announcement to those who may not see it.
  func requireVisible(_ announcement: Announcement) throws {
    guard announcement.isPublic || canSeeAll else {
      if user == nil { throw Abort(.unauthorized, reason: "กรุณาเข้าสู่ระบบก่อน") }
      throw Abort(.forbidden, reason: "ประกาศนี้ยังไม่ได้เผยแพร่ จึงเปิดให้ดูเฉพาะ อปท. และผู้กำกับดูแลในพื้นที่")
    }
  }
}

/// The integrity announcements register (ประกาศ/มาตรการส่งเสริมคุณธรรมและความโปร่งใส).
struct AnnouncementRoutes: RouteCollection {
  static let maxUpload: ByteCount = "6mb"

  func boot(routes: any RoutesBuilder) throws {
    let list = routes.grouped("organizations", ":code", "announcements")
    list.get(use: listPage)
    list.get("new", use: newForm)
    list.post(use: create)
    list.get("report", ":fy", use: yearReport)
    list.get(":id", use: show)
    list.post(":id", use: save)
    list.get(":id", "print", use: printPage)
    list.get(":id", "print.pdf", use: pdf)
    list.on(.POST, ":id", "sign", body: .collect(maxSize: Self.maxUpload), use: sign)
    list.post(":id", "publish", use: publish)
    list.post(":id", "revise", use: revise)
    list.post(":id", "withdraw", use: withdraw)
    list.post(":id", "link", use: link)
    list.get(":id", "file", use: download)
    list.get(":id", "report", use: reportForm)
    list.post(":id", "report", use: saveReport)
    routes.get("api", "v1", "organizations", ":code", "announcements", use: apiList)
  }

  // MARK: The register

  func listPage(req: Request) async throws -> Response {
    let context = try await AnnouncementContext.load(req)
    let year = try fiscalYear(req, key: "fy")
    let queries = AnnouncementQueries(db: req.db)
    let rows = try await queries.list(organizationCode: context.code, fiscalYear: year, publicOnly: !context.canSeeAll)
    let files = try await queries.withFiles(rows.compactMap(\.id))
    var years = try await queries.years(organizationCode: context.code, publicOnly: !context.canSeeAll)
    if !years.contains(year) { years.append(year) }
    let current = FiscalYear(containing: Date()).buddhistYear
    if !years.contains(current) { years.append(current) }
    let model = AnnouncementListModel(
      code: context.code, organizationName: context.name, fiscalYear: year, years: years.sorted(by: >),
      rows: rows.map { .init($0, hasFile: $0.id.map(files.contains) ?? false) }, canManage: context.canManage,
      seesUnpublished: context.canSeeAll)
    return req.page(
      AnnouncementListPage(shell: req.shell("ประกาศมาตรการส่งเสริมคุณธรรม \(context.name)"), model: model).html)
  }

  func newForm(req: Request) async throws -> Response {
    let context = try await AnnouncementContext.load(req)
    _ = try context.requireManager()
    let year = try fiscalYear(req, key: "fy")
    var values = ["fiscalYear": String(year)]
    for kind in AnnouncementKind.standard { values[AnnouncementFormFields.kind(kind)] = "1" }
    return renderNew(req, context, values: values, errors: FieldErrors(), status: .ok)
  }

  func create(req: Request) async throws -> Response {
    let context = try await AnnouncementContext.load(req)
    _ = try context.requireManager()
    let input = try req.content.decode([String: String].self)
    var errors = FieldErrors()
    let kinds = AnnouncementKind.allCases.filter { input[AnnouncementFormFields.kind($0)] == "1" }
    if kinds.isEmpty { errors["kinds"] = "กรุณาเลือกประกาศอย่างน้อย 1 เรื่อง" }
    let year = Self.parseYear(input["fiscalYear"] ?? "")
    if year == nil { errors["fiscalYear"] = "กรุณากรอกปีงบประมาณ พ.ศ. เป็นตัวเลข 4 หลัก เช่น 2566" }
    guard let year, errors.isEmpty else {
      return renderNew(req, context, values: input, errors: errors, status: .unprocessableEntity)
    }
    let queries = AnnouncementQueries(db: req.db)
    let existing = try await queries.list(organizationCode: context.code, fiscalYear: year, publicOnly: false)
    let taken = Set(existing.filter { $0.state != .withdrawn && $0.state != .superseded }.map(\.kind))
    let wanted = kinds.filter { $0 == .other || !taken.contains($0) }
    let skipped = kinds.count - wanted.count
    let ids = try await queries.createDrafts(
      wanted, organization: context.record.organization, fiscalYear: year, actor: .of(req))
    var notice = "สร้างร่างประกาศ \(ids.count) ฉบับแล้ว"
    if skipped > 0 { notice += " (ข้าม \(skipped) เรื่องที่มีประกาศของปีนี้อยู่แล้ว)" }
    if context.record.organization.profile.executiveName == nil {
      notice += " — ยังไม่มีชื่อผู้บริหารในข้อมูลองค์กร กรุณากรอกก่อนพิมพ์เพื่อลงนาม"
    }
    let target =
      ids.count == 1 ? Paths.announcement(context.code, ids[0]) : Paths.announcements(context.code, fiscalYear: year)
    return Flash.redirect(req, to: target, notice: notice)
  }

  // MARK: One announcement

  func show(req: Request) async throws -> Response {
    let (context, announcement) = try await load(req)
    // A form sent after the session lapsed comes back as it was typed.
    let restored = context.canManage ? try await DraftQueries.take(req) : nil
    return try await render(
      req, context, announcement, values: restored ?? [:], notice: restored == nil ? nil : DraftQueries.restoredNotice)
  }

  func save(req: Request) async throws -> Response {
    let (context, announcement) = try await load(req)
    _ = try context.requireManager()
    try AnnouncementQueries.check(.edit, announcement)
    let input = try req.content.decode([String: String].self)
    switch AnnouncementRules.validateText(
      title: input["title"] ?? "", body: input["body"] ?? "", signerName: input["signerName"] ?? "",
      signerPosition: input["signerPosition"] ?? "")
    {
    case .failure(let errors):
      return try await render(req, context, announcement, values: input, errors: errors, status: .unprocessableEntity)
    case .success(let text):
      try await AnnouncementQueries(db: req.db).saveText(announcement, text, actor: .of(req))
      return Flash.redirect(
        req, to: Paths.announcement(context.code, try announcement.requireID()), notice: "บันทึกร่างประกาศแล้ว")
    }
  }

  func sign(req: Request) async throws -> Response {
    let (context, announcement) = try await load(req)
    _ = try context.requireManager()
    try AnnouncementQueries.check(.sign, announcement)
    let typed = (try? req.content.get(String.self, at: "signedOn")) ?? ""
    let values = ["signedOn": typed]
    var errors = FieldErrors()
    let date: Date?
    switch AnnouncementRules.signing(typed, now: Date()) {
    case .success(let valid): date = valid
    case .failure(let problems): date = nil; errors.merge(problems)
    }
    guard let upload = try? req.content.get(File.self, at: "file"), upload.data.readableBytes > 0 else {
      errors["file"] = "กรุณาเลือกไฟล์ประกาศที่ลงนามแล้ว (PDF, JPEG หรือ PNG)"
      return try await render(req, context, announcement, values: values, errors: errors, status: .unprocessableEntity)
    }
    var buffer = upload.data
    let bytes = buffer.readBytes(length: buffer.readableBytes) ?? []
    if bytes.count > AnnouncementQueries.maxFileBytes {
      errors["file"] = "ไฟล์ใหญ่เกิน 5 MB กรุณาสแกนด้วยความละเอียดต่ำลง"
      return try await render(req, context, announcement, values: values, errors: errors, status: .payloadTooLarge)
    }
    guard let type = AnnouncementQueries.contentType(of: bytes) else {
      errors["file"] = "แนบได้เฉพาะไฟล์ PDF, JPEG หรือ PNG (ระบบตรวจจากเนื้อไฟล์ ไม่ใช่ชื่อไฟล์)"
      return try await render(
        req, context, announcement, values: values, errors: errors, status: .unsupportedMediaType)
    }
    guard let date, errors.isEmpty else {
      return try await render(req, context, announcement, values: values, errors: errors, status: .unprocessableEntity)
    }
    let name = HeaderValue.cleanFileName(upload.filename, fallback: "ประกาศที่ลงนามแล้ว")
    try await AnnouncementQueries(db: req.db).sign(
      announcement, on: date, file: bytes, name: name, type: type, actor: .of(req))
    return Flash.redirect(
      req, to: Paths.announcement(context.code, try announcement.requireID()),
      notice: "แนบประกาศที่ลงนามแล้ว (\(name)) — กดเผยแพร่เมื่อประกาศต่อสาธารณะ")
  }

  func publish(req: Request) async throws -> Response {
    let (context, announcement) = try await load(req)
    _ = try context.requireManager()
    try AnnouncementQueries.check(.publish, announcement)
    let typed = (try? req.content.get(String.self, at: "publishedOn")) ?? ""
    switch AnnouncementRules.publishing(typed, signedOn: announcement.signedOn, now: Date()) {
    case .failure(let errors):
      return try await render(
        req, context, announcement, values: ["publishedOn": typed], errors: errors, status: .unprocessableEntity)
    case .success(let date):
      try await AnnouncementQueries(db: req.db).publish(announcement, on: date, actor: .of(req))
      return Flash.redirect(
        req, to: Paths.announcement(context.code, try announcement.requireID()), notice: "เผยแพร่ประกาศแล้ว")
    }
  }

  func revise(req: Request) async throws -> Response {
    let (context, announcement) = try await load(req)
    _ = try context.requireManager()
    let revision = try await AnnouncementQueries(db: req.db).revise(announcement, actor: .of(req))
    return Flash.redirect(
      req, to: Paths.announcement(context.code, try revision.requireID()),
      notice: "สร้างฉบับปรับปรุง (ฉบับที่ \(revision.version)) แล้ว ฉบับเดิมยังใช้อยู่จนกว่าจะเผยแพร่ฉบับนี้")
  }

  func withdraw(req: Request) async throws -> Response {
    let (context, announcement) = try await load(req)
    _ = try context.requireManager()
    try AnnouncementQueries.check(.withdraw, announcement)
    let typed = (try? req.content.get(String.self, at: "reason")) ?? ""
    switch AnnouncementRules.withdrawal(typed) {
    case .failure(let errors):
      return try await render(
        req, context, announcement, values: ["reason": typed], errors: errors, status: .unprocessableEntity)
    case .success(let reason):
      try await AnnouncementQueries(db: req.db).withdraw(announcement, reason: reason, actor: .of(req))
      return Flash.redirect(
        req, to: Paths.announcement(context.code, try announcement.requireID()), notice: "ยกเลิกประกาศแล้ว")
    }
  }

  func link(req: Request) async throws -> Response {
    let (context, announcement) = try await load(req)
    _ = try context.requireManager()
    if announcement.state == .withdrawn || announcement.state == .superseded {
      throw Abort(.conflict, reason: "ประกาศที่ถูกยกเลิกหรือมีฉบับปรับปรุงแทนแล้วเปลี่ยนโครงการที่เกี่ยวข้องไม่ได้")
    }
    let typed = ((try? req.content.get(String.self, at: "project")) ?? "").trimmingCharacters(in: .whitespaces)
    let queries = AnnouncementQueries(db: req.db)
    var project: AnnouncementProjectOption? = nil
    if !typed.isEmpty {
      guard let id = UUID(uuidString: typed), let found = try await queries.project(id, organizationCode: context.code)
      else {
        var errors = FieldErrors()
        errors["project"] = "ไม่พบโครงการนี้ในแผนของ \(context.name)"
        return try await render(
          req, context, announcement, values: ["project": typed], errors: errors, status: .unprocessableEntity)
      }
      project = found
    }
    try await queries.link(announcement, to: project, actor: .of(req))
    return Flash.redirect(
      req, to: Paths.announcement(context.code, try announcement.requireID()),
      notice: project == nil ? "ยกเลิกการเชื่อมกับโครงการแล้ว" : "เชื่อมกับ\(project?.label ?? "")แล้ว")
  }

  func download(req: Request) async throws -> Response {
    let (_, announcement) = try await load(req)
    guard let file = try await AnnouncementQueries(db: req.db).file(of: try announcement.requireID()) else {
      throw Abort(.notFound, reason: "ประกาศนี้ยังไม่มีไฟล์ที่ลงนามแล้ว")
    }
    var headers = HTTPHeaders()
    headers.replaceOrAdd(name: .contentType, value: file.contentType)
    headers.replaceOrAdd(name: .contentDisposition, value: HeaderValue.inline(fileName: file.fileName))
    headers.replaceOrAdd(
      name: .cacheControl, value: announcement.isPublic ? "public, max-age=3600" : "private, max-age=60")
    // A stored PDF or image opens as a document of this site: let it run nothing.
    headers.replaceOrAdd(
      name: "Content-Security-Policy", value: "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'")
    return Response(status: .ok, headers: headers, body: .init(data: file.data))
  }

  // MARK: Helpers

  /// The organization and the announcement named in the URL, if the asker may see it.
  func load(_ req: Request) async throws -> (AnnouncementContext, Announcement) {
    let context = try await AnnouncementContext.load(req)
    let announcement = try await AnnouncementQueries(db: req.db).require(
      req.parameters.get("id", as: UUID.self), organizationCode: context.code)
    try context.requireVisible(announcement)
    return (context, announcement)
  }

  /// `?fy=` / `?fiscalYear=`: a Buddhist-era fiscal year (default: the current one), or a Thai 400.
  func fiscalYear(_ req: Request, key: String) throws -> Int {
    let raw = (req.query[String.self, at: key] ?? "").trimmingCharacters(in: .whitespaces)
    if raw.isEmpty { return FiscalYear(containing: Date()).buddhistYear }
    guard let year = Self.parseYear(raw) else {
      throw Abort(.badRequest, reason: "ปีงบประมาณต้องเป็น พ.ศ. 4 หลัก ระหว่าง 2500 ถึง 2700 เช่น 2566")
    }
    return year
  }

  static func parseYear(_ raw: String) -> Int? {
    let text = ThaiDigits.toArabic(raw.trimmingCharacters(in: .whitespaces))
    guard text.count == 4, let year = Int(text), (AnnouncementRules.earliestYear...2700).contains(year) else {
      return nil
    }
    return year
  }

  func renderNew(
    _ req: Request, _ context: AnnouncementContext, values: [String: String], errors: FieldErrors, status: HTTPStatus
  ) -> Response {
    let profile = context.record.organization.profile
    let model = AnnouncementNewModel(
      code: context.code, organizationName: context.name, values: values, errors: errors,
      executiveName: profile.executiveName, executivePosition: profile.executivePosition,
      canEditProfile: context.user?.policy.canEditProfile(context.record.place) ?? false)
    return req.page(AnnouncementNewPage(shell: req.shell("สร้างประกาศจากแบบ"), model: model).html, status: status)
  }

  func render(
    _ req: Request, _ context: AnnouncementContext, _ announcement: Announcement, values: [String: String] = [:],
    errors: FieldErrors = FieldErrors(), notice: String? = nil, status: HTTPStatus = .ok
  ) async throws -> Response {
    let queries = AnnouncementQueries(db: req.db)
    let id = try announcement.requireID()
    let versions = try await queries.versions(of: announcement).filter { $0.isPublic || context.canSeeAll }
    let project = try await announcement.planProjectID.asyncMap {
      try await queries.project($0, organizationCode: context.code)
    }
    let options = context.canManage ? try await queries.projects(organizationCode: context.code) : []
    let report = try await queries.report(of: id, fiscalYear: announcement.fiscalYear)
    var model = AnnouncementPageModel(
      code: context.code, organizationName: context.name, announcement: announcement,
      file: try await queries.fileInfo(of: id), versions: versions, project: project ?? nil, projectOptions: options,
      reportText: report?.text, canManage: context.canManage, values: values, errors: errors)
    model.notice = notice
    return req.page(AnnouncementPage(shell: req.shell(announcement.title), model: model).html, status: status)
  }

  func renderReport(
    _ req: Request, _ context: AnnouncementContext, _ announcement: Announcement, typed: String?, errors: FieldErrors,
    status: HTTPStatus
  ) async throws -> Response {
    let saved = try await AnnouncementQueries(db: req.db).report(
      of: try announcement.requireID(), fiscalYear: announcement.fiscalYear)
    let model = AnnouncementReportModel(
      code: context.code, organizationName: context.name, announcement: announcement, text: typed ?? saved?.text ?? "",
      updatedAt: saved?.updatedAt, error: errors["text"],
      canEdit: context.canManage && AnnouncementWorkflow.allows(.report, in: announcement.state))
    return req.page(
      AnnouncementReportPage(shell: req.shell("รายงานผล " + announcement.title), model: model).html, status: status)
  }
}
