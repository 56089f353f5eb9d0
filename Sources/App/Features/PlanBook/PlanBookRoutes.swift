import Domain
import Fluent
import Vapor

/// A plan's book: the front-matter sections (written by the LAO's officer, seen by those who
/// see the organization), and the book printed or as PDF — the current draft for insiders, an
/// approved version (frozen with its book) for everyone.
struct PlanBookRoutes: RouteCollection {
  func boot(routes: any RoutesBuilder) throws {
    let book = routes.grouped("organizations", ":code", "plans", ":period", "book")
    book.get(use: bookPage)
    book.get("sections", ":section", use: editor)
    book.post("sections", ":section", use: save)
    book.get("print", use: printView)
    book.get("book.pdf", use: pdf)
  }

  func bookPage(req: Request) async throws -> Response {
    let context = try await insiderContext(req)
    let plan = try context.requirePlan()
    let written = try await PlanBookQueries(db: req.db).written(of: plan.requireID())
    let effective = try await PlanBookQueries(db: req.db).effective(context: context, plan: plan)
    let versions = try await PlanQueries(db: req.db).versions(of: plan.requireID())
    let name = context.record.organization.fullName
    let rows = PlanBookSection.allCases.map { section -> PlanBookModel.Row in
      let record = written[section]
      let state =
        record != nil ? "เขียนแล้ว" : effective[section] != nil ? "ระบบเติมจากข้อมูล" : "ยังไม่เขียน (ไม่พิมพ์)"
      return .init(
        section: section, title: section.title(organization: name), state: state, written: record != nil,
        updated: record.map { "\($0.updatedBy) \($0.updatedAt.map { ThaiCalendar.shortDateTime($0) } ?? "")" })
    }
    let model = PlanBookModel(
      code: context.code, periodCode: context.period.code, organizationName: name, periodLabel: periodLabel(context),
      statusNote: Self.statusNote(plan, context: context), canEdit: context.canEdit, rows: rows,
      years: context.years, versions: versions.map { ($0.number, $0.label) })
    return req.page(PlanBookPage(shell: req.shell("เล่มแผน \(name)"), model: model).html)
  }

  func editor(req: Request) async throws -> Response {
    let context = try await insiderContext(req)
    let plan = try context.requirePlan()
    let section = try Self.section(req)
    let restored = context.canEdit ? try await DraftQueries.take(req) : nil
    let written = try await PlanBookQueries(db: req.db).written(of: plan.requireID())[section]?.body
    let body = restored?["body"] ?? written
    return render(req, context, section, body: body, preview: nil, problem: nil)
  }

  func save(req: Request) async throws -> Response {
    let context = try await PlanContext.load(req)
    let plan = try context.requireEditable()
    let section = try Self.section(req)
    let form = try req.content.decode(PlanBookSectionForm.self)
    let body = SafeText.normalize(form.body ?? "")
    if let problem = SafeText.problem(body) {
      return render(req, context, section, body: body, preview: nil, problem: problem, status: .unprocessableEntity)
    }
    if form.action == "preview" { return render(req, context, section, body: body, preview: body, problem: nil) }
    if body == SafeText.normalize(starter(context, section)) {
      return render(
        req, context, section, body: body, preview: nil,
        problem: "ข้อความยังเป็นตัวอย่างของระบบ กรุณาแก้ไขเป็นข้อความของ อปท. ก่อนบันทึก", status: .unprocessableEntity)
    }
    let user = try req.requireUser()
    try await PlanBookQueries(db: req.db).save(
      section, body: body, plan: plan, by: user.displayName, actor: .of(req))
    return Flash.redirect(
      req, to: Paths.planBook(context.code, context.period.code),
      notice: body.isEmpty ? "ลบหัวข้อ \"\(section.shortTitle)\" ออกจากเล่มแล้ว" : "บันทึกหัวข้อ \"\(section.shortTitle)\" แล้ว")
  }

  func printView(req: Request) async throws -> Response {
    let model = try await PlanBookPrint.model(req)
    return req.page(PlanBookPrintPage(model: model).html)
  }

  func pdf(req: Request) async throws -> Response {
    var model = try await PlanBookPrint.model(req)
    model.inlineStyle = PlanBookPrint.style
    let started = Date()
    let renderer = PDFRenderer.fromEnvironment()
    // First rendering to find each heading's page, then the book with the numbers.
    let first = try await renderer.render(
      html: PlanBookPrintPage(model: model).html.render(), queue: req.application.pdfQueue)
    model.pages = PDFDestinations.pages(in: [UInt8](first))
    let data =
      model.pages.isEmpty
      ? first
      : try await renderer.render(html: PlanBookPrintPage(model: model).html.render(), queue: req.application.pdfQueue)
    req.logger.info("plan book pdf rendered", metadata: ["ms": "\(Int(Date().timeIntervalSince(started) * 1000))"])
    return FileDownload.response(
      body: data, type: "application/pdf", name: "plan-book-\(model.code)-\(model.periodCode).pdf", inline: true)
  }

  // MARK: - Helpers

  private func insiderContext(_ req: Request) async throws -> PlanContext {
    _ = try req.requireUser()
    let context = try await PlanContext.load(req)
    guard context.canSeeHistory else {
      throw Abort(
        .forbidden,
        reason: "หน้านี้สำหรับเจ้าหน้าที่ของ อปท. และผู้กำกับดูแลในพื้นที่ ประชาชนดูเล่มแผนฉบับที่อนุมัติแล้วได้จากหน้าแผนขององค์กร")
    }
    return context
  }

  private func render(
    _ req: Request, _ context: PlanContext, _ section: PlanBookSection, body: String?, preview: String?,
    problem: String?, status: HTTPStatus = .ok
  ) -> Response {
    let editable = context.canEdit && (try? context.requireEditable()) != nil
    let model = PlanBookEditorModel(
      code: context.code, periodCode: context.period.code, organizationName: context.record.organization.fullName,
      periodLabel: periodLabel(context), section: section,
      title: section.title(organization: context.record.organization.fullName),
      body: body ?? (editable ? starter(context, section) : ""), isStarter: body == nil && editable,
      canEdit: editable, preview: preview, problem: problem)
    return req.page(PlanBookEditorPage(shell: req.shell(section.shortTitle), model: model).html, status: status)
  }

  private func starter(_ context: PlanContext, _ section: PlanBookSection) -> String {
    section.starter(
      organization: context.record.organization.fullName,
      fiscalYears: "พ.ศ. \(context.period.startYear) – \(context.period.endYear)")
  }

  private func periodLabel(_ context: PlanContext) -> String {
    "พ.ศ. \(context.period.startYear) – \(context.period.endYear)"
  }

  static func statusNote(_ plan: Plan, context: PlanContext) -> String {
    switch plan.status {
    case .approved: return "แผนอนุมัติแล้ว การแก้ไขหัวข้อใดจะทำให้แผนกลับเป็นฉบับร่างเพื่อเสนอผู้บริหารอนุมัติใหม่"
    case .submitted: return "แผนอยู่ระหว่างรอผู้บริหารอนุมัติ แก้ไขเล่มแผนไม่ได้จนกว่าผู้บริหารจะส่งกลับ"
    case .draft, .returned: return "เล่มแผนเป็นส่วนหนึ่งของแผน เมื่อผู้บริหารอนุมัติ เล่มแผนจะถูกเก็บไว้พร้อมฉบับที่อนุมัติ"
    }
  }

  static func section(_ req: Request) throws -> PlanBookSection {
    guard let section = req.parameters.get("section").flatMap(PlanBookSection.init(rawValue:)) else {
      throw Abort(.notFound, reason: "ไม่พบหัวข้อนี้ในเล่มแผน")
    }
    return section
  }
}
