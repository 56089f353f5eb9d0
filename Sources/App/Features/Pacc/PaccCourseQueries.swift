import Domain
import Fluent
import Foundation
import SQLKit
import Vapor

/// Course sessions, their trainees and results, and certificates.
struct PaccCourseQueries {
  let db: Database

  func sessions(fiscalYear: Int, offices: [Int]?) async throws -> [PaccSession] {
    var query = PaccSession.query(on: db).filter(\.$fiscalYear == fiscalYear)
    if let offices { query = query.filter(\.$office ~~ offices) }
    return try await query.sort(\.$startsOn).all()
  }

  func session(_ id: UUID) async throws -> PaccSession {
    guard let found = try await PaccSession.find(id, on: db) else { throw Abort(.notFound, reason: "ไม่พบรุ่นการอบรมนี้") }
    return found
  }

  func trainees(of session: PaccSession) async throws -> [PaccTrainee] {
    try await PaccTrainee.query(on: db).filter(\.$sessionID == session.requireID()).sort(\.$createdAt).sort(\.$name)
      .all()
  }

  func certificates(of trainees: [PaccTrainee]) async throws -> [UUID: PaccCertificate] {
    let ids = trainees.compactMap(\.id)
    guard !ids.isEmpty else { return [:] }
    var out: [UUID: PaccCertificate] = [:]
    for certificate in try await PaccCertificate.query(on: db).filter(\.$traineeID ~~ ids).all() {
      out[certificate.traineeID] = certificate
    }
    return out
  }

  func createSession(_ input: PaccSessionInput, office: PaccOffice, actor: AuditActor) async throws -> PaccSession {
    try await db.writeTransaction { db in
      let session = PaccSession()
      session.id = UUID()
      session.fiscalYear = FiscalYear(containing: input.startsOn).buddhistYear
      session.office = office.number
      session.courseKey = input.course.rawValue
      session.title = input.title
      session.startsOn = input.startsOn
      session.endsOn = input.endsOn
      session.place = input.place
      session.passMark = input.passMark
      session.createdBy = actor.name
      try await session.create(on: db)
      try await AuditLog.record(
        on: db, actor: actor, action: "เพิ่มรุ่นการอบรม", entity: "pacc_session", entityID: session.id!.uuidString,
        after: ["หลักสูตร": input.course.thaiName, "รุ่น": input.title, "สำนักงาน": office.shortName])
      return session
    }
  }

  /// Registers trainees (typed one by one or imported), skipping a name already in the session.
  @discardableResult
  func register(_ people: [PaccTraineeInput], in session: PaccSession, actor: AuditActor) async throws -> Int {
    try await db.writeTransaction { db in
      let existing = Set(
        try await PaccTrainee.query(on: db).filter(\.$sessionID == session.requireID()).all().map(\.name))
      var added = 0
      var seen = existing
      for person in people where !seen.contains(person.name) {
        seen.insert(person.name)
        let trainee = PaccTrainee()
        trainee.sessionID = try session.requireID()
        trainee.name = person.name
        trainee.position = person.position
        trainee.unitName = person.unitName
        trainee.orgCode = person.orgCode
        trainee.attended = false
        try await trainee.create(on: db)
        added += 1
      }
      try await AuditLog.record(
        on: db, actor: actor, action: "ลงทะเบียนผู้เข้ารับการอบรม", entity: "pacc_session",
        entityID: try session.requireID().uuidString, after: ["จำนวนที่เพิ่ม": String(added)])
      return added
    }
  }

  /// Saves attendance and scores; a trainee with a certificate keeps the result it certifies.
  func saveResults(_ results: [UUID: (attended: Bool, score: Int?)], in session: PaccSession, actor: AuditActor)
    async throws -> Int
  {
    try await db.writeTransaction { db in
      let trainees = try await PaccTrainee.query(on: db).filter(\.$sessionID == session.requireID()).all()
      let certified = Set(
        try await PaccCertificate.query(on: db).filter(\.$traineeID ~~ trainees.compactMap(\.id)).all().map(\.traineeID)
      )
      var changed = 0
      for trainee in trainees {
        guard let id = trainee.id, let result = results[id], !certified.contains(id) else { continue }
        guard trainee.attended != result.attended || trainee.score != result.score else { continue }
        trainee.attended = result.attended
        trainee.score = result.score
        try await trainee.save(on: db)
        changed += 1
      }
      try await AuditLog.record(
        on: db, actor: actor, action: "บันทึกผลการอบรม", entity: "pacc_session",
        entityID: try session.requireID().uuidString, after: ["จำนวนที่แก้ไข": String(changed)])
      return changed
    }
  }

  /// Issues a certificate to every trainee who passed and has none yet; numbers run on per
  /// year and office. Returns how many were issued.
  func issue(for session: PaccSession, actor: AuditActor, now: Date = Date()) async throws -> Int {
    try await PaccRetry.onNumberClash { try await issueOnce(for: session, actor: actor, now: now) }
  }

  private func issueOnce(for session: PaccSession, actor: AuditActor, now: Date) async throws -> Int {
    try await db.writeTransaction { db in
      try await PaccRetry.lock(.certificates, year: session.fiscalYear, office: session.office, on: db)
      let trainees = try await PaccTrainee.query(on: db).filter(\.$sessionID == session.requireID()).sort(\.$name).all()
      let certified = Set(
        try await PaccCertificate.query(on: db).filter(\.$traineeID ~~ trainees.compactMap(\.id)).all().map(\.traineeID)
      )
      let prefix = PaccCertificateNumber.make(fiscalYear: session.fiscalYear, office: session.paccOffice, sequence: 0)
        .dropLast(5)
      let sql = db as! any SQLDatabase
      struct Last: Decodable { let number: String? }
      let last = try await sql.raw(
        "SELECT MAX(number) AS number FROM pacc_certificates WHERE number LIKE \(bind: String(prefix) + "%")"
      ).first(decoding: Last.self)?.number
      var sequence = last.flatMap { Int($0.suffix(5)) } ?? 0
      var issued = 0
      for trainee in trainees {
        guard let id = trainee.id, !certified.contains(id),
          PaccTraining.passed(attended: trainee.attended, score: trainee.score, passMark: session.passMark),
          let score = trainee.score, sequence < 99_999
        else { continue }
        sequence += 1
        let certificate = PaccCertificate()
        certificate.number = PaccCertificateNumber.make(
          fiscalYear: session.fiscalYear, office: session.paccOffice, sequence: sequence)
        certificate.code = PaccCertificateNumber.randomCode()
        certificate.traineeID = id
        certificate.holderName = trainee.name
        certificate.unitName = trainee.unitName
        certificate.courseKey = session.courseKey
        certificate.office = session.office
        certificate.fiscalYear = session.fiscalYear
        certificate.score = score
        certificate.issuedOn = now
        certificate.sessionDates = session.datesText
        certificate.issuedBy = actor.name
        try await certificate.create(on: db)
        issued += 1
      }
      try await AuditLog.record(
        on: db, actor: actor, action: "ออกใบประกาศนียบัตร", entity: "pacc_session",
        entityID: try session.requireID().uuidString, after: ["จำนวน": String(issued)])
      return issued
    }
  }

  func certificate(number: String) async throws -> PaccCertificate? {
    try await PaccCertificate.query(on: db).filter(\.$number == number).first()
  }

  /// The certificate only when the number and the code both match (compared in constant time).
  func verify(number: String, code: String) async throws -> PaccCertificate? {
    guard let found = try await certificate(number: number) else { return nil }
    return Tokens.constantTimeEqual(found.code, code) ? found : nil
  }

  func revoke(_ certificate: PaccCertificate, reason: String, actor: AuditActor) async throws {
    try await db.writeTransaction { db in
      let sql = db as! any SQLDatabase
      let changed = try await sql.update(PaccCertificate.schema).set("revoked_at", to: Date())
        .set("revoke_reason", to: reason).where("id", .equal, try certificate.requireID())
        .where("revoked_at", .is, SQLLiteral.null).returning("id").all()
      guard !changed.isEmpty else { throw Abort(.conflict, reason: "ใบประกาศนียบัตรนี้ถูกเพิกถอนแล้ว") }
      try await AuditLog.record(
        on: db, actor: actor, action: "เพิกถอนใบประกาศนียบัตร", entity: "pacc_certificate",
        entityID: certificate.number, before: ["สถานะ": "ใช้ได้"], after: ["สถานะ": "เพิกถอน", "เหตุผล": reason])
    }
  }
}
