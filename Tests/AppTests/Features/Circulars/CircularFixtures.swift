import Domain
import Fluent
import SQLKit
import XCTVapor

@testable import App

/// Shortcuts for circulars: posting through the real multipart form, as a monitor would.
enum CircularFixtures {
  static let pdf = Data("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".utf8)
  /// บ่อวิน, an อบต. in ศรีราชา (another district of ชลบุรี), with an officer account made here.
  static let bowin = "6200301"

  static func form(_ changes: [String: String] = [:]) -> [String: String] {
    var form = [
      "title": "การจัดทำแผนปฏิบัติการป้องกันการทุจริต", "number": "ชบ ๐๐๒๓.๓/ว ๑๒๓๔", "letterDate": "15/1/2567",
      "summary": "ขอให้จัดทำแผนและรายงานผลในระบบ", "audience": "area", "includeMonitors": "1",
    ]
    for (key, value) in changes { form[key] = value }
    return form.filter { !$0.value.isEmpty }
  }

  /// Sends the posting (or relay) form as multipart/form-data with an optional file.
  @discardableResult
  static func post(
    _ browser: Browser, _ fields: [String: String], file: Data? = pdf, fileName: String = "letter.pdf",
    type: String = "application/pdf"
  ) async throws -> XCTHTTPResponse {
    try await post(browser, Paths.circulars, fields, file: file, fileName: fileName, type: type)
  }

  @discardableResult
  static func post(
    _ browser: Browser, _ path: String, _ fields: [String: String],
    file: Data? = pdf, fileName: String = "letter.pdf", type: String = "application/pdf"
  ) async throws -> XCTHTTPResponse {
    if browser.csrf.isEmpty { try await browser.get(Paths.login) }
    let boundary = "----sujarit-circular-boundary"
    var body = Data()
    func part(_ header: String, _ content: Data) {
      body += Data("--\(boundary)\r\n\(header)\r\n\r\n".utf8) + content + Data("\r\n".utf8)
    }
    part("Content-Disposition: form-data; name=\"_csrf\"", Data(browser.csrf.utf8))
    for (name, value) in fields { part("Content-Disposition: form-data; name=\"\(name)\"", Data(value.utf8)) }
    if let file {
      part("Content-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\nContent-Type: \(type)", file)
    }
    body += Data("--\(boundary)--\r\n".utf8)
    var headers = HTTPHeaders()
    headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
    return try await browser.sendRaw(.POST, path, headers: headers, body: ByteBuffer(data: body))
  }

  /// The newest circular.
  static func latest(_ app: Application) async throws -> Circular {
    try await Circular.query(on: app.db).sort(\.$createdAt, .descending).first()!
  }

  /// Posts as `sender` and answers the new circular.
  static func posted(_ app: Application, by sender: Browser, _ changes: [String: String] = [:]) async throws -> Circular
  {
    let response = try await post(sender, form(changes))
    XCTAssertEqual(response.status, .seeOther, response.body.string)
    return try await latest(app)
  }

  /// An officer account for บ่อวิน (ศรีราชา).
  static func bowinOfficer(_ app: Application) async throws -> Browser {
    let user = User(username: bowin, displayName: "นิติกร อบต.บ่อวิน", role: .laoOfficer, orgCode: bowin)
    user.passwordHash = try await app.password.async.hash(Fixtures.password).get()
    user.mustSetPassword = false
    try await user.create(on: app.db)
    return try await Browser.signedIn(app, as: bowin)
  }

  static func recipientCodes(_ app: Application, _ id: UUID?) async throws -> [String] {
    struct Row: Decodable { let org_code: String }
    let sql = app.db as! any SQLDatabase
    return try await sql.raw(
      "SELECT org_code FROM circular_recipients WHERE circular_id = \(bind: id ?? UUID()) ORDER BY org_code"
    )
    .all(decoding: Row.self).map(\.org_code)
  }

  static func officeKeys(_ app: Application, _ id: UUID?) async throws -> [String] {
    struct Row: Decodable { let office_key: String }
    let sql = app.db as! any SQLDatabase
    return try await sql.raw(
      "SELECT office_key FROM circular_offices WHERE circular_id = \(bind: id ?? UUID()) ORDER BY office_key"
    )
    .all(decoding: Row.self).map(\.office_key)
  }
}
