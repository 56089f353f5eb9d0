import Vapor

/// One log line per request: method, the route that answered (its pattern, such as
/// `/organizations/:code/reports/:year/:round`, never the address as typed, so no code,
/// name or receipt in a URL reaches the log), status and time taken.
struct RequestLogMiddleware: AsyncMiddleware {
  func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
    let started = ContinuousClock.now
    let response = try await next.respond(to: request)
    let route =
      request.route.map { "/" + $0.path.map(\.description).joined(separator: "/") }
      ?? (request.url.path.hasPrefix(StaticFilesMiddleware.prefix) ? "/static/*" : "(no route)")
    let elapsed = ContinuousClock.now - started
    let ms = elapsed.components.seconds * 1_000 + elapsed.components.attoseconds / 1_000_000_000_000_000
    request.logger.info(
      "\(request.method.rawValue) \(route) \(response.status.code)", metadata: ["ms": "\(ms)"])
    return response
  }
}
