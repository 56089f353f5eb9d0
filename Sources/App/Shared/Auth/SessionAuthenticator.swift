import Fluent
import Vapor

/// Reads the session cookie, checks the database-held session and loads the user.
/// Sessions live in the database so every app node honours them.
struct SessionAuthenticator: AsyncMiddleware {
  static let cookieName = "sujarit_session"
  /// Refresh `last_seen_at` at most this often, so reads do not write on every request.
  static let touchInterval: TimeInterval = 300

  func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
    if let token = request.cookies[Self.cookieName]?.string, !token.isEmpty {
      request.currentUser = try await load(token: token, on: request)
    }
    return try await next.respond(to: request)
  }

  private func load(token: String, on request: Request) async throws -> CurrentUser? {
    let hash = Tokens.sha256(token)
    let queries = AccountQueries(db: request.db)
    guard let session = try await queries.sessionUser(tokenHash: hash) else { return nil }
    let now = Date()
    let config = request.application.config
    // An expired session is not deleted here: its row says whose form a POST that arrives
    // just after expiry was (drafts); it is purged a day later.
    guard session.expires_at > now, now.timeIntervalSince(session.last_seen_at) < config.sessionIdleTimeout,
      !session.is_disabled, let scope = session.scope
    else { return nil }
    if now.timeIntervalSince(session.last_seen_at) > Self.touchInterval {
      try await queries.touchSession(tokenHash: hash, at: now)
    }
    return CurrentUser(
      id: session.id, username: session.username, displayName: session.display_name, role: session.role,
      scope: scope, orgCode: session.org_code, mustSetPassword: session.must_set_password, sessionTokenHash: hash)
  }
}

/// Until a person who signed in with an activation code has chosen a password,
/// only the password form and logout are open to them.
struct MustSetPasswordGate: AsyncMiddleware {
  static let allowedPaths: Set<String> = [Paths.setPassword, Paths.logout]

  func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
    if let user = request.currentUser, user.mustSetPassword,
      !Self.allowedPaths.contains(request.url.path), !request.url.path.hasPrefix("/static/")
    {
      if request.url.path.hasPrefix("/api/") {
        throw Abort(.forbidden, reason: "กรุณาตั้งรหัสผ่านใหม่ก่อนใช้งาน")
      }
      return request.redirect(to: Paths.setPassword)
    }
    return try await next.respond(to: request)
  }
}
