import Vapor

/// A one-shot notice ("บันทึกแล้ว") carried across a redirect in a short-lived cookie.
enum Flash {
  static let cookieName = "sujarit_flash"

  static func redirect(_ request: Request, to path: String, notice: String) -> Response {
    let response = request.redirect(to: path)
    response.cookies[cookieName] = HTTPCookies.Value(
      string: notice.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "", maxAge: 60,
      path: "/", isSecure: request.application.config.secureCookies, isHTTPOnly: true, sameSite: .lax)
    return response
  }

  /// Reads the notice, if any; `HTMLResponse` clears the cookie on the page that shows it.
  static func read(_ request: Request) -> String? {
    request.cookies[cookieName]?.string.removingPercentEncoding.flatMap { $0.isEmpty ? nil : $0 }
  }
}
