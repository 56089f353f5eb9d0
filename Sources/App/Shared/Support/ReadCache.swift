import Foundation
import NIOConcurrencyHelpers
import Vapor

/// Read-mostly data kept for a few seconds: the round and plan period every report request
/// needs (so the deadline's saves do not read and decode them each time), and dashboard sums
/// (keyed by the figures version, so a confirmation shows at once). Any national-admin write
/// (`POST /admin/…`, where rounds and frameworks change) clears it on this node at once; other
/// nodes see such a change within the entry's lifetime.
final class ReadCache: @unchecked Sendable {
  static let lifetime: TimeInterval = 5
  private let entries = NIOLockedValueBox<[String: (expires: Date, value: Any)]>([:])

  func value<T>(_ key: String, lifetime: TimeInterval = lifetime, load: () async throws -> T) async throws -> T {
    let now = Date()
    if let hit = entries.withLockedValue({ $0[key] }), hit.expires > now, let value = hit.value as? T { return value }
    let value = try await load()
    entries.withLockedValue { entries in
      if entries.count > 500 { entries = entries.filter { $0.value.expires > now } }
      entries[key] = (now.addingTimeInterval(lifetime), value)
    }
    return value
  }

  func clear() { entries.withLockedValue { $0.removeAll() } }
}

/// Clears the read cache after every national-admin write.
struct ReadCacheInvalidation: AsyncMiddleware {
  func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
    let response = try await next.respond(to: request)
    if request.method != .GET, request.url.path.hasPrefix("/admin/") { request.application.readCache.clear() }
    return response
  }
}

extension Application {
  private struct ReadCacheKey: StorageKey { typealias Value = ReadCache }

  var readCache: ReadCache {
    if let cache = storage[ReadCacheKey.self] { return cache }
    let cache = ReadCache()
    storage[ReadCacheKey.self] = cache
    return cache
  }
}
