import Domain
import Fluent
import Vapor

/// Adding, editing, moving and removing a plan's projects; their history; consistency review.
struct ProjectRoutes: RouteCollection {
  func boot(routes: any RoutesBuilder) throws {
    let projects = routes.grouped("organizations", ":code", "plans", ":period", "projects")
    projects.get("new", use: newForm)
    projects.post(use: create)
    projects.get(":id", use: show)
    projects.get(":id", "edit", use: editForm)
    projects.post(":id", use: update)
    projects.post(":id", "delete", use: remove)
    projects.post(":id", "consistency", use: consistency)
  }

  func newForm(req: Request) async throws -> Response {
    let context = try await PlanContext.load(req)
    _ = try context.requireEditable()
    let restored = try await DraftQueries.take(req)
    let model = ProjectFormModel(
      context: context, projectID: nil, values: restored ?? ["type": ProjectType.project.rawValue],
      errors: FieldErrors(), version: 0, notice: restored == nil ? nil : DraftQueries.restoredNotice)
    return req.page(ProjectFormPage(shell: req.shell("เพิ่มโครงการ"), model: model).html)
  }

  func create(req: Request) async throws -> Response {
    let context = try await PlanContext.load(req)
    let plan = try context.requireEditable()
    let input = ProjectFormFields.cells(try req.content.decode([String: String].self))
    switch ProjectRules.validate(input, framework: context.outline, numberRequired: false) {
    case .failure(let errors):
      let model = ProjectFormModel(context: context, projectID: nil, values: input, errors: errors, version: 0)
      return req.page(ProjectFormPage(shell: req.shell("เพิ่มโครงการ"), model: model).html, status: .unprocessableEntity)
    case .success(let project):
      if project.number > 0, try await PlanQueries(db: req.db).numberTaken(project.number, in: plan.requireID()) {
        var errors = FieldErrors()
        errors["no"] = "มีโครงการลำดับ \(project.number) อยู่แล้ว"
        let model = ProjectFormModel(context: context, projectID: nil, values: input, errors: errors, version: 0)
        return req.page(
          ProjectFormPage(shell: req.shell("เพิ่มโครงการ"), model: model).html, status: .unprocessableEntity)
      }
      let saved = try await PlanQueries(db: req.db).addProject(project, to: plan, years: context.years, actor: .of(req))
      return Flash.redirect(
        req, to: Paths.plan(context.code, context.period.code), notice: "เพิ่มโครงการลำดับ \(saved.number) แล้ว")
    }
  }

  func show(req: Request) async throws -> Response {
    let context = try await PlanContext.load(req)
    let plan = try context.requirePlan()
    let project = try await PlanQueries(db: req.db).project(
      req.parameters.get("id", as: UUID.self), in: plan.requireID())
    let history =
      context.canSeeHistory
      ? try await AuditQueries(db: req.db).history(
        entity: PlanQueries.projectEntity, id: project.requireID().uuidString) : []
    let editable = context.canEdit && context.periodOpen && plan.status != .submitted && project.deletedAt == nil
    var model = ProjectPageModel(context: context, project: project, history: history, canEdit: editable)
    let seesAll = req.currentUser?.policy.canView(context.record.place) ?? false
    model.announcements = try await AnnouncementQueries(db: req.db).linked(
      toProject: project.requireID(), publicOnly: !seesAll
    ).compactMap { row in
      row.id.map {
        (
          "\(row.title) (ปี \(row.fiscalYear) ฉบับที่ \(row.version), \(row.state.thaiName))",
          Paths.announcement(context.code, $0)
        )
      }
    }
    return req.page(ProjectPage(shell: req.shell(project.name), model: model).html)
  }

  func editForm(req: Request) async throws -> Response {
    let context = try await PlanContext.load(req)
    let plan = try context.requireEditable()
    let project = try await activeProject(req, plan)
    let restored = try await DraftQueries.take(req)
    let model = ProjectFormModel(
      context: context, projectID: project.id,
      values: restored ?? ProjectFormModel.values(of: project.snapshot(), years: context.years),
      errors: FieldErrors(), version: DraftQueries.version(in: restored) ?? project.version,
      notice: restored == nil ? nil : DraftQueries.restoredNotice)
    return req.page(ProjectFormPage(shell: req.shell("แก้ไขโครงการ"), model: model).html)
  }

  func update(req: Request) async throws -> Response {
    let context = try await PlanContext.load(req)
    let plan = try context.requireEditable()
    let project = try await activeProject(req, plan)
    let input = ProjectFormFields.cells(try req.content.decode([String: String].self))
    let typedVersion = Int(input["version"] ?? "") ?? -1
    func again(_ errors: FieldErrors, status: HTTPStatus, conflict: [(String, String, String)] = []) -> Response {
      var model = ProjectFormModel(
        context: context, projectID: project.id, values: input, errors: errors, version: project.version)
      model.conflict = conflict
      return req.page(ProjectFormPage(shell: req.shell("แก้ไขโครงการ"), model: model).html, status: status)
    }
    switch ProjectRules.validate(input, framework: context.outline, numberRequired: true) {
    case .failure(let errors):
      return again(errors, status: .unprocessableEntity)
    case .success(let valid):
      if try await PlanQueries(db: req.db).numberTaken(valid.number, in: plan.requireID(), except: project.id) {
        var errors = FieldErrors()
        errors["no"] = "มีโครงการลำดับ \(valid.number) อยู่แล้ว"
        return again(errors, status: .unprocessableEntity)
      }
      let saved = try await PlanQueries(db: req.db).updateProject(
        project, with: valid, expectedVersion: typedVersion, plan: plan, years: context.years, actor: .of(req))
      guard saved else {
        let typed = PlanProject.make(for: plan.id!, number: valid.number, input: valid).snapshot(budgets: valid.budgets)
        let current = project.snapshot().fields(years: context.years)
        let differences = zip(current, typed.fields(years: context.years)).filter { $0.0.value != $0.1.value }
          .map { ($0.0.label, $0.0.value, $0.1.value) }
        return again(FieldErrors(), status: .conflict, conflict: differences)
      }
      return Flash.redirect(
        req, to: Paths.project(context.code, context.period.code, project.id!.uuidString), notice: "บันทึกการแก้ไขแล้ว")
    }
  }

  func remove(req: Request) async throws -> Response {
    let context = try await PlanContext.load(req)
    let plan = try context.requireEditable()
    let project = try await activeProject(req, plan)
    try await PlanQueries(db: req.db).removeProject(project, plan: plan, actor: .of(req))
    return Flash.redirect(
      req, to: Paths.plan(context.code, context.period.code), notice: "ลบโครงการ \"\(project.name)\" แล้ว (ดูประวัติได้)")
  }

  func consistency(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    let context = try await PlanContext.load(req)
    let plan = try context.requirePlan()
    let project = try await activeProject(req, plan)
    let form = try req.content.decode(WorkflowForm.self)
    let inconsistent = form.inconsistent == "1"
    let reason = form.reason.cleaned
    if inconsistent && reason.isEmpty {
      throw Abort(.unprocessableEntity, reason: "กรุณาระบุเหตุผลที่โครงการไม่สอดคล้องกับมิติ")
    }
    try await PlanQueries(db: req.db).setConsistency(
      project, inconsistent: inconsistent, reason: reason.nonEmpty, plan: plan, actor: .of(req))
    let notice = inconsistent ? "ระบุว่าไม่สอดคล้องกับมิติแล้ว โครงการนี้จะไม่ถูกนับรวม" : "ยกเลิกการระบุแล้ว"
    return Flash.redirect(
      req, to: Paths.project(context.code, context.period.code, project.id!.uuidString), notice: notice)
  }

  private func activeProject(_ req: Request, _ plan: Plan) async throws -> PlanProject {
    let project = try await PlanQueries(db: req.db).project(
      req.parameters.get("id", as: UUID.self), in: plan.requireID())
    guard project.deletedAt == nil else { throw Abort(.gone, reason: "โครงการนี้ถูกลบไปแล้ว") }
    return project
  }
}
