import Domain
import Fluent
import SQLKit
import Vapor

/// A year's checklist as the pages show it.
struct OitChecklistRecord: Sendable {
  let year: Int
  let isTemplate: Bool
  let version: Int
  let note: String
  let updatedBy: String
  let updatedAt: Date
  let items: [OitItem]
}

struct OitChecklistYear: Decodable, Sendable {
  let fiscal_year: Int
  let is_template: Bool
  let version: Int
  let updated_by: String
  let updated_at: Date
  let items: Int
}

/// The checklists of every fiscal year (national admins edit them; everyone reads them).
struct OitChecklistQueries {
  let db: Database
  static let entity = "oit_checklists"
  private var sql: any SQLDatabase { db as! any SQLDatabase }

  private struct HeaderRow: Decodable {
    let fiscal_year: Int
    let is_template: Bool
    let version: Int
    let note: String
    let updated_by: String
    let updated_at: Date
  }

  private struct ItemRow: Decodable {
    let code: String
    let indicator: Int
    let sub_indicator: String
    let title: String
    let required_text: String
    let evidence_kinds: String
    let sources: String

    var item: OitItem {
      OitItem(
        code: code, indicator: OitIndicator(rawValue: indicator) ?? .disclosure, subIndicator: sub_indicator,
        title: title, required: required_text,
        evidenceKinds: evidence_kinds.split(separator: ";").compactMap { OitEvidenceKind(rawValue: String($0)) },
        sources: sources.split(separator: ";").compactMap { OitSource(rawValue: String($0)) })
    }
  }

  func years() async throws -> [OitChecklistYear] {
    try await sql.raw(
      """
      SELECT c.fiscal_year, c.is_template, c.version, c.updated_by, c.updated_at,
        (SELECT COUNT(*) FROM oit_items i WHERE i.fiscal_year = c.fiscal_year) AS items
      FROM oit_checklists c ORDER BY c.fiscal_year DESC
      """
    ).all(decoding: OitChecklistYear.self)
  }

  func checklist(_ year: Int) async throws -> OitChecklistRecord? {
    guard
      let header = try await sql.raw(
        """
        SELECT fiscal_year, is_template, version, note, updated_by, updated_at FROM oit_checklists
        WHERE fiscal_year = \(bind: year)
        """
      ).first(decoding: HeaderRow.self)
    else { return nil }
    let items = try await sql.raw(
      """
      SELECT code, indicator, sub_indicator, title, required_text, evidence_kinds, sources FROM oit_items
      WHERE fiscal_year = \(bind: year) ORDER BY number, code
      """
    ).all(decoding: ItemRow.self)
    return OitChecklistRecord(
      year: header.fiscal_year, isTemplate: header.is_template, version: header.version, note: header.note,
      updatedBy: header.updated_by, updatedAt: header.updated_at, items: items.map(\.item))
  }

  /// The year's checklist, or a Thai 404.
  func require(_ year: Int) async throws -> OitChecklistRecord {
    guard let found = try await checklist(year) else {
      throw Abort(.notFound, reason: "ยังไม่มีแบบตรวจ OIT ของปีงบประมาณ \(year)")
    }
    return found
  }

  /// A new year's checklist (a copy, or an import into an empty year). The shipped defaults
  /// come with the code, like the framework seed, so the migration writes them unaudited.
  func insert(year: Int, items: [OitItem], template: Bool, note: String, actor: AuditActor, audited: Bool = true)
    async throws
  {
    try await db.writeTransaction { db in
      let sql = db as! any SQLDatabase
      try await sql.raw(
        """
        INSERT INTO oit_checklists (fiscal_year, is_template, version, note, updated_by, updated_at)
        VALUES (\(bind: year), \(bind: template), 1, \(bind: note), \(bind: actor.name), \(bind: Date()))
        """
      ).run()
      try await Self.insertItems(items, year: year, on: sql)
      guard audited else { return }
      try await AuditLog.record(
        on: db, actor: actor, action: "สร้างแบบตรวจ OIT", entity: Self.entity, entityID: String(year),
        after: ["จำนวนข้อ": String(items.count), "ข้อ": items.map(\.code).joined(separator: ", ")])
    }
  }

  /// Replaces a year's items all at once (an import): a new version of the checklist.
  func replace(year: Int, items: [OitItem], actor: AuditActor, action: String) async throws {
    let before = try await checklist(year)
    guard let before else {
      return try await insert(year: year, items: items, template: false, note: "", actor: actor)
    }
    try await db.writeTransaction { db in
      let sql = db as! any SQLDatabase
      try await sql.raw("DELETE FROM oit_items WHERE fiscal_year = \(bind: year)").run()
      try await Self.insertItems(items, year: year, on: sql)
      try await Self.touch(year, actor: actor, on: sql)
      try await AuditLog.record(
        on: db, actor: actor, action: action, entity: Self.entity, entityID: String(year),
        before: ["จำนวนข้อ": String(before.items.count), "ข้อ": before.items.map(\.code).joined(separator: ", ")],
        after: ["จำนวนข้อ": String(items.count), "ข้อ": items.map(\.code).joined(separator: ", ")])
    }
  }

  /// Adds an item, or changes the one with `code` (its code stays: the workspace keys on it).
  func save(_ edited: OitItem, year: Int, replacing code: String?, actor: AuditActor) async throws {
    var changed = edited
    if let code { changed.code = code }
    let item = changed
    let record = try await require(year)
    let existing = record.items.first { $0.code == (code ?? item.code) }
    if code == nil, existing != nil {
      throw Abort(.conflict, reason: "มีข้อ \(item.code) ในแบบตรวจปี \(year) แล้ว")
    }
    if code != nil, existing == nil { throw Abort(.notFound, reason: "ไม่พบข้อนี้ในแบบตรวจ") }
    try await db.writeTransaction { db in
      let sql = db as! any SQLDatabase
      if let code {
        try await sql.raw(
          """
          UPDATE oit_items SET indicator = \(bind: item.indicator.rawValue), sub_indicator = \(bind: item.subIndicator),
          title = \(bind: item.title), required_text = \(bind: item.required),
          evidence_kinds = \(bind: item.evidenceKinds.map(\.rawValue).joined(separator: ";")),
          sources = \(bind: item.sources.map(\.rawValue).joined(separator: ";"))
          WHERE fiscal_year = \(bind: year) AND code = \(bind: code)
          """
        ).run()
      } else {
        try await Self.insertItems([item], year: year, on: sql)
      }
      try await Self.touch(year, actor: actor, on: sql)
      try await AuditLog.record(
        on: db, actor: actor, action: code == nil ? "เพิ่มข้อในแบบตรวจ OIT" : "แก้ไขข้อในแบบตรวจ OIT",
        entity: Self.entity, entityID: "\(year)/\(item.code)", before: existing.map(Self.fields),
        after: Self.fields(item))
    }
  }

  func delete(code: String, year: Int, actor: AuditActor) async throws {
    let record = try await require(year)
    guard let existing = record.items.first(where: { $0.code == code }) else {
      throw Abort(.notFound, reason: "ไม่พบข้อนี้ในแบบตรวจ")
    }
    try await db.writeTransaction { db in
      let sql = db as! any SQLDatabase
      try await sql.raw("DELETE FROM oit_items WHERE fiscal_year = \(bind: year) AND code = \(bind: code)").run()
      try await Self.touch(year, actor: actor, on: sql)
      try await AuditLog.record(
        on: db, actor: actor, action: "ลบข้อในแบบตรวจ OIT", entity: Self.entity, entityID: "\(year)/\(code)",
        before: Self.fields(existing))
    }
  }

  /// Marks the year's checklist checked against the year's ITA manual (or back to a template).
  func setTemplate(_ template: Bool, year: Int, actor: AuditActor) async throws {
    let record = try await require(year)
    guard record.isTemplate != template else { return }
    try await db.writeTransaction { db in
      let sql = db as! any SQLDatabase
      try await sql.raw(
        """
        UPDATE oit_checklists SET is_template = \(bind: template), updated_by = \(bind: actor.name),
        updated_at = \(bind: Date()) WHERE fiscal_year = \(bind: year)
        """
      ).run()
      try await AuditLog.record(
        on: db, actor: actor, action: template ? "กำหนดแบบตรวจ OIT เป็นแบบตั้งต้น" : "รับรองแบบตรวจ OIT ตามคู่มือ",
        entity: Self.entity, entityID: String(year),
        before: ["สถานะ": record.isTemplate ? "แบบตั้งต้น" : "ตรวจแล้ว"],
        after: ["สถานะ": template ? "แบบตั้งต้น" : "ตรวจแล้ว"])
    }
  }

  static func fields(_ item: OitItem) -> [String: String] {
    [
      "ข้อ": item.code, "ตัวชี้วัด": String(item.indicator.rawValue), "ตัวชี้วัดย่อย": item.subIndicator,
      "ชื่อข้อมูล": item.title, "รายละเอียด": item.required,
      "หลักฐาน": item.evidenceKinds.map(\.rawValue).joined(separator: ";"),
      "ข้อมูลจากระบบ": item.sources.map(\.rawValue).joined(separator: ";"),
    ]
  }

  private static func touch(_ year: Int, actor: AuditActor, on sql: any SQLDatabase) async throws {
    try await sql.raw(
      """
      UPDATE oit_checklists SET version = version + 1, updated_by = \(bind: actor.name), updated_at = \(bind: Date())
      WHERE fiscal_year = \(bind: year)
      """
    ).run()
  }

  private static func insertItems(_ items: [OitItem], year: Int, on sql: any SQLDatabase) async throws {
    for item in items {
      try await sql.raw(
        """
        INSERT INTO oit_items (id, fiscal_year, code, number, indicator, sub_indicator, title, required_text,
          evidence_kinds, sources)
        VALUES (\(bind: UUID()), \(bind: year), \(bind: item.code), \(bind: item.number), \(bind: item.indicator.rawValue),
          \(bind: item.subIndicator), \(bind: item.title), \(bind: item.required),
          \(bind: item.evidenceKinds.map(\.rawValue).joined(separator: ";")),
          \(bind: item.sources.map(\.rawValue).joined(separator: ";")))
        """
      ).run()
    }
  }
}
