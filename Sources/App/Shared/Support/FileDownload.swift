import Vapor

/// A file answer: the browser saves it under `name`.
enum FileDownload {
  static let xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

  static func response(body: Data, type: String, name: String) -> Response {
    var headers = HTTPHeaders()
    headers.replaceOrAdd(name: .contentType, value: type)
    headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(name)\"")
    return Response(status: .ok, headers: headers, body: .init(data: body))
  }
}
