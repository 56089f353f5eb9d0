import Domain
import Fluent
import Vapor

/// National admins create each fiscal year's rounds, open and close them, move due dates and
/// grant per-organization extensions. Anyone may read the list of rounds.
struct RoundRoutes: RouteCollection {
  func boot(routes: any RoutesBuilder) throws {
    let admin = routes.grouped("admin", "rounds")
    admin.get(use: listPage)
    admin.post(use: create)
    admin.get(":slug", use: roundPage)
    admin.post(":slug", "window", use: setWindow)
    admin.post(":slug", "due", use: setDueDate)
    admin.post(":slug", "extensions", use: grant)
    admin.post(":slug", "extensions", ":id", "delete", use: revoke)
    routes.get("api", "v1", "rounds", use: apiList)
    routes.post("api", "v1", "rounds", use: apiCreate)
  }

  func listPage(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    return try await list(req, values: [:], errors: FieldErrors(), status: .ok)
  }

  func create(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    let form = try req.content.decode(RoundForm.self)
    let values = ["fiscalYear": form.fiscalYear ?? "", "kind": form.kind ?? "", "dueDate": form.dueDate ?? ""]
    switch RoundRequest.validate(fiscalYear: form.fiscalYear, kind: form.kind, dueDate: form.dueDate, style: .thai) {
    case .failure(let errors):
      return try await list(req, values: values, errors: errors, status: .unprocessableEntity)
    case .success(let request):
      let (round, created) = try await RoundQueries(db: req.db).ensure(request, open: false, actor: .of(req))
      guard created else {
        var errors = FieldErrors()
        errors["kind"] = "มี\(request.kind.thaiName) ของปีงบประมาณ \(request.fiscalYear) อยู่แล้ว"
        return try await list(req, values: values, errors: errors, status: .unprocessableEntity)
      }
      return Flash.redirect(req, to: Paths.round(round.slug), notice: "สร้าง\(round.title)แล้ว (ยังไม่เปิดรับรายงาน)")
    }
  }

  func roundPage(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    return try await page(
      req, try await RoundQueries(db: req.db).require(req.parameters.get("slug") ?? ""), problem: nil)
  }

  func setWindow(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    let round = try await RoundQueries(db: req.db).require(req.parameters.get("slug") ?? "")
    let open = try req.content.decode(RoundForm.self).open == "1"
    try await RoundQueries(db: req.db).setWindow(round, open: open, actor: .of(req))
    return Flash.redirect(req, to: Paths.round(round.slug), notice: open ? "เปิดรับรายงานแล้ว" : "ปิดรับรายงานแล้ว")
  }

  func setDueDate(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    let round = try await RoundQueries(db: req.db).require(req.parameters.get("slug") ?? "")
    guard let date = ThaiCalendar.parse(try req.content.decode(RoundForm.self).dueDate.cleaned) else {
      return try await page(req, round, problem: "กรุณากรอกวันที่เป็น วัน/เดือน/ปี พ.ศ. เช่น 30/4/2569")
    }
    try await RoundQueries(db: req.db).setDueDate(round, to: date, actor: .of(req))
    return Flash.redirect(req, to: Paths.round(round.slug), notice: "เปลี่ยนกำหนดส่งเป็น \(ThaiCalendar.longDate(date)) แล้ว")
  }

  func grant(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    let round = try await RoundQueries(db: req.db).require(req.parameters.get("slug") ?? "")
    let form = try req.content.decode(RoundForm.self)
    guard let code = DLACode(form.orgCode.cleaned)?.value, try await Organization.find(code, on: req.db) != nil else {
      return try await page(req, round, problem: "ไม่พบ อปท. รหัสนี้ กรุณากรอกรหัส 7 หลัก")
    }
    guard let until = ThaiCalendar.parse(form.until.cleaned), until > Date() else {
      return try await page(req, round, problem: "วันสิ้นสุดการขยายเวลาต้องเป็นวันในอนาคต เช่น 15/5/2569")
    }
    let reason = form.reason.cleaned
    guard !reason.isEmpty else { return try await page(req, round, problem: "กรุณาระบุเหตุผลที่ขยายเวลา") }
    // The extension lasts to the end of the given day.
    try await RoundQueries(db: req.db).grant(
      round, org: code, until: until.addingTimeInterval(24 * 3600), reason: reason, actor: .of(req))
    return Flash.redirect(req, to: Paths.round(round.slug), notice: "ขยายเวลาให้ \(code) แล้ว")
  }

  func revoke(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    let round = try await RoundQueries(db: req.db).require(req.parameters.get("slug") ?? "")
    try await RoundQueries(db: req.db).revoke(req.parameters.get("id", as: UUID.self), in: round, actor: .of(req))
    return Flash.redirect(req, to: Paths.round(round.slug), notice: "ยกเลิกการขยายเวลาแล้ว")
  }

  func apiList(req: Request) async throws -> [RoundJSON] {
    try await RoundQueries(db: req.db).all().map(RoundJSON.init)
  }

  /// National admins only: 201 with the new round, 200 with the one that already exists (left
  /// as it is), a Thai 422 naming each bad field.
  func apiCreate(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    let input = try req.jsonBody(RoundInputJSON.self)
    switch RoundRequest.validate(fiscalYear: input.fiscalYear, kind: input.round, dueDate: input.dueDate, style: .iso) {
    case .failure(let errors):
      // The API calls the kind `round`.
      throw FieldValidationError(
        fields: Dictionary(errors.messages.map { ($0.key == "kind" ? "round" : $0.key, $0.value) }) { first, _ in first
        })
    case .success(let request):
      let (round, created) = try await RoundQueries(db: req.db).ensure(
        request, open: input.open ?? false, actor: .of(req))
      if created { req.application.readCache.clear() }
      return try await RoundJSON(round).encodeResponse(status: created ? .created : .ok, for: req)
    }
  }

  private func list(_ req: Request, values: [String: String], errors: FieldErrors, status: HTTPStatus) async throws
    -> Response
  {
    let rounds = try await RoundQueries(db: req.db).all()
    let model = RoundsModel(rounds: rounds.map(RoundsModel.Row.init), values: values, errors: errors)
    return req.page(RoundsPage(shell: req.shell("รอบการรายงาน"), model: model).html, status: status)
  }

  private func page(_ req: Request, _ round: ReportRound, problem: String?) async throws -> Response {
    let extensions = try await RoundQueries(db: req.db).extensions(of: round)
    let names = try await Organization.query(on: req.db).filter(\.$id ~~ extensions.map(\.orgCode)).all()
    let model = RoundModel(
      round: round, extensions: extensions,
      names: Dictionary(uniqueKeysWithValues: names.map { ($0.code, $0.fullName) }), problem: problem)
    return req.page(
      RoundPage(shell: req.shell(round.title), model: model).html, status: problem == nil ? .ok : .unprocessableEntity)
  }
}
