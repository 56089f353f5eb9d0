import Domain
import Fluent
import SQLKit
import Vapor

/// Counts of one circular's recipients (or one relay's).
struct CircularCounts: Decodable, Equatable {
  var recipients = 0
  var read = 0
  var acknowledged = 0
  var acted = 0
  var overdue = 0
}

/// One recipient organization on the sender's list.
struct CircularRecipientRow: Decodable {
  let code: String
  let name: String
  let type: String
  let district: String
  let province_name: String
  let read_at: Date?
  let read_by: String?
  let acknowledged_at: Date?
  let acknowledged_by: String?
  let acted_at: Date?
  let acted_by: String?
  let action_note: String?
  let total: Int

  var state: CircularState { .of(readAt: read_at, acknowledgedAt: acknowledged_at, actedAt: acted_at) }
  var fullName: String { (OrganizationType(rawValue: type) ?? .subdistrictAdministration).fullName(name) }
}

/// One circular in an inbox (an organization's or a monitor office's) or in the public archive.
struct CircularListRow: Decodable {
  let id: UUID
  let title: String
  let number: String
  let letter_date: Date
  let sender_office: String
  let due_date: Date?
  let action_requested: String?
  let read_at: Date?
  let acknowledged_at: Date?
  let acted_at: Date?
  let total: Int

  var state: CircularState { .of(readAt: read_at, acknowledgedAt: acknowledged_at, actedAt: acted_at) }
}

/// What one organization (or monitor office) has done with one circular.
struct CircularReceipt: Decodable {
  let read_at: Date?
  let acknowledged_at: Date?
  let acknowledged_by: String?
  let acted_at: Date?
  let acted_by: String?
  let action_note: String?

  var state: CircularState { .of(readAt: read_at, acknowledgedAt: acknowledged_at, actedAt: acted_at) }
}

/// Every read of circulars: the only place that queries them.
struct CircularQueries {
  let db: Database
  static let entity = "circular"
  var sql: any SQLDatabase { db as! any SQLDatabase }

  func find(_ id: UUID?) async throws -> Circular? {
    guard let id else { return nil }
    return try await Circular.find(id, on: db)
  }

  /// The chain from the original down to `circular` itself.
  func chain(of circular: Circular) async throws -> [Circular] {
    let ids = circular.ancestorIDs
    guard !ids.isEmpty else { return [circular] }
    let found = try await Circular.query(on: db).filter(\.$id ~~ ids).all()
    let byID = Dictionary(found.compactMap { row in row.id.map { ($0, row) } }, uniquingKeysWith: { first, _ in first })
    return ids.compactMap { byID[$0] } + [circular]
  }

  /// Every relay further down the chain from `id` (relays of relays too), oldest first.
  func relays(of id: UUID) async throws -> [Circular] {
    try await Circular.query(on: db).filter(\.$ancestry ~~ id.uuidString)
      .sort(\.$createdAt).limit(2_000).all()
  }

  func fileInfo(of id: UUID) async throws -> (name: String, size: Int)? {
    try await CircularFile.query(on: db).filter(\.$circularID == id).field(\.$id).field(\.$fileName).field(\.$sizeBytes)
      .first()
      .map { ($0.fileName, $0.sizeBytes) }
  }

  func file(of id: UUID) async throws -> CircularFile? {
    try await CircularFile.query(on: db).filter(\.$circularID == id).first()
  }

  /// Circulars the office posted, newest first.
  func sent(by office: String, paging: Paging) async throws -> (rows: [Circular], total: Int) {
    let query = Circular.query(on: db).filter(\.$senderScope == office)
    let total = try await query.count()
    let page = paging.within(total: total)
    let rows = try await query.sort(\.$createdAt, .descending).range(page.range).all()
    return (rows, total)
  }

  /// Counts per circular, in one grouped query.
  func counts(_ ids: [UUID], now: Date = Date()) async throws -> [UUID: CircularCounts] {
    guard !ids.isEmpty else { return [:] }
    struct Row: Decodable {
      let id: UUID
      let recipients: Int
      let read: Int
      let acknowledged: Int
      let acted: Int
      let overdue: Int
    }
    let lateFrom = now.addingTimeInterval(-86_400)
    let rows = try await sql.raw(
      """
      SELECT r.circular_id AS id, CAST(COUNT(*) AS BIGINT) AS recipients,
        CAST(SUM(CASE WHEN r.read_at IS NOT NULL THEN 1 ELSE 0 END) AS BIGINT) AS read,
        CAST(SUM(CASE WHEN r.acknowledged_at IS NOT NULL THEN 1 ELSE 0 END) AS BIGINT) AS acknowledged,
        CAST(SUM(CASE WHEN r.acted_at IS NOT NULL THEN 1 ELSE 0 END) AS BIGINT) AS acted,
        CAST(SUM(CASE WHEN c.due_date IS NOT NULL AND c.due_date <= \(bind: lateFrom)
          AND (CASE WHEN c.action_requested IS NULL THEN r.acknowledged_at ELSE r.acted_at END) IS NULL
          THEN 1 ELSE 0 END) AS BIGINT) AS overdue
      FROM circular_recipients r JOIN circulars c ON c.id = r.circular_id
      WHERE r.circular_id IN (\(binds: ids)) GROUP BY r.circular_id
      """
    ).all(decoding: Row.self)
    var out: [UUID: CircularCounts] = [:]
    for row in rows {
      out[row.id] = CircularCounts(
        recipients: row.recipients, read: row.read, acknowledged: row.acknowledged, acted: row.acted,
        overdue: row.overdue)
    }
    return out
  }

  /// The sender's list of recipients, filtered by state (`CircularState.rawValue`, "" = all);
  /// `paging` nil reads all (downloads).
  func recipients(of id: UUID, state: CircularState?, paging: Paging?) async throws -> [CircularRecipientRow] {
    var query: SQLQueryString = """
      SELECT r.org_code AS code, o.name, o.type, o.district, pv.name_th AS province_name,
        r.read_at, r.read_by, r.acknowledged_at, r.acknowledged_by, r.acted_at, r.acted_by, r.action_note,
        CAST(COUNT(*) OVER () AS BIGINT) AS total
      FROM circular_recipients r JOIN organizations o ON o.code = r.org_code
      JOIN provinces pv ON pv.code = o.province_code
      WHERE r.circular_id = \(bind: id)
      """
    switch state {
    case .none: break
    case .unread: query += " AND r.read_at IS NULL"
    case .read: query += " AND r.read_at IS NOT NULL AND r.acknowledged_at IS NULL"
    case .acknowledged: query += " AND r.acknowledged_at IS NOT NULL AND r.acted_at IS NULL"
    case .acted: query += " AND r.acted_at IS NOT NULL"
    }
    query += " ORDER BY o.province_code, o.district, r.org_code"
    if let paging { query += " LIMIT \(bind: paging.perPage) OFFSET \(bind: paging.offset)" }
    return try await sql.raw(query).all(decoding: CircularRecipientRow.self)
  }

  /// Recipients that have not acknowledged yet, with their coordinator's e-mail (reminders).
  func unacknowledged(of id: UUID) async throws -> [(code: String, email: String?)] {
    struct Row: Decodable {
      let code: String
      let coordinator_email: String?
    }
    return try await sql.raw(
      """
      SELECT r.org_code AS code, o.coordinator_email FROM circular_recipients r
      JOIN organizations o ON o.code = r.org_code
      WHERE r.circular_id = \(bind: id) AND r.acknowledged_at IS NULL ORDER BY r.org_code
      """
    ).all(decoding: Row.self).map { ($0.code, $0.coordinator_email) }
  }

  /// An organization's inbox, newest first; `open` keeps those not acknowledged yet.
  func inbox(org: String, open: Bool, paging: Paging) async throws -> [CircularListRow] {
    var query: SQLQueryString = """
      SELECT c.id, c.title, c.number, c.letter_date, c.sender_office, c.due_date, c.action_requested,
        r.read_at, r.acknowledged_at, r.acted_at, CAST(COUNT(*) OVER () AS BIGINT) AS total
      FROM circular_recipients r JOIN circulars c ON c.id = r.circular_id WHERE r.org_code = \(bind: org)
      """
    if open { query += " AND r.acknowledged_at IS NULL" }
    query += " ORDER BY c.created_at DESC LIMIT \(bind: paging.perPage) OFFSET \(bind: paging.offset)"
    return try await sql.raw(query).all(decoding: CircularListRow.self)
  }

  /// A monitor office's inbox (letters it received to relay), newest first.
  func inbox(office: String, open: Bool, paging: Paging) async throws -> [CircularListRow] {
    var query: SQLQueryString = """
      SELECT c.id, c.title, c.number, c.letter_date, c.sender_office, c.due_date, c.action_requested,
        f.read_at, NULL AS acknowledged_at, NULL AS acted_at, CAST(COUNT(*) OVER () AS BIGINT) AS total
      FROM circular_offices f JOIN circulars c ON c.id = f.circular_id WHERE f.office_key = \(bind: office)
      """
    if open { query += " AND f.read_at IS NULL" }
    query += " ORDER BY c.created_at DESC LIMIT \(bind: paging.perPage) OFFSET \(bind: paging.offset)"
    return try await sql.raw(query).all(decoding: CircularListRow.self)
  }

  /// The public archive, newest letter first; `text` matches the title or the number
  /// (Thai or Arabic digits, spaces ignored).
  func publicList(text: String, paging: Paging) async throws -> [CircularListRow] {
    var query: SQLQueryString = """
      SELECT c.id, c.title, c.number, c.letter_date, c.sender_office, c.due_date, c.action_requested,
        NULL AS read_at, NULL AS acknowledged_at, NULL AS acted_at, CAST(COUNT(*) OVER () AS BIGINT) AS total
      FROM circulars c WHERE c.is_public = \(bind: true)
      """
    if !text.isEmpty {
      query +=
        " AND (c.title LIKE \(bind: "%" + text + "%") OR c.number_key LIKE \(bind: "%" + CircularNumber.searchKey(text) + "%"))"
    }
    query +=
      " ORDER BY c.letter_date DESC, c.created_at DESC LIMIT \(bind: paging.perPage) OFFSET \(bind: paging.offset)"
    return try await sql.raw(query).all(decoding: CircularListRow.self)
  }

  /// What the organization did with the circular (nil: not a recipient).
  func receipt(_ id: UUID, org: String) async throws -> CircularReceipt? {
    try await sql.raw(
      """
      SELECT read_at, acknowledged_at, acknowledged_by, acted_at, acted_by, action_note FROM circular_recipients
      WHERE circular_id = \(bind: id) AND org_code = \(bind: org)
      """
    ).first(decoding: CircularReceipt.self)
  }

  /// Whether the monitor office received the circular (and when it first opened it).
  func officeReceipt(_ id: UUID, office: String) async throws -> CircularReceipt? {
    try await sql.raw(
      """
      SELECT read_at, NULL AS acknowledged_at, NULL AS acknowledged_by, NULL AS acted_at, NULL AS acted_by,
        NULL AS action_note FROM circular_offices WHERE circular_id = \(bind: id) AND office_key = \(bind: office)
      """
    ).first(decoding: CircularReceipt.self)
  }

  /// Whether the viewer received, sent or relayed a letter further down the chain from `id`
  /// (so an original's PDF stays reachable from every relay).
  func reachesThroughChain(_ id: UUID, org: String?, office: String?) async throws -> Bool {
    let like = "%\(id.uuidString)%"
    struct Row: Decodable { let n: Int }
    var found = 0
    if let org {
      found +=
        try await sql.raw(
          """
          SELECT CAST(COUNT(*) AS BIGINT) AS n FROM circular_recipients r JOIN circulars d ON d.id = r.circular_id
          WHERE r.org_code = \(bind: org) AND d.ancestry LIKE \(bind: like)
          """
        ).first(decoding: Row.self)?.n ?? 0
    }
    if let office {
      found +=
        try await sql.raw(
          """
          SELECT CAST(COUNT(*) AS BIGINT) AS n FROM circulars d
          WHERE d.ancestry LIKE \(bind: like) AND (d.sender_scope = \(bind: office)
            OR EXISTS (SELECT 1 FROM circular_offices f WHERE f.circular_id = d.id AND f.office_key = \(bind: office)))
          """
        ).first(decoding: Row.self)?.n ?? 0
    }
    return found > 0
  }

  /// The unacknowledged circulars of an organization, for its home page.
  func openCount(org: String) async throws -> Int {
    struct Row: Decodable { let n: Int }
    return try await sql.raw(
      """
      SELECT CAST(COUNT(*) AS BIGINT) AS n FROM circular_recipients
      WHERE org_code = \(bind: org) AND acknowledged_at IS NULL
      """
    ).first(decoding: Row.self)?.n ?? 0
  }
}
