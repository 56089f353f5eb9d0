import Domain
import Fluent
import Vapor

/// Target agencies with their ITA and No Gift per year, the LAOs' No Gift announcements per
/// office, and (national admin) which PACC office covers each province.
struct PaccAgencyRoutes: RouteCollection {
  func boot(routes: RoutesBuilder) throws {
    routes.get("pacc", "agencies", use: list)
    routes.post("pacc", "agencies", use: add)
    routes.on(.POST, "pacc", "agencies", "import", body: .collect(maxSize: "2mb"), use: importAgencies)
    routes.on(
      .POST, "pacc", "agencies", ":id", "year", body: .collect(maxSize: PaccCaseRoutes.maxUpload), use: saveYear)
    routes.get("admin", "pacc-offices", use: officesPage)
    routes.post("admin", "pacc-offices", use: saveOffice)
  }

  private func render(_ req: Request, _ access: PaccAccess, errors: FieldErrors, status: HTTPStatus = .ok) async throws
    -> Response
  {
    let year = try PaccContext.year(req)
    let offices = access.isCentral ? nil : [access.office.number]
    let agencies = try await PaccQueries(db: req.db).units(offices: offices)
    let years = try await PaccAgencyQueries(db: req.db).years(year)
    let model = PaccAgenciesModel(
      year: year, access: access, agencies: agencies, years: years,
      files: try await PaccFileQueries(db: req.db).list(.unitYear, years.values.compactMap(\.id)),
      laoNoGift: try await PaccAgencyQueries(db: req.db).laoNoGift(fiscalYear: year), errors: errors)
    return req.page(PaccAgenciesPage(shell: req.shell("หน่วยงานเป้าหมาย ปี \(year)"), model: model).html, status: status)
  }

  func list(req: Request) async throws -> Response {
    let (_, access) = try PaccContext.access(req)
    return try await render(req, access, errors: FieldErrors())
  }

  static let centralOnly = Abort(.forbidden, reason: "เฉพาะเจ้าหน้าที่ กปก. เท่านั้นที่เพิ่มหรือนำเข้าหน่วยงานเป้าหมายได้")

  func add(req: Request) async throws -> Response {
    let (_, access) = try PaccContext.access(req)
    guard access.isCentral else { throw Self.centralOnly }
    let form = (try? req.content.decode([String: String].self)) ?? [:]
    let name = PaccText.clean(form["name"] ?? "", max: 300)
    guard !name.isEmpty, let kind = PaccUnitKind(rawValue: form["kind"] ?? "") else {
      var errors = FieldErrors()
      errors["name"] = "กรุณากรอกชื่อหน่วยงานและเลือกประเภท"
      return try await render(req, access, errors: errors, status: .unprocessableEntity)
    }
    let added = try await PaccAgencyQueries(db: req.db).add(
      [(name, kind, form["office"].flatMap(PaccOffice.parse) ?? .central)], actor: .of(req))
    return Flash.redirect(req, to: Paths.paccAgencies, notice: added == 0 ? "มีหน่วยงานชื่อนี้แล้ว" : "เพิ่มหน่วยงานแล้ว")
  }

  struct ImportForm: Content { var file: File? }

  func importAgencies(req: Request) async throws -> Response {
    let (_, access) = try PaccContext.access(req)
    guard access.isCentral else { throw Self.centralOnly }
    let form = try req.content.decode(ImportForm.self)
    let text = form.file.map { String(decoding: Data(buffer: $0.data), as: UTF8.self) } ?? ""
    switch PaccAgencyQueries.parse(csv: text, defaultOffice: access.office) {
    case .failure(let refusal):
      var errors = FieldErrors()
      errors["file"] = refusal.reason
      return try await render(req, access, errors: errors, status: .unprocessableEntity)
    case .success(let rows):
      let added = try await PaccAgencyQueries(db: req.db).add(rows, actor: .of(req))
      return Flash.redirect(req, to: Paths.paccAgencies, notice: "นำเข้าหน่วยงาน \(added) แห่งแล้ว")
    }
  }

  func saveYear(req: Request) async throws -> Response {
    let (_, access) = try PaccContext.access(req)
    guard let unit = try await PaccUnit.find(try PaccContext.uuid(req), on: req.db) else {
      throw Abort(.notFound, reason: "ไม่พบหน่วยงานนี้")
    }
    try PaccContext.require(access, sees: unit.office)
    let sent = try req.content.decode(YearForm.self)
    let form = ["fy": sent.fy ?? "", "ita": sent.ita ?? "", "noGiftOn": sent.noGiftOn ?? "", "link": sent.link ?? ""]
    var errors = FieldErrors()
    var uploads: [PaccUpload] = []
    switch PaccUploads.read(sent.files) {
    case .success(let files): uploads = files
    case .failure(let problem): errors["files"] = problem.message
    }
    let year = Int(ThaiDigits.toArabic(form["fy"] ?? "")) ?? FiscalYear(containing: Date()).buddhistYear
    if !(2500...2700).contains(year) { errors["fy"] = "ปีงบประมาณไม่ถูกต้อง" }
    let ita = Self.score(form["ita"] ?? "")
    if ita == nil, !(form["ita"] ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
      errors["ita"] = "คะแนน ITA ต้องเป็นตัวเลข 0–100 ทศนิยมไม่เกิน 2 ตำแหน่ง"
    }
    let dayText = form["noGiftOn"] ?? ""
    let day = ThaiCalendar.parse(dayText)
    if day == nil, !dayText.isEmpty { errors["noGiftOn"] = "วันที่ไม่ถูกต้อง (เช่น 15/03/2567)" }
    let linkText = OitEvidenceLink.trimmed(form["link"] ?? "")
    let link = linkText.isEmpty ? nil : linkText
    if !linkText.isEmpty, let problem = OitEvidenceLink.problem(linkText) { errors["link"] = problem }
    guard errors.isEmpty else { return try await render(req, access, errors: errors, status: .unprocessableEntity) }
    try await PaccAgencyQueries(db: req.db).saveYear(
      unit: unit, fiscalYear: year, ita: ita, noGiftOn: day, link: link, actor: .of(req), files: uploads)
    return Flash.redirect(req, to: Paths.withQuery(Paths.paccAgencies, [("fy", String(year))]), notice: "บันทึกแล้ว")
  }

  struct YearForm: Content {
    var fy: String?
    var ita: String?
    var noGiftOn: String?
    var link: String?
    var files: [File]?
  }

  /// "87.5" → 8750; nil unless 0–100 with at most two decimals.
  static func score(_ text: String) -> Int? {
    let cleaned = ThaiDigits.toArabic(text).trimmingCharacters(in: .whitespaces)
    let parts = cleaned.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let whole = parts.first, (1...3).contains(whole.count),
      whole.allSatisfy({ $0.isASCII && $0.isNumber }), let units = Int(whole)
    else { return nil }
    var fraction = 0
    if parts.count == 2 {
      let digits = parts[1]
      guard (1...2).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(digits)
      else { return nil }
      fraction = digits.count == 1 ? value * 10 : value
    }
    let hundredths = units * 100 + fraction
    return hundredths <= 10_000 ? hundredths : nil
  }

  // MARK: office areas (national admin)

  func officesPage(req: Request) async throws -> Response {
    let user = try req.requireUser()
    guard user.isNationalAdmin else { throw Forbidden.onlyNationalAdmin }
    let provinces = try await ProvinceDirectory.load(on: req.db).sorted
    let overrides = try await PaccQueries(db: req.db).officeOverrides()
    let rows = provinces.compactMap { province -> (code: String, name: String, office: PaccOffice?, moved: Bool)? in
      guard let code = province.id else { return nil }
      return (code, province.nameTH, PaccOfficeMap.office(of: code, overrides: overrides), overrides[code] != nil)
    }
    return req.page(PaccOfficesPage(shell: req.shell("สำนักงาน ป.ป.ท. ที่รับผิดชอบจังหวัด"), rows: rows).html)
  }

  func saveOffice(req: Request) async throws -> Response {
    let user = try req.requireUser()
    guard user.isNationalAdmin else { throw Forbidden.onlyNationalAdmin }
    let form = (try? req.content.decode([String: String].self)) ?? [:]
    let province = form["province"] ?? ""
    guard try await Province.find(province, on: req.db) != nil, PaccOfficeMap.defaults[province] != nil else {
      throw Abort(.unprocessableEntity, reason: "ไม่พบจังหวัดนี้")
    }
    guard let office = PaccOffice.parse(form["office"] ?? "") else {
      throw Abort(.unprocessableEntity, reason: "กรุณาเลือกสำนักงาน (กปก. หรือ ปปท. เขต 1–9)")
    }
    try await PaccQueries(db: req.db).setOffice(office, province: province, actor: .of(req))
    return Flash.redirect(req, to: Paths.paccOffices, notice: "บันทึกแล้ว")
  }
}
