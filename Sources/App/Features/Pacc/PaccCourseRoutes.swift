import Domain
import Fluent
import Vapor

/// Courses: sessions, registration (typed or imported), results, certificates (issue, print,
/// revoke) for PACC officers; the public certificate check and its API for everyone.
struct PaccCourseRoutes: RouteCollection {
  func boot(routes: RoutesBuilder) throws {
    let sessions = routes.grouped("pacc", "sessions")
    sessions.get(use: list)
    sessions.post(use: create)
    sessions.get(":id", use: show)
    sessions.post(":id", "trainees", use: addTrainee)
    sessions.on(.POST, ":id", "import", body: .collect(maxSize: "2mb"), use: importTrainees)
    sessions.post(":id", "results", use: saveResults)
    sessions.post(":id", "certificates", use: issue)
    routes.get("pacc", "certificates", ":number", "print", use: printCertificate)
    routes.post("pacc", "certificates", ":number", "revoke", use: revoke)
    routes.get("certificates", use: check)
    routes.get("api", "v1", "certificates", ":number", use: apiCheck)
  }

  func list(req: Request) async throws -> Response {
    let (_, access) = try PaccContext.access(req)
    return try await renderList(req, access, year: try PaccContext.year(req), values: [:], errors: FieldErrors())
  }

  private func renderList(
    _ req: Request, _ access: PaccAccess, year: Int, values: [String: String], errors: FieldErrors,
    status: HTTPStatus = .ok
  ) async throws -> Response {
    let sessions = try await PaccCourseQueries(db: req.db).sessions(
      fiscalYear: year, offices: access.isCentral ? nil : [access.office.number])
    let page = PaccSessionListPage(
      shell: req.shell("การอบรม ปี \(year)"), year: year, sessions: sessions, values: values, errors: errors)
    return req.page(page.html, status: status)
  }

  func create(req: Request) async throws -> Response {
    let (_, access) = try PaccContext.access(req)
    let form = (try? req.content.decode([String: String].self)) ?? [:]
    switch PaccSessionInput.parse(form) {
    case .failure(let errors):
      return try await renderList(
        req, access, year: FiscalYear(containing: Date()).buddhistYear, values: form, errors: errors,
        status: .unprocessableEntity)
    case .success(let input):
      let session = try await PaccCourseQueries(db: req.db).createSession(input, office: access.office, actor: .of(req))
      return Flash.redirect(req, to: Paths.paccSession(try session.requireID()), notice: "เพิ่มรุ่นการอบรมแล้ว")
    }
  }

  private func load(_ req: Request) async throws -> PaccSession {
    let (_, access) = try PaccContext.access(req)
    let session = try await PaccCourseQueries(db: req.db).session(try PaccContext.uuid(req))
    try PaccContext.require(access, sees: session.office)
    return session
  }

  func show(req: Request) async throws -> Response {
    try await render(req, try await load(req), errors: FieldErrors())
  }

  private func render(
    _ req: Request, _ session: PaccSession, values: [String: String] = [:], errors: FieldErrors,
    status: HTTPStatus = .ok
  ) async throws -> Response {
    let queries = PaccCourseQueries(db: req.db)
    let trainees = try await queries.trainees(of: session)
    let page = PaccSessionPage(
      shell: req.shell(session.title), session: session, trainees: trainees,
      certificates: try await queries.certificates(of: trainees), values: values, errors: errors)
    return req.page(page.html, status: status)
  }

  func addTrainee(req: Request) async throws -> Response {
    let session = try await load(req)
    let form = (try? req.content.decode([String: String].self)) ?? [:]
    guard
      let person = PaccTraineeInput.parse(
        name: form["name"] ?? "", position: form["position"] ?? "", unit: form["unit"] ?? "", org: form["org"] ?? "")
    else {
      var errors = FieldErrors()
      errors["name"] = "กรุณากรอกชื่อ-นามสกุล"
      return try await render(req, session, values: form, errors: errors, status: .unprocessableEntity)
    }
    let added = try await PaccCourseQueries(db: req.db).register([person], in: session, actor: .of(req))
    return Flash.redirect(
      req, to: Paths.paccSession(try session.requireID()), notice: added == 0 ? "มีชื่อนี้ในรุ่นแล้ว" : "เพิ่มผู้เข้ารับการอบรมแล้ว")
  }

  struct ImportForm: Content { var file: File? }

  func importTrainees(req: Request) async throws -> Response {
    let session = try await load(req)
    let form = try req.content.decode(ImportForm.self)
    var errors = FieldErrors()
    let text = form.file.map { String(decoding: Data(buffer: $0.data), as: UTF8.self) } ?? ""
    switch PaccTraineeInput.parse(csv: text) {
    case .failure(let refusal): errors["file"] = refusal.reason
    case .success(let people):
      let added = try await PaccCourseQueries(db: req.db).register(people, in: session, actor: .of(req))
      return Flash.redirect(req, to: Paths.paccSession(try session.requireID()), notice: "นำเข้ารายชื่อ \(added) คนแล้ว")
    }
    return try await render(req, session, errors: errors, status: .unprocessableEntity)
  }

  func saveResults(req: Request) async throws -> Response {
    let session = try await load(req)
    let form = (try? req.content.decode([String: String].self)) ?? [:]
    var results: [UUID: (attended: Bool, score: Int?)] = [:]
    var errors = FieldErrors()
    for trainee in try await PaccCourseQueries(db: req.db).trainees(of: session) {
      // A row the form did not send (a page older than the trainee) stays as it is.
      guard let id = trainee.id, let typed = form["score-\(id.uuidString)"] else { continue }
      let key = id.uuidString
      switch PaccTraining.score(typed) {
      case .success(let score): results[id] = (form["attended-\(key)"] == "1", score)
      case .failure(let refusal): errors["score-\(key)"] = "\(trainee.name): \(refusal.reason)"
      }
    }
    guard errors.isEmpty else {
      return try await render(req, session, values: form, errors: errors, status: .unprocessableEntity)
    }
    let changed = try await PaccCourseQueries(db: req.db).saveResults(results, in: session, actor: .of(req))
    return Flash.redirect(req, to: Paths.paccSession(try session.requireID()), notice: "บันทึกผล \(changed) คนแล้ว")
  }

  func issue(req: Request) async throws -> Response {
    let session = try await load(req)
    let issued = try await PaccCourseQueries(db: req.db).issue(for: session, actor: .of(req))
    return Flash.redirect(
      req, to: Paths.paccSession(try session.requireID()),
      notice: issued == 0 ? "ไม่มีผู้ผ่านเกณฑ์ที่ยังไม่ได้รับใบประกาศนียบัตร" : "ออกใบประกาศนียบัตร \(issued) ใบแล้ว")
  }

  private func officerCertificate(_ req: Request) async throws -> PaccCertificate {
    let (_, access) = try PaccContext.access(req)
    guard let number = PaccCertificateNumber.normalizedNumber(req.parameters.get("number") ?? ""),
      let certificate = try await PaccCourseQueries(db: req.db).certificate(number: number)
    else { throw Abort(.notFound, reason: "ไม่พบใบประกาศนียบัตรเลขที่นี้") }
    try PaccContext.require(access, sees: certificate.office)
    return certificate
  }

  func printCertificate(req: Request) async throws -> Response {
    let certificate = try await officerCertificate(req)
    return req.page(
      PaccCertificatePrintPage(certificate: certificate, checkURL: req.publicBase + Paths.certificateCheck).html)
  }

  func revoke(req: Request) async throws -> Response {
    let certificate = try await officerCertificate(req)
    let form = (try? req.content.decode([String: String].self)) ?? [:]
    let reason = PaccText.clean(form["reason"] ?? "", max: 500)
    guard !reason.isEmpty else { throw Abort(.unprocessableEntity, reason: "กรุณาระบุเหตุผลที่เพิกถอน") }
    try await PaccCourseQueries(db: req.db).revoke(certificate, reason: reason, actor: .of(req))
    let session = try await PaccTrainee.find(certificate.traineeID, on: req.db)?.sessionID
    return Flash.redirect(
      req, to: session.map(Paths.paccSession) ?? Paths.paccSessions,
      notice: "เพิกถอนใบประกาศนียบัตร \(certificate.number) แล้ว")
  }

  /// `/certificates?number=&code=`: anyone checks a certificate; an unknown number and a
  /// wrong code read the same.
  /// Wrong number-and-code pairs an address may try in an hour before it waits (a right one is given back).
  static let maxWrongChecks = 30

  private func verify(_ req: Request, number: String, code: String) async throws -> PaccCertificate? {
    let throttle = ComplaintThrottleQueries(db: req.db)
    let key = ComplaintThrottleQueries.key(.certificate, address: req.clientAddress)
    if let wait = try await throttle.admit(key, limit: Self.maxWrongChecks) {
      throw ComplaintThrottleQueries.tooMany(wait)
    }
    guard let normalizedNumber = PaccCertificateNumber.normalizedNumber(number),
      let normalizedCode = PaccCertificateNumber.normalizedCode(code),
      let found = try await PaccCourseQueries(db: req.db).verify(number: normalizedNumber, code: normalizedCode)
    else { return nil }
    try await throttle.giveBack(key)
    return found
  }

  func check(req: Request) async throws -> Response {
    let typedNumber = req.query[String.self, at: "number"] ?? ""
    let typedCode = req.query[String.self, at: "code"] ?? ""
    var model = PaccCertificateCheckModel(number: typedNumber, code: typedCode)
    if !typedNumber.isEmpty || !typedCode.isEmpty {
      model.asked = true
      if let number = PaccCertificateNumber.normalizedNumber(typedNumber),
        let code = PaccCertificateNumber.normalizedCode(typedCode)
      {
        model.found = try await PaccCourseQueries(db: req.db).verify(number: number, code: code).map(
          PaccCertificateJSON.init)
      }
    }
    return req.page(
      PaccCertificateCheckPage(shell: req.shell("ตรวจสอบใบประกาศนียบัตร"), model: model).html,
      status: model.asked && model.found == nil ? .notFound : .ok)
  }

  func apiCheck(req: Request) async throws -> PaccCertificateJSON {
    guard
      let found = try await verify(
        req, number: req.parameters.get("number") ?? "", code: req.query[String.self, at: "code"] ?? "")
    else {
      throw Abort(.notFound, reason: "ไม่พบใบประกาศนียบัตรที่ตรงกับเลขที่และรหัสตรวจสอบนี้")
    }
    return PaccCertificateJSON(found)
  }
}
