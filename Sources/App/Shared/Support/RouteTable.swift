import RoutingKit
import Vapor

/// Which methods the app answers at a path, matched as the router matches it: so a form's
/// page can be checked to exist (drafts), and a request with a method a path does not take
/// gets 405 with `Allow` instead of 404.
/// The routers are filled once at start and only read afterwards, hence `@unchecked`.
struct RouteTable: @unchecked Sendable {
  private let routers: [String: TrieRouter<Bool>]
  private let rootMethods: Set<String>

  init(routes: [Route]) {
    var routers: [String: TrieRouter<Bool>] = [:]
    var rootMethods: Set<String> = []
    for route in routes {
      let method = route.method.rawValue
      guard !route.path.isEmpty else {
        rootMethods.insert(method)
        continue
      }
      let router = routers[method] ?? TrieRouter(Bool.self)
      router.register(true, at: route.path)
      routers[method] = router
    }
    self.routers = routers
    self.rootMethods = rootMethods
  }

  func matches(_ method: HTTPMethod, path: String) -> Bool {
    let segments = Self.segments(path)
    if segments.isEmpty { return rootMethods.contains(method.rawValue) }
    var parameters = Parameters()
    return routers[method.rawValue]?.route(path: segments, parameters: &parameters) ?? false
  }

  /// The methods some route takes at `path` (HEAD goes with GET), sorted.
  func methods(at path: String) -> [String] {
    let all = Set(routers.keys).union(rootMethods)
    var found = all.filter { matches(HTTPMethod(rawValue: $0), path: path) }
    if found.contains("GET") { found.insert("HEAD") }
    return found.sorted()
  }

  private static func segments(_ path: String) -> [String] {
    let bare = path.split(separator: "?", maxSplits: 1).first.map(String.init) ?? path
    return bare.split(separator: "/").map { String($0).removingPercentEncoding ?? String($0) }
  }
}

extension Application {
  private struct RouteTableKey: StorageKey { typealias Value = RouteTable }

  /// Built once the routes are registered (`configure`).
  var routeTable: RouteTable {
    get { storage[RouteTableKey.self] ?? RouteTable(routes: []) }
    set { storage[RouteTableKey.self] = newValue }
  }
}

/// A path that exists, asked with a method it does not take: 405 with `Allow` (Vapor's
/// router answers 404 for both).
/// Answered before the CSRF check, which would otherwise refuse such a POST or DELETE first.
struct MethodNotAllowedMiddleware: AsyncMiddleware {
  func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
    let table = request.application.routeTable
    let method = request.method == .HEAD ? HTTPMethod.GET : request.method
    let path = request.url.path
    guard !table.matches(method, path: path) else { return try await next.respond(to: request) }
    let allowed = table.methods(at: path)
    guard !allowed.isEmpty else { return try await next.respond(to: request) }
    var headers = HTTPHeaders()
    headers.replaceOrAdd(name: .allow, value: allowed.joined(separator: ", "))
    throw Abort(
      .methodNotAllowed, headers: headers,
      reason: "ที่อยู่นี้ไม่รับคำขอแบบ \(request.method.rawValue.prefix(10)) (รับ: \(allowed.joined(separator: ", ")))")
  }
}
