import Domain
import Fluent
import SQLKit
import Vapor

/// A project line for the national compliance-review queue.
struct ReviewRow: Decodable {
  let org_code: String
  let org_name: String
  let org_type: String
  let province_name: String
  let project_id: UUID
  let number: Int
  let name: String
  let dimension: Int
  let detail: String?
  let period_code: String?
  let budget: Int64?
  let disbursed: Int64?
}

/// What national staff review: projects flagged ไม่สอดคล้องกับมิติ, and lines of submitted
/// reports that spent more than their budget or could not go ahead for another reason.
struct ReviewQueries {
  let db: Database
  static let limit = 200

  func flagged() async throws -> [ReviewRow] {
    try await (db as! any SQLDatabase).raw(
      """
      SELECT o.code AS org_code, o.name AS org_name, o.type AS org_type, pv.name_th AS province_name,
        pp.id AS project_id, pp.number, pp.name, pp.dimension_number AS dimension,
        pp.inconsistent_reason AS detail, pe.code AS period_code, NULL AS budget, NULL AS disbursed
      FROM plan_projects pp JOIN plans p ON p.id = pp.plan_id JOIN plan_periods pe ON pe.id = p.period_id
      JOIN organizations o ON o.code = p.org_code JOIN provinces pv ON pv.code = o.province_code
      WHERE pp.inconsistent = \(bind: true) AND pp.deleted_at IS NULL
      ORDER BY o.province_code, o.code, pp.number LIMIT \(literal: Self.limit)
      """
    ).all(decoding: ReviewRow.self)
  }

  /// Overspent lines (disbursed > budget) and "อื่นๆ" reasons in the round's submitted reports.
  func unusual(round: ReportRound) async throws -> [ReviewRow] {
    try await (db as! any SQLDatabase).raw(
      """
      SELECT o.code AS org_code, o.name AS org_name, o.type AS org_type, pv.name_th AS province_name,
        pp.id AS project_id, pp.number, pp.name, pp.dimension_number AS dimension,
        CASE WHEN e.disbursed_satang > e.budget_satang THEN e.note ELSE e.reason_text END AS detail,
        NULL AS period_code,
        e.budget_satang AS budget, e.disbursed_satang AS disbursed
      FROM report_entries e JOIN reports r ON r.id = e.report_id
      JOIN plan_projects pp ON pp.id = e.project_id
      JOIN organizations o ON o.code = r.org_code JOIN provinces pv ON pv.code = o.province_code
      WHERE r.round_id = \(bind: try round.requireID()) AND r.status = \(bind: ReportStatus.submitted.rawValue)
        AND (e.disbursed_satang > e.budget_satang OR e.reason = \(bind: CannotReason.other.rawValue))
      ORDER BY o.province_code, o.code, pp.number LIMIT \(literal: Self.limit)
      """
    ).all(decoding: ReviewRow.self)
  }
}
