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

/// One organization's report for one round: its workflow state and the overall parts
/// (problems, suggestions, reporter). Entries hold the per-project lines.
final class Report: Model, @unchecked Sendable {
  static let schema = "reports"

  @ID(key: .id) var id: UUID?
  @Field(key: "org_code") var orgCode: String
  @Parent(key: "round_id") var round: ReportRound
  @Field(key: "status") var status: ReportStatus
  /// Bumped on every change, for stale-form checks of the overall parts.
  @Field(key: "version") var version: Int
  @Field(key: "problems") var problems: String
  @Field(key: "suggestions") var suggestions: String
  @Field(key: "reporter_name") var reporterName: String
  @Field(key: "reporter_position") var reporterPosition: String
  /// True when the 12-month report started from the 6-month entries.
  @Field(key: "prefilled") var prefilled: Bool
  /// When the officer sent it to the executive.
  @OptionalField(key: "sent_at") var sentAt: Date?
  @OptionalField(key: "sent_by") var sentBy: String?
  /// When the executive confirmed it (the latest time, after a resubmission).
  @OptionalField(key: "submitted_at") var submittedAt: Date?
  /// The first confirmation: lateness is judged on it, so a report returned after the due
  /// date and resubmitted stays on time if it first came in on time.
  @OptionalField(key: "first_submitted_at") var firstSubmittedAt: Date?
  @OptionalField(key: "confirmed_by") var confirmedBy: String?
  @Field(key: "late") var late: Bool
  @OptionalField(key: "return_comment") var returnComment: String?
  @OptionalField(key: "returned_by") var returnedBy: String?
  @Timestamp(key: "created_at", on: .create) var createdAt: Date?
  @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
  /// Not stored here: the latest filed copy of a submitted report, once read for this request.
  var filedCopy: FiledReport?

  init() {}

  init(orgCode: String, roundID: UUID) {
    self.orgCode = orgCode
    self.$round.id = roundID
    status = .draft
    version = 1
    problems = ""
    suggestions = ""
    reporterName = ""
    reporterPosition = ""
    prefilled = false
    late = false
  }
}

/// What was reported for one project in one report.
final class ReportEntry: Model, @unchecked Sendable {
  static let schema = "report_entries"

  @ID(key: .id) var id: UUID?
  @Parent(key: "report_id") var report: Report
  @Field(key: "project_id") var projectID: UUID
  @OptionalField(key: "progress") var progress: ProjectProgress?
  @OptionalField(key: "reason") var reason: CannotReason?
  @Field(key: "reason_text") var reasonText: String
  @Field(key: "budget_satang") var budgetSatang: Int64
  @Field(key: "disbursed_satang") var disbursedSatang: Int64
  @Field(key: "note") var note: String
  @OptionalField(key: "in_ordinance") var inOrdinance: Bool?
  /// Optimistic lock: two saves of the same row from forms of the same version → one wins.
  @Field(key: "version") var version: Int
  @Field(key: "updated_by") var updatedBy: String
  @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

  init() {}

  var values: ReportEntryValues {
    ReportEntryValues(
      progress: progress, reason: reason, reasonText: reasonText, budget: Money(satang: budgetSatang),
      disbursed: Money(satang: disbursedSatang), note: note, inOrdinance: inOrdinance)
  }

  func apply(_ values: ReportEntryValues) {
    progress = values.progress
    reason = values.reason
    reasonText = values.reasonText
    budgetSatang = values.budget.satang
    disbursedSatang = values.disbursed.satang
    note = values.note
    inOrdinance = values.inOrdinance
  }
}

/// One filed copy of a report, written when the executive confirmed it and never changed:
/// `content` is the `FiledReport` as JSON. The report's n-th confirmation is `sequence` n.
final class ReportFiling: Model, @unchecked Sendable {
  static let schema = "report_filings"

  @ID(key: .id) var id: UUID?
  @Field(key: "report_id") var reportID: UUID
  @Field(key: "org_code") var orgCode: String
  @Field(key: "round_id") var roundID: UUID
  @Field(key: "sequence") var sequence: Int
  @Field(key: "filed_at") var filedAt: Date
  @Field(key: "confirmed_by") var confirmedBy: String
  @Field(key: "late") var late: Bool
  @Field(key: "content") var content: String
  @Field(key: "size_bytes") var sizeBytes: Int

  init() {}

}

/// A photo or PDF attached to a project's entry, kept in the database.
final class ReportEvidence: Model, @unchecked Sendable {
  static let schema = "report_evidence"

  @ID(key: .id) var id: UUID?
  @Field(key: "report_id") var reportID: UUID
  @Field(key: "project_id") var projectID: UUID
  @Field(key: "file_name") var fileName: String
  @Field(key: "content_type") var contentType: String
  @Field(key: "size_bytes") var sizeBytes: Int
  @Field(key: "data") var data: Data
  @Field(key: "uploaded_by") var uploadedBy: String
  @Timestamp(key: "created_at", on: .create) var createdAt: Date?

  init() {}

  var isImage: Bool { contentType.hasPrefix("image/") }
}
