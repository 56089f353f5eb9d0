import Domain
import Vapor

extension Request {
  /// The `page` query parameter as a clamped `Paging` (any number is fine and cannot
  /// overflow); a Thai 400 when it is not a number at all.
  func paging(perPage: Int) throws -> Paging {
    guard let paging = Paging(pageText: query[String.self, at: "page"], perPage: perPage) else {
      throw Abort(.badRequest, reason: Paging.notANumberMessage)
    }
    return paging
  }
}
