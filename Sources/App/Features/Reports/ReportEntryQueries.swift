import Domain
import Fluent
import SQLKit
import Vapor

/// Saving report rows: the deadline's hot path, so plain SQL (no model reflection) and as few
/// round trips inside the write transaction as the rules allow.
extension ReportQueries {
  /// Saves the rows that changed; a row saved by someone else since `expectedVersion` is left
  /// alone and reported as a conflict. Refused (Thai 409) if the report was locked meanwhile.
  /// `known`: the rows as the caller has just read them (autosave, the entry form). They stand in
  /// for a read inside the transaction; each write still checks the row's version, so a save
  /// that slipped in between is reported as a conflict, never overwritten.
  func saveEntries(
    _ changes: [EntryChange], in report: Report, actor: AuditActor, action: String = "บันทึกผลโครงการ",
    known: [ReportRow]? = nil
  ) async throws -> [UUID: EntryOutcome] {
    let reportID = try report.requireID()
    let orgCode = report.orgCode
    let read = known.map { rows in
      Dictionary(rows.map { ($0.projectID, StoredEntry(values: $0.entry, version: $0.version)) }) { first, _ in first }
    }
    return try await db.writeTransaction { db in
      try await Self.lockWritable(report, on: db)
      var stored = read ?? [:]
      let unread = changes.map(\.projectID).filter { stored[$0] == nil }
      if !unread.isEmpty { stored.merge(try await Self.storedEntries(reportID, unread, on: db)) { _, new in new } }
      var outcomes: [UUID: EntryOutcome] = [:]
      var events: [AuditEvent] = []
      for change in changes {
        let current = stored[change.projectID]?.values
        let version = stored[change.projectID]?.version ?? 0
        if let current, current == change.values {
          outcomes[change.projectID] = .unchanged(version: version)
          continue
        }
        guard version == change.expectedVersion else {
          if let current { outcomes[change.projectID] = .conflict(current: current, version: version) }
          continue
        }
        guard let saved = try await Self.write(change, reportID: reportID, over: version, by: actor.name, on: db) else {
          // Saved by someone else between the read and this write.
          let fresh = try await Self.storedEntries(reportID, [change.projectID], on: db)[change.projectID]
          if let values = fresh?.values, let freshVersion = fresh?.version {
            outcomes[change.projectID] = .conflict(current: values, version: freshVersion)
          }
          continue
        }
        events.append(
          AuditLog.event(
            actor: actor, action: action, entity: Self.entryEntity,
            entityID: Self.entryKey(reportID, change.projectID), orgCode: orgCode,
            before: current.map(Self.auditFields),
            after: Self.auditFields(change.values)))
        outcomes[change.projectID] = .saved(version: saved)
      }
      for chunk in events.chunked(PlanImportQueries.batchSize) { try await AuditLog.insert(Array(chunk), on: db) }
      return outcomes
    }
  }

  /// Writes one row if it is still at `version` (0: never entered). Its new version, or nil when
  /// someone else wrote it first.
  private static func write(
    _ change: EntryChange, reportID: UUID, over version: Int, by name: String, on db: Database
  ) async throws -> Int? {
    struct Written: Decodable { let version: Int }
    let values = change.values
    let now = Date()
    let query: SQLQueryString
    if version == 0 {
      query = """
        INSERT INTO report_entries (id, report_id, project_id, progress, reason, reason_text, budget_satang, \
        disbursed_satang, note, in_ordinance, version, updated_by, updated_at)
        VALUES (\(bind: UUID()), \(bind: reportID), \(bind: change.projectID), \(bind: values.progress?.rawValue), \
        \(bind: values.reason?.rawValue), \(bind: values.reasonText), \(bind: values.budget.satang), \
        \(bind: values.disbursed.satang), \(bind: values.note), \(bind: values.inOrdinance), 1, \(bind: name), \(bind: now))
        ON CONFLICT (report_id, project_id) DO NOTHING RETURNING version
        """
    } else {
      query = """
        UPDATE report_entries SET progress = \(bind: values.progress?.rawValue), \
        reason = \(bind: values.reason?.rawValue), reason_text = \(bind: values.reasonText), \
        budget_satang = \(bind: values.budget.satang), disbursed_satang = \(bind: values.disbursed.satang), \
        note = \(bind: values.note), in_ordinance = \(bind: values.inOrdinance), version = version + 1, updated_by = \(bind: name), updated_at = \(bind: now)
        WHERE report_id = \(bind: reportID) AND project_id = \(bind: change.projectID) AND version = \(bind: version)
        RETURNING version
        """
    }
    return try await (db as! any SQLDatabase).raw(query).first(decoding: Written.self)?.version
  }
}

/// A row's saved values (nil: nothing entered yet) and version (0 then).
struct StoredEntry {
  let values: ReportEntryValues?
  let version: Int
}
