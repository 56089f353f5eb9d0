import Domain
import Fluent
import Vapor

/// Everything a plan route needs, loaded from `:code` and `:period`: the organization, the
/// period's framework, the plan (if created) and what the signed-in user may do with it.
struct PlanContext {
  let record: OrganizationRecord
  let period: PlanPeriod
  let plan: Plan?
  let user: CurrentUser?
  let outline: FrameworkOutline

  var code: String { record.organization.code }
  var years: [Int] { period.fiscalYears }
  var periodOpen: Bool { PlanWorkflow.isOpen(endYear: period.endYear, now: Date()) }
  var canEdit: Bool { user?.policy.canEditPlan(of: record.place) ?? false }
  var canApprove: Bool { user?.policy.canApprovePlan(of: record.place) ?? false }
  var canReview: Bool { user?.isNationalAdmin ?? false }
  var canSeeHistory: Bool { user?.policy.canView(record.place) ?? false }

  static func load(_ req: Request) async throws -> PlanContext {
    guard let code = req.parameters.get("code").flatMap(DLACode.init)?.value else {
      throw Abort(.notFound, reason: "รหัสองค์กรต้องเป็นตัวเลข 7 หลัก")
    }
    let record = try await OrganizationQueries(db: req.db).require(code)
    let period = try await FrameworkQueries(db: req.db).require(req.parameters.get("period") ?? "")
    let plan = try await PlanQueries(db: req.db).plan(org: code, periodID: period.requireID())
    return PlanContext(record: record, period: period, plan: plan, user: req.currentUser, outline: period.outline)
  }

  /// The plan, or a Thai 404 telling that it has not been created.
  func requirePlan() throws -> Plan {
    guard let plan else {
      throw Abort(.notFound, reason: "\(record.organization.fullName) ยังไม่ได้จัดทำแผนช่วงปี \(period.code)")
    }
    return plan
  }

  /// The plan if this user may amend it now, else a Thai 403/409 saying why.
  func requireEditable() throws -> Plan {
    guard user != nil else { throw Abort(.unauthorized) }
    guard canEdit else {
      throw Abort(.forbidden, reason: "เฉพาะเจ้าหน้าที่ของ \(record.organization.fullName) เท่านั้นที่แก้ไขแผนนี้ได้")
    }
    let plan = try requirePlan()
    try check(.edit, plan: plan, projectCount: 1)
    return plan
  }

  /// Runs the workflow rule; a refusal becomes a Thai 403 (role) or 409 (state).
  @discardableResult
  func check(_ action: PlanAction, plan: Plan, projectCount: Int) throws -> PlanStatus {
    switch PlanWorkflow.apply(
      action, to: plan.status, role: user?.role ?? .laoOfficer, periodOpen: periodOpen, projectCount: projectCount)
    {
    case .success(let status): return status
    case .failure(.role(let message)): throw Abort(.forbidden, reason: message)
    case .failure(let refusal): throw Abort(.conflict, reason: refusal.message)
    }
  }
}

extension PlanPeriod {
  /// The framework as pure data for validation. Needs dimensions and sub-missions loaded.
  var outline: FrameworkOutline {
    FrameworkOutline(
      code: code, years: fiscalYears,
      dimensions: dimensions.sorted { $0.number < $1.number }.map { dimension in
        .init(
          number: dimension.number, name: dimension.name,
          subMissions: dimension.subMissions.sorted { $0.sortOrder < $1.sortOrder }.map { ($0.number, $0.name) })
      })
  }
}
