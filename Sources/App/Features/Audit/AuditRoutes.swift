import Domain
import Vapor

/// The audit log, readable by national admins (append-only: there is no edit route).
struct AuditRoutes: RouteCollection {
  func boot(routes: any RoutesBuilder) throws {
    routes.get("admin", "audit", use: logPage)
  }

  func logPage(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    let org = (req.query[String.self, at: "org"] ?? "").trimmingCharacters(in: .whitespaces)
    let found = try await AuditQueries(db: req.db).page(
      orgCode: org.isEmpty ? nil : org, paging: req.paging(perPage: AuditQueries.pageSize))
    let model = AuditLogModel(
      org: org, page: found.paging.page, total: found.total, events: found.events.map(AuditLogModel.Row.init))
    return req.page(AuditLogPage(shell: req.shell("บันทึกการแก้ไข"), model: model).html)
  }
}
