extension Paths {
  static func widget(_ code: String) -> String { "/organizations/\(code)/widget" }
  static func badge(_ code: String) -> String { "/organizations/\(code)/badge.svg" }
  static func widgetHelp(_ code: String) -> String { "/organizations/\(code)/embed" }
  static let sitemap = "/sitemap.xml"
  static let robots = "/robots.txt"
  static let areaNation = "/areas"
  static func areaRegion(_ number: Int) -> String { "/areas/regions/\(number)" }
  static func areaProvince(_ code: String) -> String { "/areas/provinces/\(code)" }
  static func areaDistrict(_ code: String, _ name: String) -> String {
    "/areas/provinces/\(code)/districts/" + (name.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? name)
  }

  /// The only pages another site may frame: an organization's widget and badge.
  static func isEmbeddable(_ path: String) -> Bool {
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    return parts.count == 4 && parts[0].isEmpty && parts[1] == "organizations" && parts[2].count == 7
      && parts[2].allSatisfy { $0.isASCII && $0.isNumber } && (parts[3] == "widget" || parts[3] == "badge.svg")
  }
}
