import Domain
import Vapor

extension Request {
  /// The `page` query parameter as a clamped `Paging` (never an error, never an overflow).
  func paging(perPage: Int) -> Paging {
    Paging(pageText: query[String.self, at: "page"], perPage: perPage)
  }
}
