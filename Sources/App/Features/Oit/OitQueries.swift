import Domain
import Fluent
import SQLKit
import Vapor

/// One organization's work on one checklist item.
struct OitEntryRow: Decodable, Sendable {
  let item_code: String
  let state: String
  let owner_user_id: UUID?
  let owner_name: String
  let owner_position: String
  let due_date: Date?
  let note: String
  let updated_by: String
  let updated_at: Date

  var itemState: OitItemState { OitItemState(rawValue: state) ?? .notStarted }
}

/// Evidence metadata (never the file bytes).
struct OitEvidenceRow: Decodable, Sendable {
  let id: UUID
  let item_code: String
  let kind: String
  let url: String?
  let body: String?
  let file_name: String?
  let content_type: String?
  let size_bytes: Int?
  let link_status: Int?
  let link_problem: String?
  let link_checked_at: Date?
  let created_by: String
  let created_at: Date

  var evidenceKind: OitEvidenceKind { OitEvidenceKind(rawValue: kind) ?? .text }
}

struct OitReviewRow: Decodable, Sendable {
  let reviewed_by: String
  let reviewed_at: Date
  let items: Int
  let published: Int
}

/// What an entry is changed to (the item page's form, checked).
struct OitEntryChange: Sendable {
  var state: OitItemState
  var ownerUserID: UUID?
  var ownerName: String
  var ownerPosition: String
  var dueDate: Date?
  var note: String
}

/// An item given to an account, for that person's own list.
struct OitAssignmentRow: Decodable, Sendable {
  let org_code: String
  let fiscal_year: Int
  let item_code: String
  let title: String?
  let state: String
  let due_date: Date?
}

/// The organizations' OIT workspaces: entries, evidence and the executive's review.
struct OitQueries {
  let db: Database
  static let entity = "oit_entries"
  static let maxEvidencePerItem = 20
  static let maxTextLength = 5_000
  private var sql: any SQLDatabase { db as! any SQLDatabase }

  static func key(_ code: String, _ year: Int, _ item: String) -> String { "\(code)/\(year)/\(item)" }

  func entries(_ code: String, _ year: Int) async throws -> [String: OitEntryRow] {
    let rows = try await sql.raw(
      """
      SELECT item_code, state, owner_user_id, owner_name, owner_position, due_date, note, updated_by, updated_at
      FROM oit_entries WHERE org_code = \(bind: code) AND fiscal_year = \(bind: year)
      """
    ).all(decoding: OitEntryRow.self)
    return Dictionary(rows.map { ($0.item_code, $0) }, uniquingKeysWith: { first, _ in first })
  }

  func evidence(_ code: String, _ year: Int, item: String? = nil) async throws -> [OitEvidenceRow] {
    var query = SQLQueryString(
      """
      SELECT id, item_code, kind, url, body, file_name, content_type, size_bytes, link_status, link_problem,
        link_checked_at, created_by, created_at
      FROM oit_evidence WHERE org_code = \(bind: code) AND fiscal_year = \(bind: year)
      """)
    if let item { query.appendInterpolation(unsafeRaw: " AND item_code = "); query.appendInterpolation(bind: item) }
    query.appendInterpolation(unsafeRaw: " ORDER BY created_at, id")
    return try await sql.raw(query).all(decoding: OitEvidenceRow.self)
  }

  func review(_ code: String, _ year: Int) async throws -> OitReviewRow? {
    try await sql.raw(
      """
      SELECT reviewed_by, reviewed_at, items, published FROM oit_reviews
      WHERE org_code = \(bind: code) AND fiscal_year = \(bind: year)
      """
    ).first(decoding: OitReviewRow.self)
  }

  /// Saves an item's state, owner, due date and note (creating the entry on first save).
  func save(_ change: OitEntryChange, code: String, year: Int, item: String, actor: AuditActor) async throws {
    try await save([(item, change)], code: code, year: year, actor: actor)
  }

  /// Saves several items at once (the owners form): all of them or none.
  func save(_ changes: [(item: String, change: OitEntryChange)], code: String, year: Int, actor: AuditActor)
    async throws
  {
    guard !changes.isEmpty else { return }
    let existing = try await entries(code, year)
    try await db.writeTransaction { db in
      for (item, change) in changes {
        try await Self.write(change, before: existing[item], code: code, year: year, item: item, actor: actor, on: db)
      }
    }
  }

  private static func write(
    _ change: OitEntryChange, before: OitEntryRow?, code: String, year: Int, item: String, actor: AuditActor,
    on db: Database
  ) async throws {
    let sql = db as! any SQLDatabase
    try await sql.raw(
      """
      INSERT INTO oit_entries (org_code, fiscal_year, item_code, state, owner_user_id, owner_name, owner_position,
        due_date, note, updated_by, updated_at)
      VALUES (\(bind: code), \(bind: year), \(bind: item), \(bind: change.state.rawValue), \(bind: change.ownerUserID),
        \(bind: change.ownerName), \(bind: change.ownerPosition), \(bind: change.dueDate), \(bind: change.note),
        \(bind: actor.name), \(bind: Date()))
      ON CONFLICT (org_code, fiscal_year, item_code) DO UPDATE SET state = \(bind: change.state.rawValue),
        owner_user_id = \(bind: change.ownerUserID), owner_name = \(bind: change.ownerName),
        owner_position = \(bind: change.ownerPosition), due_date = \(bind: change.dueDate),
        note = \(bind: change.note), updated_by = \(bind: actor.name), updated_at = \(bind: Date())
      """
    ).run()
    try await AuditLog.record(
      on: db, actor: actor, action: "บันทึกข้อ OIT", entity: Self.entity, entityID: Self.key(code, year, item),
      orgCode: code, before: before.map(Self.fields), after: Self.fields(change))
  }

  /// Marks an item changed (its evidence), so a review made before it shows as out of date.
  private static func touch(_ code: String, _ year: Int, _ item: String, actor: AuditActor, on sql: any SQLDatabase)
    async throws
  {
    try await sql.raw(
      """
      INSERT INTO oit_entries (org_code, fiscal_year, item_code, state, owner_user_id, owner_name, owner_position,
        due_date, note, updated_by, updated_at)
      VALUES (\(bind: code), \(bind: year), \(bind: item), \(bind: OitItemState.inProgress.rawValue), NULL, '', '',
        NULL, '', \(bind: actor.name), \(bind: Date()))
      ON CONFLICT (org_code, fiscal_year, item_code) DO UPDATE SET updated_by = \(bind: actor.name),
        updated_at = \(bind: Date())
      """
    ).run()
  }

  enum NewEvidence {
    case link(String)
    case text(String)
    case file(name: String, type: String, bytes: [UInt8])
  }

  func add(_ evidence: NewEvidence, code: String, year: Int, item: String, actor: AuditActor) async throws {
    let id = UUID()
    let (kind, url, body, name, type, bytes): (OitEvidenceKind, String?, String?, String?, String?, [UInt8]?) = {
      switch evidence {
      case .link(let url): return (.url, url, nil, nil, nil, nil)
      case .text(let text): return (.text, nil, text, nil, nil, nil)
      case .file(let name, let type, let bytes): return (.file, nil, nil, name, type, bytes)
      }
    }()
    try await db.writeTransaction { db in
      let sql = db as! any SQLDatabase
      // Counted inside the write, so uploads at the same moment cannot pass the limit together.
      struct Count: Decodable { let n: Int }
      let count =
        try await sql.raw(
          """
          SELECT COUNT(*) AS n FROM oit_evidence
          WHERE org_code = \(bind: code) AND fiscal_year = \(bind: year) AND item_code = \(bind: item)
          """
        ).first(decoding: Count.self)?.n ?? 0
      guard count < Self.maxEvidencePerItem else {
        throw Abort(
          .conflict, reason: "ข้อหนึ่งมีหลักฐานได้ไม่เกิน \(Self.maxEvidencePerItem) รายการ กรุณาลบรายการที่ไม่ใช้ก่อน")
      }
      try await sql.raw(
        """
        INSERT INTO oit_evidence (id, org_code, fiscal_year, item_code, kind, url, body, file_name, content_type,
          size_bytes, data, created_by, created_at)
        VALUES (\(bind: id), \(bind: code), \(bind: year), \(bind: item), \(bind: kind.rawValue), \(bind: url),
          \(bind: body), \(bind: name), \(bind: type), \(bind: bytes?.count), \(bind: bytes.map { Data($0) }),
          \(bind: actor.name), \(bind: Date()))
        """
      ).run()
      try await Self.touch(code, year, item, actor: actor, on: sql)
      let summary =
        url ?? name.map { "\($0) (\(EvidenceQueries.size(bytes?.count ?? 0)))" } ?? String((body ?? "").prefix(200))
      try await AuditLog.record(
        on: db, actor: actor, action: "เพิ่มหลักฐาน OIT", entity: Self.entity, entityID: Self.key(code, year, item),
        orgCode: code, after: [kind.thaiName: summary])
    }
  }

  /// Deletes a piece of evidence. `lastOne`: nothing else shows for the item (no other
  /// evidence, nothing from Sujarit), so an item sent for review or published goes back to
  /// กำลังจัดทำ — nothing is published without evidence.
  func delete(_ evidence: OitEvidenceRow, code: String, year: Int, lastOne: Bool, actor: AuditActor) async throws {
    try await db.writeTransaction { db in
      let sql = db as! any SQLDatabase
      try await sql.raw(
        """
        DELETE FROM oit_evidence WHERE id = \(bind: evidence.id) AND org_code = \(bind: code)
        AND fiscal_year = \(bind: year)
        """
      ).run()
      try await Self.touch(code, year, evidence.item_code, actor: actor, on: sql)
      if lastOne {
        try await sql.raw(
          """
          UPDATE oit_entries SET state = \(bind: OitItemState.inProgress.rawValue)
          WHERE org_code = \(bind: code) AND fiscal_year = \(bind: year) AND item_code = \(bind: evidence.item_code)
            AND state IN (\(bind: OitItemState.awaitingReview.rawValue), \(bind: OitItemState.published.rawValue))
          """
        ).run()
      }
      try await AuditLog.record(
        on: db, actor: actor, action: "ลบหลักฐาน OIT", entity: Self.entity,
        entityID: Self.key(code, year, evidence.item_code), orgCode: code,
        before: [
          evidence.evidenceKind.thaiName: evidence.url ?? evidence.file_name
            ?? String((evidence.body ?? "").prefix(200))
        ])
    }
  }

  /// An evidence row of this organization and year, or a Thai 404.
  func require(_ id: UUID?, code: String, year: Int) async throws -> OitEvidenceRow {
    guard let id,
      let row = try await sql.raw(
        """
        SELECT id, item_code, kind, url, body, file_name, content_type, size_bytes, link_status, link_problem,
          link_checked_at, created_by, created_at
        FROM oit_evidence WHERE id = \(bind: id) AND org_code = \(bind: code) AND fiscal_year = \(bind: year)
        """
      ).first(decoding: OitEvidenceRow.self)
    else { throw Abort(.notFound, reason: "ไม่พบหลักฐานนี้") }
    return row
  }

  func fileData(_ id: UUID) async throws -> Data? {
    struct Row: Decodable { let data: Data? }
    return try await sql.raw("SELECT data FROM oit_evidence WHERE id = \(bind: id)").first(decoding: Row.self)?.data
  }

  /// Stores what a link check found (not audited: it changes no evidence, only its last check).
  func setLinkResult(_ id: UUID, status: Int?, problem: String?) async throws {
    try await sql.raw(
      """
      UPDATE oit_evidence SET link_status = \(bind: status), link_problem = \(bind: problem),
      link_checked_at = \(bind: Date()) WHERE id = \(bind: id)
      """
    ).run()
  }

  func markReviewed(_ code: String, _ year: Int, items: Int, published: Int, actor: AuditActor) async throws {
    try await db.writeTransaction { db in
      let sql = db as! any SQLDatabase
      try await sql.raw(
        """
        INSERT INTO oit_reviews (org_code, fiscal_year, reviewed_by, reviewed_at, items, published)
        VALUES (\(bind: code), \(bind: year), \(bind: actor.name), \(bind: Date()), \(bind: items), \(bind: published))
        ON CONFLICT (org_code, fiscal_year) DO UPDATE SET reviewed_by = \(bind: actor.name),
          reviewed_at = \(bind: Date()), items = \(bind: items), published = \(bind: published)
        """
      ).run()
      try await AuditLog.record(
        on: db, actor: actor, action: "ผู้บริหารตรวจรับรองแบบตรวจ OIT", entity: "oit_reviews",
        entityID: "\(code)/\(year)", orgCode: code, after: ["เผยแพร่แล้ว": "\(published)/\(items)"])
    }
  }

  /// The items given to one account, newest year first.
  func assignments(of user: UUID) async throws -> [OitAssignmentRow] {
    try await sql.raw(
      """
      SELECT e.org_code, e.fiscal_year, e.item_code, i.title, e.state, e.due_date
      FROM oit_entries e LEFT JOIN oit_items i ON i.fiscal_year = e.fiscal_year AND i.code = e.item_code
      WHERE e.owner_user_id = \(bind: user)
      ORDER BY e.fiscal_year DESC, i.number, e.item_code LIMIT 200
      """
    ).all(decoding: OitAssignmentRow.self)
  }

  /// Readiness per organization for a year: items of the checklist, how many published and
  /// how many have an owner, counted in SQL (one query for any number of organizations).
  func readiness(_ year: Int, codes: [String]) async throws -> [String: OitReadinessFigure] {
    guard !codes.isEmpty else { return [:] }
    struct Row: Decodable {
      let org_code: String
      let published: Int
      let owned: Int
    }
    struct Count: Decodable { let n: Int }
    let items =
      try await sql.raw("SELECT COUNT(*) AS n FROM oit_items WHERE fiscal_year = \(bind: year)")
      .first(decoding: Count.self)?.n ?? 0
    var result: [String: OitReadinessFigure] = [:]
    for chunk in stride(from: 0, to: codes.count, by: 500).map({ Array(codes[$0..<min($0 + 500, codes.count)]) }) {
      let rows = try await sql.raw(
        """
        SELECT e.org_code,
          SUM(CASE WHEN e.state = 'published' THEN 1 ELSE 0 END) AS published,
          SUM(CASE WHEN e.owner_user_id IS NOT NULL OR e.owner_name <> '' OR e.owner_position <> '' THEN 1 ELSE 0 END)
            AS owned
        FROM oit_entries e JOIN oit_items i ON i.fiscal_year = e.fiscal_year AND i.code = e.item_code
        WHERE e.fiscal_year = \(bind: year) AND e.org_code IN (\(binds: chunk))
        GROUP BY e.org_code
        """
      ).all(decoding: Row.self)
      for row in rows {
        result[row.org_code] = OitReadinessFigure(items: items, published: row.published, owned: row.owned)
      }
    }
    for code in codes where result[code] == nil {
      result[code] = OitReadinessFigure(items: items, published: 0, owned: 0)
    }
    return result
  }

  static func fields(_ row: OitEntryRow) -> [String: String] {
    [
      "สถานะ": row.itemState.thaiName, "ผู้รับผิดชอบ": row.owner_name, "ตำแหน่ง": row.owner_position,
      "กำหนดเสร็จ": row.due_date.map { ThaiCalendar.shortDate($0) } ?? "", "หมายเหตุ": row.note,
    ]
  }

  static func fields(_ change: OitEntryChange) -> [String: String] {
    [
      "สถานะ": change.state.thaiName, "ผู้รับผิดชอบ": change.ownerName, "ตำแหน่ง": change.ownerPosition,
      "กำหนดเสร็จ": change.dueDate.map { ThaiCalendar.shortDate($0) } ?? "", "หมายเหตุ": change.note,
    ]
  }
}
