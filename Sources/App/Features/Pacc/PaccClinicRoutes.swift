import Domain
import Fluent
import Vapor

/// The governance clinic: anyone (an LAO from its account, any unit from the public form)
/// asks; the office covering the unit's province answers and may publish the question, reworded,
/// among the frequent ones.
struct PaccClinicRoutes: RouteCollection {
  static let maxRequestsPerHour = 10

  func boot(routes: RoutesBuilder) throws {
    routes.get("clinic", use: publicPage)
    routes.post("clinic", use: request)
    routes.get("pacc", "clinic", use: list)
    routes.get("pacc", "clinic", ":id", use: show)
    routes.post("pacc", "clinic", ":id", use: answer)
  }

  private func renderPublic(
    _ req: Request, values: [String: String], errors: FieldErrors, sent: Bool = false, status: HTTPStatus = .ok
  ) async throws -> Response {
    let provinces = try await ProvinceDirectory.load(on: req.db)
    var values = values
    if values["unitName"] == nil, let code = req.currentUser?.orgCode,
      let record = try? await OrganizationQueries(db: req.db).require(code)
    {
      values["unitName"] = record.organization.fullName
      values["province"] = record.organization.provinceCode
    }
    let model = PaccClinicPublicModel(
      faqs: try await PaccClinicQueries(db: req.db).faqs(),
      provinces: provinces.sorted.compactMap { province in province.id.map { ($0, province.nameTH) } },
      values: values, errors: errors, sent: sent)
    return req.page(
      PaccClinicPublicPage(shell: req.shell("คลินิกส่งเสริมธรรมาภิบาลต่อต้านการทุจริต"), model: model).html, status: status)
  }

  func publicPage(req: Request) async throws -> Response {
    try await renderPublic(req, values: [:], errors: FieldErrors(), sent: req.query[String.self, at: "sent"] == "1")
  }

  func request(req: Request) async throws -> Response {
    let form = (try? req.content.decode([String: String].self)) ?? [:]
    let throttle = ComplaintThrottleQueries(db: req.db)
    let key = ComplaintThrottleQueries.key(.clinic, address: req.clientAddress)
    if let wait = try await throttle.admit(key, limit: Self.maxRequestsPerHour) {
      throw ComplaintThrottleQueries.tooMany(wait)
    }
    switch PaccClinicRequest.parse(form) {
    case .failure(let errors):
      try await throttle.giveBack(key)
      return try await renderPublic(req, values: form, errors: errors, status: .unprocessableEntity)
    case .success(let input):
      let queries = PaccQueries(db: req.db)
      let office = try await queries.office(ofProvince: input.province) ?? .central
      // An LAO's own account files for its organization.
      let user = req.currentUser
      let orgCode = user.flatMap { $0.role.isLAORole ? $0.orgCode : nil }
      _ = try await PaccClinicQueries(db: req.db).file(input, office: office, orgCode: orgCode, actor: .of(req))
      return Flash.redirect(
        req, to: Paths.withQuery(Paths.clinic, [("sent", "1")]),
        notice: "ส่งคำขอรับคำปรึกษาถึง \(office.fullName) แล้ว เจ้าหน้าที่จะติดต่อกลับตามช่องทางที่ให้ไว้")
    }
  }

  func list(req: Request) async throws -> Response {
    let (_, access) = try PaccContext.access(req)
    let state = req.query[String.self, at: "state"].flatMap(PaccClinicState.init(rawValue:))
    let items = try await PaccClinicQueries(db: req.db).list(
      offices: access.isCentral ? nil : [access.office.number], state: state)
    return req.page(PaccClinicListPage(shell: req.shell("คลินิกธรรมาภิบาล"), items: items, state: state).html)
  }

  private func load(_ req: Request) async throws -> PaccConsultation {
    let (_, access) = try PaccContext.access(req)
    let item = try await PaccClinicQueries(db: req.db).find(try PaccContext.uuid(req))
    try PaccContext.require(access, sees: item.office)
    return item
  }

  func show(req: Request) async throws -> Response {
    let item = try await load(req)
    return req.page(
      PaccConsultationPage(shell: req.shell("คำขอรับคำปรึกษา"), item: item, values: [:], errors: FieldErrors()).html)
  }

  func answer(req: Request) async throws -> Response {
    let item = try await load(req)
    let form = (try? req.content.decode([String: String].self)) ?? [:]
    switch PaccClinicAnswer.parse(form) {
    case .failure(let errors):
      return req.page(
        PaccConsultationPage(shell: req.shell("คำขอรับคำปรึกษา"), item: item, values: form, errors: errors).html,
        status: .unprocessableEntity)
    case .success(let input):
      try await PaccClinicQueries(db: req.db).answer(item, with: input, actor: .of(req))
      return Flash.redirect(req, to: Paths.paccConsultation(try item.requireID()), notice: "บันทึกแล้ว")
    }
  }
}
