import Domain
import Vapor

/// The OIT checklist and an organization's published OIT as JSON (both public).
struct OitAPIRoutes: RouteCollection {
  func boot(routes: any RoutesBuilder) throws {
    routes.get("api", "v1", "oit", ":year", "checklist", use: checklist)
    routes.get("api", "v1", "organizations", ":code", "oit", ":year", use: organization)
  }

  func checklist(req: Request) async throws -> OitChecklistJSON {
    OitChecklistJSON(try await OitChecklistQueries(db: req.db).require(try OitRoutes.year(req.parameters.get("year"))))
  }

  func organization(req: Request) async throws -> OitOrganizationJSON {
    let context = try await OitContext.load(req)
    let statuses = try await context.statuses(req.db)
    let review = try await OitQueries(db: req.db).review(context.code, context.year)
    return OitOrganizationJSON(
      context: context, statuses: statuses, review: review, publicBase: req.application.config.publicURL)
  }
}
