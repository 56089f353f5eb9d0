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

  /// Sessions that ended more than a day ago (kept that long so a form posted after the
  /// session expired can still be traced to its person, see `DraftQueries`).
  func purgeExpiredSessions(now: Date = Date()) async throws {
    try await UserSession.query(on: db).filter(\.$expiresAt < now.addingTimeInterval(-24 * 3600)).delete()
  }

  /// The unused, unexpired activation code of this user that matches what was typed.
  func matchingActivation(for user: User, typed: String) async throws -> ActivationCode? {
    let hash = Tokens.sha256(Tokens.normalizedActivationCode(typed))
    let open = try await ActivationCode.query(on: db)
      .filter(\.$userID == user.requireID()).filter(\.$usedAt == nil).filter(\.$expiresAt > Date()).all()
    return open.first { Tokens.constantTimeEqual($0.codeHash, hash) }
  }

  /// Whether `typed` is (ignoring case, spaces and dashes) any activation code ever issued to
  /// the user: such a code was printed on a letter, so it must not become the password.
  func isActivationCode(_ typed: String, of user: User) async throws -> Bool {
    let hash = Tokens.sha256(Tokens.normalizedActivationCode(typed))
    let codes = try await ActivationCode.query(on: db).filter(\.$userID == user.requireID()).all(\.$codeHash)
    return codes.contains { Tokens.constantTimeEqual($0, hash) }
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

  /// Whose session this was, if it began within the last two days (valid or already
  /// expired): a form posted just after the session lapsed is still theirs.
  func recentSessionOwner(tokenHash: String) async throws -> UUID? {
    try await UserSession.query(on: db).filter(\.$id == tokenHash)
      .filter(\.$createdAt > Date().addingTimeInterval(-2 * 24 * 3600)).first()?.userID
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
