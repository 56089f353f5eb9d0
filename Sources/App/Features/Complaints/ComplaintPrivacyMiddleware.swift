import Logging
import Vapor

/// Every complaint route (the public channel, the follow-up, the handlers' pages and the
/// API): nothing is cached by the browser or a proxy (the site-wide `Referrer-Policy:
/// same-origin` already keeps these addresses from other sites), and the request's own
/// logger is held at `info`, so no debug line (SQL with its values, say) of a complaint
/// request is ever written. `RequestLogMiddleware` logs only the route pattern.
struct ComplaintPrivacyMiddleware: AsyncMiddleware {
  func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
    var logger = request.logger
    if logger.logLevel < .info { logger.logLevel = .info }
    request.logger = logger
    let response: Response
    do {
      response = try await next.respond(to: request)
    } catch {
      throw ComplaintPrivacyError(error)
    }
    response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
    return response
  }
}

/// An error from a complaint route keeps its status and Thai reason, and its answer is
/// marked no-store too (`ThaiErrorMiddleware` passes the headers on). The original error is
/// not kept: an unexpected one is logged as this, which holds nothing of the request.
struct ComplaintPrivacyError: AbortError {
  let status: HTTPResponseStatus
  let reason: String
  let headers: HTTPHeaders

  init(_ error: Error) {
    let (status, reason) = ThaiErrorMiddleware.describe(error)
    self.status = status
    self.reason = reason
    var headers = (error as? AbortError)?.headers ?? HTTPHeaders()
    headers.replaceOrAdd(name: .cacheControl, value: "no-store")
    self.headers = headers
  }
}
