import NIOCore
import Vapor

/// Turns every thrown error into a Thai answer: a JSON body under /api, a page elsewhere.
/// Never shows internals; an unexpected error is logged and answered with a plain 500.
struct ThaiErrorMiddleware: AsyncMiddleware {
  func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
    do {
      return try await next.respond(to: request)
    } catch {
      return await answer(error, for: request)
    }
  }

  private func answer(_ error: Error, for request: Request) async -> Response {
    let response = await body(error, for: request)
    // Headers an error carries (Retry-After on a 503) go out with its answer.
    if let abort = error as? AbortError {
      for (name, value) in abort.headers
      where name.lowercased() != "content-type" && name.lowercased() != "content-length" {
        response.headers.replaceOrAdd(name: name, value: value)
      }
    }
    return response
  }

  private func body(_ error: Error, for request: Request) async -> Response {
    let (status, message) = Self.describe(error)
    if status == .internalServerError {
      request.logger.report(error: error)
    }
    if request.url.path.hasPrefix("/api/") {
      let body = APIError(error: true, status: Int(status.code), reason: message)
      let response = Response(status: status)
      try? response.content.encode(body, as: .json)
      return response
    }
    if status == .unauthorized {
      // A form sent after the session expired is kept, and its page shows it again after login.
      let next = request.method == .GET ? request.url.string : (await DraftQueries.keep(request) ?? Paths.home)
      return request.redirect(to: Paths.withQuery(Paths.login, [("next", next)]))
    }
    let html = ErrorPage(shell: request.shell(ErrorPage.title(for: status)), status: status, message: message).html
    return request.page(html, status: status)
  }

  /// The status and a Thai sentence for any error.
  static func describe(_ error: Error) -> (HTTPStatus, String) {
    switch error {
    case let abort as AbortError:
      let reason = abort.reason
      return (abort.status, reason.containsThai ? reason : defaultMessage(abort.status))
    case is NIOTooManyBytesError:
      return (.payloadTooLarge, defaultMessage(.payloadTooLarge))
    case is DecodingError:
      return (.badRequest, "ข้อมูลที่ส่งมาไม่ครบหรือไม่อยู่ในรูปแบบที่ถูกต้อง")
    default:
      return (.internalServerError, defaultMessage(.internalServerError))
    }
  }

  static func defaultMessage(_ status: HTTPStatus) -> String {
    switch status.code {
    case 400: return "คำขอไม่ถูกต้อง กรุณาตรวจสอบข้อมูลแล้วลองใหม่"
    case 401: return "กรุณาเข้าสู่ระบบก่อน"
    case 403: return "คุณไม่มีสิทธิ์ทำรายการนี้"
    case 404: return "ไม่พบหน้าหรือข้อมูลที่ต้องการ"
    case 405: return "ไม่รองรับการเรียกใช้แบบนี้"
    case 413: return "ข้อมูลหรือไฟล์ที่ส่งมามีขนาดใหญ่เกินไป"
    case 415: return "ไม่รองรับรูปแบบข้อมูลที่ส่งมา"
    case 422: return "ข้อมูลไม่ถูกต้อง กรุณาตรวจสอบ"
    case 429: return "มีการเรียกใช้ถี่เกินไป กรุณารอสักครู่แล้วลองใหม่"
    default: return "ระบบขัดข้องชั่วคราว ข้อมูลที่บันทึกไว้แล้วไม่สูญหาย กรุณาลองใหม่อีกครั้ง"
    }
  }
}

struct APIError: Content {
  let error: Bool
  let status: Int
  let reason: String
}

extension String {
  /// Whether the text contains Thai script (our own messages always do).
  var containsThai: Bool { unicodeScalars.contains { (0x0E00...0x0E7F).contains($0.value) } }
}

struct ErrorPage {
  let shell: PageShell
  let status: HTTPStatus
  let message: String

  static func title(for status: HTTPStatus) -> String {
    switch status.code {
    case 403: return "ไม่มีสิทธิ์"
    case 404: return "ไม่พบหน้า"
    default: return "เกิดข้อผิดพลาด"
    }
  }

  var html: HTML {
    Layout.page(shell) {
      H1(ErrorPage.title(for: status))
      Paragraph(message).class("error-message")
      Paragraph { Link("กลับหน้าแรก", url: Paths.home) }
    }
  }
}
