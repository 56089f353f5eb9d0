import Domain
import Fluent
import Vapor

/// Posting a circular and relaying one down the chain: the same form, the audience always
/// within the poster's own area.
extension CircularRoutes {
  /// The form's text fields, read one by one (the form is multipart: it carries the PDF).
  static let textFields = [
    "title", "number", "letterDate", "summary", "action", "dueDate", "audience", "codes", "includeMonitors", "isPublic",
  ]

  static func typeField(_ index: Int) -> String { "type\(index)" }

  /// A monitor who may post, with its office key, or 401/403.
  func requirePoster(_ req: Request) throws -> CurrentUser {
    let user = try req.requireUser()
    guard CircularOffice.canPost(user.policy) else {
      throw Abort(
        .forbidden, reason: "เฉพาะสำนักงาน ป.ป.ช. ผู้กำกับดูแลระดับภาค จังหวัด และอำเภอ เท่านั้นที่ส่งหนังสือเวียนได้")
    }
    return user
  }

  func newForm(req: Request) async throws -> Response {
    let user = try requirePoster(req)
    let values = ["audience": CircularAudienceKind.area.rawValue, "includeMonitors": "1"]
    return try await renderForm(req, user: user, parent: nil, values: values, errors: FieldErrors(), status: .ok)
  }

  func create(req: Request) async throws -> Response {
    let user = try requirePoster(req)
    return try await post(req, user: user, parent: nil)
  }

  func relayForm(req: Request) async throws -> Response {
    let context = try await CircularContext.load(req)
    try context.requireReader()
    guard context.canRelay, let user = context.user else { throw Self.cannotRelay }
    let parent = context.circular
    var values = [
      "title": parent.title, "summary": parent.summary, "action": parent.actionRequested ?? "",
      "audience": CircularAudienceKind.area.rawValue, "includeMonitors": "1", "isPublic": parent.isPublic ? "1" : "",
    ]
    values["dueDate"] = parent.dueDate.map { ThaiCalendar.numericDate($0) }
    return try await renderForm(req, user: user, parent: parent, values: values, errors: FieldErrors(), status: .ok)
  }

  func relay(req: Request) async throws -> Response {
    let context = try await CircularContext.load(req)
    try context.requireReader()
    guard context.canRelay, let user = context.user else { throw Self.cannotRelay }
    return try await post(req, user: user, parent: context.circular)
  }

  static let cannotRelay = Abort(
    .forbidden, reason: "ส่งต่อได้เฉพาะผู้กำกับดูแลที่ได้รับหนังสือเวียนนี้ ไปยัง อปท. ในพื้นที่ของตน")

  /// Checks the form, the PDF and the audience; posts, or re-renders with what was typed (422).
  private func post(_ req: Request, user: CurrentUser, parent: Circular?) async throws -> Response {
    let upload = (try? req.content.decode(CircularUpload.self)) ?? CircularUpload()
    var values: [String: String] = [:]
    for name in Self.textFields { values[name] = upload.values[name] }
    var types: [String] = []
    for (index, type) in OrganizationType.allCases.enumerated() where upload.values[Self.typeField(index)] == "1" {
      values[Self.typeField(index)] = "1"
      types.append(type.rawValue)
    }
    var errors = FieldErrors()
    let draft: CircularDraft?
    switch CircularRules.validate(values, types: types, now: Date()) {
    case .success(let valid): draft = valid
    case .failure(let problems): draft = nil; errors.merge(problems)
    }
    let file = Self.readPDF(upload.file, required: parent == nil, errors: &errors)
    let queries = CircularQueries(db: req.db)
    var places: [CircularPlace] = []
    if let draft {
      let resolved = try await queries.resolve(draft.audience, in: user.scope)
      places = resolved.places
      if let problem = resolved.problem {
        errors["codes"] = problem
      } else if places.isEmpty {
        errors["audience"] = "ไม่มี อปท. ที่ตรงกับผู้รับที่เลือกในพื้นที่ของคุณ"
      }
    }
    guard let draft, errors.isEmpty else {
      return try await renderForm(
        req, user: user, parent: parent, values: values, errors: errors, status: .unprocessableEntity)
    }
    let provinces = try await ProvinceDirectory.load(on: req.db)
    let offices =
      draft.audience.includeMonitors
      ? CircularQueries.offices(for: places, below: user.scope, provinces: provinces) : []
    let posted = try await queries.post(
      draft, places: places, offices: offices, sender: user,
      senderOffice: CircularQueries.officeName(user.scope, provinces: provinces), parent: parent,
      file: file, actor: .of(req))
    let verb = parent == nil ? "ส่งหนังสือเวียน" : "ส่งต่อหนังสือเวียน"
    return Flash.redirect(
      req, to: Paths.circular(try posted.requireID()),
      notice: "\(verb)ถึง อปท. \(places.count.formatted) แห่ง"
        + (offices.isEmpty ? "" : " และผู้กำกับดูแล \(offices.count) หน่วย") + "แล้ว")
  }

  /// The uploaded PDF (bounded, checked by its bytes), or a field error.
  static func readPDF(_ upload: File?, required: Bool, errors: inout FieldErrors) -> (name: String, bytes: [UInt8])? {
    guard let upload, upload.data.readableBytes > 0 else {
      if required { errors["file"] = "กรุณาแนบไฟล์หนังสือ (PDF)" }
      return nil
    }
    guard upload.data.readableBytes <= maxFileBytes else {
      errors["file"] = "ไฟล์ใหญ่เกิน 10 MB กรุณาลดขนาดไฟล์ก่อนแนบ"
      return nil
    }
    var buffer = upload.data
    let bytes = buffer.readBytes(length: buffer.readableBytes) ?? []
    guard bytes.starts(with: Array("%PDF-".utf8)) else {
      errors["file"] = "แนบได้เฉพาะไฟล์ PDF (ระบบตรวจจากเนื้อไฟล์ ไม่ใช่ชื่อไฟล์)"
      return nil
    }
    return (HeaderValue.cleanFileName(upload.filename, fallback: "หนังสือเวียน.pdf"), bytes)
  }

  func renderForm(
    _ req: Request, user: CurrentUser, parent: Circular?, values: [String: String], errors: FieldErrors,
    status: HTTPStatus
  ) async throws -> Response {
    let provinces = try await ProvinceDirectory.load(on: req.db)
    let chain = try await parent.asyncMap { try await CircularQueries(db: req.db).chain(of: $0) } ?? []
    let model = CircularFormModel(
      parent: parent, chain: chain, senderOffice: CircularQueries.officeName(user.scope, provinces: provinces),
      values: values, errors: errors,
      canIncludeMonitors: !CircularOffice.levelsBelow(user.scope).isEmpty)
    let title = parent == nil ? "ส่งหนังสือเวียน" : "ส่งต่อหนังสือเวียน"
    return req.page(CircularFormPage(shell: req.shell(title), model: model).html, status: status)
  }
}
