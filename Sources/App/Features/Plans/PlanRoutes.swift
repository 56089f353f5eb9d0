import Domain
import Fluent
import Vapor

/// An organization's plans: create, read, submit, approve or return, versions and comparison.
struct PlanRoutes: RouteCollection {
  func boot(routes: any RoutesBuilder) throws {
    let org = routes.grouped("organizations", ":code", "plans")
    org.get(use: listPage)
    org.post(use: create)
    org.get(":period", use: planPage)
    org.post(":period", "submit", use: submit)
    org.post(":period", "approve", use: approve)
    org.post(":period", "return", use: returnForRevision)
    org.get(":period", "versions", use: versionsPage)
    org.get(":period", "compare", use: comparePage)
  }

  func listPage(req: Request) async throws -> Response {
    let record = try await OrganizationQueries(db: req.db).require(req.parameters.get("code") ?? "")
    let periods = try await FrameworkQueries(db: req.db).periods()
    var rows: [OrganizationPlansModel.Row] = []
    for period in periods {
      let plan = try await PlanQueries(db: req.db).plan(org: record.organization.code, periodID: period.requireID())
      rows.append(
        .init(
          code: period.code, name: period.name, status: plan?.status,
          open: PlanWorkflow.isOpen(endYear: period.endYear, now: Date())))
    }
    let model = OrganizationPlansModel(
      code: record.organization.code, name: record.organization.fullName, rows: rows,
      canCreate: req.currentUser?.policy.canEditPlan(of: record.place) ?? false)
    return req.page(
      OrganizationPlansPage(shell: req.shell("แผนของ \(record.organization.fullName)"), model: model).html)
  }

  func create(req: Request) async throws -> Response {
    let user = try req.requireUser()
    let record = try await OrganizationQueries(db: req.db).require(req.parameters.get("code") ?? "")
    guard user.policy.canEditPlan(of: record.place) else {
      throw Abort(.forbidden, reason: "เฉพาะเจ้าหน้าที่ของ อปท. นี้เท่านั้นที่จัดทำแผนได้")
    }
    let code = try req.content.decode(WorkflowForm.self).period ?? ""
    let period = try await FrameworkQueries(db: req.db).require(code)
    guard PlanWorkflow.isOpen(endYear: period.endYear, now: Date()) else {
      throw Abort(.conflict, reason: PlanRefusal.periodClosed.message)
    }
    if try await PlanQueries(db: req.db).plan(org: record.organization.code, periodID: period.requireID()) == nil {
      _ = try await PlanQueries(db: req.db).create(org: record.organization.code, period: period, actor: .of(req))
    }
    return Flash.redirect(
      req, to: Paths.plan(record.organization.code, period.code), notice: "สร้างแผนแล้ว เริ่มเพิ่มโครงการหรือนำเข้าจากไฟล์ได้เลย")
  }

  func planPage(req: Request) async throws -> Response {
    let context = try await PlanContext.load(req)
    return try await render(req, context, try context.requirePlan(), problem: nil)
  }

  func submit(req: Request) async throws -> Response {
    let context = try await PlanContext.load(req)
    let user = try req.requireUser()
    guard context.canEdit else { throw Abort(.forbidden, reason: "เฉพาะเจ้าหน้าที่ของ อปท. นี้เท่านั้นที่ส่งแผนได้") }
    let plan = try context.requirePlan()
    let count = try await PlanQueries(db: req.db).activeCount(of: plan.requireID())
    try context.check(.submit, plan: plan, projectCount: count)
    try await PlanQueries(db: req.db).submit(plan, by: user.displayName, actor: .of(req))
    return Flash.redirect(req, to: Paths.plan(context.code, context.period.code), notice: "ส่งแผนให้ผู้บริหารพิจารณาแล้ว")
  }

  func approve(req: Request) async throws -> Response {
    let context = try await PlanContext.load(req)
    _ = try req.requireUser()
    guard context.canApprove else { throw Abort(.forbidden, reason: "เฉพาะผู้บริหารของ อปท. นี้เท่านั้นที่อนุมัติแผนได้") }
    let plan = try context.requirePlan()
    try context.check(.approve, plan: plan, projectCount: 1)
    let form = try req.content.decode(WorkflowForm.self)
    let name = form.name.cleaned
    let position = form.position.cleaned
    guard !name.isEmpty, !position.isEmpty else {
      return try await render(req, context, plan, problem: "กรุณากรอกชื่อและตำแหน่งผู้อนุมัติ")
    }
    // The book as it prints now (what the officer wrote and what Sujarit fills from data) is
    // frozen with the version; a submitted plan cannot be edited meanwhile.
    // Only a published risk register goes into it: an approved book is public.
    let book = try await PlanBookQueries(db: req.db).effective(context: context, plan: plan, publishedOnly: true)
    let version = try await PlanQueries(db: req.db).approve(
      plan, name: name, position: position, book: PlanBookQueries.encode(book), actor: .of(req))
    return Flash.redirect(
      req, to: Paths.plan(context.code, context.period.code), notice: "อนุมัติแผนแล้ว (\(version.label))")
  }

  func returnForRevision(req: Request) async throws -> Response {
    let context = try await PlanContext.load(req)
    _ = try req.requireUser()
    guard context.canApprove else { throw Abort(.forbidden, reason: "เฉพาะผู้บริหารของ อปท. นี้เท่านั้นที่ส่งแผนกลับได้") }
    let plan = try context.requirePlan()
    try context.check(.returnForRevision, plan: plan, projectCount: 1)
    let comment = (try req.content.decode(WorkflowForm.self).comment).cleaned
    guard !comment.isEmpty else { return try await render(req, context, plan, problem: "กรุณาระบุสิ่งที่ต้องแก้ไขก่อนส่งกลับ") }
    try await PlanQueries(db: req.db).returnForRevision(plan, comment: comment, actor: .of(req))
    return Flash.redirect(req, to: Paths.plan(context.code, context.period.code), notice: "ส่งแผนกลับให้เจ้าหน้าที่แก้ไขแล้ว")
  }

  func versionsPage(req: Request) async throws -> Response {
    let context = try await PlanContext.load(req)
    let plan = try context.requirePlan()
    let versions = try await PlanQueries(db: req.db).versions(of: plan.requireID())
    let model = PlanVersionsModel(context: context, plan: plan, versions: versions)
    return req.page(PlanVersionsPage(shell: req.shell("ฉบับของแผน"), model: model).html)
  }

  func comparePage(req: Request) async throws -> Response {
    let context = try await PlanContext.load(req)
    let plan = try context.requirePlan()
    let queries = PlanQueries(db: req.db)
    let versions = try await queries.versions(of: plan.requireID())
    func side(_ key: String) async throws -> (
      label: String, projects: [ProjectSnapshot], book: [PlanBookSection: String]
    ) {
      if key == "current" {
        return (
          "ฉบับปัจจุบัน", try await queries.snapshots(of: plan.requireID()),
          try await PlanBookQueries(db: req.db).effective(context: context, plan: plan)
        )
      }
      guard let number = Int(key), let version = versions.first(where: { $0.number == number }) else {
        throw Abort(.badRequest, reason: "ไม่พบฉบับที่เลือก กรุณาเลือกฉบับจากรายการ")
      }
      return (
        version.label, try JSONDecoder().decode([ProjectSnapshot].self, from: Data(version.snapshot.utf8)),
        PlanBookQueries.frozen(version) ?? [:]
      )
    }
    let fromKey = req.query[String.self, at: "from"] ?? versions.last.map { String($0.number) } ?? "current"
    let toKey = req.query[String.self, at: "to"] ?? "current"
    let (from, to) = (try await side(fromKey), try await side(toKey))
    var model = PlanDiffModel(
      context: context, versions: versions, fromKey: fromKey, toKey: toKey, fromLabel: from.label, toLabel: to.label,
      diff: PlanDiff(from: from.projects, to: to.projects, years: context.years))
    // The book's working text (and an unpublished register in it) is for insiders only.
    model.bookChanges = !context.canSeeHistory ? [] : PlanBookSection.allCases.compactMap { section in
      let (old, new) = (from.book[section] ?? "", to.book[section] ?? "")
      guard old != new else { return nil }
      return (
        section.title(organization: context.record.organization.fullName),
        TextDiff.lines(from: SafeText.plainLines(old), to: SafeText.plainLines(new))
      )
    }
    return req.page(PlanDiffPage(shell: req.shell("เปรียบเทียบฉบับของแผน"), model: model).html)
  }

  /// The plan page; with a Thai problem it is answered with status 422.
  private func render(_ req: Request, _ context: PlanContext, _ plan: Plan, problem: String?) async throws -> Response {
    let snapshots = try await PlanQueries(db: req.db).snapshots(of: plan.requireID())
    let versions = try await PlanQueries(db: req.db).versions(of: plan.requireID())
    var model = PlanPageModel(context: context, plan: plan, projects: snapshots, versions: versions)
    model.problem = problem
    return req.page(
      PlanPage(shell: req.shell("แผน \(context.record.organization.fullName)"), model: model).html,
      status: problem == nil ? .ok : .unprocessableEntity)
  }
}
