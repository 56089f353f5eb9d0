import Foundation
import NIOConcurrencyHelpers
import Vapor

/// Read-mostly data kept for a few seconds: the organization, round and plan period every report
/// request needs (so the deadline's saves do not read and decode them each time), and dashboard sums
/// (keyed by the figures version, so a confirmation shows at once). Any national-admin write
/// (`POST /admin/…`, where rounds and frameworks change) clears it on this node at once; other
/// nodes see such a change within the entry's lifetime.
final class ReadCache: @unchecked Sendable {
  static let lifetime: TimeInterval = 5
  private let entries = NIOLockedValueBox<[String: (expires: Date, value: Any)]>([:])

  func value<T>(_ key: String, lifetime: TimeInterval = lifetime, load: () async throws -> T) async throws -> T {
    if let hit: T = cached(key) { return hit }
    let value = try await load()
    store(key, value, lifetime: lifetime)
    return value
  }

  /// The value kept under `key`, if it has not expired.
  func cached<T>(_ key: String) -> T? {
    guard let hit = entries.withLockedValue({ $0[key] }), hit.expires > Date() else { return nil }
    return hit.value as? T
  }

  func store<T>(_ key: String, _ value: T, lifetime: TimeInterval = lifetime) {
    let now = Date()
    entries.withLockedValue { entries in
      if entries.count > 500 { entries = entries.filter { $0.value.expires > now } }
      if entries.count > 2_000 { entries.removeAll() }  // never grows without bound
      entries[key] = (now.addingTimeInterval(lifetime), value)
    }
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
