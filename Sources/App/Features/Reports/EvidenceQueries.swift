import Domain
import Fluent
import Vapor

/// Evidence files of a report's entries, kept in the database so every app node serves them.
struct EvidenceQueries {
  let db: Database
  static let entity = "report_evidence"
  static let maxBytes = 5 * 1024 * 1024
  static let maxPerProject = 10

  /// The file's type, judged by its first bytes (never by its name), or nil if not allowed.
  static func contentType(of bytes: [UInt8]) -> String? {
    if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return "image/jpeg" }
    if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return "image/png" }
    if bytes.starts(with: Array("%PDF".utf8)) { return "application/pdf" }
    if bytes.count > 12, bytes.starts(with: Array("RIFF".utf8)), Array(bytes[8..<12]) == Array("WEBP".utf8) {
      return "image/webp"
    }
    return nil
  }

  /// Metadata only (no file bytes), newest last.
  func list(report: UUID, project: UUID) async throws -> [ReportEvidence] {
    try await ReportEvidence.query(on: db).filter(\.$reportID == report).filter(\.$projectID == project)
      .field(\.$id).field(\.$fileName).field(\.$contentType).field(\.$sizeBytes).field(\.$uploadedBy)
      .field(\.$createdAt).field(\.$reportID).field(\.$projectID)
      .sort(\.$createdAt).all()
  }

  func count(report: UUID, project: UUID) async throws -> Int {
    try await ReportEvidence.query(on: db).filter(\.$reportID == report).filter(\.$projectID == project).count()
  }

  /// A file of this report, or a Thai 404.
  func require(_ id: UUID?, report: UUID) async throws -> ReportEvidence {
    guard let id,
      let file = try await ReportEvidence.query(on: db).filter(\.$id == id).filter(\.$reportID == report).first()
    else { throw Abort(.notFound, reason: "ไม่พบไฟล์หลักฐานนี้") }
    return file
  }

  func add(
    _ bytes: [UInt8], name: String, type: String, report: Report, project: UUID, actor: AuditActor
  ) async throws {
    try await db.writeTransaction { db in
      let file = ReportEvidence()
      file.reportID = try report.requireID()
      file.projectID = project
      file.fileName = name
      file.contentType = type
      file.sizeBytes = bytes.count
      file.data = Data(bytes)
      file.uploadedBy = actor.name
      try await file.create(on: db)
      try await AuditLog.record(
        on: db, actor: actor, action: "แนบหลักฐาน", entity: ReportQueries.entryEntity,
        entityID: ReportQueries.entryKey(report.requireID(), project), orgCode: report.orgCode,
        after: ["ไฟล์": "\(name) (\(Self.size(bytes.count)))"])
    }
  }

  func delete(_ file: ReportEvidence, report: Report, actor: AuditActor) async throws {
    try await db.writeTransaction { db in
      try await file.delete(on: db)
      try await AuditLog.record(
        on: db, actor: actor, action: "ลบหลักฐาน", entity: ReportQueries.entryEntity,
        entityID: ReportQueries.entryKey(report.requireID(), file.projectID), orgCode: report.orgCode,
        before: ["ไฟล์": file.fileName])
    }
  }

  /// "1.2 MB", "350 KB"
  static func size(_ bytes: Int) -> String {
    bytes >= 1_048_576
      ? "\(bytes / 1_048_576).\(bytes % 1_048_576 * 10 / 1_048_576) MB" : "\(max(1, bytes / 1024)) KB"
  }
}
