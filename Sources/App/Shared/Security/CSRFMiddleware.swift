import Vapor

/// Double-submit CSRF protection for every form: a random token lives in an HttpOnly,
/// SameSite cookie and every form echoes it in a hidden `_csrf` field (or the
/// X-CSRF-Token header). It needs no server state, so it works across app nodes, and
/// it survives an expired session, so a form posted after the session lapsed can
/// still be recognised as the user's own.
struct CSRFMiddleware: AsyncMiddleware {
  static let cookieName = "sujarit_csrf"
  static let fieldName = "_csrf"
  static let unsafeMethods: [HTTPMethod] = [.POST, .PUT, .PATCH, .DELETE]

  func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
    let existing = request.cookies[Self.cookieName]?.string
    let token = existing.flatMap { $0.count >= 32 ? $0 : nil } ?? Tokens.random()
    request.csrfToken = token

    if Self.unsafeMethods.contains(request.method) {
      // Large bodies (file uploads) may still be streaming; the token is inside, so read them
      // first. Uploads are allowed up to the largest size any route accepts.
      let limit =
        request.headers.contentType == .formData
        ? PlanFileRoutes.maxUpload.value : request.application.routes.defaultMaxBodySize.value
      _ = try await request.body.collect(max: limit).get()
      let sent =
        request.headers.first(name: "X-CSRF-Token") ?? (try? request.content.get(String.self, at: Self.fieldName))
      guard let existing, let sent, Tokens.constantTimeEqual(existing, sent) else {
        throw Abort(.forbidden, reason: "แบบฟอร์มนี้หมดอายุหรือไม่ได้ส่งจากระบบ กรุณากดย้อนกลับ โหลดหน้าใหม่ แล้วส่งอีกครั้ง")
      }
    }
    let response = try await next.respond(to: request)
    if existing != token {
      response.cookies[Self.cookieName] = HTTPCookies.Value(
        string: token, maxAge: 7 * 24 * 3600, path: "/",
        isSecure: request.application.config.secureCookies, isHTTPOnly: true, sameSite: .lax)
    }
    return response
  }
}

extension Request {
  private struct CSRFKey: StorageKey { typealias Value = String }

  /// The token to embed in forms rendered for this request.
  var csrfToken: String {
    get { storage[CSRFKey.self] ?? "" }
    set { storage[CSRFKey.self] = newValue }
  }
}
