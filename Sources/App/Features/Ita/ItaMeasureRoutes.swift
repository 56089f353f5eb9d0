import Domain
import Fluent
import Vapor

/// An organization's ITA improvement measures (its own officer and executive edit them, everyone
/// reads them) and the printed analysis with its measures.
extension ItaRoutes {
  struct MeasureContext {
    let record: OrganizationRecord
    let year: Int
    let canEdit: Bool
    let projects: [(id: UUID, label: String)]
    let announcements: [(id: UUID, label: String)]
    var code: String { record.organization.code }
  }

  /// The organization's announcements a measure of `year` may point to: that year's and the
  /// next (measures set after a year's results are carried out in the following year). Those
  /// never published only for people who may see the organization's drafts.
  static func announcements(_ req: Request, _ record: OrganizationRecord, year: Int) async throws
    -> [(id: UUID, label: String)]
  {
    let insider = req.currentUser?.policy.canView(record.place) ?? false
    var options: [(id: UUID, label: String)] = []
    for fiscalYear in [year, year + 1] {
      for announcement in try await AnnouncementQueries(db: req.db).list(
        organizationCode: record.organization.code, fiscalYear: fiscalYear, publicOnly: !insider)
      {
        if let id = announcement.id { options.append((id, "\(announcement.title) (ปี \(fiscalYear))")) }
      }
    }
    return options
  }

  func measureContext(_ req: Request) async throws -> MeasureContext {
    let record = try await OrganizationQueries(db: req.db).require(try Self.code(req))
    let year = try Self.year(req)
    let projects = try await ItaQueries(db: req.db).projects(code: record.organization.code, fiscalYear: year)
    return MeasureContext(
      record: record, year: year, canEdit: req.currentUser?.policy.canEditItaMeasures(of: record.place) ?? false,
      projects: projects, announcements: try await Self.announcements(req, record, year: year))
  }

  func requireEditor(_ req: Request, _ context: MeasureContext) throws {
    _ = try req.requireUser()
    guard context.canEdit else {
      throw Abort(.forbidden, reason: "เฉพาะเจ้าหน้าที่และผู้บริหารของ อปท. นี้เท่านั้นที่แก้ไขมาตรการได้")
    }
  }

  func renderMeasures(
    _ req: Request, _ context: MeasureContext, editing: ItaMeasure?, values: [String: String], errors: FieldErrors,
    status: HTTPStatus = .ok
  ) async throws -> Response {
    let measures = try await ItaQueries(db: req.db).measures(code: context.code, fiscalYear: context.year)
    let model = ItaMeasuresModel(
      code: context.code, name: context.record.organization.fullName, year: context.year, canEdit: context.canEdit,
      measures: measures.map { .init($0, projects: context.projects, announcements: context.announcements) },
      projects: context.projects, announcements: context.announcements,
      editing: editing?.id, values: values, errors: errors)
    return req.page(
      ItaMeasuresPage(shell: req.shell("มาตรการยกระดับ ITA ปี \(context.year)"), model: model).html, status: status)
  }

  func measuresPage(req: Request) async throws -> Response {
    let context = try await measureContext(req)
    return try await renderMeasures(req, context, editing: nil, values: [:], errors: FieldErrors())
  }

  func measurePage(req: Request) async throws -> Response {
    let context = try await measureContext(req)
    try requireEditor(req, context)
    let measure = try await ItaQueries(db: req.db).measure(
      req.parameters.get("id", as: UUID.self), code: context.code, fiscalYear: context.year)
    return try await renderMeasures(req, context, editing: measure, values: measure.formValues, errors: FieldErrors())
  }

  func addMeasure(req: Request) async throws -> Response {
    let context = try await measureContext(req)
    try requireEditor(req, context)
    return try await saveMeasure(req, context, existing: nil)
  }

  func updateMeasure(req: Request) async throws -> Response {
    let context = try await measureContext(req)
    try requireEditor(req, context)
    let measure = try await ItaQueries(db: req.db).measure(
      req.parameters.get("id", as: UUID.self), code: context.code, fiscalYear: context.year)
    return try await saveMeasure(req, context, existing: measure)
  }

  func saveMeasure(_ req: Request, _ context: MeasureContext, existing: ItaMeasure?) async throws -> Response {
    let form = (try? req.content.decode([String: String].self)) ?? [:]
    switch ItaMeasureInput.parse(
      form, projects: Set(context.projects.map(\.id)), announcements: Set(context.announcements.map(\.id)))
    {
    case .failure(let errors):
      return try await renderMeasures(
        req, context, editing: existing, values: form, errors: errors, status: .unprocessableEntity)
    case .success(let input):
      try await ItaQueries(db: req.db).saveMeasure(
        input, existing: existing, code: context.code, fiscalYear: context.year, actor: .of(req))
      return Flash.redirect(
        req, to: Paths.itaMeasures(context.code, context.year),
        notice: existing == nil ? "เพิ่มมาตรการแล้ว" : "บันทึกมาตรการแล้ว")
    }
  }

  func deleteMeasure(req: Request) async throws -> Response {
    let context = try await measureContext(req)
    try requireEditor(req, context)
    let measure = try await ItaQueries(db: req.db).measure(
      req.parameters.get("id", as: UUID.self), code: context.code, fiscalYear: context.year)
    try await ItaQueries(db: req.db).deleteMeasure(measure, actor: .of(req))
    return Flash.redirect(req, to: Paths.itaMeasures(context.code, context.year), notice: "ลบมาตรการแล้ว")
  }

  func printModel(_ req: Request) async throws -> ItaPrintModel {
    let context = try await measureContext(req)
    let queries = ItaQueries(db: req.db)
    let weights = try await queries.weights(context.year)
    guard let row = try await queries.result(code: context.code, fiscalYear: context.year) else {
      throw Abort(.notFound, reason: "ยังไม่มีผลการประเมิน ITA ปีงบประมาณ \(context.year) ของหน่วยงานนี้")
    }
    let measures = try await queries.measures(code: context.code, fiscalYear: context.year)
    let thaiDigits = req.query[String.self, at: "digits"] == "thai"
    return ItaPrintModel(
      code: context.code, name: context.record.organization.fullName, year: context.year, weights: weights, row: row,
      measures: measures.map {
        .init($0, projects: context.projects, announcements: context.announcements, thaiDigits: thaiDigits)
      }, thaiDigits: thaiDigits)
  }

  func printPage(req: Request) async throws -> Response {
    req.page(ItaPrintPage(model: try await printModel(req)).html)
  }

  /// The print page as PDF (Chromium, as the report's PDF); 503 in Thai without it.
  func printPDF(req: Request) async throws -> Response {
    var model = try await printModel(req)
    model.inlineStyle = ReportFileRoutes.printStyle
    let data = try await PDFRenderer.fromEnvironment().render(
      html: ItaPrintPage(model: model).html.render(), queue: req.application.pdfQueue)
    return FileDownload.response(
      body: data, type: "application/pdf", name: "ita-\(model.code)-\(model.year).pdf", inline: true)
  }
}
