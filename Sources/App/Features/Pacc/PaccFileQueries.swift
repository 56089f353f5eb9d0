import Domain
import Fluent
import Foundation
import Vapor

/// Attachments of activity summaries and of agencies' No Gift declarations.
struct PaccFileQueries {
  let db: Database
  /// Files one summary or declaration may hold.
  static let maxPerOwner = 20

  func list(_ owner: PaccFile.Owner, _ ids: [UUID]) async throws -> [UUID: [(id: UUID, name: String)]] {
    guard !ids.isEmpty else { return [:] }
    let rows = try await PaccFile.query(on: db).filter(\.$ownerKind == owner.rawValue).filter(\.$ownerID ~~ ids)
      .field(\.$id).field(\.$ownerID).field(\.$fileName).sort(\.$createdAt).all()
    var out: [UUID: [(id: UUID, name: String)]] = [:]
    for row in rows { if let id = row.id { out[row.ownerID, default: []].append((id, row.fileName)) } }
    return out
  }

  /// Adds files to an owner inside the caller's transaction; a Thai 422 past the limit.
  static func add(_ uploads: [PaccUpload], to owner: PaccFile.Owner, id: UUID, by actor: AuditActor, on db: Database)
    async throws
  {
    guard !uploads.isEmpty else { return }
    let existing = try await PaccFile.query(on: db).filter(\.$ownerKind == owner.rawValue).filter(\.$ownerID == id)
      .count()
    guard existing + uploads.count <= maxPerOwner else {
      throw Abort(.unprocessableEntity, reason: "แนบไฟล์ได้ไม่เกิน \(maxPerOwner) ไฟล์ต่อรายการ")
    }
    for upload in uploads {
      let file = PaccFile()
      file.ownerKind = owner.rawValue
      file.ownerID = id
      file.fileName = upload.fileName
      file.contentType = upload.contentType
      file.sizeBytes = upload.data.count
      file.data = upload.data
      file.uploadedBy = actor.name
      try await file.create(on: db)
    }
  }

  func find(_ id: UUID) async throws -> PaccFile {
    guard let file = try await PaccFile.find(id, on: db) else { throw Abort(.notFound, reason: "ไม่พบไฟล์นี้") }
    return file
  }

  /// The office a file belongs to (its summary's or its agency's), for the access check.
  func office(of file: PaccFile) async throws -> Int? {
    switch PaccFile.Owner(rawValue: file.ownerKind) {
    case .activityReport: return try await PaccActivityReport.find(file.ownerID, on: db)?.office
    case .unitYear:
      guard let year = try await PaccUnitYear.find(file.ownerID, on: db) else { return nil }
      return try await PaccUnit.find(year.unitID, on: db)?.office
    case nil: return nil
    }
  }
}
