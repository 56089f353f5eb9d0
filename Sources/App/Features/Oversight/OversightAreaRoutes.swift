import Vapor

extension OversightArea {
  /// The four dashboard levels' paths with `suffix` after them (`/dashboard/nation/ita`,
  /// `/dashboard/regions/:region/ita`, …) and how each request names its area.
  static func routes(suffix: PathComponent) -> [(
    path: [PathComponent], area: @Sendable (Request) throws -> OversightArea
  )] {
    [
      (["dashboard", "nation", suffix], { _ in .nation }),
      (
        ["dashboard", "regions", ":region", suffix],
        { req in
          guard let number = req.parameters.get("region", as: Int.self) else {
            throw Abort(.notFound, reason: "ไม่พบภาค \(req.parameters.get("region") ?? "")")
          }
          return .region(number)
        }
      ),
      (
        ["dashboard", "provinces", ":province", suffix],
        { req in .province(code: try req.parameters.require("province")) }
      ),
      (
        ["dashboard", "provinces", ":province", "districts", ":district", suffix],
        { req in
          let raw = try req.parameters.require("district")
          return .district(
            provinceCode: try req.parameters.require("province"), name: raw.removingPercentEncoding ?? raw)
        }
      ),
    ]
  }
}
