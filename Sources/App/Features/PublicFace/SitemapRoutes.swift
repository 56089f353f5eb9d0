import Domain
import Fluent
import Vapor

/// `robots.txt` and `sitemap.xml`: every organization's public page, the area pages, the
/// project search and the open data, so search engines find them.
struct SitemapRoutes: RouteCollection {
  func boot(routes: any RoutesBuilder) throws {
    routes.get("robots.txt", use: robots)
    routes.get("sitemap.xml", use: sitemap)
  }

  /// Paths robots should leave alone: sign-in, accounts, work areas, complaint follow-ups.
  static let disallowed = ["/admin/", "/api/", "/account/", "/login", "/dashboard", "/complaints/", "/activate"]

  func robots(req: Request) async throws -> Response {
    let lines =
      ["User-agent: *", "Allow: /"] + Self.disallowed.map { "Disallow: \($0)" } + [
        "", "Sitemap: \(req.publicBase)\(Paths.sitemap)",
      ]
    return Self.text(lines.joined(separator: "\n") + "\n", type: "text/plain; charset=utf-8")
  }

  func sitemap(req: Request) async throws -> Response {
    let base = req.publicBase
    let provinces = try await ProvinceQueries(db: req.db).all()
    let codes = try await Organization.query(on: req.db).field(\.$id).sort(\.$id).all().compactMap(\.id)
    var paths = [
      Paths.home, Paths.organizations, Paths.provinces, Paths.projectSearch, Paths.openData, Paths.areaNation,
      Paths.complaints,
    ]
    paths += NACCRegion.numbers.map(Paths.areaRegion)
    paths += provinces.compactMap(\.id).flatMap { [Paths.province($0), Paths.areaProvince($0)] }
    paths += OpenDataCatalogue.datasets.map { Paths.openDataDataset($0.id) }
    paths += codes.map(Paths.organization)
    var xml = HTMLWriter(capacity: 64 + paths.count * 90)
    xml.xmlDeclaration()
    xml.open("urlset", ["xmlns": "http://www.sitemaps.org/schemas/sitemap/0.9"])
    for path in paths.prefix(50_000) {
      xml.open("url")
      xml.element("loc", text: base + path)
      xml.close("url")
    }
    xml.close("urlset")
    return Self.text(xml.string, type: "application/xml; charset=utf-8")
  }

  private static func text(_ body: String, type: String) -> Response {
    var headers = HTTPHeaders()
    headers.replaceOrAdd(name: .contentType, value: type)
    headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
    return Response(status: .ok, headers: headers, body: .init(string: body))
  }
}
