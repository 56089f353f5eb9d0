import Domain
import Fluent
import SQLKit
import Vapor

/// An organization the sender's area holds, as the audience is resolved.
struct CircularPlace: Decodable {
  let code: String
  let type: String
  let district: String
  let province_code: String
  let region: Int?
}

/// The writes: posting (recipients frozen with `BatchInsert`), reading, acknowledging, acting.
extension CircularQueries {
  /// Every active organization of the scope's area.
  func places(in scope: Scope) async throws -> [CircularPlace] {
    var query: SQLQueryString = """
      SELECT o.code, o.type, o.district, o.province_code, pv.region FROM organizations o
      JOIN provinces pv ON pv.code = o.province_code
      WHERE (o.active_until IS NULL OR o.active_until >= \(bind: Date()))
      """
    switch scope {
    case .nation: break
    case .region(let number): query += " AND pv.region = \(bind: number)"
    case .province(let code): query += " AND o.province_code = \(bind: code)"
    case .district(let code, let name): query += " AND o.province_code = \(bind: code) AND o.district = \(bind: name)"
    case .organization, .paccOffice: return []
    }
    query += " ORDER BY o.code"
    return try await sql.raw(query).all(decoding: CircularPlace.self)
  }

  /// The audience's organizations within the sender's area, or the Thai message for codes
  /// that are unknown or outside it.
  func resolve(_ audience: CircularAudience, in scope: Scope) async throws -> (
    places: [CircularPlace], problem: String?
  ) {
    let all = try await places(in: scope)
    switch audience.kind {
    case .area: return (all, nil)
    case .types:
      let wanted = Set(audience.types.map(\.rawValue))
      return (all.filter { wanted.contains($0.type) }, nil)
    case .list:
      let byCode = Dictionary(all.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
      let foreign = audience.codes.filter { byCode[$0] == nil }
      if !foreign.isEmpty {
        return (
          [],
          "รหัสต่อไปนี้ไม่ใช่ อปท. ในพื้นที่ของคุณ: " + foreign.prefix(10).joined(separator: ", ")
            + (foreign.count > 10 ? " และอีก \(foreign.count - 10) รหัส" : "")
        )
      }
      return (audience.codes.compactMap { byCode[$0] }, nil)
    }
  }

  /// The monitor offices below the sender that hold the recipients.
  static func offices(
    for places: [CircularPlace], below scope: Scope, provinces: ProvinceDirectory
  ) -> [(key: String, name: String)] {
    let levels = CircularOffice.levelsBelow(scope)
    var out: [(String, String)] = []
    var seen = Set<String>()
    func add(_ scope: Scope) {
      guard let key = CircularOffice.key(scope), seen.insert(key).inserted else { return }
      out.append((key, officeName(scope, provinces: provinces)))
    }
    for place in places {
      if levels.contains("region"), let region = place.region { add(.region(region)) }
      if levels.contains("province") { add(.province(code: place.province_code)) }
      if levels.contains("district") { add(.district(provinceCode: place.province_code, name: place.district)) }
    }
    return out
  }

  /// "สำนักงาน ป.ป.ช.", "สำนักงาน ป.ป.ช. ภาค 2", "จังหวัดชลบุรี", "อำเภอบางละมุง จังหวัดชลบุรี".
  static func officeName(_ scope: Scope, provinces: ProvinceDirectory) -> String {
    switch scope {
    case .nation: return "สำนักงาน ป.ป.ช."
    case .region(let number): return "สำนักงาน ป.ป.ช. ภาค \(number)"
    case .province(let code): return "จังหวัด" + provinces.name(code)
    case .district(let code, let name): return "อำเภอ\(name) จังหวัด" + provinces.name(code)
    case .organization(let code): return code
    case .paccOffice(let number): return "ปปท. เขต \(number)"
    }
  }

  /// Posts a circular (or a relay of `parent`): the letter, its PDF, its recipients and the
  /// offices below, frozen now, in one audited transaction.
  func post(
    _ draft: CircularDraft, places: [CircularPlace], offices: [(key: String, name: String)], sender: CurrentUser,
    senderOffice: String, parent: Circular?, file: (name: String, bytes: [UInt8])?, actor: AuditActor
  ) async throws -> Circular {
    guard let scopeKey = CircularOffice.key(sender.scope) else { throw Forbidden.generic }
    let row = Circular()
    row.id = UUID()
    row.title = draft.title
    row.number = draft.number
    row.numberKey = CircularNumber.searchKey(draft.number)
    row.letterDate = draft.letterDate
    row.summary = draft.summary
    row.actionRequested = draft.action
    row.dueDate = draft.dueDate
    row.senderScope = scopeKey
    row.senderOffice = senderOffice
    row.senderName = sender.displayName
    row.senderUserID = sender.id
    row.audienceKind = draft.audience.kind.rawValue
    row.audienceText = draft.audience.thaiDescription + (draft.audience.includeMonitors ? " และผู้กำกับดูแลในพื้นที่" : "")
    row.includeMonitors = draft.audience.includeMonitors
    row.isPublic = draft.isPublic
    row.relayedFrom = parent?.id
    row.ancestry =
      parent.map { ($0.ancestorIDs + [$0.id].compactMap { $0 }).map(\.uuidString).joined(separator: ",") } ?? ""
    row.recipientCount = places.count
    let placeCodes = places.map(\.code)
    try await db.writeTransaction { db in
      try await row.create(on: db)
      let id = try row.requireID()
      if let file {
        let stored = CircularFile()
        stored.circularID = id
        stored.fileName = file.name
        stored.sizeBytes = file.bytes.count
        stored.data = Data(file.bytes)
        try await stored.create(on: db)
      }
      let sql = db as! any SQLDatabase
      try await BatchInsert.run(
        "circular_recipients", ["id", "circular_id", "org_code"],
        placeCodes.map { [SQLBind(UUID()), SQLBind(id), SQLBind($0)] as [any SQLExpression] }, on: sql)
      try await BatchInsert.run(
        "circular_offices", ["id", "circular_id", "office_key", "office_name"],
        offices.map { [SQLBind(UUID()), SQLBind(id), SQLBind($0.key), SQLBind($0.name)] as [any SQLExpression] },
        on: sql)
      var after = row.auditFields
      after["ไฟล์"] = file.map { "\($0.name) (\(EvidenceQueries.size($0.bytes.count)))" }
      after["ผู้กำกับดูแลที่ได้รับ"] = offices.isEmpty ? nil : String(offices.count)
      try await AuditLog.record(
        on: db, actor: actor, action: parent == nil ? "ส่งหนังสือเวียน" : "ส่งต่อหนังสือเวียน", entity: Self.entity,
        entityID: id.uuidString, after: after)
    }
    return row
  }

  /// Records the first opening by the organization (who, when); later openings change nothing.
  func markRead(_ circular: Circular, org: String, by name: String, actor: AuditActor) async throws {
    let id = try circular.requireID()
    try await db.writeTransaction { db in
      let sql = db as! any SQLDatabase
      let before = try await CircularQueries(db: db).receipt(id, org: org)
      guard let before, before.read_at == nil else { return }
      try await sql.raw(
        """
        UPDATE circular_recipients SET read_at = \(bind: Date()), read_by = \(bind: name)
        WHERE circular_id = \(bind: id) AND org_code = \(bind: org) AND read_at IS NULL
        """
      ).run()
      try await AuditLog.record(
        on: db, actor: actor, action: "เปิดอ่านหนังสือเวียน", entity: Self.entity, entityID: id.uuidString, orgCode: org,
        after: ["เรื่อง": circular.title])
    }
  }

  /// Records a monitor office's first opening.
  func markOfficeRead(_ circular: Circular, office: String, by name: String, actor: AuditActor) async throws {
    let id = try circular.requireID()
    try await db.writeTransaction { db in
      let sql = db as! any SQLDatabase
      guard let before = try await CircularQueries(db: db).officeReceipt(id, office: office), before.read_at == nil
      else { return }
      try await sql.raw(
        """
        UPDATE circular_offices SET read_at = \(bind: Date()), read_by = \(bind: name)
        WHERE circular_id = \(bind: id) AND office_key = \(bind: office) AND read_at IS NULL
        """
      ).run()
      try await AuditLog.record(
        on: db, actor: actor, action: "เปิดอ่านหนังสือเวียน (ผู้กำกับดูแล)", entity: Self.entity, entityID: id.uuidString,
        after: ["เรื่อง": circular.title, "หน่วยงาน": office])
    }
  }

  /// รับทราบ: once per organization (a second press is a Thai 409).
  func acknowledge(_ circular: Circular, org: String, by name: String, actor: AuditActor) async throws {
    let id = try circular.requireID()
    try await db.writeTransaction { db in
      let sql = db as! any SQLDatabase
      guard let before = try await CircularQueries(db: db).receipt(id, org: org) else {
        throw Abort(.notFound, reason: "ไม่พบหนังสือเวียนนี้ในหนังสือที่องค์กรของคุณได้รับ")
      }
      guard before.acknowledged_at == nil else { throw Abort(.conflict, reason: "องค์กรของคุณรับทราบหนังสือนี้แล้ว") }
      let now = Date()
      try await sql.raw(
        """
        UPDATE circular_recipients SET acknowledged_at = \(bind: now), acknowledged_by = \(bind: name),
          read_at = COALESCE(read_at, \(bind: now)), read_by = COALESCE(read_by, \(bind: name))
        WHERE circular_id = \(bind: id) AND org_code = \(bind: org) AND acknowledged_at IS NULL
        """
      ).run()
      try await AuditLog.record(
        on: db, actor: actor, action: "รับทราบหนังสือเวียน", entity: Self.entity, entityID: id.uuidString, orgCode: org,
        after: ["เรื่อง": circular.title, "ผู้รับทราบ": name])
    }
  }

  /// ดำเนินการแล้ว with a short note: only when an action was asked, after acknowledging (it
  /// acknowledges too when not done yet), once.
  func act(_ circular: Circular, org: String, note: String, by name: String, actor: AuditActor) async throws {
    let id = try circular.requireID()
    guard circular.actionRequested != nil else {
      throw Abort(.conflict, reason: "หนังสือนี้ไม่ได้ขอให้ดำเนินการ จึงบันทึกว่าดำเนินการแล้วไม่ได้")
    }
    try await db.writeTransaction { db in
      let sql = db as! any SQLDatabase
      guard let before = try await CircularQueries(db: db).receipt(id, org: org) else {
        throw Abort(.notFound, reason: "ไม่พบหนังสือเวียนนี้ในหนังสือที่องค์กรของคุณได้รับ")
      }
      guard before.acted_at == nil else { throw Abort(.conflict, reason: "องค์กรของคุณบันทึกว่าดำเนินการแล้ว") }
      let now = Date()
      try await sql.raw(
        """
        UPDATE circular_recipients SET acted_at = \(bind: now), acted_by = \(bind: name), action_note = \(bind: note),
          acknowledged_at = COALESCE(acknowledged_at, \(bind: now)),
          acknowledged_by = COALESCE(acknowledged_by, \(bind: name)),
          read_at = COALESCE(read_at, \(bind: now)), read_by = COALESCE(read_by, \(bind: name))
        WHERE circular_id = \(bind: id) AND org_code = \(bind: org) AND acted_at IS NULL
        """
      ).run()
      try await AuditLog.record(
        on: db, actor: actor, action: "บันทึกการดำเนินการตามหนังสือเวียน", entity: Self.entity, entityID: id.uuidString,
        orgCode: org, after: ["เรื่อง": circular.title, "ผู้บันทึก": name, "บันทึก": note])
    }
  }
}
