import Domain
import Vapor

/// `/admin/levels`: national admins set from which implementation % a round's result is
/// มาก / ปานกลาง, per round kind (defaults: the national system's 80/50 and 50/20).
struct LevelRoutes: RouteCollection {
  func boot(routes: any RoutesBuilder) throws {
    routes.get("admin", "levels", use: page)
    routes.post("admin", "levels", use: save)
  }

  func page(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    return try await render(req, values: [:], errors: [:], status: .ok)
  }

  func save(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    let form = try req.content.decode([String: String].self)
    var parsed: [RoundKind: LevelThresholds] = [:]
    var errors: [RoundKind: FieldErrors] = [:]
    for kind in RoundKind.allCases {
      let high = form["high_\(kind.rawValue)"] ?? ""
      let medium = form["medium_\(kind.rawValue)"] ?? ""
      switch LevelThresholds.parse(high: high, medium: medium) {
      case .success(let thresholds): parsed[kind] = thresholds
      case .failure(let problems): errors[kind] = problems
      }
    }
    guard errors.isEmpty else {
      return try await render(req, values: form, errors: errors, status: .unprocessableEntity)
    }
    let current = try await LevelQueries(db: req.db).all()
    for (kind, thresholds) in parsed where current[kind] != thresholds {
      try await LevelQueries(db: req.db).set(kind, thresholds, actor: .of(req))
    }
    return Flash.redirect(req, to: Paths.levels, notice: "บันทึกเกณฑ์ระดับแล้ว")
  }

  private func render(
    _ req: Request, values: [String: String], errors: [RoundKind: FieldErrors], status: HTTPStatus
  ) async throws -> Response {
    let current = try await LevelQueries(db: req.db).all()
    let model = LevelsModel(
      kinds: RoundKind.allCases.map { kind in
        let thresholds = current[kind] ?? .defaults(for: kind)
        return .init(
          kind: kind, rule: thresholds.rule(kind), defaults: LevelThresholds.defaults(for: kind).rule(kind),
          high: values["high_\(kind.rawValue)"] ?? Percent(hundredths: thresholds.high).trimmed,
          medium: values["medium_\(kind.rawValue)"] ?? Percent(hundredths: thresholds.medium).trimmed,
          errors: errors[kind] ?? FieldErrors())
      })
    return req.page(LevelsPage(shell: req.shell("เกณฑ์ระดับการนำแผนไปปฏิบัติ"), model: model).html, status: status)
  }
}
