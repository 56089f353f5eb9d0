import Domain
import Fluent
import Vapor

/// `/admin/oit`: national admins keep each fiscal year's OIT checklist — start a year from a
/// copy of another, import it from CSV/XLSX (all-or-nothing, Thai row problems), edit, add and
/// remove items, and mark it checked against the year's ITA manual. Exports read back unchanged.
struct OitChecklistRoutes: RouteCollection {
  func boot(routes: any RoutesBuilder) throws {
    routes.get("admin", "oit", use: years)
    routes.post("admin", "oit", use: createYear)
    let year = routes.grouped("admin", "oit", ":year")
    year.get(use: checklist)
    year.get("export.csv") { req in try await export(req, format: "csv") }
    year.get("export.xlsx") { req in try await export(req, format: "xlsx") }
    year.on(.POST, "import", body: .collect(maxSize: PlanFileRoutes.maxUpload), use: importFile)
    year.post("template", use: setTemplate)
    year.get("items", "new", use: newItem)
    year.post("items", "new", use: addItem)
    year.get("items", ":item", use: editItem)
    year.post("items", ":item", use: saveItem)
    year.post("items", ":item", "delete", use: deleteItem)
  }

  func years(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    return try await renderYears(req, values: [:], errors: FieldErrors(), status: .ok)
  }

  private func renderYears(_ req: Request, values: [String: String], errors: FieldErrors, status: HTTPStatus)
    async throws -> Response
  {
    let years = try await OitChecklistQueries(db: req.db).years()
    let model = OitChecklistYearsModel(years: years, values: values, errors: errors)
    return req.page(OitChecklistYearsPage(shell: req.shell("แบบตรวจ OIT รายปี"), model: model).html, status: status)
  }

  /// A new year: a copy of another year's checklist (edit it afterwards), or empty for an import.
  func createYear(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    let form = try req.content.decode([String: String].self)
    let queries = OitChecklistQueries(db: req.db)
    let existing = Set(try await queries.years().map(\.fiscal_year))
    var errors = FieldErrors()
    let year = Int(ThaiDigits.toArabic(form["year"] ?? "").trimmingCharacters(in: .whitespaces))
    if year == nil || !(2500...2700).contains(year ?? 0) {
      errors["year"] = "ปีงบประมาณต้องเป็นปี พ.ศ. 2500–2700"
    } else if let year, existing.contains(year) {
      errors["year"] = "มีแบบตรวจปี \(year) แล้ว"
    }
    let from = Int(form["copy_from"] ?? "")
    if let from, !existing.contains(from) { errors["copy_from"] = "ไม่มีแบบตรวจปี \(from) ให้คัดลอก" }
    guard errors.isEmpty, let year else {
      return try await renderYears(req, values: form, errors: errors, status: .unprocessableEntity)
    }
    let items = try await from.asyncMap { try await queries.require($0).items } ?? []
    try await queries.insert(
      year: year, items: items, template: true,
      note: from.map { "คัดลอกจากแบบตรวจปี \($0) ต้องปรับให้ตรงกับคู่มือ ITA ปี \(year)" } ?? "", actor: .of(req))
    return Flash.redirect(
      req, to: Paths.oitChecklist(year),
      notice: from.map { "สร้างแบบตรวจปี \(year) จากปี \($0) แล้ว \(items.count) ข้อ" } ?? "สร้างแบบตรวจปี \(year) แล้ว")
  }

  func checklist(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    return try await renderChecklist(req, problems: [], fileName: nil, status: .ok)
  }

  private func renderChecklist(_ req: Request, problems: [String], fileName: String?, status: HTTPStatus)
    async throws -> Response
  {
    let record = try await OitChecklistQueries(db: req.db).require(try OitRoutes.year(req.parameters.get("year")))
    let model = OitChecklistModel(record: record, problems: problems, fileName: fileName)
    return req.page(OitChecklistPage(shell: req.shell(model.title), model: model).html, status: status)
  }

  func export(_ req: Request, format: String) async throws -> Response {
    _ = try req.requireNationalAdmin()
    let record = try await OitChecklistQueries(db: req.db).require(try OitRoutes.year(req.parameters.get("year")))
    return try SpreadsheetDownload.make(
      format: format, sheet: "OIT \(record.year)", header: OitChecklist.header,
      rows: record.items.map(OitChecklist.row), name: "oit-checklist-\(record.year)", numeric: [0])
  }

  func importFile(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    let year = try OitRoutes.year(req.parameters.get("year"))
    _ = try await OitChecklistQueries(db: req.db).require(year)
    guard let upload = try? req.content.get(File.self, at: "file"), upload.data.readableBytes > 0 else {
      return try await renderChecklist(
        req, problems: ["กรุณาเลือกไฟล์ CSV หรือ XLSX"], fileName: nil, status: .badRequest)
    }
    let table: (header: [String], rows: [[String]])
    do {
      table = try SpreadsheetFile.read(upload)
    } catch let error as AbortError {
      return try await renderChecklist(req, problems: [error.reason], fileName: upload.filename, status: error.status)
    }
    switch OitChecklist.parse(header: table.header, rows: table.rows) {
    case .failure(let problems):
      return try await renderChecklist(
        req, problems: problems.items.map(\.description), fileName: upload.filename, status: .unprocessableEntity)
    case .success(let items):
      try await OitChecklistQueries(db: req.db).replace(
        year: year, items: items, actor: AuditActor.of(req), action: "นำเข้าแบบตรวจ OIT")
      return Flash.redirect(req, to: Paths.oitChecklist(year), notice: "นำเข้าแบบตรวจปี \(year) แล้ว \(items.count) ข้อ")
    }
  }

  func setTemplate(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    let year = try OitRoutes.year(req.parameters.get("year"))
    let template = (try? req.content.get(String.self, at: "template")) == "1"
    try await OitChecklistQueries(db: req.db).setTemplate(template, year: year, actor: .of(req))
    return Flash.redirect(
      req, to: Paths.oitChecklist(year),
      notice: template ? "กำหนดเป็นแบบตั้งต้นแล้ว" : "รับรองว่าแบบตรวจปี \(year) ตรงกับคู่มือ ITA แล้ว")
  }

  func newItem(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    let record = try await OitChecklistQueries(db: req.db).require(try OitRoutes.year(req.parameters.get("year")))
    return renderItem(req, record: record, code: nil, values: [:], errors: FieldErrors(), status: .ok)
  }

  func editItem(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    let record = try await OitChecklistQueries(db: req.db).require(try OitRoutes.year(req.parameters.get("year")))
    let item = try item(req, record)
    return renderItem(
      req, record: record, code: item.code, values: Self.fields(item), errors: FieldErrors(), status: .ok)
  }

  func addItem(req: Request) async throws -> Response { try await save(req, editing: false) }
  func saveItem(req: Request) async throws -> Response { try await save(req, editing: true) }

  private func save(_ req: Request, editing: Bool) async throws -> Response {
    _ = try req.requireNationalAdmin()
    let record = try await OitChecklistQueries(db: req.db).require(try OitRoutes.year(req.parameters.get("year")))
    let code = editing ? try item(req, record).code : nil
    var form = try req.content.decode([String: String].self)
    if let code { form["code"] = code }
    switch OitChecklist.item(from: form) {
    case .failure(let errors):
      return renderItem(req, record: record, code: code, values: form, errors: errors, status: .unprocessableEntity)
    case .success(let item):
      if code == nil, record.items.contains(where: { $0.code == item.code }) {
        var errors = FieldErrors()
        errors["code"] = "มีข้อ \(item.code) ในแบบตรวจปีนี้แล้ว"
        return renderItem(req, record: record, code: nil, values: form, errors: errors, status: .unprocessableEntity)
      }
      try await OitChecklistQueries(db: req.db).save(item, year: record.year, replacing: code, actor: .of(req))
      return Flash.redirect(req, to: Paths.oitChecklist(record.year), notice: "บันทึกข้อ \(item.code) แล้ว")
    }
  }

  func deleteItem(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    let record = try await OitChecklistQueries(db: req.db).require(try OitRoutes.year(req.parameters.get("year")))
    let item = try item(req, record)
    try await OitChecklistQueries(db: req.db).delete(code: item.code, year: record.year, actor: .of(req))
    return Flash.redirect(req, to: Paths.oitChecklist(record.year), notice: "ลบข้อ \(item.code) แล้ว")
  }

  private func item(_ req: Request, _ record: OitChecklistRecord) throws -> OitItem {
    guard let code = req.parameters.get("item").flatMap(OitChecklist.normalizedCode),
      let item = record.items.first(where: { $0.code == code })
    else { throw Abort(.notFound, reason: "ไม่พบข้อนี้ในแบบตรวจปี \(record.year)") }
    return item
  }

  static func fields(_ item: OitItem) -> [String: String] {
    Dictionary(uniqueKeysWithValues: zip(OitChecklist.header, OitChecklist.row(item)))
  }

  private func renderItem(
    _ req: Request, record: OitChecklistRecord, code: String?, values: [String: String], errors: FieldErrors,
    status: HTTPStatus
  ) -> Response {
    let model = OitChecklistItemModel(year: record.year, code: code, values: values, errors: errors)
    return req.page(OitChecklistItemPage(shell: req.shell(model.title), model: model).html, status: status)
  }
}
