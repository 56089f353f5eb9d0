import Domain
import Fluent
import Vapor

/// The plan framework as data: anyone may read it; national admins add periods, extend
/// them, and add or rename dimensions and sub-missions.
struct FrameworkRoutes: RouteCollection {
  func boot(routes: any RoutesBuilder) throws {
    routes.get("frameworks", use: listPage)
    routes.get("frameworks", "new", use: newPeriodForm)
    routes.post("frameworks", use: createPeriod)
    routes.get("frameworks", ":code", use: showPage)
    routes.post("frameworks", ":code", "extend", use: extend)
    routes.post("frameworks", ":code", "plan-due", use: setPlanDue)
    routes.post("frameworks", ":code", "dimensions", use: addDimension)
    routes.post("frameworks", ":code", "dimensions", ":number", use: renameDimension)
    routes.post("frameworks", ":code", "dimensions", ":number", "sub-missions", use: addSubMission)
    routes.post("frameworks", ":code", "sub-missions", ":id", use: renameSubMission)
    routes.get("api", "v1", "plan-periods", use: apiList)
    routes.get("api", "v1", "plan-periods", ":code", use: apiShow)
  }

  func listPage(req: Request) async throws -> Response {
    let periods = try await FrameworkQueries(db: req.db).periods()
    let model = FrameworkListModel(
      periods: periods.map(FrameworkListModel.Row.init), canEdit: req.currentUser?.isNationalAdmin ?? false)
    return req.page(FrameworkListPage(shell: req.shell("กรอบแผนปฏิบัติการ"), model: model).html)
  }

  func showPage(req: Request) async throws -> Response {
    let period = try await FrameworkQueries(db: req.db).require(req.parameters.get("code") ?? "")
    return req.page(
      FrameworkPage(
        shell: req.shell(period.name),
        model: .init(period, canEdit: req.currentUser?.isNationalAdmin ?? false, error: nil)
      ).html)
  }

  func newPeriodForm(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    let periods = try await FrameworkQueries(db: req.db).periods()
    let model = NewPeriodModel(
      values: ["copyFrom": periods.first?.code ?? ""], errors: FieldErrors(),
      periods: periods.map { ($0.code, $0.name) })
    return req.page(NewPeriodPage(shell: req.shell("เพิ่มช่วงแผน"), model: model).html)
  }

  func createPeriod(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    let form = try req.content.decode(NewPeriodForm.self)
    let queries = FrameworkQueries(db: req.db)
    let periods = try await queries.periods()
    var errors = FieldErrors()
    // Years outside 2500–2700 are refused before any arithmetic is done with them.
    let start = Int(ThaiDigits.toArabic(form.startYear ?? "").trimmingCharacters(in: .whitespaces))
      .flatMap { (2500...2700).contains($0) ? $0 : nil }
    let typedEnd = Int(ThaiDigits.toArabic(form.endYear ?? "").trimmingCharacters(in: .whitespaces))
    let end = typedEnd.flatMap { (2500...2710).contains($0) ? $0 : nil }
    if start == nil { errors["startYear"] = "กรุณากรอกปีเริ่มต้นเป็นปี พ.ศ. เช่น 2571" }
    if typedEnd != nil && end == nil { errors["endYear"] = "ปีสิ้นสุดต้องเป็นปี พ.ศ. ระหว่าง 2500 ถึง 2710" }
    if let start, let end {
      if end < start || end > start + 9 { errors["endYear"] = "ปีสิ้นสุดต้องไม่ก่อนปีเริ่มต้น และช่วงแผนยาวไม่เกิน 10 ปี" }
      if let clash = periods.first(where: { $0.startYear <= end && start <= $0.endYear }) {
        errors["startYear"] = "ช่วงปีซ้อนกับแผน \(clash.code) ที่มีอยู่แล้ว"
      }
    } else if end == nil, errors["endYear"] == nil {
      errors["endYear"] = "กรุณากรอกปีสิ้นสุดเป็นปี พ.ศ."
    }
    let copyCode = form.copyFrom ?? ""
    let source = copyCode.isEmpty ? nil : try await queries.require(copyCode)
    guard errors.isEmpty, let start, let end else {
      let values = [
        "startYear": form.startYear ?? "", "endYear": form.endYear ?? "", "name": form.name ?? "", "copyFrom": copyCode,
      ]
      let model = NewPeriodModel(values: values, errors: errors, periods: periods.map { ($0.code, $0.name) })
      return req.page(NewPeriodPage(shell: req.shell("เพิ่มช่วงแผน"), model: model).html, status: .unprocessableEntity)
    }
    let name = form.name.cleaned.nonEmpty ?? "แผนปฏิบัติการป้องกันการทุจริต พ.ศ. \(start)–\(end)"
    let period = try await queries.createPeriod(start: start, end: end, name: name, copyFrom: source, actor: .of(req))
    return Flash.redirect(req, to: Paths.framework(period.code), notice: "เพิ่มแผนช่วงปี \(period.code) แล้ว")
  }

  func extend(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    let queries = FrameworkQueries(db: req.db)
    let period = try await queries.require(req.parameters.get("code") ?? "")
    let wanted = Int(ThaiDigits.toArabic(try req.content.decode(ExtendForm.self).endYear ?? ""))
    guard let wanted, wanted > period.endYear, wanted <= period.endYear + 5 else {
      return try await again(req, period, "ปีสิ้นสุดใหม่ต้องมากกว่า \(period.endYear) และไม่เกิน \(period.endYear + 5)")
    }
    if let clash = try await queries.periods().first(where: {
      $0.id != period.id && $0.startYear <= wanted && $0.startYear > period.startYear
    }) {
      return try await again(req, period, "ขยายถึงปี \(wanted) ไม่ได้ เพราะซ้อนกับแผน \(clash.code)")
    }
    try await queries.extend(period, to: wanted, actor: .of(req))
    return Flash.redirect(req, to: Paths.framework(period.code), notice: "ขยายแผนถึงปีงบประมาณ \(wanted) แล้ว")
  }

  /// The date by which the period's plans are due (empty clears it): monitors' plan
  /// follow-up lists judge lateness by it.
  func setPlanDue(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    let queries = FrameworkQueries(db: req.db)
    let period = try await queries.require(req.parameters.get("code") ?? "")
    let typed = (try req.content.decode(PlanDueForm.self).planDueDate).cleaned
    var date: Date?
    if !typed.isEmpty {
      guard let parsed = ThaiCalendar.parse(typed), (2500...2710).contains(ThaiCalendar.components(of: parsed).year)
      else {
        return try await again(req, period, "กรุณากรอกวันกำหนดส่งแผนเป็น วัน/เดือน/ปี พ.ศ. เช่น 30/9/2565 (เว้นว่างเพื่อยกเลิก)")
      }
      date = parsed
    }
    try await queries.setPlanDueDate(period, to: date, actor: .of(req))
    req.application.readCache.clear()
    let notice = date.map { "กำหนดส่งแผนเป็นวันที่ \(ThaiCalendar.longDate($0)) แล้ว" } ?? "ยกเลิกกำหนดส่งแผนแล้ว"
    return Flash.redirect(req, to: Paths.framework(period.code), notice: notice)
  }

  func addDimension(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    let queries = FrameworkQueries(db: req.db)
    let period = try await queries.require(req.parameters.get("code") ?? "")
    guard let name = try cleanName(req) else { return try await again(req, period, Self.nameMessage) }
    try await queries.addDimension(to: period, name: name, actor: .of(req))
    return Flash.redirect(req, to: Paths.framework(period.code), notice: "เพิ่มมิติแล้ว")
  }

  func renameDimension(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    let queries = FrameworkQueries(db: req.db)
    let period = try await queries.require(req.parameters.get("code") ?? "")
    let dimension = try dimension(req, in: period)
    guard let name = try cleanName(req) else { return try await again(req, period, Self.nameMessage) }
    try await queries.renameDimension(dimension, in: period, to: name, actor: .of(req))
    return Flash.redirect(req, to: Paths.framework(period.code), notice: "แก้ไขชื่อมิติที่ \(dimension.number) แล้ว")
  }

  func addSubMission(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    let queries = FrameworkQueries(db: req.db)
    let period = try await queries.require(req.parameters.get("code") ?? "")
    let dimension = try dimension(req, in: period)
    guard let name = try cleanName(req) else { return try await again(req, period, Self.nameMessage) }
    let typed = (try req.content.decode(NameForm.self).number).cleaned
    let number = typed.isEmpty ? "\(dimension.number).\(dimension.subMissions.count + 1)" : ThaiDigits.toArabic(typed)
    guard number.hasPrefix("\(dimension.number)."), number.count <= 10 else {
      return try await again(
        req, period, "เลขภารกิจต้องขึ้นต้นด้วยเลขมิติ เช่น \(dimension.number).\(dimension.subMissions.count + 1)")
    }
    guard !dimension.subMissions.contains(where: { $0.number == number }) else {
      return try await again(req, period, "มีภารกิจเลข \(number) อยู่แล้ว")
    }
    try await queries.addSubMission(to: dimension, in: period, number: number, name: name, actor: .of(req))
    return Flash.redirect(req, to: Paths.framework(period.code), notice: "เพิ่มภารกิจ \(number) แล้ว")
  }

  func renameSubMission(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    let queries = FrameworkQueries(db: req.db)
    let period = try await queries.require(req.parameters.get("code") ?? "")
    let id = req.parameters.get("id", as: UUID.self)
    guard let sub = period.dimensions.flatMap(\.subMissions).first(where: { $0.id == id }) else {
      throw Abort(.notFound, reason: "ไม่พบภารกิจนี้ในแผน \(period.code)")
    }
    guard let name = try cleanName(req) else { return try await again(req, period, Self.nameMessage) }
    try await queries.renameSubMission(sub, in: period, to: name, actor: .of(req))
    return Flash.redirect(req, to: Paths.framework(period.code), notice: "แก้ไขชื่อภารกิจ \(sub.number) แล้ว")
  }

  func apiList(req: Request) async throws -> [PeriodJSON] {
    try await FrameworkQueries(db: req.db).fullPeriods().map(PeriodJSON.init)
  }

  func apiShow(req: Request) async throws -> PeriodJSON {
    PeriodJSON(try await FrameworkQueries(db: req.db).require(req.parameters.get("code") ?? ""))
  }

  // MARK: - Helpers

  static let nameMessage = "กรุณากรอกชื่อ (1–500 ตัวอักษร)"

  private func cleanName(_ req: Request) throws -> String? {
    let name = (try req.content.decode(NameForm.self).name).cleaned
    return name.isEmpty || name.count > 500 ? nil : name
  }

  private func dimension(_ req: Request, in period: PlanPeriod) throws -> PlanDimension {
    guard let number = req.parameters.get("number").flatMap(Int.init),
      let dimension = period.dimensions.first(where: { $0.number == number })
    else { throw Abort(.notFound, reason: "ไม่พบมิตินี้ในแผน \(period.code)") }
    return dimension
  }

  /// Shows the period again with the problem, status 422, nothing written.
  private func again(_ req: Request, _ period: PlanPeriod, _ message: String) async throws -> Response {
    let model = FrameworkPageModel(period, canEdit: true, error: message)
    return req.page(FrameworkPage(shell: req.shell(period.name), model: model).html, status: .unprocessableEntity)
  }
}
