import Domain
import Fluent
import SQLKit
import Vapor

/// A current published announcement, for the OIT checklist workspace (not superseded, not
/// withdrawn).
struct PublishedAnnouncement: Sendable {
  let id: UUID
  let kind: String
  let title: String
  let publishedOn: Date
  let hasSignedFile: Bool
}

/// A project of one of the organization's plans an announcement may belong to.
struct AnnouncementProjectOption: Sendable {
  let id: UUID
  let periodCode: String
  let number: Int
  let name: String

  var label: String { "แผน \(periodCode) ลำดับ \(number). \(name)" }
}

/// The integrity announcements register: the only place that reads or writes it.
struct AnnouncementQueries {
  let db: Database
  static let entity = "announcements"
  static let maxFileBytes = 5 * 1024 * 1024

  /// The file's type judged by its first bytes: PDF, JPEG or PNG, else nil.
  static func contentType(of bytes: [UInt8]) -> String? {
    if bytes.starts(with: Array("%PDF-".utf8)) { return "application/pdf" }
    if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return "image/jpeg" }
    if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "image/png" }
    return nil
  }

  // MARK: Reading

  /// The organization's announcements of a fiscal year (every version), kind order then version.
  /// `publicOnly`: those ever published.
  func list(organizationCode: String, fiscalYear: Int, publicOnly: Bool) async throws -> [Announcement] {
    let query = Announcement.query(on: db).filter(\.$organizationCode == organizationCode)
      .filter(\.$fiscalYear == fiscalYear)
    if publicOnly { query.filter(\.$publishedOn != nil) }
    let rows = try await query.sort(\.$createdAt).sort(\.$version).all()
    let order = Dictionary(uniqueKeysWithValues: AnnouncementKind.allCases.enumerated().map { ($0.element, $0.offset) })
    return rows.enumerated().sorted { left, right in
      let (a, b) = (order[left.element.kind] ?? 99, order[right.element.kind] ?? 99)
      if a != b { return a < b }
      if left.element.version != right.element.version { return left.element.version < right.element.version }
      return left.offset < right.offset
    }.map { $0.element }
  }

  /// The fiscal years the organization has announcements in (newest first).
  func years(organizationCode: String, publicOnly: Bool) async throws -> [Int] {
    struct Row: Decodable { let fiscal_year: Int }
    let sql = db as! any SQLDatabase
    let rows = try await sql.raw(
      """
      SELECT DISTINCT fiscal_year FROM announcements WHERE organization_code = \(bind: organizationCode)
      \(unsafeRaw: publicOnly ? "AND published_on IS NOT NULL" : "") ORDER BY fiscal_year DESC
      """
    ).all(decoding: Row.self)
    return rows.map(\.fiscal_year)
  }

  /// The announcement of this organization, or a Thai 404.
  func require(_ id: UUID?, organizationCode: String) async throws -> Announcement {
    guard let id,
      let found = try await Announcement.query(on: db).filter(\.$id == id)
        .filter(\.$organizationCode == organizationCode).first()
    else { throw Abort(.notFound, reason: "ไม่พบประกาศนี้") }
    return found
  }

  /// The ids among `ids` that have a signed scan.
  func withFiles(_ ids: [UUID]) async throws -> Set<UUID> {
    guard !ids.isEmpty else { return [] }
    let files = try await AnnouncementFile.query(on: db).filter(\.$announcementID ~~ ids)
      .field(\.$id).field(\.$announcementID).all()
    return Set(files.map(\.announcementID))
  }

  /// The signed scan's metadata (no bytes).
  func fileInfo(of id: UUID) async throws -> AnnouncementFile? {
    try await AnnouncementFile.query(on: db).filter(\.$announcementID == id)
      .field(\.$id).field(\.$announcementID).field(\.$fileName).field(\.$contentType).field(\.$sizeBytes)
      .field(\.$uploadedBy).field(\.$createdAt).first()
  }

  func file(of id: UUID) async throws -> AnnouncementFile? {
    try await AnnouncementFile.query(on: db).filter(\.$announcementID == id).first()
  }

  /// The versions before and after this one (its revision chain), oldest first.
  func versions(of announcement: Announcement) async throws -> [Announcement] {
    var chain = [announcement]
    var seen: Set<UUID> = [try announcement.requireID()]
    var older = announcement.supersedesID
    while let id = older, !seen.contains(id), let row = try await Announcement.find(id, on: db) {
      chain.insert(row, at: 0)
      seen.insert(id)
      older = row.supersedesID
    }
    var newer = try announcement.requireID()
    while let row = try await Announcement.query(on: db).filter(\.$supersedesID == newer).first(),
      let id = row.id, !seen.contains(id)
    {
      chain.append(row)
      seen.insert(id)
      newer = id
    }
    return chain
  }

  /// The version that replaces this one, if any.
  func revision(of id: UUID) async throws -> Announcement? {
    try await Announcement.query(on: db).filter(\.$supersedesID == id).first()
  }

  /// The lead's contract: current published announcements of a year.
  func published(organizationCode: String, fiscalYear: Int) async throws -> [PublishedAnnouncement] {
    let rows = try await list(organizationCode: organizationCode, fiscalYear: fiscalYear, publicOnly: true)
      .filter { $0.state == .published }
    let files = try await withFiles(rows.compactMap(\.id))
    return rows.compactMap { row in
      guard let id = row.id, let published = row.publishedOn else { return nil }
      return PublishedAnnouncement(
        id: id, kind: row.kindKey, title: row.title, publishedOn: published, hasSignedFile: files.contains(id))
    }
  }

  /// The announcements that point to a plan project (`publicOnly`: those published).
  func linked(toProject project: UUID, publicOnly: Bool) async throws -> [Announcement] {
    let query = Announcement.query(on: db).filter(\.$planProjectID == project)
    if publicOnly { query.filter(\.$publishedOn != nil) }
    return try await query.sort(\.$fiscalYear).sort(\.$version).all()
  }

  /// The projects of the organization's plans (every period, not removed).
  func projects(organizationCode: String) async throws -> [AnnouncementProjectOption] {
    struct Row: Decodable {
      let id: UUID
      let code: String
      let number: Int
      let name: String
    }
    let rows = try await (db as! any SQLDatabase).raw(
      """
      SELECT p.id, pp.code, p.number, p.name FROM plan_projects p
      JOIN plans pl ON pl.id = p.plan_id JOIN plan_periods pp ON pp.id = pl.period_id
      WHERE pl.org_code = \(bind: organizationCode) AND p.deleted_at IS NULL
      ORDER BY pp.start_year DESC, p.number
      """
    ).all(decoding: Row.self)
    return rows.map { AnnouncementProjectOption(id: $0.id, periodCode: $0.code, number: $0.number, name: $0.name) }
  }

  /// One project of the organization's plans (also a removed one, so an old link still shows).
  func project(_ id: UUID, organizationCode: String) async throws -> AnnouncementProjectOption? {
    struct Row: Decodable {
      let id: UUID
      let code: String
      let number: Int
      let name: String
    }
    return try await (db as! any SQLDatabase).raw(
      """
      SELECT p.id, pp.code, p.number, p.name FROM plan_projects p
      JOIN plans pl ON pl.id = p.plan_id JOIN plan_periods pp ON pp.id = pl.period_id
      WHERE pl.org_code = \(bind: organizationCode) AND p.id = \(bind: id)
      """
    ).first(decoding: Row.self).map {
      AnnouncementProjectOption(id: $0.id, periodCode: $0.code, number: $0.number, name: $0.name)
    }
  }

  func report(of id: UUID, fiscalYear: Int) async throws -> AnnouncementReport? {
    try await AnnouncementReport.query(on: db).filter(\.$announcementID == id).filter(\.$fiscalYear == fiscalYear)
      .first()
  }

  /// The yearly report texts of these announcements, by announcement id.
  func reports(of ids: [UUID], fiscalYear: Int) async throws -> [UUID: String] {
    guard !ids.isEmpty else { return [:] }
    let rows = try await AnnouncementReport.query(on: db).filter(\.$announcementID ~~ ids)
      .filter(\.$fiscalYear == fiscalYear).all()
    return Dictionary(rows.map { ($0.announcementID, $0.text) }) { first, _ in first }
  }
}
