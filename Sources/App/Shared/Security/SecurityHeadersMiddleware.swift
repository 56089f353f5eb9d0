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
    let headers = [
      ("Content-Security-Policy", Self.contentSecurityPolicy),
      ("X-Frame-Options", "DENY"),
      ("Referrer-Policy", "same-origin"),
      ("X-Content-Type-Options", "nosniff"),
      ("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
    ]
    for (name, value) in headers { response.headers.replaceOrAdd(name: name, value: value) }
    if request.currentUser != nil, response.headers.first(name: .cacheControl) == nil {
      response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
    }
    return response
  }
}
