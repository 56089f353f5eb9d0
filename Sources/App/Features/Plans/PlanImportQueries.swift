import Domain
import Fluent
import Vapor

struct ImportSummary: Equatable {
  var added = 0
  var updated = 0
  var removed = 0
  var unchanged = 0

  var thai: String { "เพิ่ม \(added) แก้ไข \(updated) ลบ \(removed) ไม่เปลี่ยน \(unchanged) โครงการ" }
}

/// Applies a validated spreadsheet to a plan in one transaction: projects are matched by
/// their number — matching numbers are updated, new numbers added, and projects missing from
/// the file removed (soft delete). Every change is audited; new rows are written in batches.
struct PlanImportQueries {
  let db: Database
  static let batchSize = 300

  /// `columns`: the canonical columns the file had; fields of absent columns are kept as they are.
  func replaceProjects(
    of plan: Plan, with rows: [ImportedProject], columns: Set<String>, years: [Int], actor: AuditActor
  ) async throws -> ImportSummary {
    try await db.writeTransaction { db in
      let planID = try plan.requireID()
      let existing = try await PlanQueries(db: db).projects(of: planID)
      let byNumber = Dictionary(existing.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
      let incoming = Set(rows.map(\.number))
      var summary = ImportSummary()
      var newProjects: [PlanProject] = []
      var newBudgets: [PlanProjectBudget] = []
      var events: [AuditEvent] = []

      for incomingRow in rows {
        var row = incomingRow
        if let project = byNumber[row.number] {
          row = row.keeping(project.snapshot(), absentFrom: columns, years: years)
          let before = project.auditFields(years: years)
          let after = PlanProject.make(for: planID, number: row.number, input: row).auditFields(
            years: years, budgets: row.budgets)
          guard before != after else {
            summary.unchanged += 1
            continue
          }
          project.apply(row)
          project.version += 1
          try await project.update(on: db)
          try await project.replaceBudgets(row.budgets, on: db)
          events.append(
            AuditLog.event(
              actor: actor, action: "แก้ไขโครงการ (นำเข้า)", entity: PlanQueries.projectEntity,
              entityID: project.id!.uuidString, orgCode: plan.orgCode, before: before, after: after))
          summary.updated += 1
        } else {
          let project = PlanProject.make(for: planID, number: row.number, input: row)
          newProjects.append(project)
          newBudgets += row.budgets.filter { $0.value > 0 }.map {
            PlanProjectBudget(projectID: project.id!, fiscalYear: $0.key, amountSatang: $0.value)
          }
          events.append(
            AuditLog.event(
              actor: actor, action: "เพิ่มโครงการ (นำเข้า)", entity: PlanQueries.projectEntity,
              entityID: project.id!.uuidString, orgCode: plan.orgCode,
              after: project.auditFields(years: years, budgets: row.budgets)))
          summary.added += 1
        }
      }
      for project in existing where !incoming.contains(project.number) {
        project.deletedAt = Date()
        project.version += 1
        try await project.update(on: db)
        events.append(
          AuditLog.event(
            actor: actor, action: "ลบโครงการ (นำเข้า)", entity: PlanQueries.projectEntity,
            entityID: project.id!.uuidString, orgCode: plan.orgCode, before: ["สถานะ": "อยู่ในแผน"],
            after: ["สถานะ": "ลบแล้ว"]))
        summary.removed += 1
      }
      for chunk in newProjects.chunked(Self.batchSize) { try await chunk.create(on: db) }
      for chunk in newBudgets.chunked(Self.batchSize) { try await chunk.create(on: db) }
      for chunk in events.chunked(Self.batchSize) { try await chunk.create(on: db) }
      try await PlanQueries(db: db).touch(plan, on: db)
      try await AuditLog.record(
        on: db, actor: actor, action: "นำเข้าแผนจากไฟล์", entity: PlanQueries.planEntity, entityID: planID.uuidString,
        orgCode: plan.orgCode, after: ["ผล": summary.thai])
      return summary
    }
  }
}

extension Array {
  func chunked(_ size: Int) -> [ArraySlice<Element>] {
    stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
  }
}
