import Domain
import Fluent
import Vapor

/// Organization search, the organization page, its profile form, and the JSON API.
struct OrganizationRoutes: RouteCollection {
  func boot(routes: any RoutesBuilder) throws {
    routes.get("organizations", use: searchPage)
    routes.get("organizations", ":code", use: showPage)
    routes.get("organizations", ":code", "profile", use: profileForm)
    routes.post("organizations", ":code", "profile", use: saveProfile)

    let api = routes.grouped("api", "v1", "organizations")
    api.get(use: apiList)
    api.get(":code", use: apiShow)
  }

  func searchPage(req: Request) async throws -> Response {
    let provinces = try await ProvinceDirectory.load(on: req.db)
    var model = OrganizationSearchModel(provinces: provinces.sorted.map { ($0.id!, $0.nameTH) })
    do {
      var filter = try OrganizationFilter.parse(req, maxPerPage: 100)
      let found = try await OrganizationQueries(db: req.db).search(filter)
      filter.paging = found.paging
      model.filter = filter
      model.total = found.total
      model.rows = found.items.map {
        .init(
          code: $0.code, name: $0.fullName, type: $0.type, district: $0.district,
          province: provinces.name($0.provinceCode))
      }
    } catch let error as AbortError where error.status == .badRequest {
      model.error = error.reason
      return req.page(OrganizationSearchPage(shell: req.shell("ค้นหา อปท."), model: model).html, status: .badRequest)
    }
    return req.page(OrganizationSearchPage(shell: req.shell("ค้นหา อปท."), model: model).html)
  }

  func showPage(req: Request) async throws -> Response {
    let record = try await OrganizationQueries(db: req.db).require(try code(req))
    let children = try await OrganizationQueries(db: req.db).children(of: record.organization.code)
    let policy = req.currentUser?.policy
    var model = OrganizationPageModel(
      record: record, children: children,
      showContacts: policy?.canView(record.place) ?? false,
      canEdit: policy?.canEditProfile(record.place) ?? false,
      canSeeAccounts: UserRoutes.canSeeAccounts(of: record.place, user: req.currentUser))
    model.canSeeUnits = !children.isEmpty && (policy?.canViewUnits(of: record.place) ?? false)
    model.record = try await PublicRecordRoutes.record(req, record.organization)
    var shell = req.shell(record.organization.fullName)
    shell.share = SharePreview(
      description: PublicRecordRoutes.summary(record.organization.fullName, record.province.nameTH, model.record),
      url: req.publicBase + Paths.organization(record.organization.code))
    return req.page(OrganizationPage(shell: shell, model: model).html)
  }

  func profileForm(req: Request) async throws -> Response {
    let (user, record) = try await requireEditable(req)
    let restored = try await DraftQueries.take(req)
    var model = ProfileFormModel(
      code: record.organization.code, name: record.organization.fullName,
      values: restored ?? ProfileFormModel.values(of: record.organization), errors: FieldErrors(),
      version: DraftQueries.version(in: restored) ?? record.organization.version, conflict: false,
      canEditLifecycle: user.isNationalAdmin)
    model.notice = restored == nil ? nil : DraftQueries.restoredNotice
    return req.page(ProfileFormPage(shell: req.shell("แก้ไขข้อมูลองค์กร"), model: model).html)
  }

  func saveProfile(req: Request) async throws -> Response {
    let (user, record) = try await requireEditable(req)
    let input = try req.content.decode([String: String].self)
    let typedVersion = Int(input["version"] ?? "") ?? -1
    func again(_ errors: FieldErrors, conflict: Bool, status: HTTPStatus) -> Response {
      let model = ProfileFormModel(
        code: record.organization.code, name: record.organization.fullName, values: input, errors: errors,
        version: record.organization.version, conflict: conflict, canEditLifecycle: user.isNationalAdmin,
        current: conflict ? ProfileFormModel.values(of: record.organization) : nil)
      return req.page(ProfileFormPage(shell: req.shell("แก้ไขข้อมูลองค์กร"), model: model).html, status: status)
    }
    var errors = FieldErrors()
    let profile: OrganizationProfile?
    switch OrganizationProfileRules.validate(input) {
    case .success(let valid): profile = valid
    case .failure(let problems): profile = nil; errors.merge(problems)
    }
    var lifecycle: (from: Date?, until: Date?)? = nil
    if user.isNationalAdmin {
      switch OrganizationLifecycleRules.validate(from: input["activeFrom"] ?? "", until: input["activeUntil"] ?? "") {
      case .success(let dates): lifecycle = dates
      case .failure(let problems): errors.merge(problems)
      }
    }
    guard let profile, errors.isEmpty else { return again(errors, conflict: false, status: .unprocessableEntity) }
    let saved = try await OrganizationQueries(db: req.db).saveProfile(
      profile, lifecycle: lifecycle, of: record.organization, expectedVersion: typedVersion, actor: .of(req))
    guard saved else { return again(FieldErrors(), conflict: true, status: .conflict) }
    return Flash.redirect(req, to: Paths.organization(record.organization.code), notice: "บันทึกข้อมูลองค์กรแล้ว")
  }

  func apiList(req: Request) async throws -> OrganizationPageJSON {
    let filter = try OrganizationFilter.parse(req, strict: true)
    let found = try await OrganizationQueries(db: req.db).search(filter)
    let provinces = try await ProvinceDirectory.load(on: req.db)
    return OrganizationPageJSON(
      items: found.items.map { OrganizationJSON($0, provinceName: provinces.name($0.provinceCode)) },
      page: found.paging.page, perPage: found.paging.perPage, total: found.total)
  }

  func apiShow(req: Request) async throws -> OrganizationJSON {
    let record = try await OrganizationQueries(db: req.db).require(try code(req))
    let contacts = req.currentUser?.policy.canView(record.place) ?? false
    return OrganizationJSON(
      record.organization, provinceName: record.province.nameTH,
      profile: ProfileJSON(record.organization.profile, includeContacts: contacts))
  }

  private func requireEditable(_ req: Request) async throws -> (CurrentUser, OrganizationRecord) {
    let user = try req.requireUser()
    let record = try await OrganizationQueries(db: req.db).require(try code(req))
    guard user.policy.canEditProfile(record.place) else { throw Forbidden.generic }
    return (user, record)
  }

  private func code(_ req: Request) throws -> String {
    guard let raw = req.parameters.get("code"), let code = DLACode(raw) else {
      throw Abort(.notFound, reason: "รหัสองค์กรต้องเป็นตัวเลข 7 หลัก")
    }
    return code.value
  }
}
