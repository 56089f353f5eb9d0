import Domain
import Fluent
import Vapor

/// The public archive of circulars marked public (no acknowledgement data), and the JSON API.
extension CircularRoutes {
  static let maxSearch = 100

  /// `?q=`: at most 100 characters are read.
  static func searchText(_ req: Request) -> String {
    let typed = ThaiText.withoutInvisibles(req.query[String.self, at: "q"] ?? "")
    let kept = String(
      String.UnicodeScalarView(typed.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) }))
    return String(kept.trimmingCharacters(in: .whitespaces).prefix(maxSearch))
  }

  func publicList(req: Request) async throws -> Response {
    let text = Self.searchText(req)
    let requested = try req.paging(perPage: Self.perPage)
    var rows = try await CircularQueries(db: req.db).publicList(text: text, paging: requested)
    var paging = requested
    if rows.isEmpty && requested.page > 1 {
      // Past the last page: show the last one.
      let total =
        try await CircularQueries(db: req.db).publicList(text: text, paging: Paging(page: 1, perPage: 1))
        .first?.total ?? 0
      paging = requested.within(total: total)
      rows = try await CircularQueries(db: req.db).publicList(text: text, paging: paging)
    }
    let model = CircularPublicListModel(rows: rows, text: text, total: rows.first?.total ?? 0, paging: paging)
    return req.page(CircularPublicListPage(shell: req.shell("หนังสือเวียนเผยแพร่"), model: model).html)
  }

  /// A public circular, or the same Thai 404 as an unknown one.
  func publicCircular(_ req: Request) async throws -> Circular {
    guard let id = req.parameters.get("id", as: UUID.self),
      let circular = try await CircularQueries(db: req.db).find(id), circular.isPublic
    else { throw CircularContext.notFound }
    return circular
  }

  func publicShow(req: Request) async throws -> Response {
    let circular = try await publicCircular(req)
    let queries = CircularQueries(db: req.db)
    // The chain shows only its public links.
    let chain = try await queries.chain(of: circular).filter(\.isPublic)
    var files: [UUID: String] = [:]
    for link in chain {
      if let id = link.id, let info = try await queries.fileInfo(of: id) {
        files[id] = "\(info.name) (\(EvidenceQueries.size(info.size)))"
      }
    }
    let model = CircularPublicModel(circular: circular, chain: chain, files: files)
    return req.page(CircularPublicPage(shell: req.shell(circular.title), model: model).html)
  }

  func publicFile(req: Request) async throws -> Response {
    let circular = try await publicCircular(req)
    return try await fileResponse(req, try circular.requireID(), isPublic: true)
  }

  // MARK: JSON

  /// `per_page` as OpenAPI types it (1–100), or a Thai 400.
  static func perPage(_ req: Request) throws -> Int {
    guard let text = req.query[String.self, at: "per_page"] else { return perPage }
    guard Paging.isIntegerText(text), let value = Int(text), (1...100).contains(value) else {
      throw Abort(.badRequest, reason: "per_page ต้องเป็นตัวเลข 1–100")
    }
    return value
  }

  func apiPublicList(req: Request) async throws -> CircularListJSON {
    let requested = try req.paging(perPage: try Self.perPage(req), strict: true)
    let text = Self.searchText(req)
    let queries = CircularQueries(db: req.db)
    let total = try await queries.publicList(text: text, paging: Paging(page: 1, perPage: 1)).first?.total ?? 0
    let paging = requested.within(total: total)
    return CircularListJSON(try await queries.publicList(text: text, paging: paging), paging: paging, withState: false)
  }

  func apiShow(req: Request) async throws -> CircularJSON {
    let circular = try await publicCircular(req)
    let queries = CircularQueries(db: req.db)
    let chain = try await queries.chain(of: circular).filter(\.isPublic)
    let hasFile = try await queries.fileInfo(of: try circular.requireID()) != nil
    return CircularJSON(circular, chain: chain, hasFile: hasFile, fileURL: Paths.publicCircularFile)
  }

  func apiInbox(req: Request) async throws -> CircularListJSON {
    let user = try req.requireUser()
    let (org, office) = CircularContext.viewer(user)
    guard org != nil || office != nil else { throw Abort(.forbidden, reason: "บัญชีนี้ไม่ได้รับหนังสือเวียน") }
    let show = req.query[String.self, at: "show"] ?? "open"
    guard show == "open" || show == "all" else { throw Abort(.badRequest, reason: "show ต้องเป็น open หรือ all") }
    let paging = try req.paging(perPage: try Self.perPage(req), strict: true)
    let rows = try await inboxRows(req, org: org, office: office, open: show == "open", paging: paging)
    return CircularListJSON(rows, paging: paging, withState: true)
  }
}
