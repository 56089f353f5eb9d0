import Domain
import Fluent
import Vapor

/// Everything an OIT route needs, loaded from `:code` and `:year`: the organization, the
/// year's checklist, the organization's entries and what the signed-in user may do.
struct OitContext {
  let record: OrganizationRecord
  let year: Int
  let checklist: OitChecklistRecord
  let user: CurrentUser?

  var code: String { record.organization.code }
  var name: String { record.organization.fullName }
  /// Its own accounts, the monitors of its area, national admins: the whole workspace.
  var canSeeWorkspace: Bool { user?.policy.canView(record.place) ?? false }
  var canEdit: Bool { user?.policy.canEditOit(of: record.place) ?? false }
  var canReview: Bool { user?.policy.canReviewOit(of: record.place) ?? false }

  static func load(_ req: Request) async throws -> OitContext {
    guard let code = req.parameters.get("code").flatMap(DLACode.init)?.value else {
      throw Abort(.notFound, reason: "รหัสองค์กรต้องเป็นตัวเลข 7 หลัก")
    }
    let year = try OitRoutes.year(req.parameters.get("year"))
    let record = try await OrganizationQueries(db: req.db).require(code)
    let checklist = try await OitChecklistQueries(db: req.db).require(year)
    return OitContext(record: record, year: year, checklist: checklist, user: req.currentUser)
  }

  /// The workspace is for insiders; an outsider gets a Thai 403 (anonymous: sign in first).
  func requireWorkspace() throws {
    guard user != nil else { throw Abort(.unauthorized, reason: "กรุณาเข้าสู่ระบบก่อน") }
    guard canSeeWorkspace else {
      throw Abort(.forbidden, reason: "พื้นที่ทำงาน OIT ของ\(name) เปิดให้เฉพาะบัญชีของหน่วยงานและผู้กำกับดูแลพื้นที่")
    }
  }

  func requireEditor() throws {
    try requireWorkspace()
    guard canEdit else {
      throw Abort(.forbidden, reason: "เฉพาะเจ้าหน้าที่และผู้บริหารของ\(name) เท่านั้นที่แก้ไขแบบตรวจ OIT ได้")
    }
  }

  func item(_ raw: String?) throws -> OitItem {
    guard let code = raw.flatMap(OitChecklist.normalizedCode),
      let item = checklist.items.first(where: { $0.code == code })
    else { throw Abort(.notFound, reason: "ไม่พบข้อนี้ในแบบตรวจ OIT ปี \(year)") }
    return item
  }
}

/// One item with the organization's work on it, as the pages and the API read it.
struct OitItemStatus: Sendable {
  let item: OitItem
  let entry: OitEntryRow?
  let evidence: [OitEvidenceRow]
  let supplied: [OitSuppliedEvidence]

  var state: OitItemState { entry?.itemState ?? .notStarted }
  var hasEvidence: Bool { !evidence.isEmpty || supplied.contains { $0.url != nil } }
  /// "นายสมชาย ใจดี (นิติกร)", or the position alone when the item is given to a position.
  var owner: String {
    guard let entry else { return "" }
    switch (entry.owner_name.isEmpty, entry.owner_position.isEmpty) {
    case (true, true): return ""
    case (false, true): return entry.owner_name
    case (true, false): return "ตำแหน่ง" + entry.owner_position
    case (false, false): return "\(entry.owner_name) (\(entry.owner_position))"
    }
  }
}

extension OitContext {
  /// Every item with its entry, evidence and what Sujarit supplies (four queries in all).
  func statuses(_ db: Database) async throws -> [OitItemStatus] {
    let entries = try await OitQueries(db: db).entries(code, year)
    let evidence = Dictionary(grouping: try await OitQueries(db: db).evidence(code, year), by: \.item_code)
    let sources = Set(checklist.items.flatMap(\.sources))
    let supplied = try await OitSourceQueries(db: db).supplied(code, year, sources: sources)
    return checklist.items.map { item in
      OitItemStatus(
        item: item, entry: entries[item.code], evidence: evidence[item.code] ?? [],
        supplied: item.sources.flatMap { supplied[$0] ?? [] })
    }
  }
}
