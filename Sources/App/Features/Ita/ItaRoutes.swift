import Domain
import Fluent
import Vapor

/// ITA results: national admins enter and import them (`/admin/ita`), everyone reads an
/// organization's (`/organizations/{code}/ita`, the API), its officer and executive set
/// improvement measures, and monitors see their area's figures (`…/ita` under a dashboard).
struct ItaRoutes: RouteCollection {
  static let maxUpload: ByteCount = "20mb"
  static let perPage = 100

  func boot(routes: any RoutesBuilder) throws {
    routes.get("admin", "ita", use: adminYears)
    routes.get("admin", "ita", ":year", use: adminYear)
    routes.post("admin", "ita", ":year", "weights", use: saveWeights)
    routes.on(.POST, "admin", "ita", ":year", "import", body: .collect(maxSize: Self.maxUpload), use: importFile)
    routes.get("admin", "ita", ":year", "organizations", ":code", use: resultForm)
    routes.post("admin", "ita", ":year", "organizations", ":code", use: saveResult)

    routes.get("organizations", ":code", "ita", use: organizationPage)
    routes.get("organizations", ":code", "ita", ":year", "measures", use: measuresPage)
    routes.post("organizations", ":code", "ita", ":year", "measures", use: addMeasure)
    routes.get("organizations", ":code", "ita", ":year", "measures", ":id", use: measurePage)
    routes.post("organizations", ":code", "ita", ":year", "measures", ":id", use: updateMeasure)
    routes.post("organizations", ":code", "ita", ":year", "measures", ":id", "delete", use: deleteMeasure)
    routes.get("organizations", ":code", "ita", ":year", "print", use: printPage)
    routes.get("organizations", ":code", "ita", ":year", "ita.pdf", use: printPDF)

    routes.get("api", "v1", "organizations", ":code", "ita", use: apiHistory)
    routes.get("api", "v1", "organizations", ":code", "ita", ":year", use: apiResult)

    for (path, area) in OversightArea.routes(suffix: "ita") {
      routes.get(path) { req in try await dashboard(req, area(req)) }
    }
  }

  // MARK: Parameters

  static func year(_ req: Request, _ name: String = "year") throws -> Int {
    let raw = req.parameters.get(name) ?? ""
    guard let year = FiscalYear.parse(typed: raw) else {
      throw Abort(.notFound, reason: "ปีงบประมาณต้องเป็นปี พ.ศ. 4 หลัก (2500–2700)")
    }
    return year
  }

  static func code(_ req: Request) throws -> String {
    guard let raw = req.parameters.get("code"), let code = DLACode(raw) else {
      throw Abort(.notFound, reason: "รหัสองค์กรต้องเป็นตัวเลข 7 หลัก")
    }
    return code.value
  }

  // MARK: Admin

  func adminYears(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    if let typed = req.query[String.self, at: "fy"], !typed.isEmpty {
      guard let year = FiscalYear.parse(typed: typed) else {
        let years = try await ItaQueries(db: req.db).years()
        let page = ItaAdminYearsPage(
          shell: req.shell("ผลการประเมิน ITA"), years: years, typed: typed,
          error: "ปีงบประมาณต้องเป็นปี พ.ศ. 4 หลัก เช่น 2565")
        return req.page(page.html, status: .badRequest)
      }
      return req.redirect(to: Paths.itaAdminYear(year))
    }
    let years = try await ItaQueries(db: req.db).years()
    return req.page(ItaAdminYearsPage(shell: req.shell("ผลการประเมิน ITA"), years: years, typed: "", error: nil).html)
  }

  func adminYear(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    let year = try Self.year(req)
    if let typed = req.query[String.self, at: "code"], !typed.isEmpty {
      guard typed.count <= 20, let code = DLACode(typed) else {
        throw Abort(.badRequest, reason: "รหัสองค์กรต้องเป็นตัวเลข 7 หลัก")
      }
      return req.redirect(to: Paths.itaAdminOrganization(year, code.value))
    }
    return try await renderYear(req, year: year, weightValues: nil, weightErrors: FieldErrors())
  }

  private func renderYear(
    _ req: Request, year: Int, weightValues: [String: String]?, weightErrors: FieldErrors,
    problems: [String] = [], fileName: String? = nil, status: HTTPStatus = .ok
  ) async throws -> Response {
    let queries = ItaQueries(db: req.db)
    let weights = try await queries.weights(year)
    let search = String((req.query[String.self, at: "q"] ?? "").prefix(100))
    let found = try await queries.results(
      fiscalYear: year, search: search, paging: try req.paging(perPage: Self.perPage))
    let values =
      weightValues ?? [
        "iit": Percent(hundredths: weights.iit).trimmed, "eit": Percent(hundredths: weights.eit).trimmed,
        "oit": Percent(hundredths: weights.oit).trimmed,
      ]
    let model = ItaAdminYearModel(
      year: year, weights: weights, values: values, errors: weightErrors, search: search,
      rows: found.items.map { ItaAdminYearModel.Row($0, weights: weights) }, total: found.total, paging: found.paging,
      problems: problems, fileName: fileName)
    return req.page(ItaAdminYearPage(shell: req.shell("ผล ITA ปีงบประมาณ \(year)"), model: model).html, status: status)
  }

  func saveWeights(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    let year = try Self.year(req)
    let form = (try? req.content.decode([String: String].self)) ?? [:]
    switch ItaWeights.parse(iit: form["iit"] ?? "", eit: form["eit"] ?? "", oit: form["oit"] ?? "") {
    case .failure(let errors):
      return try await renderYear(
        req, year: year, weightValues: form, weightErrors: errors, status: .unprocessableEntity)
    case .success(let weights):
      try await ItaQueries(db: req.db).setWeights(year, weights, actor: .of(req))
      return Flash.redirect(
        req, to: Paths.itaAdminYear(year), notice: "บันทึกน้ำหนักแล้ว (\(weights.text)) และคำนวณคะแนนรวมของปีนี้ใหม่")
    }
  }

  func importFile(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    let year = try Self.year(req)
    guard let upload = try? req.content.get(File.self, at: "file"), upload.data.readableBytes > 0 else {
      return try await renderYear(
        req, year: year, weightValues: nil, weightErrors: FieldErrors(), problems: ["กรุณาเลือกไฟล์ CSV หรือ XLSX"],
        status: .badRequest)
    }
    let name = HeaderValue.cleanFileName(upload.filename, fallback: "ita.csv")
    let table: (header: [String], rows: [[String]])
    do {
      table = try SpreadsheetFile.read(upload)
    } catch let error as AbortError {
      return try await renderYear(
        req, year: year, weightValues: nil, weightErrors: FieldErrors(), problems: [error.reason], fileName: name,
        status: error.status)
    }
    do {
      let count = try await ItaImportRunner.run(table, fiscalYear: year, db: req.db, actor: .of(req))
      return Flash.redirect(req, to: Paths.itaAdminYear(year), notice: ItaImportRunner.done(year, count))
    } catch let problems as ImportProblems {
      return try await renderYear(
        req, year: year, weightValues: nil, weightErrors: FieldErrors(), problems: problems.items.map(\.description),
        fileName: name, status: .unprocessableEntity)
    }
  }

  func resultForm(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    let year = try Self.year(req)
    let record = try await OrganizationQueries(db: req.db).require(try Self.code(req))
    let row = try await ItaQueries(db: req.db).result(code: record.organization.code, fiscalYear: year)
    var values: [String: String] = [:]
    if let row {
      for number in ItaIndicator.numbers { values["i\(number)"] = row.scores[number].map(ItaScore.text) ?? "" }
      values["iit_respondents"] = row.iit_respondents.map(String.init) ?? ""
      values["eit_respondents"] = row.eit_respondents.map(String.init) ?? ""
    }
    return try await renderForm(req, year: year, record: record, values: values, errors: FieldErrors(), status: .ok)
  }

  private func renderForm(
    _ req: Request, year: Int, record: OrganizationRecord, values: [String: String], errors: FieldErrors,
    status: HTTPStatus
  ) async throws -> Response {
    let weights = try await ItaQueries(db: req.db).weights(year)
    let model = ItaResultFormModel(
      year: year, code: record.organization.code, name: record.organization.fullName, weights: weights,
      values: values, errors: errors)
    return req.page(
      ItaResultFormPage(shell: req.shell("ผล ITA \(record.organization.fullName) ปี \(year)"), model: model).html,
      status: status)
  }

  func saveResult(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    let year = try Self.year(req)
    let record = try await OrganizationQueries(db: req.db).require(try Self.code(req))
    let form = (try? req.content.decode([String: String].self)) ?? [:]
    var cells = [record.organization.code]
    for number in ItaIndicator.numbers { cells.append(form["i\(number)"] ?? "") }
    cells += [form["iit_respondents"] ?? "", form["eit_respondents"] ?? ""]
    switch ItaImport.parse(header: ItaImport.header, rows: [cells]) {
    case .failure(let problems):
      var errors = FieldErrors()
      for problem in problems.items {
        errors[problem.column ?? "form"] = problem.message
      }
      if errors["form"] != nil && problems.items.count == 1 { errors["form"] = "กรุณากรอกคะแนนอย่างน้อยหนึ่งตัวชี้วัด" }
      return try await renderForm(
        req, year: year, record: record, values: form, errors: errors, status: .unprocessableEntity)
    case .success(let rows):
      guard let row = rows.first else { throw Abort(.unprocessableEntity, reason: "กรุณากรอกคะแนน") }
      try await ItaQueries(db: req.db).save(
        ItaWrite(
          code: record.organization.code, scores: row.scores, iitRespondents: row.iitRespondents,
          eitRespondents: row.eitRespondents, source: "form"), fiscalYear: year, actor: .of(req))
      return Flash.redirect(
        req, to: Paths.itaAdminYear(year), notice: "บันทึกผล ITA ของ \(record.organization.fullName) แล้ว")
    }
  }

  // MARK: Organization

  func organizationPage(req: Request) async throws -> Response {
    let record = try await OrganizationQueries(db: req.db).require(try Self.code(req))
    let code = record.organization.code
    let queries = ItaQueries(db: req.db)
    let history = try await queries.history(code: code)
    let chosen = try req.fiscalYearQuery() ?? history.first?.fiscal_year
    var years: [ItaOrganizationModel.Year] = []
    for row in history {
      years.append(.init(row: row, weights: try await queries.weights(row.fiscal_year)))
    }
    var detail: ItaOrganizationModel.Detail?
    if let year = chosen {
      let weights = try await queries.weights(year)
      let row = history.first { $0.fiscal_year == year }
      let measures = try await queries.measures(code: code, fiscalYear: year)
      let projects = try await queries.projects(code: code, fiscalYear: year)
      let announcements = try await Self.announcements(req, record, year: year)
      detail = .init(
        year: year, weights: weights, row: row,
        measures: measures.map { .init($0, projects: projects, announcements: announcements) })
    }
    let model = ItaOrganizationModel(
      code: code, name: record.organization.fullName, years: years, detail: detail,
      canEdit: req.currentUser?.policy.canEditItaMeasures(of: record.place) ?? false)
    return req.page(
      ItaOrganizationPage(shell: req.shell("ผลการประเมิน ITA \(record.organization.fullName)"), model: model).html)
  }

  // MARK: API

  func apiHistory(req: Request) async throws -> ItaHistoryDTO {
    let record = try await OrganizationQueries(db: req.db).require(try Self.code(req))
    let queries = ItaQueries(db: req.db)
    var years: [ItaHistoryDTO.Year] = []
    for row in try await queries.history(code: record.organization.code) {
      let summary = row.scores.summary(weights: try await queries.weights(row.fiscal_year))
      years.append(
        .init(
          fiscalYear: row.fiscal_year, iit: summary.iit.map(ItaScore.text), eit: summary.eit.map(ItaScore.text),
          oit: summary.oit.map(ItaScore.text), total: summary.total.map(ItaScore.text), level: summary.level?.rawValue,
          passed: summary.passed))
    }
    return ItaHistoryDTO(organizationCode: record.organization.code, years: years)
  }

  func apiResult(req: Request) async throws -> ItaResultDTO {
    let record = try await OrganizationQueries(db: req.db).require(try Self.code(req))
    let year = try Self.year(req)
    let queries = ItaQueries(db: req.db)
    guard let row = try await queries.result(code: record.organization.code, fiscalYear: year) else {
      throw Abort(.notFound, reason: "ยังไม่มีผลการประเมิน ITA ปีงบประมาณ \(year) ของหน่วยงานรหัส \(record.organization.code)")
    }
    return ItaResultDTO(row, weights: try await queries.weights(year))
  }
}
