import Domain
import Fluent
import Foundation
import SQLKit
import Vapor

/// Filed copies of confirmed reports. A copy is written in the confirmation's transaction and
/// never updated; every view of a submitted report reads its latest copy, so later plan
/// amendments change nothing in what was filed.
struct FilingQueries {
  let db: Database

  /// What a report needs besides its rows to be filed.
  struct Heading {
    let organizationName: String
    let round: ReportRound
    let thresholds: LevelThresholds
  }

  /// Writes the report's next copy (inside the caller's transaction) and returns it.
  @discardableResult
  func file(_ report: Report, rows: [ReportRow], heading: Heading, filedAt: Date) async throws -> FiledReport {
    struct Last: Decodable { let last: Int? }
    let last = try await (db as! any SQLDatabase).raw(
      "SELECT MAX(sequence) AS last FROM report_filings WHERE report_id = \(bind: try report.requireID())"
    ).first(decoding: Last.self)
    let (filing, filed) = try Self.filing(
      report, rows: rows, heading: heading, filedAt: filedAt, sequence: (last?.last ?? 0) + 1)
    try await filing.create(on: db)
    return filed
  }

  /// The copy as a row to insert, and its content.
  static func filing(_ report: Report, rows: [ReportRow], heading: Heading, filedAt: Date, sequence: Int) throws
    -> (ReportFiling, FiledReport)
  {
    let filed = FiledReport(
      organizationName: heading.organizationName, fiscalYear: heading.round.fiscalYear, round: heading.round.kind,
      lines: rows.map(Self.line), thresholds: heading.thresholds, problems: report.problems,
      suggestions: report.suggestions, reporterName: report.reporterName, reporterPosition: report.reporterPosition,
      sentBy: report.sentBy, confirmedBy: report.confirmedBy ?? "", dataDate: filedAt)
    let content = String(decoding: try encoder.encode(filed), as: UTF8.self)
    let filing = ReportFiling()
    filing.reportID = try report.requireID()
    filing.orgCode = report.orgCode
    filing.roundID = report.$round.id
    filing.sequence = sequence
    filing.filedAt = filedAt
    filing.confirmedBy = report.confirmedBy ?? ""
    filing.late = report.late
    filing.content = content
    filing.sizeBytes = content.utf8.count
    return (filing, filed)
  }

  /// A copy's heading, without its content.
  struct Entry: Decodable {
    let sequence: Int
    let filed_at: Date
    let confirmed_by: String
    let late: Bool
    let size_bytes: Int

    var label: String { "ส่งครั้งที่ \(sequence) เมื่อ \(ThaiCalendar.longDateTime(filed_at))" }
  }

  /// Every copy of a report, oldest first, without their contents.
  func list(of reportID: UUID) async throws -> [Entry] {
    try await (db as! any SQLDatabase).raw(
      """
      SELECT sequence, filed_at, confirmed_by, late, size_bytes FROM report_filings
      WHERE report_id = \(bind: reportID) ORDER BY sequence
      """
    ).all(decoding: Entry.self)
  }

  /// The n-th copy with its content, or nil.
  func copy(of reportID: UUID, sequence: Int) async throws -> (ReportFiling, FiledReport)? {
    guard
      let filing = try await ReportFiling.query(on: db).filter(\.$reportID == reportID)
        .filter(\.$sequence == sequence).first()
    else { return nil }
    return (filing, try Self.decode(filing))
  }

  /// The copy a submitted report reads: its latest.
  func latest(of reportID: UUID) async throws -> FiledReport? {
    guard
      let filing = try await ReportFiling.query(on: db).filter(\.$reportID == reportID)
        .sort(\.$sequence, .descending).first()
    else { return nil }
    return try Self.decode(filing)
  }

  static func decode(_ filing: ReportFiling) throws -> FiledReport {
    do {
      return try JSONDecoder.filed.decode(FiledReport.self, from: Data(filing.content.utf8))
    } catch {
      throw Abort(.internalServerError, reason: "อ่านสำเนารายงานที่ส่งแล้วไม่ได้ กรุณาแจ้งผู้ดูแลระบบ")
    }
  }

  static func line(_ row: ReportRow) -> FiledReport.Line {
    FiledReport.Line(
      projectID: row.projectID.uuidString, number: row.number, type: row.type, name: row.name,
      dimension: row.dimension, subMission: row.subMission, planBudget: row.planBudget,
      targetGroups: row.targetGroups, entry: row.values)
  }

  /// The report rows of a filed copy (evidence counts as they stand: files cannot be added or
  /// removed while a report is submitted).
  static func rows(_ filed: FiledReport, evidence: [UUID: Int] = [:]) -> [ReportRow] {
    filed.lines.compactMap { line in
      guard let id = UUID(uuidString: line.projectID) else { return nil }
      return ReportRow(
        projectID: id, number: line.number, type: line.type, name: line.name, dimension: line.dimension,
        subMission: line.subMission, planBudget: Money(satang: line.planBudget), entry: line.entry, version: 0,
        evidenceCount: evidence[id] ?? 0, targetGroups: line.targetGroups)
    }
  }

  static let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .iso8601
    encoder.outputFormatting = [.sortedKeys]
    return encoder
  }()

  /// Freezes every submitted report that has no copy yet (the migration that introduced
  /// copies): its plan as it stands, the thresholds' defaults, filed at its confirmation time.
  func freezeSubmitted() async throws {
    let sql = db as! any SQLDatabase
    struct Waiting: Decodable { let id: UUID }
    let waiting = try await sql.raw(
      """
      SELECT r.id FROM reports r WHERE r.status = \(bind: ReportStatus.submitted.rawValue)
        AND NOT EXISTS (SELECT 1 FROM report_filings f WHERE f.report_id = r.id)
      """
    ).all(decoding: Waiting.self)
    guard !waiting.isEmpty else { return }
    var roundsByID: [UUID: ReportRound] = [:]
    var periodsByYear: [Int: PlanPeriod] = [:]
    for round in try await ReportRound.query(on: db).all() {
      roundsByID[try round.requireID()] = round
      if periodsByYear[round.fiscalYear] == nil {
        periodsByYear[round.fiscalYear] = try? await FrameworkQueries(db: db).period(covering: round.fiscalYear)
      }
    }
    let rounds = roundsByID
    let periods = periodsByYear
    // One read of the chunk's organizations and plans and one insert of its copies and
    // totals; only each report's lines are a query of their own.
    for chunk in waiting.chunked(500) {
      try await db.writeTransaction { db in
        let reports = try await Report.query(on: db).filter(\.$id ~~ chunk.map(\.id)).all()
        let codes = Array(Set(reports.map(\.orgCode)))
        let names = Dictionary(
          try await Organization.query(on: db).filter(\.$id ~~ codes).all().compactMap { org in
            org.id.map { ($0, org.fullName) }
          }, uniquingKeysWith: { first, _ in first })
        let periodIDs = Set(periods.values.compactMap(\.id))
        var plans: [String: UUID] = [:]
        for plan in try await Plan.query(on: db).filter(\.$orgCode ~~ codes).filter(\.$period.$id ~~ periodIDs).all() {
          plans["\(plan.orgCode) \(plan.$period.id)"] = plan.id
        }
        var filings: [ReportFiling] = []
        var targets: [ReportTargetStat] = []
        for report in reports {
          guard let round = rounds[report.$round.id], let period = periods[round.fiscalYear],
            let periodID = period.id
          else { continue }
          let rows = try await ReportQueries(db: db).rows(
            planID: plans["\(report.orgCode) \(periodID)"], report: report, year: round.fiscalYear, evidence: false,
            live: true)
          let heading = Heading(
            organizationName: names[report.orgCode] ?? report.orgCode, round: round,
            thresholds: .defaults(for: round.kind))
          filings.append(
            try Self.filing(
              report, rows: rows, heading: heading, filedAt: report.submittedAt ?? report.updatedAt ?? Date(),
              sequence: 1
            ).0)
          targets += try StatsQueries.targetStats(report, rows: rows)
        }
        for part in filings.chunked(1_000) { try await Array(part).create(on: db) }
        for part in targets.chunked(2_000) { try await Array(part).create(on: db) }
      }
    }
  }
}

extension JSONDecoder {
  static let filed: JSONDecoder = {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    return decoder
  }()
}
