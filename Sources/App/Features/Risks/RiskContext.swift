import Domain
import Fluent
import Vapor

/// Everything a register route needs from `:code` and `:year`: the organization, what the
/// signed-in user may do, the working register and what a risk may link to.
struct RiskContext {
  let record: OrganizationRecord
  let year: Int
  let user: CurrentUser?
  let register: RiskRegister?

  var code: String { record.organization.code }
  var name: String { record.organization.fullName }
  /// Sees the working register (its own accounts and monitors of its area).
  var insider: Bool { user?.policy.canView(record.place) ?? false }
  var canEdit: Bool { user?.policy.canEditRisks(of: record.place) ?? false }

  static func load(_ req: Request) async throws -> RiskContext {
    let record = try await OrganizationQueries(db: req.db).require(try ItaRoutes.code(req))
    let year = try ItaRoutes.year(req)
    let register = try await RiskQueries(db: req.db).register(code: record.organization.code, year: year)
    return RiskContext(record: record, year: year, user: req.currentUser, register: register)
  }

  func requireEditor(_ req: Request) throws {
    _ = try req.requireUser()
    guard canEdit else {
      throw Abort(.forbidden, reason: "เฉพาะเจ้าหน้าที่และผู้บริหารของ \(name) เท่านั้นที่แก้ไขทะเบียนความเสี่ยงได้")
    }
  }

  /// The plan projects and announcements a risk's measures may point to, as (id, label).
  func links(_ req: Request) async throws -> (
    projects: [(id: UUID, label: String)], announcements: [(id: UUID, label: String)]
  ) {
    (
      try await ItaQueries(db: req.db).projects(code: code, fiscalYear: year),
      try await ItaRoutes.announcements(req, record, year: year)
    )
  }

  /// The working risks as a copy would hold them (links named).
  func workingItems(_ req: Request, items: [RiskItem]) async throws -> [RiskCopy.Item] {
    let (projects, announcements) = try await links(req)
    let projectNames = Dictionary(projects.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
    let announcementNames = Dictionary(announcements.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
    return items.map { item in
      RiskQueries.copyItem(
        item, project: item.projectID.flatMap { projectNames[$0] },
        announcement: item.announcementID.flatMap { announcementNames[$0] })
    }
  }

  /// The published copy a reader asked for (`copy=N`), or the latest; nil when none.
  func copy(_ req: Request, number: Int?) async throws -> (RiskCopyRecord, RiskCopy)? {
    let copies = try await RiskQueries(db: req.db).copies(code: code, year: year)
    let chosen = number.map { number in copies.first { $0.number == number } } ?? copies.first
    guard let record = chosen, let copy = record.copy else { return nil }
    return (record, copy)
  }
}
