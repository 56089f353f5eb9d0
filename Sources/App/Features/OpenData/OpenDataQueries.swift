import Domain
import Fluent
import Foundation
import SQLKit

/// One file of a dataset: its id in the URL, a Thai title and the time it covers.
struct OpenDataPartition: Equatable, Sendable {
  let id: String
  let title: String
  let start: Date?
  let end: Date?
}

/// Which files each dataset has, and a stamp per file that changes whenever its rows could
/// (a cheap aggregate, so a file is rebuilt only when its data changed).
struct OpenDataQueries {
  let db: Database
  private var sql: any SQLDatabase { db as! any SQLDatabase }

  func partitions(_ dataset: OpenDataDataset) async throws -> [OpenDataPartition] {
    switch dataset.partitioning {
    case .whole:
      return [OpenDataPartition(id: "all", title: "ทั้งหมด", start: nil, end: nil)]
    case .planPeriod:
      return try await FrameworkQueries(db: db).periods().map { period in
        OpenDataPartition(
          id: period.code, title: "ช่วงแผน \(period.code)", start: FiscalYear(period.startYear).start,
          end: FiscalYear(period.endYear).lastDay)
      }
    case .round:
      let rounds = try await RoundQueries(db: db).all()
      let each = rounds.map { round in
        let coverage = round.kind.coverage(FiscalYear(round.fiscalYear))
        return OpenDataPartition(
          id: round.slug, title: "ปีงบประมาณ \(round.fiscalYear) \(round.kind.thaiName)", start: coverage.first,
          end: coverage.last)
      }
      guard !each.isEmpty else { return [] }
      return each + [
        OpenDataPartition(
          id: "all", title: "ทุกรอบ", start: each.compactMap(\.start).min(), end: each.compactMap(\.end).max())
      ]
    case .fiscalYear:
      var years: Set<Int> = []
      if dataset.id == "ita-results" {
        years = Set(try await ItaQueries(db: db).years().map(\.fiscal_year))
      } else {
        struct Row: Decodable { let fiscal_year: Int }
        years = Set(
          try await sql.raw("SELECT DISTINCT fiscal_year FROM complaints").all(decoding: Row.self).map(\.fiscal_year))
        years.insert(FiscalYear(containing: Date()).buddhistYear)
      }
      return years.sorted(by: >).map { year in
        OpenDataPartition(
          id: String(year), title: "ปีงบประมาณ \(year)", start: FiscalYear(year).start, end: FiscalYear(year).lastDay)
      }
    }
  }

  private struct Aggregate: Decodable {
    let n: Int64
    let mark: String?
  }

  private func aggregate(_ query: SQLQueryString) async throws -> String {
    let row = try await sql.raw(query).first(decoding: Aggregate.self)
    return "\(row?.n ?? 0):\(row?.mark ?? "")"
  }

  /// What every stamp shares, read once per catalogue.
  struct StampContext {
    let organizations: String
    let versions: FiguresVersions
    let rounds: [ReportRound]
  }

  func stampContext() async throws -> StampContext {
    StampContext(
      organizations: try await aggregate(
        "SELECT CAST(COUNT(*) AS BIGINT) AS n, CAST(SUM(version) AS TEXT) AS mark FROM organizations"),
      versions: try await StatsQueries.figuresVersions(on: db), rounds: try await RoundQueries(db: db).all())
  }

  /// Changes whenever the partition's rows could have changed.
  func stamp(_ dataset: OpenDataDataset, partition: String, context: StampContext? = nil) async throws -> String {
    let shared: StampContext
    if let context { shared = context } else { shared = try await stampContext() }
    // Every dataset names organizations: a renamed or new one changes them all.
    var parts = [shared.organizations, "\(shared.versions.all)"]
    switch dataset.partitioning {
    case .whole: break
    case .planPeriod:
      // Approvals and consistency marks raise the plans' version (a refresh may reuse row ids).
      parts.append("\(shared.versions.plans)")
      parts.append(
        try await aggregate(
          """
          SELECT CAST(COUNT(*) AS BIGINT) AS n, CAST(MAX(id) AS TEXT) AS mark FROM public_projects
          WHERE period_code = \(bind: partition)
          """))
    case .round:
      let versions = shared.versions
      let rounds = shared.rounds.filter { partition == "all" || $0.slug == partition }
      let ids = rounds.compactMap(\.id)
      parts += rounds.map { "\($0.slug)=\(versions.rounds[$0.id ?? UUID()] ?? 0)" }
      if !ids.isEmpty {
        parts.append(
          try await aggregate(
            """
            SELECT CAST(COUNT(*) AS BIGINT) AS n, CAST(MAX(updated_at) AS TEXT) AS mark FROM reports
            WHERE round_id IN (\(binds: ids)) AND status = \(bind: ReportStatus.submitted.rawValue)
            """))
      }
      if dataset.id == "reporting-rates" { parts.append("\(versions.plans)") }
    case .fiscalYear:
      let year = Int(partition) ?? 0
      let table: SQLQueryString = dataset.id == "ita-results" ? "ita_results" : "complaints"
      parts.append(
        try await aggregate(
          "SELECT CAST(COUNT(*) AS BIGINT) AS n, CAST(MAX(updated_at) AS TEXT) AS mark FROM "
            + table + " WHERE fiscal_year = \(bind: year)"))
      // Overdue counts move with the calendar.
      if dataset.id == "complaint-statistics" { parts.append(ThaiCalendar.isoDate(Date())) }
    }
    return Tokens.sha256(parts.joined(separator: "|"))
  }
}
