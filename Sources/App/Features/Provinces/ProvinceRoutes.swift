import Domain
import Vapor

/// Province list and pages (public), the province → NACC region map (national admin), API.
struct ProvinceRoutes: RouteCollection {
  func boot(routes: any RoutesBuilder) throws {
    routes.get("provinces", use: listPage)
    routes.get("provinces", ":code", use: showPage)
    routes.get("admin", "regions", use: regionsForm)
    routes.post("admin", "regions", use: saveRegions)
    routes.get("api", "v1", "provinces", use: apiList)
  }

  func listPage(req: Request) async throws -> Response {
    let queries = ProvinceQueries(db: req.db)
    let counts = try await queries.organizationCounts()
    let rows = try await queries.all().map {
      ProvinceListModel.Row(
        code: $0.id!, name: $0.nameTH, region: NACCRegion.name($0.region), organizations: counts[$0.id!] ?? 0)
    }
    return req.page(ProvinceListPage(shell: req.shell("จังหวัด"), model: .init(rows: rows)).html)
  }

  func showPage(req: Request) async throws -> Response {
    let queries = ProvinceQueries(db: req.db)
    let province = try await queries.require(req.parameters.get("code") ?? "")
    let organizations = try await queries.organizations(in: province.id!)
    let model = ProvincePageModel(province: province, organizations: organizations)
    return req.page(ProvincePage(shell: req.shell("จังหวัด\(province.nameTH)"), model: model).html)
  }

  func regionsForm(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    let provinces = try await ProvinceQueries(db: req.db).all()
    let model = RegionMapModel(rows: provinces.map { ($0.id!, $0.nameTH, $0.region) }, errors: [])
    return req.page(RegionMapPage(shell: req.shell("ภาคของจังหวัด"), model: model).html)
  }

  func saveRegions(req: Request) async throws -> Response {
    _ = try req.requireNationalAdmin()
    let input = try req.content.decode([String: String].self)
    let provinces = try await ProvinceQueries(db: req.db).all()
    var wanted: [String: Int?] = [:]
    var errors: [String] = []
    for province in provinces {
      guard let raw = input["region_\(province.id!)"] else { continue }
      if raw.isEmpty {
        wanted[province.id!] = .some(nil)
      } else if let number = Int(raw), NACCRegion.numbers.contains(number) {
        wanted[province.id!] = number
      } else {
        errors.append("จังหวัด\(province.nameTH): ภาคต้องเป็น 1–9 หรือส่วนกลาง")
      }
    }
    guard errors.isEmpty else {
      let rows = provinces.map { p in (p.id!, p.nameTH, Int(input["region_\(p.id!)"] ?? "") ?? p.region) }
      return req.page(
        RegionMapPage(shell: req.shell("ภาคของจังหวัด"), model: .init(rows: rows, errors: errors)).html,
        status: .unprocessableEntity)
    }
    let changed = try await ProvinceQueries(db: req.db).updateRegions(wanted, actor: .of(req))
    return Flash.redirect(req, to: Paths.regions, notice: "บันทึกแล้ว เปลี่ยน \(changed) จังหวัด")
  }

  func apiList(req: Request) async throws -> [ProvinceJSON] {
    let queries = ProvinceQueries(db: req.db)
    let counts = try await queries.organizationCounts()
    return try await queries.all().map {
      ProvinceJSON(
        code: $0.id!, nameTH: $0.nameTH, nameEN: $0.nameEN, region: $0.region, organizations: counts[$0.id!] ?? 0)
    }
  }
}
