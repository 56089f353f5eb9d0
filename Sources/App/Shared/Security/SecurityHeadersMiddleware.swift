import Vapor

/// Headers that keep pages from being framed, sniffed or loading anything from elsewhere.
struct SecurityHeadersMiddleware: AsyncMiddleware {
  static let contentSecurityPolicy = [
    "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
    "font-src 'self'", "connect-src 'self'", "form-action 'self'", "frame-ancestors 'none'",
    "base-uri 'none'", "object-src 'none'",
  ].joined(separator: "; ")

  /// For the widget and badge, which other sites may frame or show (and nothing else).
  static let embeddablePolicy = [
    "default-src 'self'", "script-src 'none'", "style-src 'self'", "img-src 'self' data:", "form-action 'none'",
    "frame-ancestors *", "base-uri 'none'", "object-src 'none'",
  ].joined(separator: "; ")

  func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
    let response = try await next.respond(to: request)
    // A route may set a stricter policy of its own (evidence files: sandbox).
    if !response.headers.contains(name: "Content-Security-Policy") {
      response.headers.replaceOrAdd(name: "Content-Security-Policy", value: Self.contentSecurityPolicy)
    }
    if request.application.config.servesHTTPS {
      response.headers.replaceOrAdd(name: "Strict-Transport-Security", value: "max-age=31536000")
    }
    var headers = [
      ("X-Frame-Options", "DENY"),
      ("Referrer-Policy", "same-origin"),
      ("X-Content-Type-Options", "nosniff"),
      ("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
    ]
    if Paths.isEmbeddable(request.url.path) {
      headers.removeFirst()
    } else if response.headers.first(name: "Content-Security-Policy") == Self.embeddablePolicy {
      // Only the widget routes may be framed, whatever a handler set.
      response.headers.replaceOrAdd(name: "Content-Security-Policy", value: Self.contentSecurityPolicy)
    }
    for (name, value) in headers { response.headers.replaceOrAdd(name: name, value: value) }
    // What any cache may keep must not carry anyone's cookie.
    if response.headers.first(name: .cacheControl)?.hasPrefix("public") == true {
      response.headers.remove(name: .setCookie)
    }
    // Complaint addresses are never cached, whatever answered (a refused token, a body too large).
    if Paths.isComplaint(request.url.path) {
      response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
    } else if request.currentUser != nil, response.headers.first(name: .cacheControl) == nil {
      response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
    }
    return response
  }
}
