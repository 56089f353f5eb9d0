import Domain
import Fluent
import SQLKit
import Vapor

/// Keeps `public_projects` — the projects of each plan's approved version, which the search,
/// the organization's public page and the open data read — in step with the plans. A plan
/// that is approved shows its current projects (they are the approved version's, plus
/// national staff's consistency marks); one amended since shows its last approved version;
/// one never approved shows nothing.
struct ProjectIndexQueries {
  let db: Database

  static let table = "public_projects"
  static let facetsIndex = "public_projects_facets_idx"
  static let columns = [
    "plan_id", "project_id", "org_code", "province_code", "org_type", "period_code", "plan_version", "approved_at",
    "number", "type", "name", "objectives", "dimension", "sub_mission", "target_groups", "years", "budgets",
    "budget_satang", "inconsistent", "search_text",
  ]

  /// Where a plan's projects come from, for their public rows.
  struct PlanInfo {
    let planID: UUID
    let orgCode: String
    let provinceCode: String
    let orgType: String
    let periodCode: String
    let fiscalYears: [Int]
    let version: Int
    let approvedAt: Date?
  }

  /// One project's public row, in `columns` order.
  static func row(_ project: ProjectSnapshot, plan: PlanInfo) -> [any SQLExpression] {
    let facts = PublicProjectFacts(project, fiscalYears: plan.fiscalYears)
    return [
      SQLBind(plan.planID), SQLBind(project.id), SQLBind(plan.orgCode), SQLBind(plan.provinceCode),
      SQLBind(plan.orgType), SQLBind(plan.periodCode), SQLBind(plan.version),
      plan.approvedAt.map { SQLBind($0) as any SQLExpression } ?? SQLLiteral.null, SQLBind(project.number),
      SQLBind(project.type.rawValue), SQLBind(project.name), SQLBind(facts.objectives), SQLBind(project.dimension),
      SQLBind(project.subMission ?? ""), SQLBind(TargetGroup.stored(project.targetGroups)), SQLBind(facts.years),
      SQLBind(facts.budgets), SQLBind(facts.totalBudget.satang), SQLBind(project.inconsistent),
      SQLBind(facts.searchText),
    ]
  }

  static func insert(_ rows: [[any SQLExpression]], on sql: any SQLDatabase) async throws {
    try await BatchInsert.run(table, columns, rows, on: sql)
  }

  /// Replaces one plan's public rows. Call inside the transaction that changed the plan.
  func refresh(planID: UUID) async throws {
    let sql = db as! any SQLDatabase
    try await sql.delete(from: Self.table).where("plan_id", .equal, SQLBind(planID)).run()
    guard let plan = try await Plan.query(on: db).filter(\.$id == planID).with(\.$period).first(),
      let organization = try await Organization.find(plan.orgCode, on: db)
    else { return }
    let projects: [ProjectSnapshot]
    var version = plan.approvedVersions
    var approvedAt = plan.approvedAt
    if plan.status == .approved {
      projects = try await PlanQueries(db: db).snapshots(of: planID)
    } else if plan.approvedVersions > 0,
      let latest = try await PlanVersion.query(on: db).filter(\.$plan.$id == planID).sort(\.$number, .descending)
        .first()
    {
      projects = (try? JSONDecoder().decode([ProjectSnapshot].self, from: Data(latest.snapshot.utf8))) ?? []
      version = latest.number
      approvedAt = latest.approvedAt
    } else {
      return
    }
    let info = PlanInfo(
      planID: planID, orgCode: plan.orgCode, provinceCode: organization.provinceCode, orgType: organization.type,
      periodCode: plan.period.code, fiscalYears: plan.period.fiscalYears, version: version, approvedAt: approvedAt)
    try await Self.insert(projects.map { Self.row($0, plan: info) }, on: sql)
  }

  /// Fills the index from every plan that has been approved (the migration's backfill).
  func rebuildAll() async throws {
    let plans = try await Plan.query(on: db).group(.or) { group in
      group.filter(\.$status == .approved).filter(\.$approvedVersions > 0)
    }.field(\.$id).all()
    for plan in plans {
      guard let id = plan.id else { continue }
      try await db.writeTransaction { db in try await ProjectIndexQueries(db: db).refresh(planID: id) }
    }
  }

  /// pg_trgm's GIN index over the search text. Without the extension (a server where it may
  /// not be created) search still answers, by scanning.
  static func createTrigramIndex(on sql: any SQLDatabase, logger: Logger) async throws {
    do {
      try await sql.raw("CREATE EXTENSION IF NOT EXISTS pg_trgm").run()
      try await sql.raw(
        "CREATE INDEX public_projects_search_trgm ON public_projects USING gin (search_text gin_trgm_ops)"
      ).run()
    } catch {
      logger.warning("pg_trgm is not available: project search will scan (ask the DBA to CREATE EXTENSION pg_trgm)")
    }
  }
}
