import Domain
import Foundation

/// The part of the country a dashboard shows, from the nation down to one district.
enum OversightArea: Equatable {
  case nation
  case region(Int)
  case province(code: String)
  case district(provinceCode: String, name: String)

  /// The signed-in monitor's own area (LAO roles have none).
  static func of(_ scope: Scope) -> OversightArea? {
    switch scope {
    case .nation: return .nation
    case .region(let number): return .region(number)
    case .province(let code): return .province(code: code)
    case .district(let province, let name): return .district(provinceCode: province, name: name)
    case .organization, .paccOffice: return nil
    }
  }

  /// Whether a user with `scope` may look at this area; `region` is the area's province's region.
  func isVisible(to scope: Scope, region: Int?) -> Bool {
    switch self {
    case .nation: return scope == .nation
    case .region(let number): return scope == .nation || scope == .region(number)
    case .province(let code): return scope.coversProvince(code, region: region)
    case .district(let code, let name):
      return scope.coversProvince(code, region: region) || scope == .district(provinceCode: code, name: name)
    }
  }

  var path: String {
    switch self {
    case .nation: return Paths.dashboardNation
    case .region(let number): return Paths.dashboardRegion(number)
    case .province(let code): return Paths.dashboardProvince(code)
    case .district(let code, let name): return Paths.dashboardDistrict(code, name)
    }
  }
}

/// Where an area page's links go: the monitors' dashboards, or the public area pages (which
/// link an organization to its public page instead of its report form).
struct AreaPaths: Sendable {
  let isPublic: Bool

  static let monitor = AreaPaths(isPublic: false)
  static let `public` = AreaPaths(isPublic: true)

  func path(_ area: OversightArea) -> String {
    switch area {
    case .nation: return isPublic ? Paths.areaNation : Paths.dashboardNation
    case .region(let number): return region(number)
    case .province(let code): return province(code)
    case .district(let code, let name): return district(code, name)
    }
  }

  func region(_ number: Int) -> String { isPublic ? Paths.areaRegion(number) : Paths.dashboardRegion(number) }
  func province(_ code: String) -> String { isPublic ? Paths.areaProvince(code) : Paths.dashboardProvince(code) }
  func district(_ code: String, _ name: String) -> String {
    isPublic ? Paths.areaDistrict(code, name) : Paths.dashboardDistrict(code, name)
  }

  func organization(_ code: String, year: Int, round: Int) -> String {
    isPublic ? Paths.organization(code) : Paths.report(code, year, round)
  }
}
