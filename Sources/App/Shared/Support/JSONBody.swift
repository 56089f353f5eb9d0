import Vapor

extension Request {
  /// A JSON API body, which the API takes as JSON only (as its spec says): a form or multipart
  /// body is a Thai 415; an unreadable one a 400 (Thai reason from ThaiErrorMiddleware).
  func jsonBody<T: Decodable>(_ type: T.Type) throws -> T {
    guard headers.contentType == .json else {
      throw Abort(.unsupportedMediaType, reason: "กรุณาส่งข้อมูลเป็น JSON (Content-Type: application/json)")
    }
    return try content.decode(T.self)
  }
}
