import Domain
import Fluent
import Vapor

/// An announcement's print and PDF, the yearly report and the JSON list.
extension AnnouncementRoutes {
  // MARK: Print

  func printPage(req: Request) async throws -> Response {
    let (context, announcement) = try await load(req)
    return req.page(AnnouncementPrintPage(model: try printModel(context, announcement)).html)
  }

  func pdf(req: Request) async throws -> Response {
    let (context, announcement) = try await load(req)
    var model = try printModel(context, announcement)
    model.inlineStyle = AnnouncementPrintPage.style
    let data = try await PDFRenderer.fromEnvironment().render(
      html: AnnouncementPrintPage(model: model).html.render(), queue: req.application.pdfQueue)
    return FileDownload.response(
      body: data, type: "application/pdf",
      name:
        "announcement-\(context.code)-\(announcement.fiscalYear)-\(announcement.kindKey)-v\(announcement.version).pdf",
      inline: true)
  }

  func printModel(_ context: AnnouncementContext, _ announcement: Announcement) throws -> AnnouncementPrintModel {
    AnnouncementPrintModel(
      path: Paths.announcement(context.code, try announcement.requireID()), organization: context.name,
      announcement: announcement)
  }

  // MARK: Yearly report

  func reportForm(req: Request) async throws -> Response {
    let (context, announcement) = try await load(req)
    let restored = context.canManage ? try await DraftQueries.take(req) : nil
    return try await renderReport(
      req, context, announcement, typed: restored?["text"], errors: FieldErrors(), status: .ok)
  }

  func saveReport(req: Request) async throws -> Response {
    let (context, announcement) = try await load(req)
    _ = try context.requireManager()
    try AnnouncementQueries.check(.report, announcement)
    let typed = (try? req.content.get(String.self, at: "text")) ?? ""
    switch AnnouncementRules.report(typed) {
    case .failure(let errors):
      return try await renderReport(
        req, context, announcement, typed: typed, errors: errors, status: .unprocessableEntity)
    case .success(let text):
      try await AnnouncementQueries(db: req.db).saveReport(
        announcement, fiscalYear: announcement.fiscalYear, text: text, actor: .of(req))
      return Flash.redirect(
        req, to: Paths.announcementAction(context.code, try announcement.requireID(), "report"),
        notice: "บันทึกรายงานผลแล้ว")
    }
  }

  func yearReport(req: Request) async throws -> Response {
    let context = try await AnnouncementContext.load(req)
    guard let year = Self.parseYear(req.parameters.get("fy") ?? "") else {
      throw Abort(.notFound, reason: "ปีงบประมาณต้องเป็น พ.ศ. 4 หลัก เช่น 2566")
    }
    let queries = AnnouncementQueries(db: req.db)
    let rows = try await queries.list(organizationCode: context.code, fiscalYear: year, publicOnly: true)
      .filter { $0.state == .published }
    let reports = try await queries.reports(of: rows.compactMap(\.id), fiscalYear: year)
    let model = AnnouncementYearReportModel(
      code: context.code, organization: context.name, fiscalYear: year,
      items: rows.map { row in (row, row.id.flatMap { reports[$0] } ?? "") },
      executive: context.record.organization.profile)
    return req.page(AnnouncementYearReportPage(model: model).html)
  }

  // MARK: API

  func apiList(req: Request) async throws -> AnnouncementListJSON {
    let context = try await AnnouncementContext.load(req)
    let year = try fiscalYear(req, key: "fiscalYear")
    let queries = AnnouncementQueries(db: req.db)
    let rows = try await queries.list(organizationCode: context.code, fiscalYear: year, publicOnly: !context.canSeeAll)
    let files = try await queries.withFiles(rows.compactMap(\.id))
    return AnnouncementListJSON(
      organizationCode: context.code, fiscalYear: year, includesUnpublished: context.canSeeAll,
      items: try rows.map { try AnnouncementJSON($0, hasFile: $0.id.map(files.contains) ?? false) })
  }
}
