import Domain
import Fluent
import Foundation

/// The plan book's front matter: what the officer wrote, what Sujarit fills from data, and the
/// copy frozen with each approved version.
struct PlanBookQueries {
  let db: Database
  static let entity = "plan_book_section"

  /// The written sections of a plan.
  func written(of planID: UUID) async throws -> [PlanBookSection: PlanBookSectionRecord] {
    let rows = try await PlanBookSectionRecord.query(on: db).filter(\.$plan.$id == planID).all()
    return Dictionary(
      rows.compactMap { row in PlanBookSection(rawValue: row.section).map { ($0, row) } },
      uniquingKeysWith: { first, _ in first })
  }

  /// Writes (or, when empty, removes) one section; an approved plan becomes a draft amendment.
  func save(_ section: PlanBookSection, body: String, plan: Plan, by name: String, actor: AuditActor) async throws {
    try await db.writeTransaction { db in
      let existing = try await PlanBookSectionRecord.query(on: db).filter(\.$plan.$id == plan.requireID())
        .filter(\.$section == section.rawValue).first()
      let before = existing.map { ["ข้อความ": Self.auditExcerpt($0.body)] }
      if body.isEmpty {
        try await existing?.delete(on: db)
      } else if let existing {
        existing.body = body
        existing.updatedBy = name
        try await existing.update(on: db)
      } else {
        let row = PlanBookSectionRecord()
        row.$plan.id = try plan.requireID()
        row.section = section.rawValue
        row.body = body
        row.updatedBy = name
        try await row.create(on: db)
      }
      try await PlanQueries(db: db).touch(plan, on: db)
      try await AuditLog.record(
        on: db, actor: actor, action: body.isEmpty ? "ลบหัวข้อในเล่มแผน" : "แก้ไขหัวข้อในเล่มแผน", entity: Self.entity,
        entityID: "\(try plan.requireID().uuidString)/\(section.rawValue)", orgCode: plan.orgCode, before: before,
        after: body.isEmpty ? nil : ["หัวข้อ": section.shortTitle, "ข้อความ": Self.auditExcerpt(body)])
    }
  }

  /// What the book prints for each section now: the officer's text, else what Sujarit fills
  /// from data (ITA results, the risk register, the framework). Sections with neither are absent.
  /// `publishedOnly`: the risk section only from a published register (for what becomes public).
  func effective(context: PlanContext, plan: Plan, fiscalYear: Int? = nil, publishedOnly: Bool = false) async throws
    -> [PlanBookSection: String]
  {
    var result = try await written(of: plan.requireID()).mapValues(\.body)
    let years = fiscalYear.map { [$0] } ?? context.years
    if result[.framework] == nil { result[.framework] = PlanBookData.framework(context.outline) }
    if result[.itaResults] == nil,
      let text = PlanBookData.ita(
        try await ItaQueries(db: db).history(code: context.code), before: years.first ?? 0)
    {
      result[.itaResults] = text
    }
    if result[.riskAnalysis] == nil,
      let register = try await RiskQueries(db: db).bookSource(code: context.code, years: years, publishedOnly: publishedOnly)
    {
      result[.riskAnalysis] = PlanBookData.risks(register)
    }
    return result
  }

  /// The book frozen with an approved version (sections in their order), or nil before books.
  static func frozen(_ version: PlanVersion) -> [PlanBookSection: String]? {
    guard let json = version.book, let stored = try? JSONDecoder().decode([String: String].self, from: Data(json.utf8))
    else { return nil }
    return Dictionary(
      stored.compactMap { key, value in PlanBookSection(rawValue: key).map { ($0, value) } },
      uniquingKeysWith: { first, _ in first })
  }

  static func encode(_ book: [PlanBookSection: String]) -> String {
    let stored = Dictionary(uniqueKeysWithValues: book.map { ($0.key.rawValue, $0.value) })
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    return String(decoding: (try? encoder.encode(stored)) ?? Data("{}".utf8), as: UTF8.self)
  }

  static func auditExcerpt(_ text: String) -> String {
    text.count > 500 ? String(text.prefix(500)) + "…" : text
  }
}
