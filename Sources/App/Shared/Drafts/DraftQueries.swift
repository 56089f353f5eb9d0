import Fluent
import Vapor

/// Saves and restores form drafts across an expired session (see `FormDraft`). A draft is
/// kept only for a person whose session cookie names a session of the last two days (so an
/// anonymous visitor cannot store anything), only for a page that exists, at most
/// `maxPerPerson` per person and `maxBytes` each, and for `maxAge`; only that person gets it
/// back, after signing in again.
enum DraftQueries {
  /// The hidden field naming the form page a POST came from.
  static let originField = "_form"
  static let maxAge: TimeInterval = 24 * 3600
  static let maxBytes = 1_000_000
  static let maxPerPerson = 10

  private static func key(user: UUID, path: String) -> String { Tokens.sha256(user.uuidString + "|" + path) }

  /// Keeps the posted form for its page; returns that page's path, or nil if nothing was kept.
  static func keep(_ request: Request) async -> String? {
    // A complaint's words are never kept in plain form, not even as a draft.
    guard !Paths.isComplaint(request.url.path),
      let path = Paths.safeNext(try? request.content.get(String.self, at: originField)),
      request.application.routeTable.matches(.GET, path: path),
      let body = request.body.string, body.utf8.count <= maxBytes,
      let token = request.cookies[SessionAuthenticator.cookieName]?.string, !token.isEmpty
    else { return nil }
    do {
      guard let user = try await AccountQueries(db: request.db).recentSessionOwner(tokenHash: Tokens.sha256(token))
      else { return nil }
      let id = key(user: user, path: path)
      let draft = FormDraft()
      draft.id = id
      draft.userID = user
      draft.path = path
      draft.body = body
      draft.createdAt = Date()
      try await request.db.writeTransaction { db in
        try await FormDraft.query(on: db).filter(\.$createdAt < Date().addingTimeInterval(-maxAge)).delete()
        try await FormDraft.query(on: db).filter(\.$id == id).delete()
        let older = try await FormDraft.query(on: db).filter(\.$userID == user).sort(\.$createdAt, .descending)
          .all(\.$id).dropFirst(maxPerPerson - 1).compactMap { $0 }
        if !older.isEmpty { try await FormDraft.query(on: db).filter(\.$id ~~ older).delete() }
        try await draft.create(on: db)
      }
      return path
    } catch {
      request.logger.warning("could not keep form draft", metadata: ["error": "\(String(reflecting: type(of: error)))"])
      return nil
    }
  }

  /// The fields the signed-in person typed before their session expired, if they left any
  /// for this page.
  static func take(_ request: Request) async throws -> [String: String]? {
    guard let user = request.currentUser,
      let draft = try await FormDraft.find(key(user: user.id, path: request.url.path), on: request.db)
    else { return nil }
    try await draft.delete(on: request.db)
    guard Date().timeIntervalSince(draft.createdAt) < maxAge else { return nil }
    var fields = try URLEncodedFormDecoder().decode([String: String].self, from: draft.body)
    fields[CSRFMiddleware.fieldName] = nil
    fields[originField] = nil
    return fields
  }

  /// The record version the draft's form was opened at: a restored form keeps it, so saving
  /// it over someone's later change is a conflict (shown), never a silent overwrite.
  static func version(in fields: [String: String]?) -> Int? { fields?["version"].flatMap { Int($0) } }

  static let restoredNotice = "กู้คืนข้อมูลที่คุณพิมพ์ไว้ก่อนหมดเวลาเข้าสู่ระบบแล้ว ระบบยังไม่ได้บันทึก กรุณาตรวจสอบแล้วกดบันทึกอีกครั้ง"
}
