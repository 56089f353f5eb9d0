import Fluent
import Foundation
import SQLKit
import Vapor

/// Liveness with a real database round-trip, and Prometheus metrics.
struct HealthRoutes: RouteCollection {
  func boot(routes: any RoutesBuilder) throws {
    routes.get("health", use: health)
    routes.get("metrics", use: metrics)
  }

  /// When this process started: a restart after a crash shows as a new value in monitoring.
  static let processStarted = Date()

  struct Status: Content {
    let status: String
    let startedAt: Date
    let uptimeSeconds: Int
  }

  func health(req: Request) async throws -> Response {
    let uptime = Int(max(0, Date().timeIntervalSince(Self.processStarted)))
    do {
      _ = try await (req.db as! SQLDatabase).raw("SELECT 1 AS ok").first()
      return try await Status(status: "ok", startedAt: Self.processStarted, uptimeSeconds: uptime)
        .encodeResponse(status: .ok, for: req)
    } catch {
      req.logger.error("health check: database unreachable", metadata: ["error": "\(error)"])
      return try await Status(status: "database unavailable", startedAt: Self.processStarted, uptimeSeconds: uptime)
        .encodeResponse(status: .serviceUnavailable, for: req)
    }
  }

  /// Prometheus metrics, for the machine itself (loopback) or a scraper that sends
  /// `Authorization: Bearer <SUJARIT_METRICS_TOKEN>`; anyone else gets a 404.
  func metrics(req: Request) async throws -> Response {
    guard Self.mayReadMetrics(req) else { throw Abort(.notFound, reason: "ไม่พบหน้าหรือข้อมูลที่ต้องการ") }
    var headers = HTTPHeaders()
    headers.replaceOrAdd(name: .contentType, value: "text/plain; version=0.0.4; charset=utf-8")
    return Response(status: .ok, headers: headers, body: .init(string: AppMetrics.registry.emitToString()))
  }

  static func mayReadMetrics(_ req: Request) -> Bool {
    if let token = req.application.config.metricsToken, let sent = req.headers.bearerAuthorization?.token {
      return Tokens.constantTimeEqual(token, sent)
    }
    // Behind a proxy every request comes from loopback: then only the token opens it.
    guard !req.application.config.trustProxy, let address = req.remoteAddress?.ipAddress else { return false }
    return address == "127.0.0.1" || address == "::1" || address.hasPrefix("::ffff:127.")
  }
}
