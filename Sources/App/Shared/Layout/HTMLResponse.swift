import Vapor

extension Request {
  /// The page frame data every view needs: who is signed in, the CSRF token and any notice.
  func shell(_ title: String) -> PageShell {
    PageShell(
      title: title, user: currentUser.map(NavUser.init), csrfToken: csrfToken,
      flash: Flash.read(self), help: guideHelpLink)
  }

  /// Renders a full HTML page.
  func page(_ html: HTML, status: HTTPStatus = .ok) -> Response {
    var headers = HTTPHeaders()
    headers.contentType = .html
    let response = Response(status: status, headers: headers, body: .init(string: html.render()))
    if Flash.read(self) != nil {
      response.cookies[Flash.cookieName] = HTTPCookies.Value(
        string: "", expires: Date(timeIntervalSince1970: 0), path: "/")
    }
    return response
  }
}

extension NavUser {
  init(_ user: CurrentUser) {
    self.init(
      displayName: user.displayName, username: user.username, role: user.role, orgCode: user.orgCode,
      provinceCode: {
        if case .province(let code) = user.scope { return code };
        if case .district(let code, _) = user.scope { return code }; return nil
      }())
  }
}
