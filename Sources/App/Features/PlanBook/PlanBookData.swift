import Domain
import Foundation

/// The book's sections that Sujarit writes from its own data, as safe text (see
/// `Domain.SafeText`): the framework, the ITA results and the risk register.
enum PlanBookData {
  static func framework(_ outline: FrameworkOutline) -> String? {
    guard !outline.dimensions.isEmpty else { return nil }
    var lines = [
      "แผนปฏิบัติการป้องกันการทุจริตฉบับนี้จัดทำตามกรอบของสำนักงาน ป.ป.ช. ซึ่งแบ่งเป็น \(outline.dimensions.count) มิติ ดังนี้", "",
    ]
    for dimension in outline.dimensions {
      lines.append("### มิติที่ \(dimension.number) \(SafeTextWriter.line(dimension.name))")
      lines += dimension.subMissions.map { "- \(SafeTextWriter.line($0.number)) \(SafeTextWriter.line($0.name))" }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }

  /// Up to three years of results before `before` (else the latest ones), newest first.
  static func ita(_ history: [ItaResultRow], before: Int) -> String? {
    let earlier = history.filter { $0.fiscal_year < before }
    let rows = Array((earlier.isEmpty ? history : earlier).prefix(3))
    guard let latest = rows.first else { return nil }
    func score(_ value: Int64?) -> String { value.map(ItaScore.text) ?? "—" }
    var lines = [
      "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) จากสำนักงาน ป.ป.ช.", "",
      "| ปีงบประมาณ | คะแนนรวม | ระดับ | IIT | EIT | OIT |", "|---|---|---|---|---|---|",
    ]
    for row in rows {
      let level = row.level.flatMap(ItaLevel.init(rawValue:)).map { "\($0.rawValue) (\($0.thaiName))" } ?? "—"
      let tools = ItaTool.allCases.map { score(row.scores.toolScore($0)) }
      lines.append(
        "| พ.ศ. \(row.fiscal_year) | \(score(row.total_hundredths)) | \(level) | " + tools.joined(separator: " | ")
          + " |")
    }
    lines += ["", "คะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ. \(latest.fiscal_year)", "", "| ตัวชี้วัด | คะแนน |", "|---|---|"]
    for number in ItaIndicator.numbers {
      lines.append("| \(SafeTextWriter.cell(ItaIndicator.title(number))) | \(score(latest.scores[number])) |")
    }
    return lines.joined(separator: "\n")
  }

  static func risks(_ source: RiskBookSource) -> String {
    let counts = RiskLevel.allCases.reversed().map { level in
      "\(level.thaiName) \(source.items.filter { $0.level == level }.count)"
    }
    var lines = [
      "ผลการประเมินความเสี่ยงการทุจริต ปีงบประมาณ พ.ศ. \(source.fiscalYear)"
        + (source.copyNumber.map { " (ทะเบียนความเสี่ยงฉบับเผยแพร่ครั้งที่ \($0))" } ?? " (ยังไม่เผยแพร่)")
        + " พบเหตุการณ์ความเสี่ยง \(source.items.count) เหตุการณ์: " + counts.joined(separator: ", "),
      "",
      "| ที่ | กระบวนงาน | เหตุการณ์ความเสี่ยง | ระดับ | มาตรการป้องกัน |", "|---|---|---|---|---|",
    ]
    for item in source.items {
      lines.append(
        "| \(item.number) | \(SafeTextWriter.cell(item.process)) | \(SafeTextWriter.cell(item.event)) | "
          + "\(item.level.thaiName) (\(item.likelihood)×\(item.impact)) | \(SafeTextWriter.cell(item.measures)) |")
    }
    return lines.joined(separator: "\n")
  }
}

/// Puts data into safe text without it being read as marks.
enum SafeTextWriter {
  /// One table cell: no line breaks, no column marks.
  static func cell(_ text: String) -> String {
    text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
      .replacingOccurrences(of: "|", with: "/").trimmingCharacters(in: .whitespaces)
  }

  /// One line of text after a mark: no line breaks.
  static func line(_ text: String) -> String {
    text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
  }
}
