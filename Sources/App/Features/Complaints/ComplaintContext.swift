import Domain
import Fluent
import Vapor

/// A case as its handler opens it: every handler route starts here. Anyone who does not
/// handle this very case (another organization's complaint officer, the organization's
/// other accounts, the executive a case is about, monitors elsewhere, national admins) gets
/// the same 404 as for a case that does not exist.
struct ComplaintContext {
  let user: CurrentUser
  let complaint: Complaint
  let record: OrganizationRecord
  let queries: ComplaintQueries

  var id: UUID { complaint.id ?? UUID() }

  static let notYours = Abort(.notFound, reason: "ไม่พบเรื่องร้องเรียนนี้ หรือท่านไม่ใช่ผู้รับผิดชอบเรื่องนี้")

  static func load(_ req: Request) async throws -> ComplaintContext {
    let user = try req.requireUser()
    let vault = try req.requireVault()
    guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw notYours }
    let queries = ComplaintQueries(db: req.db, vault: vault)
    guard let complaint = try await queries.find(id),
      let record = try await OrganizationQueries(db: req.db).record(complaint.organizationCode),
      user.policy.canHandleComplaint(at: record.place, aboutExecutive: complaint.aboutExecutive)
    else { throw notYours }
    return ComplaintContext(user: user, complaint: complaint, record: record, queries: queries)
  }

  /// Only those who handle complaints have a case list.
  static func requireHandler(_ req: Request) throws -> CurrentUser {
    let user = try req.requireUser()
    guard user.policy.handlesComplaints else {
      throw Abort(
        .forbidden,
        reason: "เฉพาะผู้รับผิดชอบเรื่องร้องเรียนของหน่วยงาน และผู้กำกับดูแลระดับจังหวัด (เรื่องเกี่ยวกับผู้บริหาร) เท่านั้น")
    }
    return user
  }
}
