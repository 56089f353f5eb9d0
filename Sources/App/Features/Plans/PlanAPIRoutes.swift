import Domain
import Fluent
import Vapor

/// JSON for plans: anyone reads (plans are public documents); only the owner LAO's officer
/// writes, signed in, with the X-CSRF-Token header.
struct PlanAPIRoutes: RouteCollection {
  func boot(routes: any RoutesBuilder) throws {
    let plan = routes.grouped("api", "v1", "organizations", ":code", "plans", ":period")
    plan.get(use: show)
    plan.post("projects", use: create)
    plan.put("projects", ":id", use: update)
    plan.delete("projects", ":id", use: remove)
  }

  func show(req: Request) async throws -> PlanJSON {
    let context = try await PlanContext.load(req)
    let plan = try context.requirePlan()
    let projects = try await PlanQueries(db: req.db).projects(of: plan.requireID())
    let snapshots = projects.map { $0.snapshot() }
    let totals = PlanTotals(projects: snapshots, years: context.years)
    return PlanJSON(
      organizationCode: context.code, organizationName: context.record.organization.fullName,
      period: context.period.code,
      fiscalYears: context.years, status: plan.status.rawValue, statusName: plan.status.thaiName,
      approvedVersions: plan.approvedVersions, approvedAt: plan.approvedAt, approverName: plan.approverName,
      projectCount: totals.overall.count,
      budgetTotals: Dictionary(
        uniqueKeysWithValues: context.years.map { (String($0), totals.overall.budget($0).decimalString) }),
      projects: zip(projects, snapshots).map { PlanJSON.Project($0.1, years: context.years, version: $0.0.version) })
  }

  func create(req: Request) async throws -> Response {
    let context = try await PlanContext.load(req)
    let plan = try context.requireEditable()
    let input = try Self.json(req)
    let valid = try validate(input, context)
    if valid.number > 0,
      try await PlanQueries(db: req.db).numberTaken(valid.number, in: plan.requireID())
    {
      throw Abort(.conflict, reason: "มีโครงการลำดับ \(valid.number) อยู่แล้ว")
    }
    let project = try await PlanQueries(db: req.db).addProject(valid, to: plan, years: context.years, actor: .of(req))
    return try await PlanJSON.Project(
      project.snapshot(budgets: valid.budgets), years: context.years, version: project.version
    )
    .encodeResponse(status: .created, for: req)
  }

  /// The body, which the API takes as JSON only (as its spec says): a form or multipart body
  /// is a Thai 415.
  static func json(_ req: Request) throws -> ProjectInputJSON { try req.jsonBody(ProjectInputJSON.self) }

  func update(req: Request) async throws -> PlanJSON.Project {
    let context = try await PlanContext.load(req)
    let plan = try context.requireEditable()
    let project = try await PlanQueries(db: req.db).project(
      req.parameters.get("id", as: UUID.self), in: plan.requireID())
    guard project.deletedAt == nil else { throw Abort(.gone, reason: "โครงการนี้ถูกลบไปแล้ว") }
    let input = try Self.json(req)
    guard let version = input.version else { throw Abort(.badRequest, reason: "ต้องส่ง version ของโครงการที่อ่านมา") }
    var valid = try validate(input, context)
    if valid.number == 0 { valid.number = project.number }
    let saved = try await PlanQueries(db: req.db).updateProject(
      project, with: valid, expectedVersion: version, plan: plan, years: context.years, actor: .of(req))
    guard saved else { throw Abort(.conflict, reason: "มีผู้อื่นแก้ไขโครงการนี้ไปก่อน กรุณาอ่านข้อมูลล่าสุดแล้วแก้ไขอีกครั้ง") }
    let fresh = try await PlanQueries(db: req.db).project(project.id, in: plan.requireID())
    return PlanJSON.Project(fresh.snapshot(), years: context.years, version: fresh.version)
  }

  func remove(req: Request) async throws -> HTTPStatus {
    let context = try await PlanContext.load(req)
    let plan = try context.requireEditable()
    let project = try await PlanQueries(db: req.db).project(
      req.parameters.get("id", as: UUID.self), in: plan.requireID())
    guard project.deletedAt == nil else { throw Abort(.gone, reason: "โครงการนี้ถูกลบไปแล้ว") }
    try await PlanQueries(db: req.db).removeProject(project, plan: plan, actor: .of(req))
    return .noContent
  }

  /// Shared validation; problems come back as 422 with a Thai message per field.
  private func validate(_ input: ProjectInputJSON, _ context: PlanContext) throws -> ImportedProject {
    switch ProjectRules.validate(input.cells, framework: context.outline, numberRequired: false) {
    case .success(let project): return project
    case .failure(let errors): throw FieldValidationError(fields: errors.messages)
    }
  }
}

/// A 422 whose JSON lists a Thai message per field.
struct FieldValidationError: AbortError {
  let fields: [String: String]
  var status: HTTPStatus { .unprocessableEntity }
  var reason: String { "ข้อมูลไม่ถูกต้อง: " + fields.keys.sorted().map { "\($0): \(fields[$0]!)" }.joined(separator: "; ") }
}
