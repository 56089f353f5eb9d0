import Foundation

/// The circulars' URLs (หนังสือเวียน).
extension Paths {
  /// The circulars the signed-in office sent.
  static let circulars = "/circulars"
  static let newCircular = "/circulars/new"
  static let circularInbox = "/circulars/inbox"
  static let publicCirculars = "/circulars/public"
  static let circularsAPI = "/api/v1/circulars"
  static let circularInboxAPI = "/api/v1/circulars/inbox"

  static func circular(_ id: UUID) -> String { "/circulars/\(id.uuidString)" }
  static func circularAction(_ id: UUID, _ action: String) -> String { circular(id) + "/" + action }
  static func circularFile(_ id: UUID) -> String { circular(id) + "/file" }
  static func publicCircular(_ id: UUID) -> String { "/circulars/public/\(id.uuidString)" }
  static func publicCircularFile(_ id: UUID) -> String { publicCircular(id) + "/file" }
  static func circularAPI(_ id: UUID) -> String { "/api/v1/circulars/\(id.uuidString)" }
  /// The sender's list filtered by state ("" = all), a page of it, or its download.
  static func circularRecipients(_ id: UUID, show: String, page: Int = 1, format: String = "") -> String {
    withQuery(circular(id), [("show", show), ("page", page > 1 ? String(page) : ""), ("format", format)])
  }
}
