import Domain
import Fluent
import XCTVapor

@testable import App

/// Filing complaints the way the public form does (multipart, files optional).
extension Browser {
  static let pdf = Data("%PDF-1.4\n% evidence\n".utf8)

  @discardableResult
  func fileComplaint(
    _ code: String, _ fields: [String: String], files: [(name: String, data: Data)] = []
  ) async throws -> XCTHTTPResponse {
    if csrf.isEmpty { try await get(Paths.complaints) }
    return try await multipart(Paths.complaintFile(code), fields, files: files)
  }

  @discardableResult
  func multipart(_ path: String, _ fields: [String: String], files: [(name: String, data: Data)] = []) async throws
    -> XCTHTTPResponse
  {
    let boundary = "----sujarit-complaint-boundary"
    var body = Data()
    func part(_ header: String, _ content: Data) {
      body += Data("--\(boundary)\r\n\(header)\r\n\r\n".utf8) + content + Data("\r\n".utf8)
    }
    for (name, value) in fields.merging([CSRFMiddleware.fieldName: csrf], uniquingKeysWith: { first, _ in first }) {
      part("Content-Disposition: form-data; name=\"\(name)\"", Data(value.utf8))
    }
    for file in files {
      part(
        "Content-Disposition: form-data; name=\"files[]\"; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream",
        file.data)
    }
    body += Data("--\(boundary)--\r\n".utf8)
    var headers = HTTPHeaders()
    headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
    return try await sendRaw(.POST, path, headers: headers, body: ByteBuffer(data: body))
  }
}

enum ComplaintFixtures {
  static let named: [String: String] = [
    "concern": "person", "concerns": "ผู้อำนวยการกองช่าง", "details": "เรียกรับเงินจากผู้รับเหมาโครงการถนน",
    "when": "มีนาคม 2570", "where": "สำนักงานเทศบาล", "witnesses": "นายดำ ขยัน", "name": "นายสมชาย ใจดี",
    "contact": "081-234-5678 somchai.j@example.co.th",
  ]

  static let anonymous: [String: String] = [
    "concern": "project", "concerns": "โครงการขุดลอกคลอง", "details": "ขุดไม่ถึงความลึกตามสัญญา", "anonymous": "1",
  ]

  /// The receipt on a receipt page.
  static func receipt(in page: String) -> String? {
    guard let start = page.range(of: "id=\"receipt\">"),
      let end = page.range(of: "<", range: start.upperBound..<page.endIndex)
    else { return nil }
    return String(page[start.upperBound..<end.lowerBound])
  }

  /// Files a complaint with the public form; returns its receipt and the case's id.
  static func file(
    _ app: Application, _ code: String = Fixtures.nongprue, _ fields: [String: String] = named,
    files: [(name: String, data: Data)] = []
  ) async throws -> (receipt: String, id: UUID) {
    let response = try await Browser(app).fileComplaint(code, fields, files: files)
    XCTAssertEqual(response.status, .ok, response.body.string)
    let receipt = try XCTUnwrap(Self.receipt(in: response.body.string))
    let typed = try XCTUnwrap(ComplaintReceipt(typed: receipt))
    let found = try await Complaint.query(on: app.db).filter(\.$receiptDigest == ComplaintVault.receiptDigest(typed))
      .first()
    let complaint = try XCTUnwrap(found)
    return (receipt, try complaint.requireID())
  }
}
