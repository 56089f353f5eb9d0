import Domain
import Fluent
import Vapor

/// An organization's corruption-risk register per fiscal year: its own officer and executive
/// write risks, follow them up and publish the register (a frozen copy each time); everyone
/// reads the latest published copy, and monitors see the working register of their area.
struct RiskRoutes: RouteCollection {
  func boot(routes: any RoutesBuilder) throws {
    let register = routes.grouped("organizations", ":code", "risks")
    register.get(use: years)
    register.get(":year", use: registerPage)
    register.post(":year", use: add)
    register.get(":year", "items", ":id", use: itemPage)
    register.post(":year", "items", ":id", use: update)
    register.post(":year", "items", ":id", "delete", use: delete)
    register.post(":year", "publish", use: publish)
    register.get(":year", "print", use: printView)
    register.get(":year", "register.pdf", use: pdf)
    routes.get("api", "v1", "organizations", ":code", "risks", ":year", use: api)
  }

  func years(req: Request) async throws -> Response {
    let record = try await OrganizationQueries(db: req.db).require(try ItaRoutes.code(req))
    let insider = req.currentUser?.policy.canView(record.place) ?? false
    let years = try await RiskQueries(db: req.db).years(code: record.organization.code, publishedOnly: !insider)
    let current = FiscalYear(containing: Date()).buddhistYear
    let model = RiskYearsModel(
      code: record.organization.code, name: record.organization.fullName,
      years: insider ? Array(Set(years + [current])).sorted(by: >) : years)
    return req.page(
      RiskYearsPage(shell: req.shell("ทะเบียนความเสี่ยง \(record.organization.fullName)"), model: model).html)
  }

  func registerPage(req: Request) async throws -> Response {
    try await render(req, try await RiskContext.load(req), editing: nil, values: [:], errors: FieldErrors())
  }

  func itemPage(req: Request) async throws -> Response {
    let context = try await RiskContext.load(req)
    try context.requireEditor(req)
    let item = try await RiskQueries(db: req.db).item(req.parameters.get("id", as: UUID.self), in: context.register)
    return try await render(req, context, editing: item.id, values: item.formValues, errors: FieldErrors())
  }

  func add(req: Request) async throws -> Response {
    let context = try await RiskContext.load(req)
    try context.requireEditor(req)
    let form = try req.content.decode(RiskForm.self)
    switch try await parse(req, context, form) {
    case .failure(let errors):
      return try await render(
        req, context, editing: nil, values: form.values, errors: errors, status: .unprocessableEntity)
    case .success(let (input, project, announcement)):
      try await RiskQueries(db: req.db).add(
        input, project: project, announcement: announcement, code: context.code, year: context.year, actor: .of(req))
      return Flash.redirect(req, to: Paths.riskRegister(context.code, context.year), notice: "เพิ่มความเสี่ยงแล้ว")
    }
  }

  func update(req: Request) async throws -> Response {
    let context = try await RiskContext.load(req)
    try context.requireEditor(req)
    let item = try await RiskQueries(db: req.db).item(req.parameters.get("id", as: UUID.self), in: context.register)
    let form = try req.content.decode(RiskForm.self)
    switch try await parse(req, context, form) {
    case .failure(let errors):
      return try await render(
        req, context, editing: item.id, values: form.values, errors: errors, status: .unprocessableEntity)
    case .success(let (input, project, announcement)):
      guard let register = context.register else { throw Abort(.notFound, reason: "ไม่พบทะเบียนความเสี่ยง") }
      try await RiskQueries(db: req.db).update(
        item, input, project: project, announcement: announcement, register: register, actor: .of(req))
      return Flash.redirect(
        req, to: Paths.riskRegister(context.code, context.year), notice: "บันทึกความเสี่ยงที่ \(item.number) แล้ว")
    }
  }

  func delete(req: Request) async throws -> Response {
    let context = try await RiskContext.load(req)
    try context.requireEditor(req)
    let item = try await RiskQueries(db: req.db).item(req.parameters.get("id", as: UUID.self), in: context.register)
    guard let register = context.register else { throw Abort(.notFound, reason: "ไม่พบทะเบียนความเสี่ยง") }
    try await RiskQueries(db: req.db).delete(item, register: register, actor: .of(req))
    return Flash.redirect(
      req, to: Paths.riskRegister(context.code, context.year), notice: "ลบความเสี่ยงที่ \(item.number) แล้ว")
  }

  func publish(req: Request) async throws -> Response {
    let context = try await RiskContext.load(req)
    try context.requireEditor(req)
    let items = try await RiskQueries(db: req.db).items(of: context.register)
    guard let register = context.register, !items.isEmpty else {
      throw Abort(.conflict, reason: "ยังไม่มีความเสี่ยงในทะเบียน กรุณาเพิ่มความเสี่ยงก่อนเผยแพร่")
    }
    guard register.changedSinceCopy || register.copies == 0 else {
      throw Abort(.conflict, reason: "ทะเบียนไม่มีการแก้ไขตั้งแต่เผยแพร่ครั้งล่าสุด (ฉบับที่ \(register.copies))")
    }
    let copy = RiskCopy(
      organizationName: context.name, fiscalYear: context.year, items: try await context.workingItems(req, items: items)
    )
    let number = try await RiskQueries(db: req.db).publish(
      register, copy: copy, by: try req.requireUser().displayName, actor: .of(req))
    return Flash.redirect(
      req, to: Paths.riskRegister(context.code, context.year),
      notice: "เผยแพร่ทะเบียนความเสี่ยงแล้ว (ฉบับเผยแพร่ครั้งที่ \(number))")
  }

  func printView(req: Request) async throws -> Response {
    req.page(RiskPrintPage(model: try await printModel(req)).html)
  }

  func pdf(req: Request) async throws -> Response {
    var model = try await printModel(req)
    model.inlineStyle = ReportFileRoutes.printStyle
    let data = try await PDFRenderer.fromEnvironment().render(
      html: RiskPrintPage(model: model).html.render(), queue: req.application.pdfQueue)
    return FileDownload.response(
      body: data, type: "application/pdf", name: "risk-register-\(model.code)-\(model.year).pdf", inline: true)
  }

  func api(req: Request) async throws -> RiskRegisterDTO {
    let context = try await RiskContext.load(req)
    guard let (record, copy) = try await context.copy(req, number: nil) else {
      throw Abort(.notFound, reason: "\(context.name) ยังไม่เผยแพร่ทะเบียนความเสี่ยงปีงบประมาณ \(context.year)")
    }
    return RiskRegisterDTO(record: record, copy: copy)
  }

  // MARK: - Helpers

  private func parse(_ req: Request, _ context: RiskContext, _ form: RiskForm) async throws -> Result<
    (RiskInput, UUID?, UUID?), FieldErrors
  > {
    let (projects, announcements) = try await context.links(req)
    var errors = FieldErrors()
    func link(_ name: String, _ text: String?, _ options: [(id: UUID, label: String)]) -> UUID? {
      guard let text, !text.isEmpty else { return nil }
      guard let id = UUID(uuidString: text), options.contains(where: { $0.id == id }) else {
        errors[name] = "กรุณาเลือกจากรายการ"
        return nil
      }
      return id
    }
    let project = link("project_id", form.project_id, projects)
    let announcement = link("announcement_id", form.announcement_id, announcements)
    switch RiskInput.parse(form.values) {
    case .failure(let problems):
      errors.merge(problems)
      return .failure(errors)
    case .success(let input):
      return errors.isEmpty ? .success((input, project, announcement)) : .failure(errors)
    }
  }

  /// The register page: insiders see the working register (editors with its form), everyone
  /// else the latest published copy.
  private func render(
    _ req: Request, _ context: RiskContext, editing: UUID?, values: [String: String], errors: FieldErrors,
    status: HTTPStatus = .ok
  ) async throws -> Response {
    let copies = try await RiskQueries(db: req.db).copies(code: context.code, year: context.year)
    let items: [RiskCopy.Item]
    var ids: [UUID] = []
    if context.insider {
      let working = try await RiskQueries(db: req.db).items(of: context.register)
      items = try await context.workingItems(req, items: working)
      ids = working.compactMap(\.id)
    } else {
      guard let (_, copy) = try await context.copy(req, number: nil) else {
        throw Abort(.notFound, reason: "\(context.name) ยังไม่เผยแพร่ทะเบียนความเสี่ยงปีงบประมาณ \(context.year)")
      }
      items = copy.items
    }
    let (projects, announcements) = context.canEdit ? try await context.links(req) : ([], [])
    let model = RiskRegisterModel(
      code: context.code, name: context.name, year: context.year, insider: context.insider, canEdit: context.canEdit,
      items: items, ids: ids, copies: copies.map { ($0.number, $0.publishedAt, $0.publishedBy) },
      changedSinceCopy: context.register?.changedSinceCopy ?? false, projects: projects, announcements: announcements,
      editing: editing, values: values, errors: errors)
    return req.page(
      RiskRegisterPage(shell: req.shell("ทะเบียนความเสี่ยง ปี \(context.year)"), model: model).html, status: status)
  }

  private func printModel(_ req: Request) async throws -> RiskPrintModel {
    let context = try await RiskContext.load(req)
    let asked = try req.query[String.self, at: "copy"].map { text -> Int in
      guard Paging.isIntegerText(text), let number = Int(text) else {
        throw Abort(.badRequest, reason: "เลขฉบับต้องเป็นตัวเลข")
      }
      return number
    }
    if asked == nil, context.insider {
      let items = try await context.workingItems(
        req, items: try await RiskQueries(db: req.db).items(of: context.register))
      return RiskPrintModel(
        context: context, items: items, copyLine: "ฉบับทำงาน (ยังไม่เผยแพร่ฉบับนี้) พิมพ์เมื่อ \(ThaiCalendar.longDate(Date()))")
    }
    guard let (record, copy) = try await context.copy(req, number: asked) else {
      throw Abort(.notFound, reason: "ไม่พบทะเบียนความเสี่ยงฉบับที่เผยแพร่ของปีงบประมาณ \(context.year)")
    }
    return RiskPrintModel(
      context: context, items: copy.items,
      copyLine:
        "ฉบับเผยแพร่ครั้งที่ \(record.number) เมื่อ \(ThaiCalendar.longDate(record.publishedAt)) โดย \(record.publishedBy)")
  }
}
