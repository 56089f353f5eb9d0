import Domain
import Fluent
import Foundation

/// A reporting round (6- or 12-month) of a fiscal year; national admins open and close it.
final class ReportRound: Model, @unchecked Sendable {
  static let schema = "report_rounds"

  @ID(key: .id) var id: UUID?
  @Field(key: "fiscal_year") var fiscalYear: Int
  @Field(key: "kind") var kind: RoundKind
  @Field(key: "due_date") var dueDate: Date
  @Field(key: "window_open") var windowOpen: Bool
  @OptionalField(key: "opened_at") var openedAt: Date?
  @OptionalField(key: "closed_at") var closedAt: Date?
  @Timestamp(key: "created_at", on: .create) var createdAt: Date?

  init() {}

  init(fiscalYear: Int, kind: RoundKind, dueDate: Date) {
    self.fiscalYear = fiscalYear
    self.kind = kind
    self.dueDate = dueDate
    self.windowOpen = false
  }

  /// "ปีงบประมาณ พ.ศ. 2568 รอบ 6 เดือน"
  var title: String { "\(FiscalYear(fiscalYear)) \(kind.thaiName)" }
  /// For URLs: "2568-6".
  var slug: String { "\(fiscalYear)-\(kind.rawValue)" }
}

/// One organization may report until `until` although the round's window is closed.
final class ReportExtension: Model, @unchecked Sendable {
  static let schema = "report_extensions"

  @ID(key: .id) var id: UUID?
  @Parent(key: "round_id") var round: ReportRound
  @Field(key: "org_code") var orgCode: String
  @Field(key: "until") var until: Date
  @Field(key: "reason") var reason: String
  @Field(key: "granted_by") var grantedBy: String
  @Timestamp(key: "created_at", on: .create) var createdAt: Date?

  init() {}
}
