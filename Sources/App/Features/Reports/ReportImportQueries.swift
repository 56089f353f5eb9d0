import Domain
import Fluent
import Vapor

/// Applies a round table (CSV/XLSX) to a report: validated as a whole first, then saved in one
/// transaction with an audit record per changed row. Projects absent from the file keep
/// their entries.
struct ReportImportQueries {
  let db: Database

  /// The number of rows saved, or every problem found (nothing saved).
  func apply(_ table: (header: [String], rows: [[String]]), to report: Report, rows: [ReportRow], actor: AuditActor)
    async throws -> Result<Int, ImportProblems>
  {
    let budgets = Dictionary(rows.map { ($0.number, $0.planBudget) }, uniquingKeysWith: { first, _ in first })
    var ordinance: [Int: Bool] = [:]
    for row in rows { if let answer = row.values.inOrdinance { ordinance[row.number] = answer } }
    switch ReportImport.parse(header: table.header, rows: table.rows, planBudgets: budgets, ordinance: ordinance) {
    case .failure(let problems): return .failure(problems)
    case .success(let entries):
      let changes = rows.compactMap { row -> EntryChange? in
        guard let values = entries[row.number], values != row.values else { return nil }
        return EntryChange(projectID: row.projectID, values: values, expectedVersion: row.version)
      }
      let outcomes = try await ReportQueries(db: db).saveEntries(
        changes, in: report, actor: actor, action: "บันทึกผลโครงการ (นำเข้า)")
      let saved = outcomes.values.filter { if case .saved = $0 { return true } else { return false } }.count
      try await AuditLog.record(
        on: db, actor: actor, action: "นำเข้าผลการดำเนินงานจากไฟล์", entity: ReportQueries.reportEntity,
        entityID: report.requireID().uuidString, orgCode: report.orgCode,
        after: ["หมายเหตุ": "บันทึก \(saved) รายการ จาก \(entries.count) แถว"])
      return .success(saved)
    }
  }
}
