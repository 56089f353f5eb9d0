import Vapor

/// Headers that keep pages from being framed, sniffed or loading anything from elsewhere.
struct SecurityHeadersMiddleware: AsyncMiddleware {
  static let contentSecurityPolicy = [
    "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
    "font-src 'self'", "connect-src 'self'", "form-action 'self'", "frame-ancestors 'none'",
    "base-uri 'none'", "object-src 'none'",
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
    let headers = [
      ("X-Frame-Options", "DENY"),
      ("Referrer-Policy", "same-origin"),
      ("X-Content-Type-Options", "nosniff"),
      ("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
    ]
    for (name, value) in headers { response.headers.replaceOrAdd(name: name, value: value) }
    // Complaint addresses are never cached, whatever answered (a refused token, a body too large).
    if Paths.isComplaint(request.url.path) {
      response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
    } else if request.currentUser != nil, response.headers.first(name: .cacheControl) == nil {
      response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
    }
    return response
  }
}
