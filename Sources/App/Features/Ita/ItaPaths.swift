import Foundation

extension Paths {
  static let itaAdmin = "/admin/ita"
  static func itaAdminYear(_ year: Int) -> String { "/admin/ita/\(year)" }
  static func itaAdminWeights(_ year: Int) -> String { "/admin/ita/\(year)/weights" }
  static func itaAdminImport(_ year: Int) -> String { "/admin/ita/\(year)/import" }
  static func itaAdminOrganization(_ year: Int, _ code: String) -> String { "/admin/ita/\(year)/organizations/\(code)" }

  static func organizationIta(_ code: String) -> String { "/organizations/\(code)/ita" }
  static func organizationIta(_ code: String, year: Int) -> String {
    withQuery(organizationIta(code), [("fy", String(year))])
  }
  static func itaMeasures(_ code: String, _ year: Int) -> String { "/organizations/\(code)/ita/\(year)/measures" }
  static func itaMeasure(_ code: String, _ year: Int, _ id: UUID) -> String {
    itaMeasures(code, year) + "/\(id.uuidString)"
  }
  static func itaMeasureDelete(_ code: String, _ year: Int, _ id: UUID) -> String {
    itaMeasure(code, year, id) + "/delete"
  }
  static func itaPrint(_ code: String, _ year: Int) -> String { "/organizations/\(code)/ita/\(year)/print" }

  static func itaPDF(_ code: String, _ year: Int) -> String { "/organizations/\(code)/ita/\(year)/ita.pdf" }

  static func apiIta(_ code: String) -> String { "/api/v1/organizations/\(code)/ita" }
  static func apiIta(_ code: String, _ year: Int) -> String { "/api/v1/organizations/\(code)/ita/\(year)" }

  /// An oversight area's ITA dashboard (`area` is `OversightArea.path`).
  static func itaDashboard(_ area: String) -> String { area + "/ita" }
}
