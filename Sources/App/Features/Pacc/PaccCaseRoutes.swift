import Domain
import Fluent
import Vapor

/// Field-surveillance cases: PACC officers open and run them; the LAO concerned reads the
/// findings and recommendation in its own account and reports back what it fixed.
struct PaccCaseRoutes: RouteCollection {
  static let maxUpload: ByteCount = "30mb"
  static let perPage = 100

  func boot(routes: RoutesBuilder) throws {
    let cases = routes.grouped("pacc", "cases")
    cases.get(use: list)
    routes.get("pacc", "cases.csv", use: list)
    cases.get("new", use: newPage)
    cases.post(use: create)
    cases.get(":id", use: show)
    cases.on(.POST, ":id", "steps", body: .collect(maxSize: Self.maxUpload), use: addStep)
    routes.get("pacc", "files", ":id", use: file)
    let lao = routes.grouped("organizations", ":code", "pacc")
    lao.get(use: laoList)
    lao.get(":id", use: laoShow)
    lao.on(.POST, ":id", "report-back", body: .collect(maxSize: Self.maxUpload), use: reportBack)
  }

  func list(req: Request) async throws -> Response {
    let (_, access) = try PaccContext.access(req)
    let year = try PaccContext.year(req)
    let state = req.query[String.self, at: "state"].flatMap(PaccCaseState.init(rawValue:))
    let csv = req.url.path.hasSuffix(".csv")
    let found = try await PaccCaseQueries(db: req.db).list(
      fiscalYear: year, offices: access.isCentral ? nil : [access.office.number], state: state,
      paging: csv ? nil : try req.paging(perPage: Self.perPage))
    let rows = found.rows
    if csv {
      let header = [
        "เรื่อง", "สำนักงาน", "หน่วยงาน", "รหัส อปท.", "โครงการ", "งบประมาณ (บาท)", "ความเสี่ยง", "สถานะ", "ข้อเสนอแนะ", "ผล",
      ]
      let lines = rows.map { row -> [String] in
        let item = row.record
        return [
          item.reference, item.paccOffice.shortName, row.unitName, item.orgCode ?? "", item.projectName,
          item.budgetSatang.map { Money(satang: $0).decimalString } ?? "",
          item.risks.map(\.thaiName).joined(separator: ", "),
          item.state.thaiName, item.recommendation?.thaiName ?? "", item.outcome?.thaiName ?? "",
        ]
      }
      return FileDownload.response(
        body: Data(CSVTable.render(header: header, rows: lines).utf8), type: "text/csv; charset=utf-8",
        name: "pacc-cases-\(year).csv")
    }
    return req.page(
      PaccCaseListPage(
        shell: req.shell("เรื่องเฝ้าระวังการทุจริต ปี \(year)"), year: year, state: state, rows: rows, total: found.total,
        paging: found.paging ?? Paging(page: 1, perPage: Self.perPage)
      ).html)
  }

  func newPage(req: Request) async throws -> Response {
    let (_, access) = try PaccContext.access(req)
    return try await renderNew(
      req, access, values: ["org": req.query[String.self, at: "org"] ?? ""], errors: FieldErrors())
  }

  private func renderNew(
    _ req: Request, _ access: PaccAccess, values: [String: String], errors: FieldErrors, risks: [String] = [],
    status: HTTPStatus = .ok
  ) async throws -> Response {
    let year = FiscalYear(containing: Date()).buddhistYear
    var model = PaccNewCaseModel(values: values, errors: errors, risks: Set(risks))
    let units = try await PaccQueries(db: req.db).units(offices: access.isCentral ? nil : [access.office.number])
    model.units = units.compactMap { unit in unit.id.map { ($0.uuidString, unit.name) } }
    if let code = DLACode(values["org"] ?? "")?.value,
      let record = try? await OrganizationQueries(db: req.db).require(code)
    {
      model.organization = record.organization.fullName
      model.projects = try await PaccCaseQueries(db: req.db).projects(of: code, fiscalYear: year).map {
        ($0.id.uuidString, $0.label + ($0.budget.map { " (\($0.formatted) บาท)" } ?? ""))
      }
    }
    return req.page(PaccNewCasePage(shell: req.shell("เปิดเรื่องเฝ้าระวัง"), model: model).html, status: status)
  }

  func create(req: Request) async throws -> Response {
    let (_, access) = try PaccContext.access(req)
    let sent = (try? req.content.decode(PaccCaseForm.self)) ?? PaccCaseForm()
    let form = sent.fields
    let risks = sent.risks ?? []
    let year = FiscalYear(containing: Date()).buddhistYear
    let code = DLACode(form["org"] ?? "")?.value
    var office = access.office
    var projects: [(id: UUID, label: String, budget: Money?)] = []
    var errors = FieldErrors()
    if let code {
      if let record = try? await OrganizationQueries(db: req.db).require(code) {
        guard let covering = try await PaccQueries(db: req.db).office(ofProvince: record.organization.provinceCode),
          access.sees(covering)
        else { throw Abort(.forbidden, reason: "อปท. นี้อยู่นอกพื้นที่รับผิดชอบของสำนักงานของคุณ") }
        office = access.isCentral ? covering : access.office
        projects = try await PaccCaseQueries(db: req.db).projects(of: code, fiscalYear: year)
      } else {
        errors["org"] = "ไม่พบ อปท. รหัสนี้"
      }
    }
    let units = try await PaccQueries(db: req.db).units(offices: access.isCentral ? nil : [access.office.number])
    switch PaccCaseInput.parse(form, risks: risks, projects: projects, units: units.compactMap(\.id)) {
    case .failure(let problems):
      errors.merge(problems)
    case .success(let input) where errors.isEmpty:
      if let unitID = input.unitID, let unit = units.first(where: { $0.id == unitID }),
        let owner = PaccOffice(unit.office)
      {
        office = owner
      }
      let record = try await PaccCaseQueries(db: req.db).open(input, office: office, fiscalYear: year, actor: .of(req))
      return Flash.redirect(req, to: Paths.paccCase(try record.requireID()), notice: "เปิดเรื่อง \(record.reference) แล้ว")
    case .success: break
    }
    return try await renderNew(
      req, access, values: form, errors: errors, risks: risks, status: .unprocessableEntity)
  }

  func show(req: Request) async throws -> Response {
    let (_, access) = try PaccContext.access(req)
    let record = try await PaccCaseQueries(db: req.db).find(try PaccContext.uuid(req))
    try PaccContext.require(access, sees: record.office)
    return try await renderCase(req, record, values: [:], errors: FieldErrors())
  }

  private func renderCase(
    _ req: Request, _ record: PaccCase, values: [String: String], errors: FieldErrors, status: HTTPStatus = .ok
  ) async throws -> Response {
    let queries = PaccCaseQueries(db: req.db)
    let unitName = try await queries.unitName(of: record)
    let model = PaccCaseModel(
      record: record, unitName: unitName, steps: try await queries.steps(of: try record.requireID()), forLAO: false,
      values: values, errors: errors)
    return req.page(PaccCasePage(shell: req.shell("เรื่อง \(record.reference)"), model: model).html, status: status)
  }

  func addStep(req: Request) async throws -> Response {
    let (user, access) = try PaccContext.access(req)
    let record = try await PaccCaseQueries(db: req.db).find(try PaccContext.uuid(req))
    try PaccContext.require(access, sees: record.office)
    let sent = try req.content.decode(PaccStepForm.self)
    var form = sent.fields
    if form["action"] == PaccCaseAction.reportBack.rawValue { form["action"] = "" }
    switch Self.checked(form, sent.files) {
    case .success(let (step, files)):
      try await PaccCaseQueries(db: req.db).addStep(
        step, to: record, actor: .of(req), username: user.username, files: files)
      return Flash.redirect(req, to: Paths.paccCase(try record.requireID()), notice: "\(step.thaiName)แล้ว")
    case .failure(let errors):
      return try await renderCase(req, record, values: form, errors: errors, status: .unprocessableEntity)
    }
  }

  /// A step's file: for PACC officers of the case's office, and the LAO's own accounts.
  func file(req: Request) async throws -> Response {
    let user = try req.requireUser()
    let (file, record) = try await PaccCaseQueries(db: req.db).file(req.parameters.get("id", as: UUID.self))
    let isPacc = user.policy.pacc.map { $0.sees(record.paccOffice) } ?? false
    let isOwn = try await isOwnLAO(req, user, record)
    guard isPacc || isOwn else { throw Forbidden.generic }
    return FileDownload.response(body: file.data, type: file.contentType, name: file.fileName, inline: true)
  }

  private func isOwnLAO(_ req: Request, _ user: CurrentUser, _ record: PaccCase) async throws -> Bool {
    guard let code = record.orgCode, let org = try? await OrganizationQueries(db: req.db).require(code) else {
      return false
    }
    return user.policy.isOwnAccount(of: org.place)
  }

  // MARK: the LAO's side

  private func laoRecord(_ req: Request) async throws -> OrganizationRecord {
    let user = try req.requireUser()
    let record = try await OrganizationQueries(db: req.db).require(req.parameters.get("code") ?? "")
    guard user.policy.isOwnAccount(of: record.place) else {
      throw Abort(.forbidden, reason: "เฉพาะเจ้าหน้าที่และผู้บริหารของ อปท. นี้เท่านั้นที่ดูเรื่องเฝ้าระวังของหน่วยงานได้")
    }
    return record
  }

  func laoList(req: Request) async throws -> Response {
    let record = try await laoRecord(req)
    let rows = try await PaccCaseQueries(db: req.db).list(organization: record.organization.code)
    return req.page(
      PaccLAOListPage(
        shell: req.shell("เรื่องที่สำนักงาน ป.ป.ท. ติดตาม"), code: record.organization.code,
        name: record.organization.fullName, rows: rows
      ).html)
  }

  private func laoCase(_ req: Request, _ code: String) async throws -> PaccCase {
    let record = try await PaccCaseQueries(db: req.db).find(try PaccContext.uuid(req))
    guard record.orgCode == code else { throw Abort(.notFound, reason: "ไม่พบเรื่องเฝ้าระวังนี้") }
    return record
  }

  func laoShow(req: Request) async throws -> Response {
    let org = try await laoRecord(req)
    let record = try await laoCase(req, org.organization.code)
    return try await renderLAO(req, org, record, values: [:], errors: FieldErrors())
  }

  private func renderLAO(
    _ req: Request, _ org: OrganizationRecord, _ record: PaccCase, values: [String: String], errors: FieldErrors,
    status: HTTPStatus = .ok
  ) async throws -> Response {
    let model = PaccCaseModel(
      record: record, unitName: org.organization.fullName,
      steps: try await PaccCaseQueries(db: req.db).steps(of: try record.requireID()), forLAO: true, values: values,
      errors: errors)
    return req.page(PaccCasePage(shell: req.shell("เรื่อง \(record.reference)"), model: model).html, status: status)
  }

  func reportBack(req: Request) async throws -> Response {
    let org = try await laoRecord(req)
    let record = try await laoCase(req, org.organization.code)
    let user = try req.requireUser()
    let sent = try req.content.decode(PaccStepForm.self)
    var form = sent.fields
    form["action"] = PaccCaseAction.reportBack.rawValue
    switch Self.checked(form, sent.files) {
    case .success(let (step, files)):
      try await PaccCaseQueries(db: req.db).addStep(
        step, to: record, actor: .of(req), username: user.username, files: files)
      return Flash.redirect(
        req, to: Paths.organizationPaccCase(org.organization.code, try record.requireID()),
        notice: "ส่งรายงานผลการปรับปรุงแก้ไขแล้ว")
    case .failure(let errors):
      return try await renderLAO(req, org, record, values: form, errors: errors, status: .unprocessableEntity)
    }
  }

  /// A step's fields and files checked together: every problem of both, or both ready.
  static func checked(_ form: [String: String], _ files: [File]?) -> Result<(PaccStepInput, [PaccUpload]), FieldErrors>
  {
    var errors = FieldErrors()
    var step: PaccStepInput?
    switch PaccStepInput.parse(form) {
    case .success(let parsed): step = parsed
    case .failure(let problems): errors = problems
    }
    var uploads: [PaccUpload] = []
    switch PaccUploads.read(files) {
    case .success(let read): uploads = read
    case .failure(let problem): errors["files"] = problem.message
    }
    guard errors.isEmpty, let step else { return .failure(errors) }
    return .success((step, uploads))
  }
}

/// A step form as sent (multipart with files, or plain).
struct PaccStepForm: Content {
  var action: String?
  var day: String?
  var team: String?
  var text: String?
  var choice: String?
  var files: [File]?

  var fields: [String: String] {
    ["action": action ?? "", "day": day ?? "", "team": team ?? "", "text": text ?? "", "choice": choice ?? ""]
  }
}

/// The new-case form as sent (`risks[]` are checkboxes).
struct PaccCaseForm: Content {
  var source: String?
  var org: String?
  var unit: String?
  var project: String?
  var projectName: String?
  var budget: String?
  var description: String?
  var risks: [String]?

  var fields: [String: String] {
    [
      "source": source ?? "", "org": org ?? "", "unit": unit ?? "", "project": project ?? "",
      "projectName": projectName ?? "", "budget": budget ?? "", "description": description ?? "",
    ]
  }
}

enum PaccUploads {
  static func read(_ files: [File]?) -> Result<[PaccUpload], ComplaintUploads.Problem> {
    ComplaintUploads.read(files).map { uploads in
      uploads.map { PaccUpload(fileName: $0.name, contentType: $0.type, data: $0.bytes) }
    }
  }
}
