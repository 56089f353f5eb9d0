import Domain
import Fluent
import Foundation
import SQLKit

/// The report, rate, ITA and complaint datasets. Report lines and figures come from the
/// latest filed copy of each confirmed report — what was filed, never the live entries — and
/// a report that was returned is not confirmed, so it is left out.
extension OpenDataRowQueries {
  private struct FilingRow: Decodable {
    let org_code: String
    let org_name: String
    let org_type: String
    let province_code: String
    let filed_at: Date
    let late: Bool
    let content: String
  }

  /// `round` is a round's slug (`2568-6`) or `all` (every round, oldest first).
  func filings(round: String, entries: Bool, _ emit: Emit) async throws {
    let rounds = try await RoundQueries(db: db).all().sorted {
      ($0.fiscalYear, $0.kind.rawValue) < ($1.fiscalYear, $1.kind.rawValue)
    }
    for chosen in rounds where round == "all" || chosen.slug == round {
      guard let roundID = chosen.id else { continue }
      var after = ""
      while true {
        let page = try await sql.raw(
          """
          SELECT f.org_code, o.name AS org_name, o.type AS org_type, o.province_code, f.filed_at, f.late, f.content
          FROM report_filings f
          JOIN reports r ON r.id = f.report_id AND r.status = \(bind: ReportStatus.submitted.rawValue)
          JOIN organizations o ON o.code = f.org_code
          WHERE f.round_id = \(bind: roundID) AND f.org_code > \(bind: after)
            AND f.sequence = (SELECT MAX(g.sequence) FROM report_filings g WHERE g.report_id = f.report_id)
          ORDER BY f.org_code LIMIT \(bind: Self.filingsPerPage)
          """
        ).all(decoding: FilingRow.self)
        for row in page {
          guard let filed = try? JSONDecoder.filed.decode(FiledReport.self, from: Data(row.content.utf8)) else {
            continue
          }
          let head: [OpenDataValue] = [
            .integer(chosen.fiscalYear), .integer(chosen.kind.rawValue), .text(row.org_code),
            .text(fullName(row.org_name, row.org_type)), .text(row.province_code),
          ]
          if entries {
            let filedAt = datetime(row.filed_at)
            for line in filed.lines { try await emit(head + entry(line) + [filedAt]) }
          } else {
            try await emit(head + figures(filed.totals, type: row.org_type, filedAt: row.filed_at, late: row.late))
          }
        }
        guard page.count == Self.filingsPerPage, let last = page.last else { break }
        after = last.org_code
      }
    }
  }

  private func entry(_ line: FiledReport.Line) -> [OpenDataValue] {
    let progress: (code: String, thai: String)
    switch line.progress {
    case nil: progress = ("pending", "ยังไม่ดำเนินการ")
    case .inProgress: progress = ("in_progress", ProjectProgress.inProgress.rawValue)
    case .completed: progress = ("completed", ProjectProgress.completed.rawValue)
    case .cannot: progress = ("cannot", ProjectProgress.cannot.rawValue)
    }
    return [
      .integer(line.number), .text(line.type.rawValue), .text(line.name), .integer(line.dimension),
      .optionalText(line.subMission), .money(line.planBudget), .text(progress.code), .text(progress.thai),
      .optionalText(line.reason?.rawValue), .optionalText(line.reasonText), .money(line.budget), .money(line.disbursed),
    ]
  }

  private func figures(_ totals: FiledReport.Totals, type: String, filedAt: Date, late: Bool) -> [OpenDataValue] {
    [
      .text(type), datetime(filedAt), .boolean(late), .integer(totals.projects), .integer(totals.pending),
      .integer(totals.inProgress), .integer(totals.completed), .integer(totals.cannot),
      totals.implementationPercent.map { .decimal($0) } ?? .null, .optionalText(totals.level?.rawValue),
      .money(totals.budget), .money(totals.disbursed), totals.disbursementPercent.map { .decimal($0) } ?? .null,
    ]
  }

  /// Reporting rates of the nation, each region, province and district, from the same sums
  /// as the monitors' dashboards.
  func rates(round partition: String, _ emit: Emit) async throws {
    let rounds = try await RoundQueries(db: db).all().sorted {
      ($0.fiscalYear, $0.kind.rawValue) < ($1.fiscalYear, $1.kind.rawValue)
    }
    for round in rounds where partition == "all" || round.slug == partition {
      try await rates(round, emit)
    }
  }

  private func rates(_ round: ReportRound, _ emit: Emit) async throws {
    let period = try? await FrameworkQueries(db: db).period(covering: round.fiscalYear)
    let rows = try await OversightQueries(db: db).sums(
      in: .nation, round: round, periodID: period?.id, byDistrict: true)
    var areas: [(level: String, code: String, name: String, figures: AreaFigures)] = []
    var index: [String: Int] = [:]
    func add(_ level: String, _ code: String, _ name: String, _ row: AreaSumRow) {
      if let at = index[level + "|" + code] {
        areas[at].figures.add(row.figures)
      } else {
        index[level + "|" + code] = areas.count
        areas.append((level, code, name, row.figures))
      }
    }
    for row in rows { add("nation", "TH", "ทั้งประเทศ", row) }
    for row in rows.sorted(by: { ($0.region ?? 0) < ($1.region ?? 0) }) {
      guard let region = row.region else { continue }
      add("region", String(region), "ภาค \(region)", row)
    }
    for row in rows { add("province", row.province_code, row.province_name, row) }
    for row in rows {
      add("district", row.province_code + "/" + row.district, "อำเภอ\(row.district) \(row.province_name)", row)
    }
    for area in areas {
      let rate = area.figures.rate
      try await emit(
        [
          .integer(round.fiscalYear), .integer(round.kind.rawValue), .text(area.level), .text(area.code),
          .text(area.name), .integer(rate.expected), .integer(rate.submitted), .integer(rate.onTime),
          .percent(rate.rate), .percent(rate.onTimeRate), .percent(area.figures.implementationPercent),
        ])
    }
  }

  private struct ItaRow: Decodable {
    let organization_code: String
    let name: String
    let type: String
    let province_code: String
    let i1, i2, i3, i4, i5, i6, i7, i8, i9, i10: Int64?
    let total_hundredths: Int64?
    let level: String?
  }

  func ita(year: Int, _ emit: Emit) async throws {
    let rows = try await sql.raw(
      """
      SELECT r.organization_code, o.name, o.type, o.province_code, r.i1, r.i2, r.i3, r.i4, r.i5, r.i6, r.i7, r.i8,
        r.i9, r.i10, r.total_hundredths, r.level
      FROM ita_results r JOIN organizations o ON o.code = r.organization_code
      WHERE r.fiscal_year = \(bind: year) ORDER BY r.organization_code
      """
    ).all(decoding: ItaRow.self)
    for row in rows {
      let scores = [row.i1, row.i2, row.i3, row.i4, row.i5, row.i6, row.i7, row.i8, row.i9, row.i10]
      try await emit(
        [.integer(year), .text(row.organization_code), .text(fullName(row.name, row.type)), .text(row.province_code)]
          + scores.map(hundredths) + [hundredths(row.total_hundredths), .optionalText(row.level)])
    }
  }

  func complaints(year: Int, _ emit: Emit) async throws {
    let rows = try await ComplaintStatisticsQueries(db: db).area(.nation, fiscalYear: year)
    let provinces = try await Organization.query(on: db).field(\.$id).field(\.$provinceCode).all()
    let provinceOf = Dictionary(provinces.compactMap { org in org.id.map { ($0, org.provinceCode) } }) { a, _ in a }
    for row in rows.sorted(by: { $0.code < $1.code }) {
      try await emit(
        [
          .integer(year), .text(row.code), .text(row.fullName), .text(provinceOf[row.code] ?? ""),
          .integer(row.received), .integer(row.in_progress), .integer(row.completed), .integer(row.not_taken_up),
          .integer(row.overdue),
        ])
    }
  }
}
