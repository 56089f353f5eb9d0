import Vapor

/// CSRF protection for every form, in two layers:
/// - a state-changing request whose `Origin` (or, without one, `Referer`) names another
///   site is refused;
/// - every form echoes a token in a hidden `_csrf` field (or the X-CSRF-Token header). With a
///   session cookie the token is derived from the session's secret, so it is bound to the
///   session and a cookie planted by someone else cannot stand in for it; without one (the
///   sign-in form) it is a random token in an HttpOnly, SameSite cookie (double submit).
/// Neither needs server state, so both work across app nodes, and the session-bound token
/// is still recognised when the session has just expired, so such a form's content can be
/// kept for after sign-in.
struct CSRFMiddleware: AsyncMiddleware {
  static let cookieName = "sujarit_csrf"
  static let fieldName = "_csrf"
  static let unsafeMethods: [HTTPMethod] = [.POST, .PUT, .PATCH, .DELETE]

  func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
    let existing = request.cookies[Self.cookieName]?.string
    let token =
      existing.flatMap { $0.count >= 32 && $0.count <= 64 && $0.allSatisfy(Tokens.isTokenCharacter) ? $0 : nil }
      ?? Tokens.random()
    let sessionToken = request.cookies[SessionAuthenticator.cookieName]?.string ?? ""
    let expected = sessionToken.isEmpty ? token : Self.sessionBound(sessionToken)
    request.csrfToken = expected

    if Self.unsafeMethods.contains(request.method) {
      guard Self.isSameSite(request) else {
        throw Abort(.forbidden, reason: "คำขอนี้ไม่ได้ส่งจากหน้าของระบบสุจริต ระบบจึงไม่ดำเนินการ กรุณาเปิดหน้าจากระบบแล้วส่งอีกครั้ง")
      }
      // Large bodies (file uploads) may still be streaming; the token is inside, so read them
      // first. Only a signed-in person may send up to the largest upload any route accepts;
      // anyone else's body is held to the default size before anything is checked.
      // The public complaint channel takes evidence files from people without an account.
      let limit =
        request.headers.contentType == .formData && request.currentUser != nil
        ? PlanFileRoutes.maxUpload.value
        : request.headers.contentType == .formData && Paths.complaintTakesUploads(request.url.path)
          ? ComplaintQueries.maxUpload.value : request.application.routes.defaultMaxBodySize.value
      _ = try await request.body.collect(max: limit).get()
      // Filing through the API needs no form token: it is JSON, which another site's page
      // cannot send here without the browser asking first (and this site allows no one).
      if Self.isOpenComplaintAPI(request) {
        return try await next.respond(to: request)
      }
      let sent =
        request.headers.first(name: "X-CSRF-Token") ?? (try? request.content.get(String.self, at: Self.fieldName))
      guard let sent, Tokens.constantTimeEqual(expected, sent) else {
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

extension CSRFMiddleware {
  /// JSON the complaint API takes from anyone without a form token.
  static func isOpenComplaintAPI(_ request: Request) -> Bool {
    [Paths.apiComplaints, Paths.apiComplaintStatus].contains(request.url.path) && request.headers.contentType == .json
  }

  /// The form token of a session: a digest of its secret, so it can be checked without
  /// state, and knowing it reveals nothing about the session cookie.
  static func sessionBound(_ sessionToken: String) -> String { Tokens.sha256("csrf|" + sessionToken) }

  /// Whether a state-changing request comes from a page of this site: its Origin (or,
  /// lacking one, its Referer) names this host, as the request's Host header or the public
  /// URL gives it. Requests with neither (scripts, old browsers) rely on the token alone.
  static func isSameSite(_ request: Request) -> Bool {
    let claimed = request.headers.first(name: .origin) ?? request.headers.first(name: .referer)
    guard let claimed else { return true }
    guard let origin = hostAndPort(of: claimed) else { return false }
    // Behind https, a page served over plain http (someone in the middle) is another site.
    if request.application.config.servesHTTPS, !claimed.lowercased().hasPrefix("https://") { return false }
    let allowed = [request.headers.first(name: .host), hostAndPort(of: request.application.config.publicURL)]
      .compactMap { $0?.lowercased() }
    return allowed.contains(origin) || allowed.contains(strippingDefaultPort(origin))
  }

  /// "example.go.th:8443" from "https://example.go.th:8443/path"; nil for "null" or junk.
  static func hostAndPort(of url: String) -> String? {
    guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
      scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty
    else { return nil }
    return (host + (components.port.map { ":\($0)" } ?? "")).lowercased()
  }

  private static func strippingDefaultPort(_ hostAndPort: String) -> String {
    hostAndPort.hasSuffix(":80") || hostAndPort.hasSuffix(":443")
      ? String(hostAndPort[..<(hostAndPort.lastIndex(of: ":") ?? hostAndPort.endIndex)]) : hostAndPort
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
