import Domain
import Vapor

/// `GET /api/v1/organizations/{code}/announcements`: one announcement (dates as ISO days).
struct AnnouncementJSON: Content {
  struct Links: Content {
    let page: String
    let print: String
    let file: String?
  }
  let id: UUID
  let kind: String
  let kindName: String
  let title: String
  let state: String
  let stateName: String
  let version: Int
  let fiscalYear: Int
  let signedOn: String?
  let publishedOn: String?
  let withdrawnOn: String?
  let supersedesId: UUID?
  let links: Links

  init(_ row: Announcement, hasFile: Bool) throws {
    let id = try row.requireID()
    self.id = id
    kind = row.kindKey
    kindName = row.kind.thaiTitle
    title = row.title
    state = row.stateKey
    stateName = row.state.thaiName
    version = row.version
    fiscalYear = row.fiscalYear
    signedOn = row.signedOn.map(ThaiCalendar.isoDate)
    publishedOn = row.publishedOn.map(ThaiCalendar.isoDate)
    withdrawnOn = row.withdrawnOn.map(ThaiCalendar.isoDate)
    supersedesId = row.supersedesID
    links = Links(
      page: Paths.announcement(row.organizationCode, id),
      print: Paths.announcementAction(row.organizationCode, id, "print"),
      file: hasFile ? Paths.announcementFile(row.organizationCode, id) : nil)
  }
}

struct AnnouncementListJSON: Content {
  let organizationCode: String
  let fiscalYear: Int
  /// false: only published announcements are listed (the caller may not see drafts).
  let includesUnpublished: Bool
  let items: [AnnouncementJSON]
}

/// The form's checkboxes: `kind_<key>` = 1 for each kind to draft.
enum AnnouncementFormFields {
  static func kind(_ kind: AnnouncementKind) -> String { "kind_" + kind.rawValue }
}
