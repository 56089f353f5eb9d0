import Domain
import Fluent
import SQLKit
import Vapor

/// The register's writes: each re-reads its row inside the transaction and checks the state
/// there, so a signed or published announcement is never rewritten.
extension AnnouncementQueries {
  // MARK: Writing

  /// Drafts from the templates, one per kind, filled with the organization's name and its
  /// executive as the profile has them.
  func createDrafts(
    _ kinds: [AnnouncementKind], organization: Organization, fiscalYear: Int, actor: AuditActor
  ) async throws -> [UUID] {
    let profile = organization.profile
    let values = AnnouncementValues(
      organization: organization.fullName, executive: profile.executiveName,
      executivePosition: profile.executivePosition, date: nil, fiscalYear: fiscalYear)
    let code = organization.code
    return try await db.writeTransaction { db in
      var ids: [UUID] = []
      for kind in kinds {
        let (title, body) = AnnouncementTemplate.draft(kind, values: values)
        let row = Announcement()
        row.id = UUID()
        row.organizationCode = code
        row.fiscalYear = fiscalYear
        row.kindKey = kind.rawValue
        row.version = 1
        row.title = title
        row.body = body
        row.signerName = profile.executiveName
        row.signerPosition = profile.executivePosition
        row.stateKey = AnnouncementState.draft.rawValue
        row.createdBy = actor.name
        try await row.create(on: db)
        try await AuditLog.record(
          on: db, actor: actor, action: "สร้างร่างประกาศจากแบบ", entity: Self.entity,
          entityID: row.requireID().uuidString,
          orgCode: code, after: row.auditFields)
        ids.append(try row.requireID())
      }
      return ids
    }
  }

  /// Saves a draft's text (refused in Thai once it is signed).
  func saveText(_ announcement: Announcement, _ text: AnnouncementRules.Text, actor: AuditActor) async throws {
    let before = announcement.auditFields
    try await db.writeTransaction { db in
      let row = try await self.fresh(announcement, on: db)
      try Self.check(.edit, row)
      row.title = text.title
      row.body = text.body
      row.signerName = text.signerName
      row.signerPosition = text.signerPosition
      try await row.update(on: db)
      var after = row.auditFields
      if before["เรื่อง"] == after["เรื่อง"] { after["ข้อความ"] = "แก้ไขแล้ว" }
      try await AuditLog.record(
        on: db, actor: actor, action: "แก้ไขร่างประกาศ", entity: Self.entity, entityID: row.requireID().uuidString,
        orgCode: row.organizationCode, before: before, after: after)
    }
  }

  /// Attaches the signed scan and the signing date: the draft becomes a signed document.
  func sign(
    _ announcement: Announcement, on date: Date, file bytes: [UInt8], name: String, type: String, actor: AuditActor
  ) async throws {
    let before = announcement.auditFields
    try await db.writeTransaction { db in
      let row = try await self.fresh(announcement, on: db)
      row.stateKey = try Self.check(.sign, row).rawValue
      row.signedOn = date
      try await row.update(on: db)
      try await AnnouncementFile.query(on: db).filter(\.$announcementID == row.requireID()).delete()
      let file = AnnouncementFile()
      file.announcementID = try row.requireID()
      file.fileName = name
      file.contentType = type
      file.sizeBytes = bytes.count
      file.data = Data(bytes)
      file.uploadedBy = actor.name
      try await file.create(on: db)
      var after = row.auditFields
      after["ไฟล์ที่ลงนาม"] = "\(name) (\(EvidenceQueries.size(bytes.count)))"
      try await AuditLog.record(
        on: db, actor: actor, action: "แนบประกาศที่ลงนามแล้ว", entity: Self.entity, entityID: row.requireID().uuidString,
        orgCode: row.organizationCode, before: before, after: after)
    }
  }

  /// Publishes a signed announcement; the version it revises (if any) is superseded.
  func publish(_ announcement: Announcement, on date: Date, actor: AuditActor) async throws {
    let before = announcement.auditFields
    try await db.writeTransaction { db in
      let row = try await self.fresh(announcement, on: db)
      row.stateKey = try Self.check(.publish, row).rawValue
      row.publishedOn = date
      try await row.update(on: db)
      try await AuditLog.record(
        on: db, actor: actor, action: "เผยแพร่ประกาศ", entity: Self.entity, entityID: row.requireID().uuidString,
        orgCode: row.organizationCode, before: before, after: row.auditFields)
      if let oldID = row.supersedesID, let old = try await Announcement.find(oldID, on: db),
        case .success(let next) = AnnouncementWorkflow.next(.supersede, from: old.state)
      {
        let oldBefore = old.auditFields
        old.stateKey = next.rawValue
        try await old.update(on: db)
        try await AuditLog.record(
          on: db, actor: actor, action: "ประกาศถูกแทนที่ด้วยฉบับปรับปรุง", entity: Self.entity,
          entityID: oldID.uuidString, orgCode: old.organizationCode, before: oldBefore,
          after: old.auditFields.merging(["ฉบับที่แทน": String(row.version)]) { $1 })
      }
    }
  }

  /// A new draft version (number + 1) of a signed or published announcement; the old one
  /// stays as it is until the new one is published.
  func revise(_ announcement: Announcement, actor: AuditActor) async throws -> Announcement {
    try await db.writeTransaction { db in
      let old = try await self.fresh(announcement, on: db)
      try Self.check(.revise, old)
      if try await Announcement.query(on: db).filter(\.$supersedesID == old.requireID()).first() != nil {
        throw Abort(.conflict, reason: "ประกาศนี้มีฉบับปรับปรุงอยู่แล้ว กรุณาแก้ไขฉบับปรับปรุงนั้น")
      }
      let row = Announcement()
      row.id = UUID()
      row.organizationCode = old.organizationCode
      row.fiscalYear = old.fiscalYear
      row.kindKey = old.kindKey
      row.version = old.version + 1
      row.title = old.title
      row.body = old.body
      row.signerName = old.signerName
      row.signerPosition = old.signerPosition
      row.stateKey = AnnouncementState.draft.rawValue
      row.supersedesID = try old.requireID()
      row.planProjectID = old.planProjectID
      row.createdBy = actor.name
      do {
        try await row.create(on: db)
      } catch let error as any DatabaseError where error.isConstraintFailure {
        throw Abort(.conflict, reason: "ประกาศนี้มีฉบับปรับปรุงอยู่แล้ว กรุณาแก้ไขฉบับปรับปรุงนั้น")
      }
      try await AuditLog.record(
        on: db, actor: actor, action: "จัดทำฉบับปรับปรุงของประกาศ", entity: Self.entity,
        entityID: row.requireID().uuidString, orgCode: row.organizationCode,
        after: row.auditFields.merging(["ปรับปรุงจากฉบับที่": String(old.version)]) { $1 })
      return row
    }
  }

  func withdraw(_ announcement: Announcement, reason: String, actor: AuditActor) async throws {
    let before = announcement.auditFields
    try await db.writeTransaction { db in
      let row = try await self.fresh(announcement, on: db)
      row.stateKey = try Self.check(.withdraw, row).rawValue
      row.withdrawnOn = Date()
      row.withdrawReason = reason
      try await row.update(on: db)
      try await AuditLog.record(
        on: db, actor: actor, action: "ยกเลิกประกาศ", entity: Self.entity, entityID: row.requireID().uuidString,
        orgCode: row.organizationCode, before: before, after: row.auditFields)
    }
  }

  /// Points the announcement at a project of the organization's plans (nil: none).
  func link(_ announcement: Announcement, to project: AnnouncementProjectOption?, actor: AuditActor) async throws {
    let oldProject = announcement.planProjectID
    try await db.writeTransaction { db in
      let row = try await self.fresh(announcement, on: db)
      row.planProjectID = project?.id
      try await row.update(on: db)
      try await AuditLog.record(
        on: db, actor: actor, action: "เชื่อมประกาศกับโครงการในแผน", entity: Self.entity,
        entityID: row.requireID().uuidString, orgCode: row.organizationCode,
        before: ["โครงการ": oldProject?.uuidString ?? "—"], after: ["โครงการ": project?.label ?? "—"])
    }
  }

  /// Saves the yearly report of what was done under the announcement's measures.
  func saveReport(_ announcement: Announcement, fiscalYear: Int, text: String, actor: AuditActor) async throws {
    try Self.check(.report, announcement)
    let id = try announcement.requireID()
    try await db.writeTransaction { db in
      let existing = try await AnnouncementReport.query(on: db).filter(\.$announcementID == id)
        .filter(\.$fiscalYear == fiscalYear).first()
      let before = existing.map { ["รายงานผล": $0.text] }
      let report = existing ?? AnnouncementReport()
      report.announcementID = id
      report.fiscalYear = fiscalYear
      report.text = text
      report.updatedBy = actor.name
      try await report.save(on: db)
      try await AuditLog.record(
        on: db, actor: actor, action: "บันทึกรายงานผลการดำเนินการตามมาตรการ", entity: Self.entity,
        entityID: id.uuidString, orgCode: announcement.organizationCode, before: before, after: ["รายงานผล": text])
    }
  }

  // MARK: Helpers

  /// The row as it stands in the transaction (another tab may have changed its state).
  private func fresh(_ announcement: Announcement, on db: Database) async throws -> Announcement {
    guard let row = try await Announcement.find(try announcement.requireID(), on: db) else {
      throw Abort(.notFound, reason: "ไม่พบประกาศนี้")
    }
    return row
  }

  /// The next state, or a Thai 409 saying why not.
  @discardableResult
  static func check(_ action: AnnouncementAction, _ row: Announcement) throws -> AnnouncementState {
    switch AnnouncementWorkflow.next(action, from: row.state) {
    case .success(let state): return state
    case .failure(let refusal): throw Abort(.conflict, reason: refusal.reason)
    }
  }
}
