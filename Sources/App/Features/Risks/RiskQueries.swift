import Domain
import Fluent
import Foundation
import SQLKit
import Vapor

/// Reads and writes risk registers. Every write runs in one transaction with its audit record;
/// publishing freezes a copy that is never changed.
struct RiskQueries {
  let db: Database
  static let entity = "risk_register"
  private var sql: any SQLDatabase { db as! any SQLDatabase }

  func register(code: String, year: Int) async throws -> RiskRegister? {
    try await RiskRegister.query(on: db).filter(\.$organizationCode == code).filter(\.$fiscalYear == year).first()
  }

  func items(of register: RiskRegister?) async throws -> [RiskItem] {
    guard let id = register?.id else { return [] }
    return try await RiskItem.query(on: db).filter(\.$register.$id == id).sort(\.$number).all()
  }

  func item(_ id: UUID?, in register: RiskRegister?) async throws -> RiskItem {
    guard let id, let registerID = register?.id,
      let item = try await RiskItem.query(on: db).filter(\.$id == id).filter(\.$register.$id == registerID).first()
    else { throw Abort(.notFound, reason: "ไม่พบความเสี่ยงนี้ในทะเบียน") }
    return item
  }

  func copies(code: String, year: Int) async throws -> [RiskCopyRecord] {
    try await RiskCopyRecord.query(on: db).filter(\.$organizationCode == code).filter(\.$fiscalYear == year)
      .sort(\.$number, .descending).all()
  }

  /// The years that have a register, newest first; `publishedOnly` for outsiders.
  func years(code: String, publishedOnly: Bool) async throws -> [Int] {
    var query = RiskRegister.query(on: db).filter(\.$organizationCode == code)
    if publishedOnly { query = query.filter(\.$copies > 0) }
    return try await query.sort(\.$fiscalYear, .descending).all().map(\.fiscalYear)
  }

  /// Adds a risk (creating the year's register on first use) under the next number.
  func add(_ input: RiskInput, project: UUID?, announcement: UUID?, code: String, year: Int, actor: AuditActor)
    async throws
  {
    try await db.writeTransaction { db in
      let queries = RiskQueries(db: db)
      let existing = try await queries.register(code: code, year: year)
      let register: RiskRegister
      if let existing { register = existing } else { register = try await queries.createRegister(code, year) }
      let highest = try await RiskItem.query(on: db).filter(\.$register.$id == register.requireID()).max(\.$number)
      let item = RiskItem()
      item.$register.id = try register.requireID()
      item.number = (highest ?? 0) + 1
      item.apply(input, projectID: project, announcementID: announcement)
      try await item.create(on: db)
      try await queries.changed(register)
      try await AuditLog.record(
        on: db, actor: actor, action: "เพิ่มความเสี่ยงในทะเบียน", entity: Self.entity,
        entityID: try item.requireID().uuidString, orgCode: code, after: Self.fields(item))
    }
  }

  func update(
    _ item: RiskItem, _ input: RiskInput, project: UUID?, announcement: UUID?, register: RiskRegister,
    actor: AuditActor
  ) async throws {
    try await db.writeTransaction { db in
      let before = Self.fields(item)
      item.apply(input, projectID: project, announcementID: announcement)
      try await item.update(on: db)
      try await RiskQueries(db: db).changed(register)
      try await AuditLog.record(
        on: db, actor: actor, action: "แก้ไขความเสี่ยงในทะเบียน", entity: Self.entity,
        entityID: try item.requireID().uuidString, orgCode: register.organizationCode, before: before,
        after: Self.fields(item))
    }
  }

  func delete(_ item: RiskItem, register: RiskRegister, actor: AuditActor) async throws {
    try await db.writeTransaction { db in
      let before = Self.fields(item)
      try await item.delete(on: db)
      try await RiskQueries(db: db).changed(register)
      try await AuditLog.record(
        on: db, actor: actor, action: "ลบความเสี่ยงออกจากทะเบียน", entity: Self.entity,
        entityID: try item.requireID().uuidString, orgCode: register.organizationCode, before: before)
    }
  }

  /// Freezes the register as its next published copy and refreshes the area rows.
  func publish(_ register: RiskRegister, copy: RiskCopy, by name: String, actor: AuditActor) async throws -> Int {
    try await db.writeTransaction { db in
      // Re-read inside the write: two publishers never get the same number.
      guard let current = try await RiskRegister.find(register.requireID(), on: db) else {
        throw Abort(.notFound, reason: "ไม่พบทะเบียนความเสี่ยง")
      }
      let record = RiskCopyRecord()
      record.$register.id = try current.requireID()
      record.organizationCode = current.organizationCode
      record.fiscalYear = current.fiscalYear
      record.number = current.copies + 1
      record.publishedAt = Date()
      record.publishedBy = name
      record.content = String(decoding: try JSONEncoder().encode(copy), as: UTF8.self)
      try await record.create(on: db)
      current.copies = record.number
      current.changedSinceCopy = false
      try await current.update(on: db)
      try await RiskPublishedItem.query(on: db).filter(\.$organizationCode == current.organizationCode)
        .filter(\.$fiscalYear == current.fiscalYear).delete()
      for item in copy.items {
        let row = RiskPublishedItem()
        row.organizationCode = current.organizationCode
        row.fiscalYear = current.fiscalYear
        row.category = item.category.rawValue
        row.level = item.level.rawValue
        row.event = String(item.event.prefix(300))
        try await row.create(on: db)
      }
      try await AuditLog.record(
        on: db, actor: actor, action: "เผยแพร่ทะเบียนความเสี่ยง", entity: Self.entity,
        entityID: try current.requireID().uuidString, orgCode: current.organizationCode,
        after: ["ฉบับเผยแพร่ครั้งที่": String(record.number), "จำนวนความเสี่ยง": String(copy.items.count)])
      return record.number
    }
  }

  /// The register the plan book writes its risk section from: of the latest year among `years`
  /// that has one, its latest published copy, else its working risks.
  func bookSource(code: String, years: [Int], publishedOnly: Bool = false) async throws -> RiskBookSource? {
    for year in years.sorted(by: >) {
      if let latest = try await copies(code: code, year: year).first, let copy = latest.copy {
        return RiskBookSource(fiscalYear: year, copyNumber: latest.number, items: copy.items)
      }
      let working = publishedOnly ? [] : try await items(of: register(code: code, year: year))
      if !working.isEmpty {
        return RiskBookSource(
          fiscalYear: year, copyNumber: nil, items: working.map { Self.copyItem($0, project: nil, announcement: nil) })
      }
    }
    return nil
  }

  static func copyItem(_ item: RiskItem, project: String?, announcement: String?) -> RiskCopy.Item {
    RiskCopy.Item(
      number: item.number, category: item.category, process: item.process, event: item.event, who: item.who,
      likelihood: item.likelihood, impact: item.impact, level: item.level, measures: item.measures,
      project: project, announcement: announcement, owner: item.owner, status: item.status,
      followUpFirst: item.followUpFirst, followUpSecond: item.followUpSecond)
  }

  private func createRegister(_ code: String, _ year: Int) async throws -> RiskRegister {
    let register = RiskRegister()
    register.organizationCode = code
    register.fiscalYear = year
    register.copies = 0
    register.changedSinceCopy = true
    try await register.create(on: db)
    return register
  }

  private func changed(_ register: RiskRegister) async throws {
    register.changedSinceCopy = true
    try await register.update(on: db)
  }

  static func fields(_ item: RiskItem) -> [String: String] {
    [
      "ที่": String(item.number), "ประเภท": item.category.thaiName, "กระบวนงาน": item.process, "เหตุการณ์": item.event,
      "โอกาส": String(item.likelihood), "ผลกระทบ": String(item.impact), "ระดับ": item.level.thaiName,
      "มาตรการ": item.measures, "ผู้รับผิดชอบ": item.owner, "สถานะ": item.status.thaiName,
      "ติดตามรอบ 6 เดือน": item.followUpFirst, "ติดตามรอบ 12 เดือน": item.followUpSecond,
    ]
  }
}
