import Domain
import Vapor

/// The signed-in person for this request, loaded once by `SessionAuthenticator`.
struct CurrentUser: Sendable {
  let id: UUID
  let username: String
  let displayName: String
  let role: Role
  let scope: Scope
  let orgCode: String?
  let mustSetPassword: Bool
  let sessionTokenHash: String

  var policy: AccessPolicy { AccessPolicy(role: role, scope: scope) }
  var isNationalAdmin: Bool { role == .nationalAdmin }
}

extension Request {
  private struct CurrentUserKey: StorageKey { typealias Value = CurrentUser }

  var currentUser: CurrentUser? {
    get { storage[CurrentUserKey.self] }
    set { storage[CurrentUserKey.self] = newValue }
  }

  /// The signed-in user, or 401 (pages turn that into a redirect to the login form).
  func requireUser() throws -> CurrentUser {
    guard let user = currentUser else {
      throw Abort(.unauthorized, reason: "กรุณาเข้าสู่ระบบก่อน")
    }
    return user
  }

  func requireNationalAdmin() throws -> CurrentUser {
    let user = try requireUser()
    guard user.isNationalAdmin else { throw Forbidden.onlyNationalAdmin }
    return user
  }
}

/// The Thai refusals used across features.
enum Forbidden {
  static let generic = Abort(.forbidden, reason: "คุณไม่มีสิทธิ์ทำรายการนี้")
  static let onlyNationalAdmin = Abort(.forbidden, reason: "เฉพาะผู้ดูแลระบบระดับประเทศ (สำนักงาน ป.ป.ช.) เท่านั้น")
  static let outsideScope = Abort(.forbidden, reason: "องค์กรนี้อยู่นอกพื้นที่ที่คุณรับผิดชอบ")
}
