import Fluent
import SQLKit
import Vapor

/// Liveness with a real database round-trip, and Prometheus metrics.
struct HealthRoutes: RouteCollection {
  func boot(routes: any RoutesBuilder) throws {
    routes.get("health", use: health)
    routes.get("metrics", use: metrics)
  }

  struct Status: Content {
    let status: String
  }

  func health(req: Request) async throws -> Response {
    do {
      _ = try await (req.db as! SQLDatabase).raw("SELECT 1 AS ok").first()
      return try await Status(status: "ok").encodeResponse(status: .ok, for: req)
    } catch {
      req.logger.error("health check: database unreachable", metadata: ["error": "\(error)"])
      return try await Status(status: "database unavailable").encodeResponse(status: .serviceUnavailable, for: req)
    }
  }

  func metrics(req: Request) async throws -> Response {
    var headers = HTTPHeaders()
    headers.replaceOrAdd(name: .contentType, value: "text/plain; version=0.0.4; charset=utf-8")
    return Response(status: .ok, headers: headers, body: .init(string: AppMetrics.registry.emitToString()))
  }
}
