import XCTVapor

@testable import App

/// A cookie-keeping client for the in-process app: it fetches a CSRF token the way a
/// browser does (from a page) and sends forms as application/x-www-form-urlencoded.
final class Browser {
  let app: Application
  private(set) var cookies: [String: String] = [:]

  /// When set, requests go through a real HTTP server on this port (bodies then arrive
  /// streamed, as from a browser) instead of straight into the responder.
  var livePort: Int?

  init(_ app: Application, livePort: Int? = nil) {
    self.app = app
    self.livePort = livePort
  }

  /// A browser signed in as `username` (fixture password).
  static func signedIn(_ app: Application, as username: String, password: String = Fixtures.password) async throws
    -> Browser
  {
    let browser = Browser(app)
    let response = try await browser.login(username, password)
    XCTAssertEqual(response.status, .seeOther, "login as \(username) failed: \(response.body.string)")
    return browser
  }

  /// The token a page would carry: bound to the session when there is one (as the server
  /// derives it), otherwise the CSRF cookie.
  var csrf: String {
    if let session = cookies[SessionAuthenticator.cookieName], !session.isEmpty {
      return CSRFMiddleware.sessionBound(session)
    }
    return cookies[CSRFMiddleware.cookieName] ?? ""
  }

  @discardableResult
  func get(_ path: String, headers: HTTPHeaders = [:]) async throws -> XCTHTTPResponse {
    try await send(.GET, path, headers: headers, body: nil)
  }

  /// Posts a form; adds the CSRF token unless `csrf` is false.
  @discardableResult
  func post(_ path: String, _ form: [String: String] = [:], csrf: Bool = true, acceptJSON: Bool = false) async throws
    -> XCTHTTPResponse
  {
    if csrf && self.csrf.isEmpty { try await get(Paths.login) }
    var fields = form
    if csrf { fields[CSRFMiddleware.fieldName] = self.csrf }
    var headers = HTTPHeaders()
    headers.contentType = .urlEncodedForm
    if acceptJSON { headers.replaceOrAdd(name: .accept, value: "application/json") }
    let body = fields.map { "\(Self.encode($0.key))=\(Self.encode($0.value))" }.joined(separator: "&")
    return try await send(.POST, path, headers: headers, body: ByteBuffer(string: body))
  }

  @discardableResult
  func login(_ username: String, _ secret: String) async throws -> XCTHTTPResponse {
    try await post(Paths.login, ["username": username, "secret": secret])
  }

  func sendRaw(_ method: HTTPMethod, _ path: String, headers: HTTPHeaders, body: ByteBuffer?) async throws
    -> XCTHTTPResponse
  {
    try await send(method, path, headers: headers, body: body)
  }

  private func send(_ method: HTTPMethod, _ path: String, headers: HTTPHeaders, body: ByteBuffer?) async throws
    -> XCTHTTPResponse
  {
    var headers = headers
    if !cookies.isEmpty {
      headers.replaceOrAdd(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
    }
    let tester = try livePort.map { try app.testable(method: .running(port: $0)) } ?? app.testable()
    let response = try await tester.sendRequest(method, path, headers: headers, body: body)
    for (name, value) in response.headers.setCookie?.all ?? [:] {
      if value.string.isEmpty || (value.expires.map { $0 < Date() } ?? false) {
        cookies[name] = nil
      } else {
        cookies[name] = value.string
      }
    }
    return response
  }

  static func encode(_ text: String) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
  }
}

extension XCTHTTPResponse {
  var location: String { headers.first(name: .location) ?? "" }
}

extension Browser {
  /// Posts a file as multipart/form-data, the way the import form does.
  @discardableResult
  func upload(_ path: String, fileName: String, data: Data, type: String = "text/csv") async throws -> XCTHTTPResponse {
    if csrf.isEmpty { try await get(Paths.login) }
    let boundary = "----sujarit-test-boundary"
    var body = Data()
    func part(_ header: String, _ content: Data) {
      body += Data("--\(boundary)\r\n\(header)\r\n\r\n".utf8) + content + Data("\r\n".utf8)
    }
    part("Content-Disposition: form-data; name=\"_csrf\"", Data(csrf.utf8))
    part("Content-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\nContent-Type: \(type)", data)
    body += Data("--\(boundary)--\r\n".utf8)
    var headers = HTTPHeaders()
    headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
    return try await sendRaw(.POST, path, headers: headers, body: ByteBuffer(data: body))
  }

  /// Sends JSON with the CSRF header, as a script in the page would.
  @discardableResult
  func json(_ method: HTTPMethod, _ path: String, _ body: [String: Any]) async throws -> XCTHTTPResponse {
    if csrf.isEmpty { try await get(Paths.login) }
    var headers = HTTPHeaders()
    headers.contentType = .json
    headers.replaceOrAdd(name: "X-CSRF-Token", value: csrf)
    let data = try JSONSerialization.data(withJSONObject: body)
    return try await sendRaw(method, path, headers: headers, body: ByteBuffer(data: data))
  }
}

/// The text of a page's `role="alert"` box (the login error), "" without one.
func alertText(_ page: String) -> String {
  guard let start = page.range(of: "role=\"alert\">"),
    let end = page.range(of: "</p>", range: start.upperBound..<page.endIndex)
  else { return "" }
  return String(page[start.upperBound..<end.lowerBound])
}
