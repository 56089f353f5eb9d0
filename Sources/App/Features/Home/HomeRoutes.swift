import Vapor

struct HomeRoutes: RouteCollection {
  func boot(routes: any RoutesBuilder) throws {
    routes.get(use: home)
  }

  func home(req: Request) async throws -> Response {
    let counts = try await ProvinceQueries(db: req.db).organizationCounts()
    let model = HomeModel(
      organizations: counts.values.reduce(0, +), provinces: counts.count, user: req.currentUser.map(NavUser.init))
    return req.page(HomePage(shell: req.shell("หน้าแรก"), model: model).html)
  }
}
