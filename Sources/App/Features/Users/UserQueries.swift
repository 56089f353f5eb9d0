import Domain
import Fluent
import Vapor

struct UserFilter {
  var text = ""
  var role: Role?
  var provinceCode: String?
  var paging = Paging(page: 1, perPage: perPage)
  static let perPage = 50
}

struct UserQueries {
  let db: Database

  func require(_ id: UUID?) async throws -> User {
    guard let id, let user = try await User.find(id, on: db) else {
      throw Abort(.notFound, reason: "ไม่พบบัญชีผู้ใช้นี้")
    }
    return user
  }

  /// Users matching the filter; a province filter covers its LAOs' accounts and its monitors.
  func list(_ filter: UserFilter) async throws -> (users: [User], total: Int, paging: Paging) {
    let query = User.query(on: db)
    if let role = filter.role { query.filter(\.$role == role) }
    let text = AccountQueries.normalize(filter.text).filter { $0 != "%" && $0 != "_" }
    if !text.isEmpty {
      query.group(.or) { $0.filter(\.$username ~~ text).filter(\.$displayName ~~ filter.text) }
    }
    if let province = filter.provinceCode {
      let codes = try await Organization.query(on: db).filter(\.$provinceCode == province).all(\.$id)
      query.group(.or) { $0.filter(\.$orgCode ~~ codes.map { Optional($0) }).filter(\.$provinceCode == province) }
    }
    let total = try await query.count()
    let paging = filter.paging.within(total: total)
    let users = try await query.sort(\.$username).range(paging.range).all()
    return (users, total, paging)
  }

  func users(of orgCode: String) async throws -> [User] {
    try await User.query(on: db).filter(\.$orgCode == orgCode).sort(\.$username).all()
  }

  /// The organization's first officer signs in with the bare DLA code (as in the national
  /// system); further accounts get "<code>-2", "<code>-3", ….
  func nextUsername(for orgCode: String, role: Role) async throws -> String {
    let taken = Set(try await User.query(on: db).filter(\.$username ~~ orgCode).all(\.$username))
    if role == .laoOfficer && !taken.contains(orgCode) { return orgCode }
    var number = 2
    while taken.contains("\(orgCode)-\(number)") { number += 1 }
    return "\(orgCode)-\(number)"
  }

  func usernameExists(_ username: String) async throws -> Bool {
    try await User.query(on: db).filter(\.$username == username).count() > 0
  }

  func create(_ user: User, actor: AuditActor) async throws {
    try await user.create(on: db)
    try await AuditLog.record(
      on: db, actor: actor, action: "สร้างบัญชีผู้ใช้", entity: "user", entityID: user.username,
      orgCode: user.orgCode, after: user.auditFields)
  }

  func setDisabled(_ user: User, _ disabled: Bool, actor: AuditActor) async throws {
    try await db.writeTransaction { db in
      let before = user.auditFields
      user.isDisabled = disabled
      try await user.update(on: db)
      if disabled { try await AccountQueries(db: db).endSessions(of: user.requireID()) }
      try await AuditLog.record(
        on: db, actor: actor, action: disabled ? "ระงับบัญชีผู้ใช้" : "เปิดใช้บัญชีผู้ใช้", entity: "user",
        entityID: user.username, orgCode: user.orgCode, before: before, after: user.auditFields)
    }
  }

  func districtExists(_ name: String, in provinceCode: String) async throws -> Bool {
    try await Organization.query(on: db).filter(\.$provinceCode == provinceCode).filter(\.$district == name).count() > 0
  }
}

extension User {
  var auditFields: [String: String] {
    var fields = [
      "username": username, "display_name": displayName, "role": role.rawValue, "disabled": isDisabled ? "yes" : "no",
    ]
    fields["org_code"] = orgCode
    fields["province_code"] = provinceCode
    fields["district"] = district
    fields["region"] = region.map(String.init)
    fields["position"] = position
    return fields
  }
}
