import Domain
import Fluent
import Vapor

/// กรุงเทพมหานคร's internal route (domain §12): national admins add units (departments) under
/// the BMA; the BMA office sees all its units for a round in one table, returns a unit's
/// submitted report through the report's own return route, prints and downloads the whole.
struct BangkokRoutes: RouteCollection {
  func boot(routes: any RoutesBuilder) throws {
    routes.get("admin", "bangkok-units", use: unitsPage)
    routes.post("admin", "bangkok-units", use: addUnit)
    routes.get("organizations", ":code", "units", use: rollup)
    routes.get("organizations", ":code", "units", "print", use: rollupPrint)
  }

  func unitsPage(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    return try await units(req, values: [:], errors: FieldErrors(), status: .ok)
  }

  func addUnit(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    let form = try req.content.decode(UnitForm.self)
    let existing = try await BangkokQueries(db: req.db).units()
    let taken = try await BangkokQueries(db: req.db).takenCodes(unitCodes(typed: form.code))
      .union(existing.map(\.code))
    switch BangkokUnits.validate(
      code: form.code ?? "", name: form.name ?? "", taken: taken, names: Set(existing.map(\.name)))
    {
    case .failure(let errors):
      return try await units(
        req, values: ["code": form.code ?? "", "name": form.name ?? ""], errors: errors, status: .unprocessableEntity)
    case .success(let unit):
      _ = try await BangkokQueries(db: req.db).addUnit(code: unit.code, name: unit.name, actor: .of(req))
      req.application.readCache.clear()
      return Flash.redirect(req, to: Paths.bangkokUnits, notice: "เพิ่ม\(unit.name) (รหัส \(unit.code)) แล้ว")
    }
  }

  /// A typed code is also checked against every organization, not only the BMA's units.
  private func unitCodes(typed: String?) -> [String] {
    let code = ThaiDigits.toArabic(typed.cleaned)
    return code.isEmpty ? [] : [code]
  }

  private func units(_ req: Request, values: [String: String], errors: FieldErrors, status: HTTPStatus) async throws
    -> Response
  {
    let units = try await BangkokQueries(db: req.db).units()
    let model = BangkokUnitsModel(
      units: units.map { ($0.code, $0.fullName, $0.organizationType == .bangkokDistrict ? "สำนักงานเขต" : "หน่วยงาน") },
      next: BangkokUnits.nextUnitCode(taken: Set(units.map(\.code))) ?? "", values: values, errors: errors)
    return req.page(BangkokUnitsPage(shell: req.shell("หน่วยงานของกรุงเทพมหานคร"), model: model).html, status: status)
  }

  func rollup(req: Request) async throws -> Response {
    let model = try await rollupModel(req)
    if let format = req.query[String.self, at: "format"] {
      guard format == "csv" || format == "xlsx" else { throw Abort(.badRequest, reason: "รูปแบบไฟล์ต้องเป็น csv หรือ xlsx") }
      return try SpreadsheetDownload.make(
        format: format, sheet: "ภาพรวมหน่วยงาน", header: UnitRollupModel.header, rows: model.downloadRows,
        name: "units-\(model.code)-\(model.roundSlug)")
    }
    return req.page(UnitRollupPage(shell: req.shell(model.title), model: model).html)
  }

  func rollupPrint(req: Request) async throws -> Response {
    req.page(UnitRollupPrintPage(model: try await rollupModel(req)).html)
  }

  /// The organization (it must have units), checked against `AccessPolicy.canViewUnits`: its
  /// own accounts and the monitors of its whole province; its units' accounts get a 403.
  private func rollupModel(_ req: Request) async throws -> UnitRollupModel {
    guard let code = req.parameters.get("code").flatMap(DLACode.init)?.value else {
      throw Abort(.notFound, reason: "รหัสองค์กรต้องเป็นตัวเลข 7 หลัก")
    }
    let record = try await OrganizationQueries(db: req.db).require(code)
    let user = try req.requireUser()
    guard user.policy.canViewUnits(of: record.place) else {
      throw Abort(
        .forbidden,
        reason: "ภาพรวมหน่วยงานเปิดให้เฉพาะบัญชีของ\(record.organization.fullName) และผู้กำกับดูแลระดับจังหวัดขึ้นไปที่ดูแลพื้นที่นี้")
    }
    let rounds = try await RoundQueries(db: req.db).all()
    let chosen = req.query[String.self, at: "round"].flatMap { slug in rounds.first { $0.slug == slug } }
    guard let round = chosen ?? rounds.first(where: { $0.windowOpen }) ?? rounds.first else {
      throw Abort(.notFound, reason: "ยังไม่มีรอบการรายงาน (สำนักงาน ป.ป.ช. เป็นผู้สร้างรอบ)")
    }
    let period = try? await FrameworkQueries(db: req.db).period(covering: round.fiscalYear)
    let rows = try await OversightQueries(db: req.db).units(of: code, round: round, periodID: period?.id)
    guard rows.contains(where: { $0.code != code }) else {
      throw Abort(.notFound, reason: "\(record.organization.fullName) ไม่มีหน่วยงานในสังกัด")
    }
    return UnitRollupModel(record: record, round: round, rounds: rounds, period: period, rows: rows) { row in
      user.policy.canReturnReport(
        of: OrganizationPlace(
          code: row.code, provinceCode: row.province_code, district: row.district, region: row.region,
          parentCode: row.code == code ? record.organization.parentCode : code))
    }
  }
}
