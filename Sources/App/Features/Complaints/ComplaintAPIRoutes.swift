import Domain
import Fluent
import Vapor

/// `POST /api/v1/complaints` (no account, no form token: JSON) and
/// `GET /api/v1/complaints/{receipt}`; unknown receipts are a 404 alike, throttled per address.
struct ComplaintAPIRoutes: RouteCollection {
  func boot(routes: any RoutesBuilder) throws {
    let api = routes.grouped(ComplaintPrivacyMiddleware()).grouped("api", "v1", "complaints")
    api.post(use: file)
    api.get(":receipt", use: status)
    routes.grouped(ComplaintPrivacyMiddleware()).post("api", "v1", "complaint-status", use: statusByBody)
  }

  func file(req: Request) async throws -> Response {
    let vault = try req.requireVault()
    let body = try req.content.decode(ComplaintFilingRequest.self)
    guard let code = DLACode(body.organizationCode)?.value,
      let record = try await OrganizationQueries(db: req.db).record(code)
    else { throw Abort(.unprocessableEntity, reason: "ไม่พบองค์กรรหัส \(String(body.organizationCode.prefix(20)))") }
    let throttle = ComplaintThrottleQueries(db: req.db)
    let key = ComplaintThrottleQueries.key(.filing, address: req.clientAddress)
    if let wait = try await throttle.admit(key, limit: ComplaintThrottleQueries.maxFilings) {
      throw ComplaintThrottleQueries.tooMany(wait)
    }
    let validated = ComplaintFiling.validate(
      concern: body.concern, concerns: body.concerns, details: body.details, when: body.when, where: body.where,
      witnesses: body.witnesses, anonymous: body.anonymous, name: body.name, contact: body.contact,
      aboutExecutive: body.aboutExecutive ?? false)
    let filing: ComplaintFiling
    switch validated {
    case .failure(let errors):
      try await throttle.giveBack(key)
      let fields = errors.messages.keys.sorted()
      throw Abort(.unprocessableEntity, reason: fields.compactMap { errors[$0] }.joined(separator: " "))
    case .success(let valid): filing = valid
    }
    let now = Date()
    let receipt = try await ComplaintQueries(db: req.db, vault: vault).file(
      filing, to: record.place, project: nil, uploads: [], now: now)
    let clock = ComplaintClock(receivedAt: now)
    let answer = ComplaintFiledResponse(
      receipt: receipt.grouped, organizationCode: record.organization.code, receivedOn: clock.receivedOn,
      dueOn: clock.dueOn, handledBy: filing.aboutExecutive ? "province" : "organization")
    return try await answer.encodeResponse(status: .created, for: req)
  }

  func status(req: Request) async throws -> ComplaintStatusDTO {
    try await status(req, typed: req.parameters.get("receipt") ?? "")
  }

  /// The same, with `{"receipt": …}` as the body: nothing in the address.
  func statusByBody(req: Request) async throws -> ComplaintStatusDTO {
    struct Body: Content { var receipt: String }
    return try await status(req, typed: try req.content.decode(Body.self).receipt)
  }

  private func status(_ req: Request, typed: String) async throws -> ComplaintStatusDTO {
    let (found, _) = try await ComplaintLookup.find(req, typed: typed)
    guard let complaint = found else { throw Abort(.notFound, reason: ComplaintLookup.notFoundMessage) }
    let view = try await ComplainantView.load(req.db, vault: try req.requireVault(), complaint)
    return ComplaintStatusDTO(
      organizationCode: view.organizationCode, organizationName: view.organizationName, state: view.state.rawValue,
      stateName: view.state.thaiName, outcome: view.outcome?.rawValue, outcomeName: view.outcome?.thaiName,
      receivedAt: view.receivedAt, dueOn: view.clock.dueOn, closedAt: view.closedAt, overdue: view.overdue,
      handledBy: view.handledBy,
      messages: view.messages.map {
        .init(
          at: $0.at, from: $0.fromComplainant ? "complainant" : "handler", kind: $0.kind.rawValue,
          text: $0.text ?? ($0.state.map { "สถานะ: " + $0.thaiName }))
      })
  }
}
