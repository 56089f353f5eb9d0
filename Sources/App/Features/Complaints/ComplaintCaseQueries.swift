import Domain
import Fluent
import SQLKit
import Vapor

/// The cases a handler works: a complaint officer's organization's (not those about its
/// executive), a provincial monitor's province's cases about executives.
struct ComplaintCaseQueries {
  let db: Database

  enum Filter: String, CaseIterable, Sendable {
    case open, closed, all
    var thaiName: String {
      switch self {
      case .open: return "กำลังดำเนินการ"
      case .closed: return "ปิดแล้ว"
      case .all: return "ทั้งหมด"
      }
    }
  }

  struct Row: Sendable {
    let complaint: Complaint
    let organizationName: String
  }

  /// The handler's cases: open ones by due day (overdue first), closed ones newest first.
  func cases(for user: CurrentUser, filter: Filter, paging: Paging) async throws -> (
    rows: [Row], total: Int, paging: Paging
  ) {
    guard var query = Self.handled(by: user, on: db) else { return ([], 0, paging) }
    switch filter {
    case .open:
      query = query.filter(\.$stateRaw ~~ ComplaintState.allCases.filter(\.isOpen).map(\.rawValue))
        .sort(\.$dueOn).sort(\.$receivedAt)
    case .closed:
      query = query.filter(\.$stateRaw !~ ComplaintState.allCases.filter(\.isOpen).map(\.rawValue))
        .sort(\.$closedAt, .descending)
    case .all: query = query.sort(\.$receivedAt, .descending)
    }
    let total = try await query.count()
    let page = paging.within(total: total)
    let complaints = try await query.range(page.range).all()
    let codes = Array(Set(complaints.map(\.organizationCode)))
    let names = try await Organization.query(on: db).filter(\.$id ~~ codes).all()
      .reduce(into: [String: String]()) { $0[$1.code] = $1.fullName }
    return (
      complaints.map { Row(complaint: $0, organizationName: names[$0.organizationCode] ?? $0.organizationCode) }, total,
      page
    )
  }

  /// How many open cases the handler has, and how many of them are overdue (home page).
  func openCounts(for user: CurrentUser, now: Date = Date()) async throws -> (open: Int, overdue: Int) {
    guard let query = Self.handled(by: user, on: db) else { return (0, 0) }
    let open = query.filter(\.$stateRaw ~~ ComplaintState.allCases.filter(\.isOpen).map(\.rawValue))
    let total = try await open.copy().count()
    let overdue = try await open.filter(\.$dueOn < ThaiCalendar.isoDate(now)).count()
    return (total, overdue)
  }

  /// The complaints the user handles, or nil for anyone who handles none.
  static func handled(by user: CurrentUser, on db: Database) -> QueryBuilder<Complaint>? {
    switch (user.role, user.scope) {
    case (.complaintOfficer, .organization(let code)):
      return Complaint.query(on: db).filter(\.$organizationCode == code).filter(\.$aboutExecutive == false)
    case (.provincialMonitor, .province(let code)):
      return Complaint.query(on: db).filter(\.$provinceCode == code).filter(\.$aboutExecutive == true)
    default: return nil
    }
  }
}
