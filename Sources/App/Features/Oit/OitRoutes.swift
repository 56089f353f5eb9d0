import Domain
import Fluent
import Vapor

/// An organization's OIT (แบบตรวจการเปิดเผยข้อมูลสาธารณะ) for a fiscal year: the public page
/// of what it published, and the workspace where its officers assign owners, attach evidence
/// and move items to เผยแพร่แล้ว, its executive reviews, and anyone inside prints the
/// assignment memo.
struct OitRoutes: RouteCollection {
  func boot(routes: any RoutesBuilder) throws {
    routes.get("organizations", ":code", "oit", use: latest)
    let oit = routes.grouped("organizations", ":code", "oit", ":year")
    oit.get(use: publicPage)
    oit.get("workspace", use: workspace)
    oit.get("owners", use: ownersForm)
    oit.post("owners", use: saveOwners)
    oit.get("items", ":item", use: itemPage)
    oit.post("items", ":item", use: saveItem)
    oit.post("items", ":item", "links", use: addLink)
    oit.post("items", ":item", "texts", use: addText)
    oit.on(.POST, "items", ":item", "files", body: .collect(maxSize: PlanFileRoutes.maxUpload), use: addFile)
    oit.get("evidence", ":evidence", use: download)
    oit.post("evidence", ":evidence", "delete", use: deleteEvidence)
    oit.get("memo", use: memo)
    oit.get("memo.pdf", use: memoPDF)
    oit.post("check-links", use: checkLinks)
    oit.post("review", use: review)
  }

  /// A fiscal year in a path (2500–2700), or a Thai 404.
  static func year(_ raw: String?) throws -> Int {
    guard let raw, let year = Int(ThaiDigits.toArabic(raw)), (2500...2700).contains(year) else {
      throw Abort(.notFound, reason: "ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2566")
    }
    return year
  }

  /// `/organizations/{code}/oit`: the current fiscal year's page, or the latest checklist's.
  func latest(req: Request) async throws -> Response {
    guard let code = req.parameters.get("code").flatMap(DLACode.init)?.value else {
      throw Abort(.notFound, reason: "รหัสองค์กรต้องเป็นตัวเลข 7 หลัก")
    }
    let record = try await OrganizationQueries(db: req.db).require(code)
    let years = try await OitChecklistQueries(db: req.db).years().map(\.fiscal_year)
    let current = FiscalYear(containing: Date()).buddhistYear
    guard let year = years.contains(current) ? current : years.first(where: { $0 < current }) ?? years.first else {
      throw Abort(.notFound, reason: "ยังไม่มีแบบตรวจ OIT ในระบบ")
    }
    // Its own accounts and monitors land in the workspace; everyone else on the public page.
    let inside = req.currentUser?.policy.canView(record.place) ?? false
    return req.redirect(to: inside ? Paths.oitWorkspace(code, year) : Paths.oit(code, year))
  }

  func publicPage(req: Request) async throws -> Response {
    let context = try await OitContext.load(req)
    let statuses = try await context.statuses(req.db)
    let years = try await OitChecklistQueries(db: req.db).years().map(\.fiscal_year)
    let model = OitPublicModel(context: context, statuses: statuses, years: years)
    return req.page(OitPublicPage(shell: req.shell(model.title), model: model).html)
  }

  func workspace(req: Request) async throws -> Response {
    let context = try await OitContext.load(req)
    try context.requireWorkspace()
    let statuses = try await context.statuses(req.db)
    let review = try await OitQueries(db: req.db).review(context.code, context.year)
    let model = OitWorkspaceModel(context: context, statuses: statuses, review: review)
    return req.page(OitWorkspacePage(shell: req.shell(model.title), model: model).html)
  }

  // MARK: owners of every item in one form

  func ownersForm(req: Request) async throws -> Response {
    let context = try await OitContext.load(req)
    try context.requireEditor()
    return try await renderOwners(req, context, values: [:], errors: [:], status: .ok)
  }

  func saveOwners(req: Request) async throws -> Response {
    let context = try await OitContext.load(req)
    try context.requireEditor()
    let form = try req.content.decode([String: String].self)
    let accounts = try await UserQueries(db: req.db).users(of: context.code)
    let entries = try await OitQueries(db: req.db).entries(context.code, context.year)
    var changes: [(String, OitEntryChange)] = []
    var errors: [String: FieldErrors] = [:]
    for item in context.checklist.items {
      // An item the request does not mention keeps its owner (a form of another checklist version).
      let keys = ["owner_user_", "owner_name_", "owner_position_", "due_date_"].map { $0 + item.code }
      guard keys.contains(where: { form[$0] != nil }) else { continue }
      let entry = entries[item.code]
      let fields = [
        "owner_name": form["owner_name_\(item.code)"] ?? "",
        "owner_position": form["owner_position_\(item.code)"] ?? "",
        "due_date": form["due_date_\(item.code)"] ?? "", "note": entry?.note ?? "",
      ]
      switch OitAssignment.parse(fields, keepingState: entry?.itemState ?? .notStarted) {
      case .failure(let problems): errors[item.code] = problems
      case .success(let assignment):
        var change = try owner(assignment, account: form["owner_user_\(item.code)"], accounts: accounts)
        change.state = entry?.itemState ?? .notStarted
        let unchanged =
          entry.map {
            $0.owner_user_id == change.ownerUserID && $0.owner_name == change.ownerName
              && $0.owner_position == change.ownerPosition && $0.due_date == change.dueDate
          }
          ?? (change.ownerUserID == nil && change.ownerName.isEmpty && change.ownerPosition.isEmpty
            && change.dueDate == nil)
        if !unchanged { changes.append((item.code, change)) }
      }
    }
    guard errors.isEmpty else {
      return try await renderOwners(req, context, values: form, errors: errors, status: .unprocessableEntity)
    }
    try await OitQueries(db: req.db).save(
      changes.map { (item: $0.0, change: $0.1) }, code: context.code, year: context.year, actor: .of(req))
    return Flash.redirect(
      req, to: Paths.oitWorkspace(context.code, context.year), notice: "บันทึกผู้รับผิดชอบแล้ว \(changes.count) ข้อ")
  }

  private func renderOwners(
    _ req: Request, _ context: OitContext, values: [String: String], errors: [String: FieldErrors], status: HTTPStatus
  ) async throws -> Response {
    let entries = try await OitQueries(db: req.db).entries(context.code, context.year)
    let accounts = try await UserQueries(db: req.db).users(of: context.code).filter { !$0.isDisabled }
    let model = OitOwnersModel(
      context: context, entries: entries,
      accounts: accounts.compactMap { user in
        user.id.map { (id: $0, label: user.displayName + (user.position.map { " (\($0))" } ?? "")) }
      }, values: values, errors: errors)
    return req.page(OitOwnersPage(shell: req.shell(model.title), model: model).html, status: status)
  }

  /// An account chosen from the organization's own (its name and position filled from it),
  /// or the typed name and position.
  private func owner(_ assignment: OitAssignment, account: String?, accounts: [User]) throws -> OitEntryChange {
    var change = OitEntryChange(
      state: assignment.state, ownerUserID: nil, ownerName: assignment.ownerName,
      ownerPosition: assignment.ownerPosition, dueDate: assignment.dueDate, note: assignment.note)
    if let account, !account.isEmpty {
      guard let id = UUID(uuidString: account), let user = accounts.first(where: { $0.id == id }) else {
        throw Abort(.unprocessableEntity, reason: "ผู้รับผิดชอบต้องเป็นบัญชีของหน่วยงานนี้")
      }
      change.ownerUserID = id
      if change.ownerName.isEmpty { change.ownerName = user.displayName }
      if change.ownerPosition.isEmpty { change.ownerPosition = user.position ?? "" }
    }
    return change
  }

  // MARK: one item

  func itemPage(req: Request) async throws -> Response {
    let context = try await OitContext.load(req)
    try context.requireWorkspace()
    let item = try context.item(req.parameters.get("item"))
    return try await renderItem(req, context, item, values: [:], errors: FieldErrors(), status: .ok)
  }

  func saveItem(req: Request) async throws -> Response {
    let context = try await OitContext.load(req)
    try context.requireEditor()
    let item = try context.item(req.parameters.get("item"))
    let status = try await itemStatus(req, context, item)
    // A field the request leaves out keeps its value (a script may send only the state).
    var form = Self.fields(status.entry)
    form.merge(try req.content.decode([String: String].self)) { _, sent in sent }
    switch OitAssignment.parse(form, keepingState: status.state) {
    case .failure(let errors):
      return try await renderItem(req, context, item, values: form, errors: errors, status: .unprocessableEntity)
    case .success(let assignment):
      let accounts = try await UserQueries(db: req.db).users(of: context.code)
      let change = try owner(assignment, account: form["owner_user"], accounts: accounts)
      if let refusal = OitWorkflow.refusal(
        from: status.state, to: change.state, role: context.user?.role ?? .laoOfficer, hasEvidence: status.hasEvidence)
      {
        var errors = FieldErrors()
        errors["state"] = refusal
        return try await renderItem(req, context, item, values: form, errors: errors, status: .conflict)
      }
      try await OitQueries(db: req.db).save(
        change, code: context.code, year: context.year, item: item.code, actor: .of(req))
      return Flash.redirect(
        req, to: Paths.oitItem(context.code, context.year, item.code), notice: "บันทึกข้อ \(item.code) แล้ว")
    }
  }

  func addLink(req: Request) async throws -> Response {
    let (context, item) = try await editable(req)
    let link = (try? req.content.get(String.self, at: "url")) ?? ""
    if let problem = OitEvidenceLink.problem(link) {
      var errors = FieldErrors()
      errors["url"] = problem
      return try await renderItem(
        req, context, item, values: ["url": link], errors: errors, status: .unprocessableEntity)
    }
    try await OitQueries(db: req.db).add(
      .link(OitEvidenceLink.trimmed(link)), code: context.code, year: context.year, item: item.code, actor: .of(req))
    return Flash.redirect(req, to: Paths.oitItem(context.code, context.year, item.code), notice: "เพิ่มลิงก์แล้ว")
  }

  func addText(req: Request) async throws -> Response {
    let (context, item) = try await editable(req)
    let text = ((try? req.content.get(String.self, at: "body")) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    guard !text.isEmpty, text.count <= OitQueries.maxTextLength else {
      var errors = FieldErrors()
      errors["body"] = text.isEmpty ? "กรุณากรอกข้อความ" : "ข้อความยาวได้ไม่เกิน 5,000 ตัวอักษร"
      return try await renderItem(
        req, context, item, values: ["body": text], errors: errors, status: .unprocessableEntity)
    }
    try await OitQueries(db: req.db).add(
      .text(text), code: context.code, year: context.year, item: item.code, actor: .of(req))
    return Flash.redirect(req, to: Paths.oitItem(context.code, context.year, item.code), notice: "เพิ่มข้อความแล้ว")
  }

  func addFile(req: Request) async throws -> Response {
    let (context, item) = try await editable(req)
    func refuse(_ message: String, _ status: HTTPStatus) async throws -> Response {
      var errors = FieldErrors()
      errors["file"] = message
      return try await renderItem(req, context, item, values: [:], errors: errors, status: status)
    }
    guard let file = try? req.content.get(File.self, at: "file"), file.data.readableBytes > 0 else {
      return try await refuse("กรุณาเลือกไฟล์รูปภาพหรือ PDF", .badRequest)
    }
    var buffer = file.data
    let bytes = buffer.readBytes(length: buffer.readableBytes) ?? []
    guard bytes.count <= EvidenceQueries.maxBytes else {
      return try await refuse("ไฟล์ใหญ่เกิน 5 MB กรุณาย่อรูปหรือแยกไฟล์", .payloadTooLarge)
    }
    guard let type = EvidenceQueries.contentType(of: bytes) else {
      return try await refuse("แนบได้เฉพาะรูปภาพ JPEG, PNG, WebP หรือไฟล์ PDF", .unsupportedMediaType)
    }
    let name = HeaderValue.cleanFileName(file.filename, fallback: "หลักฐาน OIT")
    try await OitQueries(db: req.db).add(
      .file(name: name, type: type, bytes: bytes), code: context.code, year: context.year, item: item.code,
      actor: .of(req))
    return Flash.redirect(req, to: Paths.oitItem(context.code, context.year, item.code), notice: "แนบไฟล์ \(name) แล้ว")
  }

  /// A file is public once its item is published; before that only insiders open it.
  func download(req: Request) async throws -> Response {
    let context = try await OitContext.load(req)
    let queries = OitQueries(db: req.db)
    let evidence = try await queries.require(
      req.parameters.get("evidence", as: UUID.self), code: context.code, year: context.year)
    let state = try await queries.entries(context.code, context.year)[evidence.item_code]?.itemState
    guard context.canSeeWorkspace || state == .published else {
      throw Abort(.notFound, reason: "ไม่พบหลักฐานนี้")
    }
    guard evidence.evidenceKind == .file, let data = try await queries.fileData(evidence.id) else {
      throw Abort(.notFound, reason: "ไม่พบไฟล์หลักฐานนี้")
    }
    var headers = HTTPHeaders()
    headers.replaceOrAdd(name: .contentType, value: evidence.content_type ?? "application/octet-stream")
    headers.replaceOrAdd(
      name: .contentDisposition, value: HeaderValue.inline(fileName: evidence.file_name ?? "evidence"))
    headers.replaceOrAdd(
      name: .cacheControl, value: state == .published ? "public, max-age=3600" : "private, max-age=600")
    headers.replaceOrAdd(
      name: "Content-Security-Policy", value: "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'")
    return Response(status: .ok, headers: headers, body: .init(data: data))
  }

  func deleteEvidence(req: Request) async throws -> Response {
    let context = try await OitContext.load(req)
    try context.requireEditor()
    let queries = OitQueries(db: req.db)
    let evidence = try await queries.require(
      req.parameters.get("evidence", as: UUID.self), code: context.code, year: context.year)
    // An item no longer in the checklist keeps its state: it is not shown anywhere.
    var lastOne = false
    if let item = try? context.item(evidence.item_code) {
      let status = try await itemStatus(req, context, item)
      lastOne = status.evidence.count == 1 && !status.supplied.contains { $0.url != nil }
    }
    try await queries.delete(evidence, code: context.code, year: context.year, lastOne: lastOne, actor: .of(req))
    return Flash.redirect(req, to: Paths.oitItem(context.code, context.year, evidence.item_code), notice: "ลบหลักฐานแล้ว")
  }

  /// An entry as the item form's fields.
  static func fields(_ entry: OitEntryRow?) -> [String: String] {
    guard let entry else { return [:] }
    return [
      "state": entry.state, "owner_user": entry.owner_user_id?.uuidString ?? "", "owner_name": entry.owner_name,
      "owner_position": entry.owner_position, "due_date": entry.due_date.map { ThaiCalendar.numericDate($0) } ?? "",
      "note": entry.note,
    ]
  }

  private func editable(_ req: Request) async throws -> (OitContext, OitItem) {
    let context = try await OitContext.load(req)
    try context.requireEditor()
    return (context, try context.item(req.parameters.get("item")))
  }

  private func itemStatus(_ req: Request, _ context: OitContext, _ item: OitItem) async throws -> OitItemStatus {
    let entry = try await OitQueries(db: req.db).entries(context.code, context.year)[item.code]
    let evidence = try await OitQueries(db: req.db).evidence(context.code, context.year, item: item.code)
    let supplied = try await OitSourceQueries(db: req.db).supplied(
      context.code, context.year, sources: Set(item.sources))
    return OitItemStatus(
      item: item, entry: entry, evidence: evidence, supplied: item.sources.flatMap { supplied[$0] ?? [] })
  }

  private func renderItem(
    _ req: Request, _ context: OitContext, _ item: OitItem, values: [String: String], errors: FieldErrors,
    status: HTTPStatus
  ) async throws -> Response {
    let itemStatus = try await itemStatus(req, context, item)
    let accounts = try await UserQueries(db: req.db).users(of: context.code).filter { !$0.isDisabled }
    let model = OitItemModel(
      context: context, status: itemStatus,
      accounts: accounts.compactMap { user in
        user.id.map { (id: $0, label: user.displayName + (user.position.map { " (\($0))" } ?? "")) }
      }, values: values, errors: errors)
    return req.page(OitItemPage(shell: req.shell(model.title), model: model).html, status: status)
  }

  // MARK: memo, link check, review

  func memo(req: Request) async throws -> Response {
    req.page(OitMemoPage(model: try await memoModel(req)).html)
  }

  func memoPDF(req: Request) async throws -> Response {
    var model = try await memoModel(req)
    model.inlineStyle = ReportFileRoutes.printStyle
    let data = try await PDFRenderer.fromEnvironment().render(
      html: OitMemoPage(model: model).html.render(), queue: req.application.pdfQueue)
    return FileDownload.response(
      body: data, type: "application/pdf", name: "oit-memo-\(model.code)-\(model.year).pdf", inline: true)
  }

  private func memoModel(_ req: Request) async throws -> OitMemoModel {
    let context = try await OitContext.load(req)
    try context.requireWorkspace()
    let entries = try await OitQueries(db: req.db).entries(context.code, context.year)
    let thai = req.query[String.self, at: "digits"] != "arabic"
    return OitMemoModel(context: context, entries: entries, thaiDigits: thai, date: Date())
  }

  func checkLinks(req: Request) async throws -> Response {
    let context = try await OitContext.load(req)
    try context.requireEditor()
    let links = try await OitQueries(db: req.db).evidence(context.code, context.year).filter {
      $0.evidenceKind == .url && $0.url != nil
    }.prefix(OitLinkChecker.maxLinks)
    let checker = OitLinkChecker(
      client: req.application.linkCheckClient, allowsPrivate: req.application.config.linkCheckAllowsPrivate)
    var broken = 0
    // A few at a time: a slow LAO website must not hold the whole check for long.
    try await withThrowingTaskGroup(of: (UUID, OitLinkChecker.Outcome).self) { group in
      var pending = Array(links).makeIterator()
      func next() {
        guard let link = pending.next(), let url = link.url else { return }
        group.addTask { (link.id, await checker.check(url)) }
      }
      for _ in 0..<4 { next() }
      while let (id, outcome) = try await group.next() {
        if !outcome.reachable { broken += 1 }
        try await OitQueries(db: req.db).setLinkResult(id, status: outcome.status, problem: outcome.problem)
        next()
      }
    }
    let notice =
      links.isEmpty
      ? "ยังไม่มีลิงก์หลักฐานให้ตรวจ"
      : broken == 0 ? "ตรวจลิงก์แล้ว \(links.count) ลิงก์ เปิดได้ทั้งหมด" : "ตรวจลิงก์แล้ว \(links.count) ลิงก์ เปิดไม่ได้ \(broken) ลิงก์"
    return Flash.redirect(req, to: Paths.oitWorkspace(context.code, context.year) + "#links", notice: notice)
  }

  func review(req: Request) async throws -> Response {
    let context = try await OitContext.load(req)
    try context.requireWorkspace()
    guard context.canReview else {
      throw Abort(.forbidden, reason: "เฉพาะผู้บริหารของ\(context.name) เท่านั้นที่ตรวจรับรองแบบตรวจ OIT ได้")
    }
    let statuses = try await context.statuses(req.db)
    let published = statuses.filter { $0.state == .published }.count
    if let refusal = OitWorkflow.reviewRefusal(items: statuses.count, published: published) {
      throw Abort(.conflict, reason: refusal)
    }
    try await OitQueries(db: req.db).markReviewed(
      context.code, context.year, items: statuses.count, published: published, actor: .of(req))
    return Flash.redirect(req, to: Paths.oitWorkspace(context.code, context.year), notice: "ตรวจรับรองแบบตรวจ OIT แล้ว")
  }
}
