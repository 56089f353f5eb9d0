import Domain
import Vapor

/// The last gate before a response leaves: no header value may carry a line break or other
/// control character (Vapor writes header values to the wire as they are, so one would start
/// a new header). Values made from input are checked where they are made — `SafeURL`,
/// `HeaderValue` — and this makes sure none slipped through: such a response is replaced by
/// a Thai 400, and the header's name (never its value) is logged.
struct HeaderGuardMiddleware: AsyncMiddleware {
  func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
    let response = try await next.respond(to: request)
    guard let bad = response.headers.first(where: { !HeaderValue.isSafe($0.value) || !HeaderValue.isSafe($0.name) })
    else { return response }
    request.logger.warning("response header with control characters refused", metadata: ["header": "\(bad.name)"])
    return Self.refusal()
  }

  static func refusal() -> Response {
    var headers = HTTPHeaders()
    headers.contentType = .plainText
    return Response(
      status: .badRequest, headers: headers, body: .init(string: "คำขอไม่ถูกต้อง กรุณาตรวจสอบที่อยู่ (URL) แล้วลองใหม่"))
  }
}
