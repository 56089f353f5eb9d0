import Domain
import Fluent
import Vapor

/// The public corruption-complaint channel: pick the organization, file without an account,
/// get a receipt once, follow the case up with it. The receipt travels only in form bodies.
struct ComplaintRoutes: RouteCollection {
  func boot(routes: any RoutesBuilder) throws {
    let open = routes.grouped(ComplaintPrivacyMiddleware())
    open.get("complaints", use: chooser)
    open.get("organizations", ":code", "complaints", "new", use: form)
    open.on(
      .POST, "organizations", ":code", "complaints", body: .collect(maxSize: ComplaintQueries.maxUpload), use: file)
    open.get("complaints", "follow", use: followForm)
    open.post("complaints", "follow", use: follow)
    open.on(.POST, "complaints", "follow", "reply", body: .collect(maxSize: ComplaintQueries.maxUpload), use: reply)
  }

  // MARK: Choosing the organization

  func chooser(req: Request) async throws -> Response {
    let text = String((req.query[String.self, at: "q"] ?? "").prefix(100)).trimmingCharacters(in: .whitespaces)
    let province = String((req.query[String.self, at: "province"] ?? "").prefix(2))
    let directory = try await ProvinceDirectory.load(on: req.db)
    var results: [Organization] = []
    var total = 0
    if !text.isEmpty || !province.isEmpty {
      let found = try await OrganizationQueries(db: req.db).search(
        OrganizationFilter(
          text: text, provinceCode: province.isEmpty ? nil : province, paging: Paging(page: 1, perPage: 30)))
      results = found.items
      total = found.total
    }
    let model = ComplaintChooserModel(
      text: text, province: province, provinces: directory.sorted.map { ($0.id ?? "", $0.nameTH) },
      results: results.map { ($0.code, $0.fullName, directory.name($0.provinceCode), $0.district) }, total: total)
    return req.page(ComplaintChooserPage(shell: req.shell("ร้องเรียนการทุจริต"), model: model).html)
  }

  // MARK: Filing

  func form(req: Request) async throws -> Response {
    let record = try await OrganizationQueries(db: req.db).require(req.parameters.get("code") ?? "")
    return try await renderForm(req, record, values: [:], errors: FieldErrors(), status: .ok)
  }

  func renderForm(
    _ req: Request, _ record: OrganizationRecord, values: [String: String], errors: FieldErrors, status: HTTPStatus
  ) async throws -> Response {
    let model = ComplaintFormModel(
      code: record.organization.code, organizationName: record.organization.fullName,
      provinceName: record.province.nameTH,
      projects: try await ComplaintFormQueries(db: req.db).projectChoices(record.organization.code),
      hasOfficer: try await ComplaintFormQueries(db: req.db).hasComplaintOfficer(record.organization.code),
      values: values, errors: errors)
    let shell = req.shell("ร้องเรียนการทุจริต \(record.organization.fullName)")
    return req.page(ComplaintFormPage(shell: shell, model: model).html, status: status)
  }

  func file(req: Request) async throws -> Response {
    let vault = try req.requireVault()
    let record = try await OrganizationQueries(db: req.db).require(req.parameters.get("code") ?? "")
    let form = try req.content.decode(ComplaintFormFields.self)
    let throttle = ComplaintThrottleQueries(db: req.db)
    let key = ComplaintThrottleQueries.key(.filing, address: req.clientAddress)
    if let wait = try await throttle.admit(key, limit: ComplaintThrottleQueries.maxFilings) {
      throw ComplaintThrottleQueries.tooMany(wait)
    }
    var errors = FieldErrors()
    var filing: ComplaintFiling?
    switch form.validated() {
    case .success(let valid): filing = valid
    case .failure(let problems): errors = problems
    }
    let project = try await ComplaintFormQueries(db: req.db).project(form.projectId, of: record.organization.code)
    if project == nil, !(form.projectId ?? "").isEmpty { errors["projectId"] = "ไม่พบโครงการนี้ในแผนของหน่วยงาน" }
    var uploads: [ComplaintQueries.Upload] = []
    switch ComplaintUploads.read(form.files) {
    case .success(let files): uploads = files
    case .failure(let problem): errors["files"] = problem.message
    }
    guard let filing, errors.isEmpty else {
      if errors["files"] == nil, !uploads.isEmpty {
        errors["files"] = "กรุณาเลือกไฟล์หลักฐานอีกครั้ง (ระบบไม่เก็บไฟล์ไว้จนกว่าจะส่งเรื่องสำเร็จ)"
      }
      try await throttle.giveBack(key)
      return try await renderForm(req, record, values: form.values, errors: errors, status: .unprocessableEntity)
    }
    let now = Date()
    let receipt = try await ComplaintQueries(db: req.db, vault: vault).file(
      filing, to: record.place, project: project, uploads: uploads, now: now)
    let model = ComplaintReceiptModel(
      receipt: receipt.grouped, organizationName: record.organization.fullName,
      aboutExecutive: filing.aboutExecutive, provinceName: record.province.nameTH, receivedAt: now,
      dueDate: ComplaintClock(receivedAt: now).dueDate, files: uploads.count,
      followURL: req.application.config.publicURL + Paths.complaintFollow)
    return req.page(ComplaintReceiptPage(shell: req.shell("รับเรื่องร้องเรียนแล้ว"), model: model).html)
  }

  // MARK: Following up

  func followForm(req: Request) async throws -> Response {
    req.page(ComplaintFollowPage(shell: req.shell("ติดตามเรื่องร้องเรียน"), message: nil).html)
  }

  func follow(req: Request) async throws -> Response {
    let typed = (try? req.content.get(String.self, at: "receipt")) ?? ""
    let (complaint, receipt) = try await ComplaintLookup.find(req, typed: typed)
    guard let complaint, let receipt else { return ComplaintLookup.notFoundPage(req) }
    return try await statusPage(req, complaint, receipt: receipt, notice: nil, errors: FieldErrors())
  }

  func reply(req: Request) async throws -> Response {
    let form = try req.content.decode(ComplaintReplyFields.self)
    let (found, receipt) = try await ComplaintLookup.find(req, typed: form.receipt ?? "")
    guard let complaint = found, let receipt else { return ComplaintLookup.notFoundPage(req) }
    let text = String((form.message ?? "").prefix(ComplaintQueries.maxMessage + 1))
    var errors = FieldErrors()
    if text.count > ComplaintQueries.maxMessage {
      errors["message"] = "ข้อความยาวเกิน \(ComplaintQueries.maxMessage) ตัวอักษร"
    }
    var uploads: [ComplaintQueries.Upload] = []
    switch ComplaintUploads.read(form.files) {
    case .success(let files): uploads = files
    case .failure(let problem): errors["files"] = problem.message
    }
    if errors.isEmpty, text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, uploads.isEmpty {
      errors["message"] = "กรุณาเขียนข้อความหรือแนบไฟล์ก่อนส่ง"
    }
    guard errors.isEmpty else {
      return try await statusPage(req, complaint, receipt: receipt, notice: nil, errors: errors, typed: text)
    }
    let vault = try req.requireVault()
    try await ComplaintQueries(db: req.db, vault: vault).reply(complaint, text: text, uploads: uploads)
    guard let fresh = try await ComplaintQueries(db: req.db, vault: vault).find(complaint.requireID()) else {
      return ComplaintLookup.notFoundPage(req)
    }
    return try await statusPage(req, fresh, receipt: receipt, notice: "ส่งถึงผู้รับผิดชอบเรื่องแล้ว", errors: FieldErrors())
  }

  func statusPage(
    _ req: Request, _ complaint: Complaint, receipt: ComplaintReceipt, notice: String?, errors: FieldErrors,
    typed: String = ""
  ) async throws -> Response {
    let status = try await ComplainantView.load(req.db, vault: try req.requireVault(), complaint)
    let model = ComplaintFollowUpModel(
      receipt: receipt.grouped, status: status, notice: notice, errors: errors, typed: typed)
    return req.page(
      ComplaintFollowUpPage(shell: req.shell("ติดตามเรื่องร้องเรียน"), model: model).html,
      status: errors.isEmpty ? .ok : .unprocessableEntity)
  }
}
