import Domain
import Fluent
import Foundation
import SQLKit
import Vapor

/// One stored ITA result (scores in hundredths), with the organization's name when listed.
struct ItaResultRow: Decodable, Sendable {
  let organization_code: String
  let fiscal_year: Int
  let i1: Int64?
  let i2: Int64?
  let i3: Int64?
  let i4: Int64?
  let i5: Int64?
  let i6: Int64?
  let i7: Int64?
  let i8: Int64?
  let i9: Int64?
  let i10: Int64?
  let iit_respondents: Int64?
  let eit_respondents: Int64?
  let total_hundredths: Int64?
  let level: String?
  let source: String
  let name: String?

  var scores: ItaScores { ItaScores(list: [i1, i2, i3, i4, i5, i6, i7, i8, i9, i10]) }
}

/// A year that has results, with how many organizations have one.
struct ItaYearRow: Decodable, Sendable {
  let fiscal_year: Int
  let organizations: Int64
}

/// What is written for one organization's result.
struct ItaWrite: Sendable {
  let code: String
  let scores: ItaScores
  let iitRespondents: Int?
  let eitRespondents: Int?
  let source: String
}

/// Reads and writes ITA results, weights and improvement measures. Every write runs in one
/// transaction with its audit records.
struct ItaQueries {
  let db: Database
  static let resultEntity = "ita_result"
  static let weightsEntity = "ita_weights"
  static let measureEntity = "ita_measure"
  /// Rows per multi-row upsert (15 binds each: well inside SQLite's and PostgreSQL's limits).
  static let batchSize = 500
  static let columns =
    "id, organization_code, fiscal_year, i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, iit_respondents, "
    + "eit_respondents, total_hundredths, level, passed, source, updated_by, updated_at"

  private var sql: any SQLDatabase { db as! any SQLDatabase }

  // MARK: Weights

  func weights(_ fiscalYear: Int) async throws -> ItaWeights {
    struct Row: Decodable {
      let iit: Int64
      let eit: Int64
      let oit: Int64
    }
    let row = try await sql.raw("SELECT iit, eit, oit FROM ita_weights WHERE fiscal_year = \(bind: fiscalYear)")
      .first(decoding: Row.self)
    guard let row else { return .standard }
    let weights = ItaWeights(iit: row.iit, eit: row.eit, oit: row.oit)
    return weights.isValid ? weights : .standard
  }

  /// Sets a year's weights and recomputes that year's stored totals, in one transaction.
  func setWeights(_ fiscalYear: Int, _ weights: ItaWeights, actor: AuditActor) async throws {
    let before = try await self.weights(fiscalYear)
    try await db.writeTransaction { db in
      let sql = db as! any SQLDatabase
      let now = Date()
      try await sql.raw(
        """
        INSERT INTO ita_weights (fiscal_year, iit, eit, oit, updated_by, updated_at)
        VALUES (\(bind: fiscalYear), \(bind: weights.iit), \(bind: weights.eit), \(bind: weights.oit), \
        \(bind: actor.name), \(bind: now))
        ON CONFLICT (fiscal_year) DO UPDATE SET iit = \(bind: weights.iit), eit = \(bind: weights.eit), \
        oit = \(bind: weights.oit), updated_by = \(bind: actor.name), updated_at = \(bind: now)
        """
      ).run()
      let rows = try await ItaQueries(db: db).results(fiscalYear: fiscalYear)
      let writes = rows.map {
        ItaWrite(
          code: $0.organization_code, scores: $0.scores, iitRespondents: $0.iit_respondents.map { Int($0) },
          eitRespondents: $0.eit_respondents.map { Int($0) }, source: $0.source)
      }
      try await ItaQueries(db: db).upsert(writes, fiscalYear: fiscalYear, weights: weights, actor: actor)
      try await AuditLog.record(
        on: db, actor: actor, action: "แก้ไขน้ำหนักเครื่องมือ ITA", entity: Self.weightsEntity,
        entityID: String(fiscalYear), before: ["น้ำหนัก": before.text],
        after: ["น้ำหนัก": weights.text, "คำนวณคะแนนรวมใหม่": "\(rows.count) หน่วยงาน"])
    }
  }

  // MARK: Results

  func years() async throws -> [ItaYearRow] {
    try await sql.raw(
      """
      SELECT fiscal_year, CAST(COUNT(*) AS BIGINT) AS organizations FROM ita_results
      GROUP BY fiscal_year ORDER BY fiscal_year DESC
      """
    ).all(decoding: ItaYearRow.self)
  }

  private static let select: SQLQueryString =
    """
    SELECT r.organization_code, r.fiscal_year, r.i1, r.i2, r.i3, r.i4, r.i5, r.i6, r.i7, r.i8, r.i9, r.i10, \
    r.iit_respondents, r.eit_respondents, r.total_hundredths, r.level, r.source, o.name
    FROM ita_results r JOIN organizations o ON o.code = r.organization_code
    """

  /// Every result of a year (for recomputing totals).
  func results(fiscalYear: Int) async throws -> [ItaResultRow] {
    try await sql.raw(Self.select + " WHERE r.fiscal_year = \(bind: fiscalYear)").all(decoding: ItaResultRow.self)
  }

  /// A page of a year's results, searched by code prefix or name.
  func results(fiscalYear: Int, search: String, paging: Paging) async throws -> (
    items: [ItaResultRow], total: Int, paging: Paging
  ) {
    var clause: SQLQueryString = " WHERE r.fiscal_year = \(bind: fiscalYear)"
    let text = search.trimmingCharacters(in: .whitespaces).filter { $0 != "%" && $0 != "_" && $0 != "\\" }
    if !text.isEmpty {
      let arabic = ThaiDigits.toArabic(String(text.prefix(100)))
      clause += " AND (r.organization_code LIKE \(bind: arabic + "%") OR o.name LIKE \(bind: "%" + arabic + "%"))"
    }
    struct Count: Decodable { let n: Int64 }
    let count: SQLQueryString =
      "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM ita_results r JOIN organizations o ON o.code = r.organization_code"
    let total = Int(try await sql.raw(count + clause).first(decoding: Count.self)?.n ?? 0)
    let paging = paging.within(total: total)
    let items = try await sql.raw(
      Self.select + clause
        + " ORDER BY r.organization_code LIMIT \(literal: paging.perPage) OFFSET \(literal: paging.offset)"
    ).all(decoding: ItaResultRow.self)
    return (items, total, paging)
  }

  func result(code: String, fiscalYear: Int) async throws -> ItaResultRow? {
    try await sql.raw(
      Self.select + " WHERE r.organization_code = \(bind: code) AND r.fiscal_year = \(bind: fiscalYear)"
    ).first(decoding: ItaResultRow.self)
  }

  /// Every year of one organization, newest first.
  func history(code: String) async throws -> [ItaResultRow] {
    try await sql.raw(Self.select + " WHERE r.organization_code = \(bind: code) ORDER BY r.fiscal_year DESC")
      .all(decoding: ItaResultRow.self)
  }

  /// The form's save of one organization's result (audited with what changed).
  func save(_ write: ItaWrite, fiscalYear: Int, actor: AuditActor) async throws {
    let before = try await result(code: write.code, fiscalYear: fiscalYear)
    let weights = try await self.weights(fiscalYear)
    try await db.writeTransaction { db in
      try await ItaQueries(db: db).upsert([write], fiscalYear: fiscalYear, weights: weights, actor: actor)
      try await AuditLog.record(
        on: db, actor: actor, action: before == nil ? "บันทึกผล ITA" : "แก้ไขผล ITA", entity: Self.resultEntity,
        entityID: "\(write.code)/\(fiscalYear)", orgCode: write.code,
        before: before.map { Self.auditFields($0.scores, iit: $0.iit_respondents, eit: $0.eit_respondents, weights) },
        after: Self.auditFields(
          write.scores, iit: write.iitRespondents.map(Int64.init), eit: write.eitRespondents.map(Int64.init), weights))
    }
  }

  /// An imported file: codes checked against `organizations` (one query per 10,000), then
  /// every row upserted in batches in one transaction, each organization's change audited.
  /// Throws `ImportProblems` (nothing written) for unknown codes.
  /// The codes of a province's organizations that have no result for the year yet.
  func codesWithoutResults(province: String, fiscalYear: Int) async throws -> [String] {
    struct Code: Decodable { let code: String }
    return try await sql.raw(
      """
      SELECT o.code FROM organizations o
      WHERE o.province_code = \(bind: province)
        AND NOT EXISTS (SELECT 1 FROM ita_results r WHERE r.organization_code = o.code AND r.fiscal_year = \(bind: fiscalYear))
      ORDER BY o.code
      """
    ).all(decoding: Code.self).map(\.code)
  }

  func importResults(_ rows: [ItaImportRow], fiscalYear: Int, actor: AuditActor) async throws -> Int {
    var known = Set<String>()
    for chunk in rows.map(\.code).chunked(10_000) {
      struct Code: Decodable { let code: String }
      known.formUnion(
        try await sql.raw("SELECT code FROM organizations WHERE code IN (\(binds: Array(chunk)))").all(
          decoding: Code.self
        ).map(
          \.code))
    }
    let unknown = rows.filter { !known.contains($0.code) }
    guard unknown.isEmpty else {
      throw ImportProblems(items: unknown.map { ItaImport.unknownCode(line: $0.line, code: $0.code) })
    }
    let weights = try await self.weights(fiscalYear)
    let writes = rows.map {
      ItaWrite(
        code: $0.code, scores: $0.scores, iitRespondents: $0.iitRespondents, eitRespondents: $0.eitRespondents,
        source: "import")
    }
    try await db.writeTransaction { db in
      try await ItaQueries(db: db).upsert(writes, fiscalYear: fiscalYear, weights: weights, actor: actor)
      let events = writes.map { write in
        AuditLog.event(
          actor: actor, action: "นำเข้าผล ITA", entity: Self.resultEntity, entityID: "\(write.code)/\(fiscalYear)",
          orgCode: write.code,
          after: Self.auditFields(
            write.scores, iit: write.iitRespondents.map(Int64.init), eit: write.eitRespondents.map(Int64.init),
            weights))
      }
      for chunk in events.chunked(300) { try await AuditLog.insert(Array(chunk), on: db) }
      try await AuditLog.record(
        on: db, actor: actor, action: "นำเข้าผล ITA จากไฟล์", entity: Self.resultEntity, entityID: String(fiscalYear),
        after: ["ปีงบประมาณ": String(fiscalYear), "หน่วยงาน": String(writes.count)])
    }
    return writes.count
  }

  /// Multi-row INSERT … ON CONFLICT upserts, the total, level and pass computed by Domain.
  func upsert(_ writes: [ItaWrite], fiscalYear: Int, weights: ItaWeights, actor: AuditActor) async throws {
    let now = Date()
    for chunk in writes.chunked(Self.batchSize) {
      let values: [SQLQueryString] = chunk.map { write in
        let summary = write.scores.summary(weights: weights)
        var row: SQLQueryString = "(\(bind: UUID()), \(bind: write.code), \(bind: fiscalYear)"
        for value in write.scores.list { row += ", \(bind: value)" }
        row += ", \(bind: write.iitRespondents), \(bind: write.eitRespondents), \(bind: summary.total)"
        row += ", \(bind: summary.level?.rawValue), \(bind: summary.passed), \(bind: write.source)"
        row += ", \(bind: actor.name), \(bind: now))"
        return row
      }
      var query: SQLQueryString = "INSERT INTO ita_results (\(unsafeRaw: Self.columns)) VALUES "
      query += values.joined(separator: ", ")
      query += " ON CONFLICT (organization_code, fiscal_year) DO UPDATE SET "
      let updated =
        (1...10).map { "i\($0)" } + [
          "iit_respondents", "eit_respondents", "total_hundredths", "level", "passed", "source", "updated_by",
          "updated_at",
        ]
      query += "\(unsafeRaw: updated.map { "\($0) = excluded.\($0)" }.joined(separator: ", "))"
      try await sql.raw(query).run()
    }
  }

  static func auditFields(_ scores: ItaScores, iit: Int64?, eit: Int64?, _ weights: ItaWeights) -> [String: String] {
    var fields: [String: String] = [:]
    for number in ItaIndicator.numbers {
      fields["ตัวชี้วัดที่ \(number)"] = scores[number].map(ItaScore.text) ?? "-"
    }
    fields["ผู้ตอบ IIT"] = iit.map(String.init) ?? "-"
    fields["ผู้ตอบ EIT"] = eit.map(String.init) ?? "-"
    fields["คะแนนรวม"] = scores.total(weights: weights).map(ItaScore.text) ?? "-"
    return fields
  }

  // MARK: Measures

  func measures(code: String, fiscalYear: Int) async throws -> [ItaMeasure] {
    try await ItaMeasure.query(on: db).filter(\.$organizationCode == code).filter(\.$fiscalYear == fiscalYear)
      .sort(\.$indicator).sort(\.$createdAt).all()
  }

  func measure(_ id: UUID?, code: String, fiscalYear: Int) async throws -> ItaMeasure {
    guard let id, let measure = try await ItaMeasure.find(id, on: db), measure.organizationCode == code,
      measure.fiscalYear == fiscalYear
    else { throw Abort(.notFound, reason: "ไม่พบมาตรการนี้") }
    return measure
  }

  /// The plan projects a measure may link to: the organization's plan of the period covering
  /// the year, as (id, "number. name").
  func projects(code: String, fiscalYear: Int) async throws -> [(id: UUID, label: String)] {
    guard let period = try? await FrameworkQueries(db: db).period(covering: fiscalYear),
      let periodID = period.id,
      let plan = try await PlanQueries(db: db).plan(org: code, periodID: periodID), let planID = plan.id
    else { return [] }
    let projects = try await PlanProject.query(on: db).filter(\.$plan.$id == planID).filter(\.$deletedAt == nil)
      .sort(\.$number).all()
    return projects.compactMap { project in project.id.map { ($0, "\(project.number). \(project.name)") } }
  }

  func saveMeasure(
    _ input: ItaMeasureInput, existing: ItaMeasure?, code: String, fiscalYear: Int, actor: AuditActor
  ) async throws {
    try await db.writeTransaction { db in
      let measure = existing ?? ItaMeasure()
      let before = existing?.auditFields
      if existing == nil {
        measure.id = UUID()
        measure.organizationCode = code
        measure.fiscalYear = fiscalYear
      }
      measure.apply(input)
      try await measure.save(on: db)
      try await AuditLog.record(
        on: db, actor: actor, action: existing == nil ? "เพิ่มมาตรการยกระดับ ITA" : "แก้ไขมาตรการยกระดับ ITA",
        entity: Self.measureEntity, entityID: measure.id?.uuidString ?? "", orgCode: code, before: before,
        after: measure.auditFields)
    }
  }

  func deleteMeasure(_ measure: ItaMeasure, actor: AuditActor) async throws {
    try await db.writeTransaction { db in
      let before = measure.auditFields
      try await measure.delete(on: db)
      try await AuditLog.record(
        on: db, actor: actor, action: "ลบมาตรการยกระดับ ITA", entity: Self.measureEntity,
        entityID: measure.id?.uuidString ?? "", orgCode: measure.organizationCode, before: before)
    }
  }
}
