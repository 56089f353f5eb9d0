import Domain
import Fluent
import Vapor

/// Reads and writes plans and their projects. Every write runs in one transaction with its
/// audit records, bumps the plan's version, and turns an approved plan into an amendment.
struct PlanQueries {
  let db: Database
  static let projectEntity = "plan_project"
  static let planEntity = "plan"

  func plan(org: String, periodID: UUID) async throws -> Plan? {
    try await Plan.query(on: db).filter(\.$orgCode == org).filter(\.$period.$id == periodID).first()
  }

  /// Active projects (not removed) with their budgets, in plan order.
  func projects(of planID: UUID) async throws -> [PlanProject] {
    let projects = try await PlanProject.query(on: db).filter(\.$plan.$id == planID).filter(\.$deletedAt == nil)
      .sort(\.$number).all()
    // Fluent's eager loader matches children to parents pairwise (quadratic); a plan may
    // hold thousands of projects, so budgets are grouped here in one pass.
    let budgets = try await PlanProjectBudget.query(on: db)
      .join(PlanProject.self, on: \PlanProjectBudget.$project.$id == \PlanProject.$id)
      .filter(PlanProject.self, \.$plan.$id == planID).all()
    let byProject = Dictionary(grouping: budgets) { $0.$project.id }
    for project in projects { project.$budgets.value = byProject[project.id!] ?? [] }
    return projects
  }

  /// Counted and uncounted active projects, without loading them.
  func activeCount(of planID: UUID) async throws -> Int {
    try await PlanProject.query(on: db).filter(\.$plan.$id == planID).filter(\.$deletedAt == nil).count()
  }

  /// Whether another active project of the plan already has this number.
  func numberTaken(_ number: Int, in planID: UUID, except: UUID? = nil) async throws -> Bool {
    let query = PlanProject.query(on: db).filter(\.$plan.$id == planID).filter(\.$deletedAt == nil)
      .filter(\.$number == number)
    if let except { query.filter(\.$id != except) }
    return try await query.count() > 0
  }

  func snapshots(of planID: UUID) async throws -> [ProjectSnapshot] {
    try await projects(of: planID).map { $0.snapshot() }
  }

  /// A project of this plan (removed ones too, for their history), or a Thai 404.
  func project(_ id: UUID?, in planID: UUID) async throws -> PlanProject {
    guard let id,
      let project = try await PlanProject.query(on: db).filter(\.$id == id).filter(\.$plan.$id == planID)
        .with(\.$budgets).first()
    else { throw Abort(.notFound, reason: "ไม่พบโครงการนี้ในแผน") }
    return project
  }

  func create(org: String, period: PlanPeriod, actor: AuditActor) async throws -> Plan {
    try await db.writeTransaction { db in
      let plan = Plan(orgCode: org, periodID: try period.requireID())
      try await plan.create(on: db)
      try await StatsQueries.planFiguresChanged(on: db)
      try await AuditLog.record(
        on: db, actor: actor, action: "สร้างแผน", entity: Self.planEntity, entityID: try plan.requireID().uuidString,
        orgCode: org, after: ["period": period.code])
      return plan
    }
  }

  func addProject(_ input: ImportedProject, to plan: Plan, years: [Int], actor: AuditActor) async throws -> PlanProject
  {
    try await db.writeTransaction { db in
      let existing = try await PlanProject.query(on: db).filter(\.$plan.$id == plan.requireID())
        .filter(\.$deletedAt == nil).count()
      guard existing < PlanImport.maxProjects else {
        throw Abort(.unprocessableEntity, reason: PlanImport.tooManyProjects)
      }
      let number = input.number > 0 ? input.number : try await nextNumber(plan, on: db)
      let project = PlanProject.make(for: try plan.requireID(), number: number, input: input)
      try await project.create(on: db)
      try await project.replaceBudgets(input.budgets, on: db)
      try await touch(plan, on: db)
      try await AuditLog.record(
        on: db, actor: actor, action: "เพิ่มโครงการ", entity: Self.projectEntity, entityID: project.id!.uuidString,
        orgCode: plan.orgCode, after: project.auditFields(years: years, budgets: input.budgets))
      return project
    }
  }

  /// Saves if nobody saved the project since `expectedVersion`; false means a conflict.
  func updateProject(
    _ project: PlanProject, with input: ImportedProject, expectedVersion: Int, plan: Plan, years: [Int],
    actor: AuditActor
  ) async throws -> Bool {
    try await db.writeTransaction { db in
      guard
        let current = try await PlanProject.query(on: db).filter(\.$id == project.requireID())
          .filter(\.$deletedAt == nil).with(\.$budgets).first(), current.version == expectedVersion
      else { return false }
      let before = current.auditFields(years: years)
      current.apply(input)
      current.version += 1
      try await current.update(on: db)
      try await current.replaceBudgets(input.budgets, on: db)
      try await touch(plan, on: db)
      let moved = before["ภารกิจตามมิติ"] != nil && (current.subMission ?? "—") != before["ภารกิจตามมิติ"]
      try await AuditLog.record(
        on: db, actor: actor, action: moved ? "ย้ายโครงการ" : "แก้ไขโครงการ", entity: Self.projectEntity,
        entityID: current.id!.uuidString, orgCode: plan.orgCode, before: before,
        after: current.auditFields(years: years, budgets: input.budgets))
      return true
    }
  }

  func removeProject(_ project: PlanProject, plan: Plan, actor: AuditActor) async throws {
    try await db.writeTransaction { db in
      project.deletedAt = Date()
      project.version += 1
      try await project.update(on: db)
      try await touch(plan, on: db)
      try await AuditLog.record(
        on: db, actor: actor, action: "ลบโครงการ", entity: Self.projectEntity, entityID: project.id!.uuidString,
        orgCode: plan.orgCode, before: ["สถานะ": "อยู่ในแผน"], after: ["สถานะ": "ลบแล้ว"])
    }
  }

  /// National staff mark (or clear) ไม่สอดคล้องกับมิติ; this does not amend the plan.
  func setConsistency(_ project: PlanProject, inconsistent: Bool, reason: String?, plan: Plan, actor: AuditActor)
    async throws
  {
    try await db.writeTransaction { db in
      let before = [
        "ความสอดคล้องกับมิติ": project.inconsistent ? "ไม่สอดคล้อง" : "สอดคล้อง", "เหตุผล": project.inconsistentReason ?? "",
      ]
      project.inconsistent = inconsistent
      project.inconsistentReason = inconsistent ? reason : nil
      project.version += 1
      try await project.update(on: db)
      try await ProjectIndexQueries(db: db).refresh(planID: plan.requireID())
      try await StatsQueries.planFiguresChanged(on: db)
      try await AuditLog.record(
        on: db, actor: actor, action: inconsistent ? "ระบุว่าไม่สอดคล้องกับมิติ" : "ยกเลิกการระบุว่าไม่สอดคล้อง",
        entity: Self.projectEntity, entityID: project.id!.uuidString, orgCode: plan.orgCode, before: before,
        after: ["ความสอดคล้องกับมิติ": inconsistent ? "ไม่สอดคล้อง" : "สอดคล้อง", "เหตุผล": reason ?? ""])
    }
  }

  func submit(_ plan: Plan, by name: String, actor: AuditActor) async throws {
    try await changeStatus(plan, to: .submitted, action: "ส่งแผนให้ผู้บริหาร", actor: actor) { plan in
      plan.submittedAt = Date()
      plan.submittedBy = name
      plan.returnComment = nil
    }
  }

  func returnForRevision(_ plan: Plan, comment: String, actor: AuditActor) async throws {
    try await changeStatus(plan, to: .returned, action: "ผู้บริหารส่งแผนกลับให้แก้ไข", actor: actor, note: comment) {
      $0.returnComment = comment
    }
  }

  /// Approves the plan and freezes its projects, and the book's front matter as it prints
  /// (`book`, JSON), as the next numbered version.
  func approve(_ plan: Plan, name: String, position: String, book: String? = nil, actor: AuditActor) async throws
    -> PlanVersion
  {
    try await db.writeTransaction { db in
      let snapshots = try await PlanQueries(db: db).snapshots(of: plan.requireID())
      let version = PlanVersion()
      version.$plan.id = try plan.requireID()
      version.number = plan.approvedVersions + 1
      version.approvedAt = Date()
      version.approverName = name
      version.approverPosition = position
      version.projectCount = snapshots.filter { !$0.inconsistent }.count
      version.snapshot = String(decoding: try JSONEncoder().encode(snapshots), as: UTF8.self)
      version.book = book
      try await version.create(on: db)
      try await PlanQueries(db: db).changeStatus(
        plan, to: .approved, action: "ผู้บริหารอนุมัติแผน", actor: actor, note: "\(version.label) โดย \(name) \(position)"
      ) { plan in
        plan.approvedVersions = version.number
        plan.approvedAt = version.approvedAt
        plan.approverName = name
        plan.approverPosition = position
      }
      return version
    }
  }

  func versions(of planID: UUID) async throws -> [PlanVersion] {
    try await PlanVersion.query(on: db).filter(\.$plan.$id == planID).sort(\.$number).all()
  }

  // MARK: - Helpers

  private func changeStatus(
    _ plan: Plan, to status: PlanStatus, action: String, actor: AuditActor, note: String? = nil,
    update: @escaping @Sendable (Plan) -> Void
  ) async throws {
    try await db.writeTransaction { db in
      let before = ["สถานะ": plan.status.thaiName]
      plan.status = status
      plan.version += 1
      update(plan)
      try await plan.update(on: db)
      try await StatsQueries.planFiguresChanged(on: db)
      try await ProjectIndexQueries(db: db).refresh(planID: plan.requireID())
      var after = ["สถานะ": status.thaiName]
      if let note { after["หมายเหตุ"] = note }
      try await AuditLog.record(
        on: db, actor: actor, action: action, entity: Self.planEntity, entityID: try plan.requireID().uuidString,
        orgCode: plan.orgCode, before: before, after: after)
    }
  }

  /// Records that the plan changed; an approved plan becomes a draft amendment.
  func touch(_ plan: Plan, on db: Database) async throws {
    let wasApproved = plan.status == .approved
    if wasApproved { plan.status = .draft }
    plan.version += 1
    try await plan.update(on: db)
    // The public now sees the last approved version, not the amendment being written.
    if wasApproved { try await ProjectIndexQueries(db: db).refresh(planID: plan.requireID()) }
  }

  private func nextNumber(_ plan: Plan, on db: Database) async throws -> Int {
    let highest = try await PlanProject.query(on: db).filter(\.$plan.$id == plan.requireID()).filter(
      \.$deletedAt == nil
    )
    .max(\.$number)
    return (highest ?? 0) + 1
  }
}

extension PlanProject {
  static func make(for planID: UUID, number: Int, input: ImportedProject) -> PlanProject {
    let project = PlanProject()
    project.id = UUID()
    project.$plan.id = planID
    project.number = number
    project.inconsistent = false
    project.version = 1
    project.apply(input)
    return project
  }

  func apply(_ input: ImportedProject) {
    if input.number > 0 { number = input.number }
    type = input.type
    name = input.name
    dimension = input.dimension
    subMission = input.subMission
    objectivesJSON = Self.encode(input.objectives)
    methodJSON = Self.encode(input.method)
    targetGroup = input.targetGroup
    targetGroupCodes = TargetGroup.stored(input.targetGroups)
    responsibleUnit = input.responsibleUnit
    note = input.note
  }

  func replaceBudgets(_ budgets: [Int: Int64], on db: Database) async throws {
    let id = try requireID()
    try await PlanProjectBudget.query(on: db).filter(\.$project.$id == id).delete()
    let rows = budgets.filter { $0.value > 0 }.map {
      PlanProjectBudget(projectID: id, fiscalYear: $0.key, amountSatang: $0.value)
    }
    if !rows.isEmpty { try await rows.create(on: db) }
  }

  /// Needs `budgets` loaded, unless `budgets` is given.
  func snapshot(budgets given: [Int: Int64]? = nil) -> ProjectSnapshot {
    let budgets =
      given ?? Dictionary((($budgets.value ?? []).map { ($0.fiscalYear, $0.amountSatang) }), uniquingKeysWith: +)
    return ProjectSnapshot(
      id: id?.uuidString ?? "", number: number, type: type, name: name, dimension: dimension, subMission: subMission,
      objectives: Self.decode(objectivesJSON), method: Self.decode(methodJSON), targetGroup: targetGroup,
      targetGroups: TargetGroup.fromStored(targetGroupCodes), responsibleUnit: responsibleUnit, budgets: budgets,
      note: note, inconsistent: inconsistent,
      inconsistentReason: inconsistentReason)
  }

  func auditFields(years: [Int], budgets: [Int: Int64]? = nil) -> [String: String] {
    Dictionary(
      snapshot(budgets: budgets).fields(years: years).map { ($0.label, $0.value) }, uniquingKeysWith: { a, _ in a })
  }

  static func encode(_ items: [String]) -> String {
    String(decoding: (try? JSONEncoder().encode(items)) ?? Data("[]".utf8), as: UTF8.self)
  }

  static func decode(_ json: String) -> [String] {
    (try? JSONDecoder().decode([String].self, from: Data(json.utf8))) ?? []
  }
}
