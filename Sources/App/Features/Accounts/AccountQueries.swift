import Domain
import Fluent
import SQLKit
import Vapor

struct AccountQueries {
  let db: Database

  /// Usernames are DLA codes or short names; matching ignores case and Thai digits.
  static func normalize(_ username: String) -> String {
    ThaiDigits.toArabic(username).trimmingCharacters(in: .whitespaces).lowercased()
  }

  func user(named username: String) async throws -> User? {
    try await User.query(on: db).filter(\.$username == Self.normalize(username)).first()
  }

  func failures(username: String, address: String, since: Date) async throws -> (account: Int, address: Int) {
    let account = try await LoginAttempt.query(on: db)
      .filter(\.$username == username).filter(\.$succeeded == false).filter(\.$at >= since).count()
    let fromAddress = try await LoginAttempt.query(on: db)
      .filter(\.$address == address).filter(\.$succeeded == false).filter(\.$at >= since).count()
    return (account, fromAddress)
  }

  func recordAttempt(username: String, address: String, succeeded: Bool) async throws {
    try await LoginAttempt(username: username, address: address, succeeded: succeeded, at: Date()).create(on: db)
  }

  /// The unused, unexpired activation code of this user that matches what was typed.
  func matchingActivation(for user: User, typed: String) async throws -> ActivationCode? {
    let hash = Tokens.sha256(Tokens.normalizedActivationCode(typed))
    let open = try await ActivationCode.query(on: db)
      .filter(\.$userID == user.requireID()).filter(\.$usedAt == nil).filter(\.$expiresAt > Date()).all()
    return open.first { Tokens.constantTimeEqual($0.codeHash, hash) }
  }

  /// Creates a session and returns the secret token for the cookie (only its hash is stored).
  func startSession(for user: User, maxAge: TimeInterval) async throws -> String {
    let token = Tokens.random()
    let session = UserSession()
    session.id = Tokens.sha256(token)
    session.userID = try user.requireID()
    session.createdAt = Date()
    session.lastSeenAt = Date()
    session.expiresAt = Date().addingTimeInterval(maxAge)
    try await session.create(on: db)
    return token
  }

  /// A session with its user, in one read (every signed-in request makes it).
  func sessionUser(tokenHash: String) async throws -> SessionUser? {
    try await (db as! any SQLDatabase).raw(
      """
      SELECT s.expires_at, s.last_seen_at, u.id, u.username, u.display_name, u.role, u.org_code, u.province_code,
        u.district, u.region, u.must_set_password, u.is_disabled
      FROM user_sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = \(bind: tokenHash)
      """
    ).first(decoding: SessionUser.self)
  }

  func touchSession(tokenHash: String, at time: Date) async throws {
    try await UserSession.query(on: db).filter(\.$id == tokenHash).set(\.$lastSeenAt, to: time).update()
  }

  func endSession(tokenHash: String) async throws {
    try await UserSession.query(on: db).filter(\.$id == tokenHash).delete()
  }

  /// Signs the user out everywhere, except (optionally) the session in hand.
  func endSessions(of userID: UUID, except keep: String? = nil) async throws {
    let query = UserSession.query(on: db).filter(\.$userID == userID)
    if let keep { query.filter(\.$id != keep) }
    try await query.delete()
  }

  /// Issues a fresh activation code for the user, retiring any earlier unused one.
  /// Returns the plain code: it is shown once, on the letter, and never stored.
  func issueActivation(for user: User, by issuer: AuditActor, validity: TimeInterval) async throws -> (
    code: String, expiresAt: Date
  ) {
    let code = Tokens.activationCode()
    let expiresAt = Date().addingTimeInterval(validity)
    let userID = try user.requireID()
    try await ActivationCode.query(on: db).filter(\.$userID == userID).filter(\.$usedAt == nil)
      .set(\.$expiresAt, to: Date()).update()
    let activation = ActivationCode()
    activation.userID = userID
    activation.codeHash = Tokens.sha256(code)
    activation.expiresAt = expiresAt
    activation.issuedBy = issuer.id
    try await activation.create(on: db)
    try await AuditLog.record(
      on: db, actor: issuer, action: "ออกรหัสเปิดใช้งาน", entity: "user", entityID: user.username,
      orgCode: user.orgCode, after: ["expires_at": ISO8601DateFormatter().string(from: expiresAt)])
    return (code, expiresAt)
  }
}
