import Vapor

/// Serves the few files under /static/ (CSS, JS) from memory: read once at start, so a
/// request never touches the file system (no `stat` per request on the shared thread pool,
/// no error from an over-long path). Anything else under /static/ is a Thai 404.
struct StaticFilesMiddleware: AsyncMiddleware {
  struct File: Sendable {
    let body: ByteBuffer
    let type: HTTPMediaType
    let etag: String
  }

  static let prefix = "/static/"
  let files: [String: File]

  init(directory: String) {
    var files: [String: File] = [:]
    let types: [String: HTTPMediaType] = [
      "css": .css, "js": HTTPMediaType(type: "text", subType: "javascript", parameters: ["charset": "utf-8"]),
      "svg": .svg, "png": .png, "ico": .init(type: "image", subType: "x-icon"),
    ]
    let folder = URL(fileURLWithPath: directory).appendingPathComponent("static")
    // Files of the folder and of its sub-folders one level down (`guide/<name>.png`).
    let top = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    let nested = top.flatMap { sub in
      ((try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(sub).path)) ?? [])
        .map { sub + "/" + $0 }
    }
    for name in top + nested {
      guard let type = types[(name as NSString).pathExtension.lowercased()],
        let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
      else { continue }
      files[name] = File(
        body: ByteBuffer(data: data), type: type,
        etag: "\"" + Tokens.sha256(String(decoding: data, as: UTF8.self)).prefix(16) + "\"")
    }
    self.files = files
  }

  func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
    let path = request.url.path
    guard path.hasPrefix(Self.prefix) else { return try await next.respond(to: request) }
    guard request.method == .GET || request.method == .HEAD, let file = files[String(path.dropFirst(Self.prefix.count))]
    else { throw Abort(.notFound, reason: "ไม่พบไฟล์ที่ต้องการ") }
    var headers = HTTPHeaders()
    headers.contentType = file.type
    headers.replaceOrAdd(name: .eTag, value: file.etag)
    headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
    if request.headers.first(name: .ifNoneMatch) == file.etag {
      return Response(status: .notModified, headers: headers)
    }
    return Response(status: .ok, headers: headers, body: .init(buffer: file.body))
  }
}

/// Requests whose address cannot be a page of ours are answered before routing: a path
/// over 2,000 bytes or with a segment over 255 bytes gets a Thai 404 (never a 500).
struct RequestShapeMiddleware: AsyncMiddleware {
  static let maxPath = 2_000
  static let maxSegment = 255

  func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
    let path = request.url.path
    if path.utf8.count > Self.maxPath || path.split(separator: "/").contains(where: { $0.utf8.count > Self.maxSegment })
    {
      throw Abort(.notFound, reason: "ไม่พบหน้าหรือข้อมูลที่ต้องการ (ที่อยู่ยาวเกินไป)")
    }
    return try await next.respond(to: request)
  }
}
