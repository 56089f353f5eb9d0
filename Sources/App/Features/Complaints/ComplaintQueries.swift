import Domain
import Fluent
import SQLKit
import Vapor

/// Filing, finding and working corruption complaints. Everything a person wrote is sealed
/// with the vault before it reaches the database; the audit log names the case and the step,
/// never its contents, and never an address.
struct ComplaintQueries {
  let db: Database
  let vault: ComplaintVault

  static let entity = "complaint"
  static let maxFileBytes = EvidenceQueries.maxBytes
  static let maxFilesPerSending = 5
  static let maxFilesPerCase = 20
  static let maxMessage = 4_000
  /// The largest body a filing or a reply with files may send.
  static let maxUpload: ByteCount = "12mb"
  static let complainant = "ผู้ร้องเรียน"

  struct Upload: Sendable {
    let name: String
    let type: String
    let bytes: Data
  }

  /// Files a complaint; the receipt is returned once and only its digest is kept.
  func file(
    _ filing: ComplaintFiling, to place: OrganizationPlace, project: (id: UUID, name: String)?, uploads: [Upload],
    now: Date = Date()
  ) async throws -> ComplaintReceipt {
    let receipt = ComplaintReceipt.random()
    let id = UUID()
    let clock = ComplaintClock(receivedAt: now)
    let complaint = Complaint()
    complaint.id = id
    complaint.organizationCode = place.code
    complaint.provinceCode = place.provinceCode
    complaint.aboutExecutive = filing.aboutExecutive
    complaint.receiptDigest = ComplaintVault.receiptDigest(receipt)
    complaint.stateRaw = ComplaintState.received.rawValue
    complaint.concernRaw = filing.concern.rawValue
    complaint.anonymous = filing.anonymous
    complaint.receivedAt = now
    complaint.receivedOn = clock.receivedOn
    complaint.dueOn = clock.dueOn
    complaint.fiscalYear = FiscalYear(containing: now).buddhistYear
    complaint.delayExplained = false
    complaint.awaitingComplainant = false
    complaint.updatedAt = now
    let content = ComplaintContent(
      concerns: filing.concerns, details: filing.details, when: filing.when, whereText: filing.whereText,
      witnesses: filing.witnesses, projectID: project?.id, projectName: project?.name)
    complaint.content = try vault.seal(try Self.json(content), for: ComplaintSeal.content(id))
    if !filing.anonymous, let name = filing.name, let contact = filing.contact {
      complaint.identity = try vault.seal(
        try Self.json(ComplaintIdentity(name: name, contact: contact)), for: ComplaintSeal.identity(id))
    }
    let files = try uploads.map { try sealedFile($0, complaint: id, fromComplainant: true, now: now) }
    let event = try self.event(id, .filed, actor: Self.complainant, forComplainant: true, now: now)
    try await db.writeTransaction { db in
      try await complaint.create(on: db)
      try await event.create(on: db)
      for file in files { try await file.create(on: db) }
      try await AuditLog.record(
        on: db, actor: Self.complainantActor, action: "รับเรื่องร้องเรียนการทุจริต", entity: Self.entity,
        entityID: id.uuidString, orgCode: place.code,
        after: ["ส่งถึง": filing.aboutExecutive ? "ผู้กำกับดูแลระดับจังหวัด" : "ผู้รับผิดชอบของหน่วยงาน"])
    }
    return receipt
  }

  static let complainantActor = AuditActor(id: nil, name: complainant, address: nil)

  static func actor(_ user: CurrentUser) -> AuditActor {
    AuditActor(id: user.id, name: "\(user.displayName) (\(user.username))", address: nil)
  }

  func find(receipt: ComplaintReceipt) async throws -> Complaint? {
    try await Complaint.query(on: db).filter(\.$receiptDigest == ComplaintVault.receiptDigest(receipt)).first()
  }

  func find(_ id: UUID) async throws -> Complaint? { try await Complaint.find(id, on: db) }

  func content(of complaint: Complaint) throws -> ComplaintContent {
    let id = try complaint.requireID()
    return try JSONDecoder().decode(
      ComplaintContent.self, from: Data(vault.open(complaint.content, for: ComplaintSeal.content(id)).utf8))
  }

  func identity(of complaint: Complaint) throws -> ComplaintIdentity? {
    let id = try complaint.requireID()
    guard let sealed = complaint.identity else { return nil }
    return try JSONDecoder().decode(
      ComplaintIdentity.self, from: Data(vault.open(sealed, for: ComplaintSeal.identity(id)).utf8))
  }

  /// A case's log, oldest first, with each body opened.
  func events(of complaint: Complaint, complainantOnly: Bool = false) async throws -> [(
    event: ComplaintEvent, body: String?
  )] {
    var query = ComplaintEvent.query(on: db).filter(\.$complaintID == (try complaint.requireID()))
    if complainantOnly { query = query.filter(\.$forComplainant == true) }
    return try await query.sort(\.$at).all().map { event in
      (event, try event.body.map { try vault.open($0, for: ComplaintSeal.event(event.requireID())) })
    }
  }

  /// A case's files without their bytes, names opened.
  func files(of complaint: Complaint) async throws -> [(file: ComplaintFile, name: String)] {
    try await ComplaintFile.query(on: db).filter(\.$complaintID == complaint.requireID())
      .field(\.$id).field(\.$complaintID).field(\.$fromComplainant).field(\.$name).field(\.$contentType)
      .field(\.$sizeBytes).field(\.$createdAt).sort(\.$createdAt).all()
      .map { file in (file, try vault.open(file.name, for: ComplaintSeal.fileName(file.requireID()))) }
  }

  /// Holds the case's row until the transaction ends (PostgreSQL; SQLite writes one at a time).
  static func lock(_ id: UUID, on db: Database) async throws {
    guard let sql = db as? any SQLDatabase, sql.dialect.name != "sqlite" else { return }
    try await sql.raw("SELECT id FROM complaints WHERE id = \(bind: id) FOR UPDATE").run()
  }

  /// One file of the case, opened, or a Thai 404.
  func openFile(_ fileID: UUID?, of complaint: Complaint) async throws -> (name: String, type: String, data: Data) {
    guard let fileID,
      let file = try await ComplaintFile.query(on: db).filter(\.$id == fileID)
        .filter(\.$complaintID == complaint.requireID()).first()
    else { throw Abort(.notFound, reason: "ไม่พบไฟล์นี้") }
    return (
      try vault.open(file.name, for: ComplaintSeal.fileName(fileID)), file.contentType,
      try vault.openFile(file.data, for: ComplaintSeal.fileData(fileID))
    )
  }

  // MARK: steps

  /// A handler moves the case on; refusals are Thai per field (nothing written).
  func move(_ id: UUID, _ move: ComplaintTransition, by user: CurrentUser, now: Date = Date()) async throws
    -> FieldErrors
  {
    let vault = vault
    return try await db.writeTransaction { db in
      guard let complaint = try await Complaint.find(id, on: db) else {
        throw Abort(.notFound, reason: "ไม่พบเรื่องร้องเรียนนี้")
      }
      let before = complaint.state
      let errors = ComplaintWorkflow.problems(
        from: before, move, overdueWithoutExplanation: complaint.needsDelayExplanation(now: now))
      guard errors.isEmpty else { return errors }
      let queries = ComplaintQueries(db: db, vault: vault)
      // An explanation counts only once the case is late (one given early would excuse it).
      let explanation = move.delayExplanation.trimmingCharacters(in: .whitespacesAndNewlines)
      if !explanation.isEmpty, complaint.needsDelayExplanation(now: now) {
        try await queries.event(id, .delay, actor: user.displayName, body: explanation, now: now).create(on: db)
        complaint.delayExplained = true
      }
      complaint.outcomeRaw = move.to == .closed ? move.outcome?.rawValue : nil
      if !move.to.isOpen {
        complaint.closedAt = now
        complaint.closedOn = ThaiCalendar.isoDate(now)
      }
      // Only from the state this move was judged against: of two handlers moving the same
      // case at once, the second is told, not silently applied.
      struct Moved: Decodable { let id: UUID }
      let moved = try await (db as! any SQLDatabase).raw(
        """
        UPDATE complaints SET state = \(bind: move.to.rawValue), outcome = \(bind: complaint.outcomeRaw),
          closed_at = \(bind: complaint.closedAt), closed_on = \(bind: complaint.closedOn),
          delay_explained = \(bind: complaint.delayExplained), updated_at = \(bind: now)
        WHERE id = \(bind: id) AND state = \(bind: before.rawValue) RETURNING id
        """
      ).first(decoding: Moved.self)
      guard moved != nil else {
        throw Abort(.conflict, reason: "เรื่องนี้เพิ่งถูกเปลี่ยนสถานะโดยผู้อื่น กรุณาโหลดหน้าใหม่แล้วตรวจสอบอีกครั้ง")
      }
      let reason = move.reason.trimmingCharacters(in: .whitespacesAndNewlines)
      let event = try queries.event(
        id, .state, actor: user.displayName, body: reason.isEmpty ? nil : reason, state: move.to, now: now)
      try await event.create(on: db)
      var after = ["สถานะ": move.to.thaiName]
      if let outcome = complaint.outcome { after["ผล"] = outcome.thaiName }
      try await AuditLog.record(
        on: db, actor: Self.actor(user), action: "เปลี่ยนสถานะเรื่องร้องเรียน", entity: Self.entity,
        entityID: id.uuidString, orgCode: complaint.organizationCode, before: ["สถานะ": before.thaiName], after: after)
      return FieldErrors()
    }
  }

  /// The handler tells the complainant why the case takes longer than 15 days (only once it
  /// does: an explanation given in advance would excuse a delay nobody has explained).
  func explainDelay(_ complaint: Complaint, _ text: String, by user: CurrentUser, now: Date = Date()) async throws {
    guard complaint.state.isOpen, complaint.isOverdue(now: now) else {
      throw Abort(.conflict, reason: "เรื่องนี้ยังไม่เกินกำหนด 15 วัน จึงยังไม่ต้องชี้แจงเหตุล่าช้า")
    }
    try await write(complaint, kind: .delay, body: text, by: user, now: now) { $0.delayExplained = true }
  }

  /// A message (often a question) from the handler to the complainant.
  func message(_ complaint: Complaint, _ text: String, by user: CurrentUser, now: Date = Date()) async throws {
    try await write(complaint, kind: .toComplainant, body: text, by: user, now: now) { $0.awaitingComplainant = true }
  }

  /// The handler's masked copy for the accused's superior was printed (kept in the log).
  func forwardPrinted(_ complaint: Complaint, by user: CurrentUser, now: Date = Date()) async throws {
    try await write(complaint, kind: .forwardPrinted, body: nil, by: user, now: now) { _ in }
  }

  private func write(
    _ complaint: Complaint, kind: ComplaintEventKind, body: String?, by user: CurrentUser, now: Date,
    change: @escaping @Sendable (Complaint) -> Void
  ) async throws {
    let id = try complaint.requireID()
    let event = try self.event(
      id, kind, actor: user.displayName, forComplainant: kind != .forwardPrinted, body: body, now: now)
    try await db.writeTransaction { db in
      guard let fresh = try await Complaint.find(id, on: db) else { throw Abort(.notFound, reason: "ไม่พบเรื่องร้องเรียนนี้") }
      change(fresh)
      fresh.updatedAt = now
      try await fresh.update(on: db)
      try await event.create(on: db)
      try await AuditLog.record(
        on: db, actor: Self.actor(user), action: kind.thaiName, entity: Self.entity, entityID: id.uuidString,
        orgCode: fresh.organizationCode)
    }
  }

  /// The complainant answers or adds evidence (with the receipt). A closed case takes neither.
  func reply(_ complaint: Complaint, text: String, uploads: [Upload], now: Date = Date()) async throws {
    let id = try complaint.requireID()
    guard complaint.state.isOpen else {
      throw Abort(.conflict, reason: "เรื่องนี้ปิดแล้ว ส่งข้อความหรือหลักฐานเพิ่มไม่ได้ หากมีข้อมูลใหม่ กรุณายื่นเรื่องใหม่")
    }
    let files = try uploads.map { try sealedFile($0, complaint: id, fromComplainant: true, now: now) }
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    var events: [ComplaintEvent] = []
    if !trimmed.isEmpty {
      events.append(try event(id, .fromComplainant, actor: Self.complainant, body: trimmed, now: now))
    }
    if !files.isEmpty {
      events.append(
        try event(id, .evidence, actor: Self.complainant, body: "แนบไฟล์เพิ่ม \(files.count) ไฟล์", now: now))
    }
    let newEvents = events
    try await db.writeTransaction { db in
      try await Self.lock(id, on: db)
      guard let fresh = try await Complaint.find(id, on: db), fresh.state.isOpen else {
        throw Abort(.conflict, reason: "เรื่องนี้ปิดแล้ว ส่งข้อความหรือหลักฐานเพิ่มไม่ได้")
      }
      // Counted inside the write, so replies sent at once cannot pass the cap together.
      let existing = try await ComplaintFile.query(on: db).filter(\.$complaintID == id).count()
      guard existing + files.count <= Self.maxFilesPerCase else {
        throw Abort(.conflict, reason: "เรื่องหนึ่งแนบไฟล์ได้ไม่เกิน \(Self.maxFilesPerCase) ไฟล์")
      }
      if !trimmed.isEmpty { fresh.awaitingComplainant = false }
      fresh.updatedAt = now
      try await fresh.update(on: db)
      for event in newEvents { try await event.create(on: db) }
      for file in files { try await file.create(on: db) }
      try await AuditLog.record(
        on: db, actor: Self.complainantActor, action: "ผู้ร้องเรียนส่งข้อมูลเพิ่ม", entity: Self.entity,
        entityID: id.uuidString, orgCode: fresh.organizationCode)
    }
  }

  // MARK: building rows

  func event(
    _ complaint: UUID, _ kind: ComplaintEventKind, actor: String, forComplainant: Bool = true, body: String? = nil,
    state: ComplaintState? = nil, now: Date
  ) throws -> ComplaintEvent {
    let event = ComplaintEvent()
    let id = UUID()
    event.id = id
    event.complaintID = complaint
    event.at = now
    event.kindRaw = kind.rawValue
    event.actor = actor
    event.forComplainant = forComplainant
    event.stateRaw = state?.rawValue
    event.body = try body.map { try vault.seal($0, for: ComplaintSeal.event(id)) }
    return event
  }

  func sealedFile(_ upload: Upload, complaint: UUID, fromComplainant: Bool, now: Date) throws -> ComplaintFile {
    let file = ComplaintFile()
    let id = UUID()
    file.id = id
    file.complaintID = complaint
    file.fromComplainant = fromComplainant
    file.name = try vault.seal(upload.name, for: ComplaintSeal.fileName(id))
    file.contentType = upload.type
    file.sizeBytes = upload.bytes.count
    file.data = try vault.sealFile(upload.bytes, for: ComplaintSeal.fileData(id))
    file.createdAt = now
    return file
  }

  static func json<T: Encodable>(_ value: T) throws -> String {
    String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
  }
}
