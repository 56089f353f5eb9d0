import Domain
import Fluent
import Vapor

/// The plan as files: print view, CSV/XLSX export, and all-or-nothing import.
struct PlanFileRoutes: RouteCollection {
  static let maxUpload: ByteCount = "10mb"

  func boot(routes: any RoutesBuilder) throws {
    let plan = routes.grouped("organizations", ":code", "plans", ":period")
    plan.get("print", use: printView)
    plan.get("export.csv", use: exportCSV)
    plan.get("export.xlsx", use: exportXLSX)
    plan.get("import", use: importForm)
    plan.on(.POST, "import", body: .collect(maxSize: Self.maxUpload), use: importFile)
  }

  func printView(req: Request) async throws -> Response {
    let context = try await PlanContext.load(req)
    let plan = try context.requirePlan()
    let projects = try await PlanQueries(db: req.db).snapshots(of: plan.requireID())
    let versions = try await PlanQueries(db: req.db).versions(of: plan.requireID())
    let model = PlanPrintModel(context: context, plan: plan, projects: projects, latest: versions.last)
    return req.page(PlanPrintPage(model: model).html)
  }

  func exportCSV(req: Request) async throws -> Response {
    let (context, table) = try await exportTable(req)
    let body = CSVTable.render(header: table.header, rows: table.rows)
    return FileDownload.response(body: Data(body.utf8), type: "text/csv; charset=utf-8", name: fileName(context, "csv"))
  }

  func exportXLSX(req: Request) async throws -> Response {
    let (context, table) = try await exportTable(req)
    let numeric = Set(table.header.indices.filter { table.header[$0].hasPrefix("budget_") || $0 == 0 || $0 == 3 })
    let data = try XLSXWriter.workbook(
      sheetName: "แผน \(context.period.code)", header: table.header, rows: table.rows, numeric: numeric)
    return FileDownload.response(
      body: data, type: FileDownload.xlsxType,
      name: fileName(context, "xlsx"))
  }

  func importForm(req: Request) async throws -> Response {
    let context = try await PlanContext.load(req)
    _ = try context.requireEditable()
    let model = PlanImportModel(context: context, problems: [], fileName: nil)
    return req.page(PlanImportPage(shell: req.shell("นำเข้าแผนจากไฟล์"), model: model).html)
  }

  func importFile(req: Request) async throws -> Response {
    let context = try await PlanContext.load(req)
    let plan = try context.requireEditable()
    guard let upload = try? req.content.get(File.self, at: "file"), upload.data.readableBytes > 0 else {
      throw Abort(.badRequest, reason: "กรุณาเลือกไฟล์ CSV หรือ XLSX")
    }
    let rows: (header: [String], rows: [[String]])
    do {
      rows = try SpreadsheetFile.read(upload)
    } catch let error as AbortError {
      let model = PlanImportModel(context: context, problems: [error.reason], fileName: upload.filename)
      return req.page(PlanImportPage(shell: req.shell("นำเข้าแผนจากไฟล์"), model: model).html, status: error.status)
    }
    switch PlanImport.parse(header: rows.header, rows: rows.rows, framework: context.outline) {
    case .failure(let problems):
      let model = PlanImportModel(
        context: context, problems: problems.items.map(\.description), fileName: upload.filename)
      return req.page(
        PlanImportPage(shell: req.shell("นำเข้าแผนจากไฟล์"), model: model).html, status: .unprocessableEntity)
    case .success(let projects):
      let summary = try await PlanImportQueries(db: req.db).replaceProjects(
        of: plan, with: projects, columns: PlanImport.columns(in: rows.header), years: context.years, actor: .of(req))
      return Flash.redirect(req, to: Paths.plan(context.code, context.period.code), notice: "นำเข้าแล้ว: \(summary.thai)")
    }
  }

  private func exportTable(_ req: Request) async throws -> (PlanContext, (header: [String], rows: [[String]])) {
    let context = try await PlanContext.load(req)
    let plan = try context.requirePlan()
    let projects = try await PlanQueries(db: req.db).snapshots(of: plan.requireID())
    return (
      context, (PlanImport.header(years: context.years), projects.map { PlanImport.row($0, years: context.years) })
    )
  }

  private func fileName(_ context: PlanContext, _ ext: String) -> String {
    "plan-\(context.code)-\(context.period.code).\(ext)"
  }

}

/// Turns an uploaded CSV (UTF-8 with or without BOM, or Thai Windows-874) or XLSX into rows.
enum SpreadsheetFile {
  static func read(_ file: File) throws -> (header: [String], rows: [[String]]) {
    var buffer = file.data
    let bytes = buffer.readBytes(length: buffer.readableBytes) ?? []
    let name = file.filename.lowercased()
    if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
      guard let rows = try? XLSXReader.rows(from: Data(bytes)), let header = rows.first else {
        throw Abort(.unprocessableEntity, reason: "อ่านไฟล์ Excel ไม่ได้ กรุณาบันทึกเป็น .xlsx ใหม่ หรือบันทึกเป็น CSV")
      }
      return (header, Array(rows.dropFirst()))
    }
    let looksBinary =
      bytes.prefix(4096).contains(0) || name.hasSuffix(".xls") || name.hasSuffix(".pdf") || name.hasSuffix(".docx")
    guard !looksBinary else {
      throw Abort(
        .unsupportedMediaType, reason: "ไฟล์ต้องเป็น CSV หรือ XLSX (ไฟล์ .xls แบบเก่า กรุณาเปิดใน Excel แล้วบันทึกเป็น .xlsx)")
    }
    let table = CSVTable(parsing: ThaiText.decode(bytes))
    guard !table.header.isEmpty else { throw Abort(.unprocessableEntity, reason: "ไฟล์ว่างเปล่า") }
    return (table.header, table.rows)
  }
}
