import Fluent
import Vapor

/// Saves and restores form drafts across an expired session (see `FormDraft`).
enum DraftQueries {
  /// The hidden field naming the form page a POST came from.
  static let originField = "_form"
  static let maxAge: TimeInterval = 24 * 3600

  private static func key(_ request: Request, path: String) -> String? {
    guard let browser = request.cookies[CSRFMiddleware.cookieName]?.string, !browser.isEmpty else { return nil }
    return Tokens.sha256(browser + "|" + path)
  }

  /// Keeps the posted form for its page; returns that page's path, or nil if the form
  /// did not name one (then nothing is kept).
  static func keep(_ request: Request) async -> String? {
    guard let path = Paths.safeNext(try? request.content.get(String.self, at: originField)),
      let key = key(request, path: path), let body = request.body.string, body.utf8.count < 1_000_000
    else { return nil }
    let draft = FormDraft()
    draft.id = key
    draft.path = path
    draft.body = body
    draft.createdAt = Date()
    do {
      try await FormDraft.query(on: request.db).filter(\.$id == key).delete()
      try await draft.create(on: request.db)
      return path
    } catch {
      request.logger.warning("could not keep form draft", metadata: ["error": "\(error)"])
      return nil
    }
  }

  /// The fields typed before the session expired, if this browser left any for this page.
  static func take(_ request: Request) async throws -> [String: String]? {
    guard let key = key(request, path: request.url.path),
      let draft = try await FormDraft.find(key, on: request.db)
    else { return nil }
    try await draft.delete(on: request.db)
    guard Date().timeIntervalSince(draft.createdAt) < maxAge else { return nil }
    var fields = try URLEncodedFormDecoder().decode([String: String].self, from: draft.body)
    fields[CSRFMiddleware.fieldName] = nil
    fields[originField] = nil
    return fields
  }

  static let restoredNotice = "กู้คืนข้อมูลที่คุณพิมพ์ไว้ก่อนหมดเวลาเข้าสู่ระบบแล้ว ระบบยังไม่ได้บันทึก กรุณาตรวจสอบแล้วกดบันทึกอีกครั้ง"
}
