import Domain
import Fluent
import Vapor

/// The programme's home: the indicators per office against the year's targets (with CSV),
/// the activities with each office's allocation, plan and summary.
struct PaccRoutes: RouteCollection {
  func boot(routes: RoutesBuilder) throws {
    routes.get("pacc", use: dashboard)
    routes.get("pacc", ":year", "indicators.csv", use: indicatorsCSV)
    routes.get("pacc", ":year", "indicators.xlsx", use: indicatorsXLSX)
    routes.get("pacc", ":year", "programme", use: programme)
    routes.get("pacc", ":year", "report", use: report)
    routes.get("pacc", ":year", "activities", ":number", use: activityPage)
    routes.on(
      .POST, "pacc", ":year", "activities", ":number", body: .collect(maxSize: PaccCaseRoutes.maxUpload),
      use: saveActivity)
    routes.get("pacc", "attachments", ":id", use: attachment)
    routes.post("pacc", "programme", "install", use: install)
  }

  private func model(_ req: Request, _ access: PaccAccess, year: Int) async throws -> PaccDashboardModel {
    let queries = PaccQueries(db: req.db)
    let programme = try await queries.programme(year)
    let targets = programme?.targets ?? .seed2567
    let counts = try await queries.counts(fiscalYear: year)
    let offices = access.isCentral ? PaccOffice.reportOrder : [access.office]
    let rows = offices.map { office in
      PaccDashboardModel.Row(
        office: office, indicators: PaccIndicators.evaluate(counts[office] ?? PaccCounts(), targets: targets))
    }
    let total = offices.reduce(PaccCounts()) { $0 + (counts[$1] ?? PaccCounts()) }
    return PaccDashboardModel(
      year: year, programmeName: programme?.name, isCentral: access.isCentral, office: access.office, rows: rows,
      total: PaccIndicators.evaluate(total, targets: targets))
  }

  func dashboard(req: Request) async throws -> Response {
    let (_, access) = try PaccContext.access(req)
    let year = try PaccContext.year(req)
    let model = try await model(req, access, year: year)
    return req.page(PaccDashboardPage(shell: req.shell("โครงการเฝ้าระวังการทุจริตเชิงรุก ปี \(year)"), model: model).html)
  }

  func indicatorsCSV(req: Request) async throws -> Response {
    let (year, header, rows) = try await indicatorTable(req)
    return FileDownload.response(
      body: Data(CSVTable.render(header: header, rows: rows).utf8), type: "text/csv; charset=utf-8",
      name: "pacc-indicators-\(year).csv")
  }

  func indicatorsXLSX(req: Request) async throws -> Response {
    let (year, header, rows) = try await indicatorTable(req)
    return FileDownload.response(
      body: try XLSXWriter.workbook(sheetName: "ตัวชี้วัด \(year)", header: header, rows: rows, numeric: [5, 6]),
      type: FileDownload.xlsxType, name: "pacc-indicators-\(year).xlsx")
  }

  /// Every office's indicators and the total, one line each, for CSV and XLSX.
  private func indicatorTable(_ req: Request) async throws -> (Int, [String], [[String]]) {
    let (_, access) = try PaccContext.access(req)
    let model = try await model(req, access, year: try PaccContext.year(req))
    let header = ["สำนักงาน", "ข้อ", "ตัวชี้วัด", "เป้าหมาย", "ผล", "ตัวตั้ง", "ตัวหาร", "ร้อยละ", "บรรลุ", "วิธีนับ"]
    var rows: [[String]] = []
    for row in model.rows.map({ ($0.office.shortName, $0.indicators) }) + [("รวม", model.total)] {
      for indicator in row.1 {
        rows.append([
          row.0, indicator.key.seedNumber, indicator.key.title, indicator.targetText, indicator.achievedText,
          String(indicator.achieved), indicator.outOf.map(String.init) ?? "", indicator.percent?.description ?? "",
          indicator.met.map { $0 ? "บรรลุ" : "ยังไม่บรรลุ" } ?? "—", indicator.key.formula,
        ])
      }
    }
    return (model.year, header, rows)
  }

  func programme(req: Request) async throws -> Response {
    let (_, access) = try PaccContext.access(req)
    let year = try PaccContext.year(req)
    let queries = PaccQueries(db: req.db)
    guard let programme = try await queries.programme(year) else {
      return req.page(
        PaccProgrammePage(
          shell: req.shell("โครงการ ปี \(year)"), year: year, programme: nil, activities: [], reports: [], access: access
        ).html)
    }
    let activities = try await queries.activities(of: programme)
    let reports = try await queries.activityReports(activities.compactMap(\.id))
    return req.page(
      PaccProgrammePage(
        shell: req.shell(programme.name), year: year, programme: programme, activities: activities, reports: reports,
        access: access
      ).html)
  }

  func report(req: Request) async throws -> Response {
    let (_, access) = try PaccContext.access(req)
    let year = try PaccContext.year(req)
    let queries = PaccQueries(db: req.db)
    let programme = try await queries.programme(year)
    var activities: [PaccActivity] = []
    if let programme { activities = try await queries.activities(of: programme) }
    let model = PaccReportModel(
      dashboard: try await model(req, access, year: year), programme: programme, activities: activities,
      reports: try await queries.activityReports(activities.compactMap(\.id)), printedOn: Date())
    return req.page(PaccReportPage(model: model).html)
  }

  private func activity(_ req: Request) async throws -> (PaccAccess, Int, PaccActivity, PaccActivityReport?) {
    let (_, access) = try PaccContext.access(req)
    let year = try PaccContext.year(req)
    let queries = PaccQueries(db: req.db)
    guard let programme = try await queries.programme(year), let number = req.parameters.get("number", as: Int.self),
      let activity = try await queries.activities(of: programme).first(where: { $0.number == number })
    else { throw Abort(.notFound, reason: "ไม่พบกิจกรรมนี้") }
    let report = try await queries.activityReports([try activity.requireID()]).first {
      $0.office == access.office.number
    }
    return (access, year, activity, report)
  }

  func activityPage(req: Request) async throws -> Response {
    let (access, year, activity, report) = try await activity(req)
    return try await renderActivity(req, access, year, activity, report, values: PaccActivityPage.values(report))
  }

  private func renderActivity(
    _ req: Request, _ access: PaccAccess, _ year: Int, _ activity: PaccActivity, _ report: PaccActivityReport?,
    values: [String: String], errors: FieldErrors = FieldErrors(), status: HTTPStatus = .ok
  ) async throws -> Response {
    var files: [(id: UUID, name: String)] = []
    if let id = report?.id { files = try await PaccFileQueries(db: req.db).list(.activityReport, [id])[id] ?? [] }
    let page = PaccActivityPage(
      shell: req.shell("กิจกรรมที่ \(activity.number)"), year: year, activity: activity, office: access.office,
      values: values, errors: errors, files: files)
    return req.page(page.html, status: status)
  }

  /// An attachment, for PACC officers who see its office.
  func attachment(req: Request) async throws -> Response {
    let (_, access) = try PaccContext.access(req)
    let queries = PaccFileQueries(db: req.db)
    let file = try await queries.find(try PaccContext.uuid(req))
    guard let office = try await queries.office(of: file) else { throw Abort(.notFound, reason: "ไม่พบไฟล์นี้") }
    try PaccContext.require(access, sees: office)
    return FileDownload.response(body: file.data, type: file.contentType, name: file.fileName, inline: true)
  }

  func saveActivity(req: Request) async throws -> Response {
    let (access, year, activity, report) = try await activity(req)
    let sent = try req.content.decode(PaccActivityForm.self)
    let form = sent.fields
    var uploads: [PaccUpload] = []
    var errors = FieldErrors()
    switch PaccUploads.read(sent.files) {
    case .success(let files): uploads = files
    case .failure(let problem): errors["files"] = problem.message
    }
    switch PaccActivityReportInput.parse(form) {
    case .failure(let problems):
      errors.merge(problems)
    case .success(let input) where errors.isEmpty:
      try await PaccQueries(db: req.db).saveReport(
        input, activity: activity, office: access.office, actor: .of(req), files: uploads)
      return Flash.redirect(req, to: Paths.paccProgramme(year), notice: "บันทึกแผนและสรุปผลกิจกรรมที่ \(activity.number) แล้ว")
    case .success: break
    }
    return try await renderActivity(
      req, access, year, activity, report, values: form, errors: errors, status: .unprocessableEntity)
  }

  /// Opens the 2567 programme of seed 003 (กปก. only; a year already opened stays as it is).
  func install(req: Request) async throws -> Response {
    let (_, access) = try PaccContext.access(req)
    guard access.isCentral else { throw Abort(.forbidden, reason: "เฉพาะเจ้าหน้าที่ กปก. เท่านั้นที่เปิดโครงการประจำปีได้") }
    let added = try await PaccQueries(db: req.db).install(.fy2567, actor: .of(req))
    return Flash.redirect(
      req, to: Paths.paccProgramme(2567), notice: added ? "เปิดโครงการปี 2567 แล้ว" : "โครงการปี 2567 มีอยู่แล้ว")
  }
}
