import Domain
import Vapor

/// Public area pages — nation, region, province, district — with the same sums, map and
/// ranking as the monitors' dashboards, for anyone: no follow-up lists, reminders or contacts,
/// and an organization links to its public page.
struct PublicAreaRoutes: RouteCollection {
  func boot(routes: any RoutesBuilder) throws {
    let areas: [(path: [PathComponent], area: @Sendable (Request) throws -> OversightArea)] = [
      (["areas"], { _ in .nation }),
      (
        ["areas", "regions", ":region"],
        { req in
          guard let number = req.parameters.get("region", as: Int.self) else {
            throw Abort(.notFound, reason: "ไม่พบภาค \(req.parameters.get("region")?.prefix(20) ?? "")")
          }
          return .region(number)
        }
      ),
      (["areas", "provinces", ":province"], { req in .province(code: try req.parameters.require("province")) }),
      (
        ["areas", "provinces", ":province", "districts", ":district"],
        { req in
          let raw = try req.parameters.require("district")
          return .district(
            provinceCode: try req.parameters.require("province"), name: raw.removingPercentEncoding ?? raw)
        }
      ),
    ]
    for (path, area) in areas {
      routes.get(path) { req in try await OversightRoutes().dashboard(req, area(req), paths: .public) }
    }
  }
}
