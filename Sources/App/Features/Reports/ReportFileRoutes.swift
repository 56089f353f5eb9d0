import Domain
import Fluent
import Vapor

/// A round report as files: the official print view, PDF, XLSX/CSV export and all-or-nothing
/// import in the columns `no,name,status,budget,disbursed,reason,note`.
struct ReportFileRoutes: RouteCollection {
  /// The print stylesheet, inlined into the page Chromium renders to PDF (read once).
  static let printStyle = (try? BundledResource.text("print.css", in: "Resources/Public/static")) ?? ""

  func boot(routes: any RoutesBuilder) throws {
    let report = routes.grouped("organizations", ":code", "reports", ":year", ":round")
    report.get("print", use: printView)
    report.get("report.pdf", use: pdf)
    report.get("export.csv") { req in try await export(req, format: "csv") }
    report.get("export.xlsx") { req in try await export(req, format: "xlsx") }
    report.get("import", use: importForm)
    report.on(.POST, "import", body: .collect(maxSize: PlanFileRoutes.maxUpload), use: importFile)
  }

  func printView(req: Request) async throws -> Response {
    let (_, model) = try await printModel(req)
    return req.page(ReportPrintPage(model: model).html)
  }

  func pdf(req: Request) async throws -> Response {
    var (context, model) = try await printModel(req)
    model.inlineStyle = Self.printStyle
    let started = Date()
    let data = try await PDFRenderer.fromEnvironment().render(
      html: ReportPrintPage(model: model).html.render(), queue: req.application.pdfQueue)
    req.logger.info("report pdf rendered", metadata: ["ms": "\(Int(Date().timeIntervalSince(started) * 1000))"])
    return FileDownload.response(body: data, type: "application/pdf", name: baseName(context) + ".pdf", inline: true)
  }

  /// The round in the import columns; `no`, `budget` and `disbursed` are numbers in Excel.
  func export(_ req: Request, format: String) async throws -> Response {
    let (context, rows) = try await exportRows(req)
    return try SpreadsheetDownload.make(
      format: format, sheet: "รายงาน \(context.year) รอบ \(context.kind.rawValue)", header: ReportImport.header,
      rows: rows, name: baseName(context), numeric: [0, 3, 4])
  }

  func importForm(req: Request) async throws -> Response {
    var context = try await ReportContext.load(req)
    _ = try await context.requireWritable(req)
    return req.page(ReportImportPage(shell: req.shell("นำเข้าผลการดำเนินงาน"), model: .init(context: context)).html)
  }

  func importFile(req: Request) async throws -> Response {
    var context = try await ReportContext.load(req)
    let report = try await context.requireWritable(req)
    guard let upload = try? req.content.get(File.self, at: "file"), upload.data.readableBytes > 0 else {
      throw Abort(.badRequest, reason: "กรุณาเลือกไฟล์ CSV หรือ XLSX")
    }
    func refuse(_ problems: [String], _ status: HTTPStatus) -> Response {
      let model = ReportImportModel(context: context, problems: problems, fileName: upload.filename)
      return req.page(ReportImportPage(shell: req.shell("นำเข้าผลการดำเนินงาน"), model: model).html, status: status)
    }
    let table: (header: [String], rows: [[String]])
    do {
      table = try SpreadsheetFile.read(upload)
    } catch let error as AbortError {
      return refuse([error.reason], error.status)
    }
    let rows = try await ReportQueries(db: req.db).rows(planID: context.planID, report: report, year: context.year)
    switch try await ReportImportQueries(db: req.db).apply(table, to: report, rows: rows, actor: .of(req)) {
    case .failure(let problems): return refuse(problems.items.map(\.description), .unprocessableEntity)
    case .success(let count):
      return Flash.redirect(
        req, to: Paths.report(context.code, context.year, context.kind.rawValue),
        notice: "นำเข้าแล้ว: บันทึก \(count) รายการ")
    }
  }

  private func printModel(_ req: Request) async throws -> (ReportContext, ReportPrintModel) {
    let context = try await ReportContext.load(req)
    let rows = try await ReportQueries(db: req.db).rows(
      planID: context.planID, report: context.report, year: context.year)
    let thai = req.query[String.self, at: "digits"] == "thai"
    return (context, ReportPrintModel(context: context, rows: rows, thaiDigits: thai))
  }

  private func exportRows(_ req: Request) async throws -> (ReportContext, [[String]]) {
    let context = try await ReportContext.load(req)
    let rows = try await ReportQueries(db: req.db).rows(
      planID: context.planID, report: context.report, year: context.year)
    return (context, rows.map { ReportImport.row(number: $0.number, name: $0.name, entry: $0.values) })
  }

  private func baseName(_ context: ReportContext) -> String {
    "report-\(context.code)-\(context.year)-\(context.kind.rawValue)"
  }

}
