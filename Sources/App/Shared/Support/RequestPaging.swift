import Domain
import Vapor

extension Request {
  /// The `page` query parameter as a clamped `Paging` (any number is fine and cannot
  /// overflow); a Thai 400 when it is not a number at all. Pages read it leniently
  /// (empty, Thai digits); the JSON API (`strict`) takes only what OpenAPI calls an integer.
  func paging(perPage: Int, strict: Bool = false) throws -> Paging {
    let text = query[String.self, at: "page"]
    if strict, let text, !Paging.isIntegerText(text) {
      throw Abort(.badRequest, reason: Paging.notANumberMessage)
    }
    guard let paging = Paging(pageText: text, perPage: perPage) else {
      throw Abort(.badRequest, reason: Paging.notANumberMessage)
    }
    return paging
  }
}
