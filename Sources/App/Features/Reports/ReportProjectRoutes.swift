import Domain
import Fluent
import Vapor

/// One project of a round report: the full form, its evidence files and its history.
struct ReportProjectRoutes: RouteCollection {
  func boot(routes: any RoutesBuilder) throws {
    let report = routes.grouped("organizations", ":code", "reports", ":year", ":round")
    report.get("projects", ":project", use: projectPage)
    report.post("projects", ":project", use: save)
    report.on(.POST, "projects", ":project", "evidence", body: .collect(maxSize: PlanFileRoutes.maxUpload), use: upload)
    report.get("evidence", ":file", use: download)
    report.post("evidence", ":file", "delete", use: deleteFile)
  }

  func projectPage(req: Request) async throws -> Response {
    let context = try await ReportContext.load(req)
    return try await render(req, context, row: try await row(req, context))
  }

  func save(req: Request) async throws -> Response {
    var context = try await ReportContext.load(req)
    let report = try await context.requireWritable(req)
    let row = try await row(req, context)
    let parsed = EntryForm.parse(try req.content.decode([String: String].self), rows: [row])
    if let errors = parsed.errors[row.projectID] {
      return try await render(
        req, context, row: row, typed: parsed.typed[row.projectID], errors: errors, status: .unprocessableEntity)
    }
    let outcomes = try await ReportQueries(db: req.db).saveEntries(parsed.changes, in: report, actor: .of(req))
    if case .conflict(let current, _) = outcomes[row.projectID] {
      return try await render(
        req, context, row: try await self.row(req, context), typed: parsed.typed[row.projectID],
        problem:
          "มีผู้อื่นบันทึกโครงการนี้ก่อน (\(current.statusLabel), เบิกจ่าย \(current.disbursed.formatted) บาท) ระบบยังไม่ได้บันทึกค่าที่คุณพิมพ์ซึ่งยังอยู่ในแบบฟอร์ม กดบันทึกอีกครั้งหากต้องการใช้ค่าของคุณ",
        status: .conflict)
    }
    return Flash.redirect(
      req, to: Paths.report(context.code, context.year, context.kind.rawValue),
      notice: "บันทึกผลโครงการลำดับ \(row.number) แล้ว")
  }

  func upload(req: Request) async throws -> Response {
    var context = try await ReportContext.load(req)
    let report = try await context.requireWritable(req)
    let row = try await row(req, context)
    guard let file = try? req.content.get(File.self, at: "file"), file.data.readableBytes > 0 else {
      return try await render(req, context, row: row, problem: "กรุณาเลือกไฟล์รูปภาพหรือ PDF", status: .badRequest)
    }
    var buffer = file.data
    let bytes = buffer.readBytes(length: buffer.readableBytes) ?? []
    guard bytes.count <= EvidenceQueries.maxBytes else {
      return try await render(
        req, context, row: row, problem: "ไฟล์ใหญ่เกิน 5 MB กรุณาย่อรูปหรือแยกไฟล์", status: .payloadTooLarge)
    }
    guard let type = EvidenceQueries.contentType(of: bytes) else {
      return try await render(
        req, context, row: row, problem: "แนบได้เฉพาะรูปภาพ JPEG, PNG, WebP หรือไฟล์ PDF", status: .unsupportedMediaType)
    }
    let queries = EvidenceQueries(db: req.db)
    guard try await queries.count(report: report.requireID(), project: row.projectID) < EvidenceQueries.maxPerProject
    else {
      return try await render(
        req, context, row: row, problem: "แนบได้ไม่เกิน \(EvidenceQueries.maxPerProject) ไฟล์ต่อโครงการ",
        status: .unprocessableEntity)
    }
    let name = HeaderValue.cleanFileName(file.filename, fallback: "หลักฐาน")
    try await queries.add(bytes, name: name, type: type, report: report, project: row.projectID, actor: .of(req))
    return Flash.redirect(req, to: projectPath(context, row.projectID), notice: "แนบไฟล์ \(name) แล้ว")
  }

  func download(req: Request) async throws -> Response {
    let context = try await ReportContext.load(req)
    guard let report = context.report else { throw Abort(.notFound, reason: "ไม่พบไฟล์หลักฐานนี้") }
    let file = try await EvidenceQueries(db: req.db).require(
      req.parameters.get("file", as: UUID.self), report: report.requireID())
    var headers = HTTPHeaders()
    headers.replaceOrAdd(name: .contentType, value: file.contentType)
    headers.replaceOrAdd(name: .contentDisposition, value: HeaderValue.inline(fileName: file.fileName))
    headers.replaceOrAdd(name: .cacheControl, value: "private, max-age=86400")
    // A stored PDF or image opens as a document of this site: let it run nothing.
    headers.replaceOrAdd(
      name: "Content-Security-Policy", value: "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'")
    return Response(status: .ok, headers: headers, body: .init(data: file.data))
  }

  func deleteFile(req: Request) async throws -> Response {
    var context = try await ReportContext.load(req)
    let report = try await context.requireWritable(req)
    let queries = EvidenceQueries(db: req.db)
    let file = try await queries.require(req.parameters.get("file", as: UUID.self), report: report.requireID())
    try await queries.delete(file, report: report, actor: .of(req))
    return Flash.redirect(req, to: projectPath(context, file.projectID), notice: "ลบไฟล์ \(file.fileName) แล้ว")
  }

  private func projectPath(_ context: ReportContext, _ id: UUID) -> String {
    Paths.report(context.code, context.year, context.kind.rawValue) + "/projects/\(id.uuidString)"
  }

  /// The counted project named in the URL, or a Thai 404.
  private func row(_ req: Request, _ context: ReportContext) async throws -> ReportRow {
    let id = req.parameters.get("project", as: UUID.self)
    let rows = try await ReportQueries(db: req.db).rows(
      planID: context.planID, report: context.report, year: context.year)
    guard let row = rows.first(where: { $0.projectID == id }) else {
      throw Abort(.notFound, reason: "ไม่พบโครงการนี้ในรายงานรอบนี้ (อาจถูกลบจากแผน หรือไม่นับในปีงบประมาณนี้)")
    }
    return row
  }

  private func render(
    _ req: Request, _ context: ReportContext, row: ReportRow, typed: [String: String]? = nil,
    errors: FieldErrors = FieldErrors(), problem: String? = nil, status: HTTPStatus = .ok
  ) async throws -> Response {
    var files: [ReportEvidence] = []
    var history: [AuditEvent] = []
    if let report = context.report {
      files = try await EvidenceQueries(db: req.db).list(report: report.requireID(), project: row.projectID)
      history = try await ReportQueries(db: req.db).entryHistory(of: report, project: row.projectID)
    }
    let project = try await PlanQueries(db: req.db).project(row.projectID, in: context.requirePlanID())
    let model = ReportProjectModel(
      context: context, row: row, project: project.snapshot(), typed: typed, errors: errors, files: files,
      history: history, problem: problem)
    return req.page(ReportProjectPage(shell: req.shell(row.name), model: model).html, status: status)
  }
}
