import Foundation

/// The OIT checklist's URLs: public pages an LAO links from its website's ITA menu stay stable.
extension Paths {
  static let oitChecklists = "/admin/oit"
  static func oitChecklist(_ year: Int) -> String { "/admin/oit/\(year)" }
  static func oitChecklistAction(_ year: Int, _ action: String) -> String { "/admin/oit/\(year)/\(action)" }
  static func oitChecklistItem(_ year: Int, _ item: String) -> String { "/admin/oit/\(year)/items/\(item)" }

  static func oitLatest(_ code: String) -> String { "/organizations/\(code)/oit" }
  static func oit(_ code: String, _ year: Int) -> String { "/organizations/\(code)/oit/\(year)" }
  static func oitWorkspace(_ code: String, _ year: Int) -> String { oit(code, year) + "/workspace" }
  static func oitOwners(_ code: String, _ year: Int) -> String { oit(code, year) + "/owners" }
  static func oitItem(_ code: String, _ year: Int, _ item: String) -> String { oit(code, year) + "/items/\(item)" }
  static func oitItemAction(_ code: String, _ year: Int, _ item: String, _ action: String) -> String {
    oitItem(code, year, item) + "/" + action
  }
  static func oitEvidence(_ code: String, _ year: Int, _ id: UUID) -> String {
    oit(code, year) + "/evidence/\(id.uuidString)"
  }
  static func oitMemo(_ code: String, _ year: Int) -> String { oit(code, year) + "/memo" }
  static func oitAction(_ code: String, _ year: Int, _ action: String) -> String { oit(code, year) + "/" + action }
}
