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
    case .organization: return nil
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
