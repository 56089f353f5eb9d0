import AsyncHTTPClient
import Domain
import Foundation
import NIOCore
import NIOHTTP1
import Vapor

/// Checks on demand whether evidence links still answer. It asks each address once (HEAD, then
/// GET when HEAD is refused) with a short timeout, follows no redirect (a redirect counts as
/// reachable) and, unless configured otherwise, refuses addresses inside the server's own
/// network (and names it cannot resolve), so an officer's link cannot make the server probe
/// it. Only the status is kept. Left open: a name that resolves outside for this check and
/// inside for the request itself (DNS rebinding with a zero TTL) — it learns one status code.
struct OitLinkChecker {
  struct Outcome: Sendable {
    let status: Int?
    let problem: String?
    var reachable: Bool { problem == nil }
  }

  static let timeout = TimeAmount.seconds(5)
  static let maxLinks = 100

  let client: HTTPClient
  let allowsPrivate: Bool

  func check(_ link: String) async -> Outcome {
    guard OitEvidenceLink.problem(link) == nil, let url = URL(string: link), let rawHost = url.host else {
      return Outcome(status: nil, problem: "ลิงก์ไม่ถูกต้อง")
    }
    // An IPv6 literal may come with its brackets, which the resolver does not take.
    let host = rawHost.hasPrefix("[") && rawHost.hasSuffix("]") ? String(rawHost.dropFirst().dropLast()) : rawHost
    if !allowsPrivate, await Self.resolvesInside(host: host, port: url.port ?? (url.scheme == "https" ? 443 : 80)) {
      return Outcome(status: nil, problem: "ลิงก์ชี้ไปยังเครือข่ายภายในหรือไม่พบชื่อเว็บไซต์ ตรวจจากระบบไม่ได้")
    }
    var status = await ask(link, method: .HEAD)
    if let code = status.status, [403, 405, 501].contains(code) { status = await ask(link, method: .GET) }
    return status
  }

  private func ask(_ link: String, method: HTTPMethod) async -> Outcome {
    do {
      var request = HTTPClientRequest(url: link)
      request.method = method
      request.headers.add(name: "User-Agent", value: "Sujarit-OIT-link-check/1.0")
      let response = try await client.execute(request, timeout: Self.timeout)
      let code = Int(response.status.code)
      // Read nothing: the body is dropped as the response goes out of scope.
      return code < 400
        ? Outcome(status: code, problem: nil) : Outcome(status: code, problem: "เว็บไซต์ตอบรหัส \(code)")
    } catch {
      return Outcome(status: nil, problem: "เปิดไม่ได้ (ไม่ตอบภายใน 5 วินาที หรือไม่พบเว็บไซต์)")
    }
  }

  /// Whether any address the name resolves to is internal — or the name does not resolve
  /// within 3 seconds (resolved off the event loops; an unknown name is never let through).
  static func resolvesInside(host: String, port: Int) async -> Bool {
    await withTaskGroup(of: Bool.self) { group in
      group.addTask { await resolve(host: host, port: port) }
      group.addTask {
        try? await Task.sleep(nanoseconds: 3_000_000_000)
        return true
      }
      let first = await group.next() ?? true
      group.cancelAll()
      return first
    }
  }

  private static func resolve(host: String, port: Int) async -> Bool {
    await withCheckedContinuation { continuation in
      DispatchQueue.global().async {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var result: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &result) == 0, let first = result else {
          continuation.resume(returning: true)
          return
        }
        defer { freeaddrinfo(first) }
        var inside = false
        var next: UnsafeMutablePointer<addrinfo>? = first
        while let info = next {
          if let address = info.pointee.ai_addr {
            if info.pointee.ai_family == AF_INET {
              let bytes = address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { pointer in
                withUnsafeBytes(of: pointer.pointee.sin_addr) { Array($0) }
              }
              inside = inside || NetworkAddress.isInternal(ipv4: bytes)
            } else if info.pointee.ai_family == AF_INET6 {
              let bytes = address.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { pointer in
                withUnsafeBytes(of: pointer.pointee.sin6_addr) { Array($0) }
              }
              inside = inside || NetworkAddress.isInternal(ipv6: bytes)
            }
          }
          next = info.pointee.ai_next
        }
        continuation.resume(returning: inside)
      }
    }
  }
}

extension Application {
  private struct LinkClientKey: StorageKey { typealias Value = HTTPClient }

  /// The link check's own HTTP client: no redirects, short connect timeout; shut down with the app.
  var linkCheckClient: HTTPClient {
    if let client = storage[LinkClientKey.self] { return client }
    var configuration = HTTPClient.Configuration(
      redirectConfiguration: .disallow, timeout: .init(connect: .seconds(3), read: .seconds(5)))
    configuration.decompression = .disabled
    let client = HTTPClient(eventLoopGroupProvider: .shared(eventLoopGroup), configuration: configuration)
    storage.set(LinkClientKey.self, to: client, onShutdown: { try $0.syncShutdown() })
    return client
  }
}
