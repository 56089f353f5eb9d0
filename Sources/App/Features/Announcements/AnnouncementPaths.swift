import Foundation

/// The integrity announcements register's URLs (the OIT checklist links to these: keep them stable).
extension Paths {
  /// The register of one fiscal year (nil: the current one).
  static func announcements(_ code: String, fiscalYear: Int?) -> String {
    withQuery("/organizations/\(code)/announcements", [("fy", fiscalYear.map(String.init) ?? "")])
  }
  static func announcement(_ code: String, _ id: UUID) -> String {
    "/organizations/\(code)/announcements/\(id.uuidString)"
  }
  /// The signed scan.
  static func announcementFile(_ code: String, _ id: UUID) -> String { announcement(code, id) + "/file" }
  /// The printable yearly report of every announcement of a fiscal year.
  static func announcementsReport(_ code: String, _ fy: Int) -> String {
    "/organizations/\(code)/announcements/report/\(fy)"
  }
  static func announcementAction(_ code: String, _ id: UUID, _ action: String) -> String {
    announcement(code, id) + "/" + action
  }
  static func newAnnouncements(_ code: String) -> String { "/organizations/\(code)/announcements/new" }
  static func announcementsAPI(_ code: String) -> String { "/api/v1/organizations/\(code)/announcements" }
}
