import Domain
import Foundation

/// A score for a cell: "86.63", or "—" when missing.
func itaText(_ hundredths: Int64?) -> String { hundredths.map(ItaScore.text) ?? "—" }

/// An improvement measure ready for any view.
struct ItaMeasureView {
  let id: UUID
  let indicator: String
  let title: String
  let owner: String
  let due: String
  let status: String
  let project: String
  let note: String
  /// The announcement it is carried out through, and its page.
  let announcement: (title: String, path: String)?

  init(
    _ measure: ItaMeasure, projects: [(id: UUID, label: String)],
    announcements: [(id: UUID, label: String)] = [], thaiDigits: Bool = false
  ) {
    id = measure.id ?? UUID()
    indicator = measure.indicator.map { ItaIndicator.title($0) } ?? "ทั่วไป"
    title = measure.title
    owner = [measure.ownerName, measure.ownerPosition].filter { !$0.isEmpty }.joined(separator: " ")
    due = measure.dueDate.map { ThaiCalendar.longDate($0, thaiDigits: thaiDigits) } ?? "—"
    status = measure.status.thaiName
    project = measure.projectID.flatMap { id in projects.first { $0.id == id }?.label } ?? "—"
    note = measure.note
    announcement = measure.announcementID.flatMap { id in
      announcements.first { $0.id == id }.map { ($0.label, Paths.announcement(measure.organizationCode, id)) }
    }
  }
}

struct ItaAdminYearModel {
  struct Row {
    let code: String
    let name: String
    let scores: [String]
    let total: String
    let level: String
    let source: String

    init(_ row: ItaResultRow, weights: ItaWeights) {
      code = row.organization_code
      name = row.name ?? row.organization_code
      let summary = row.scores.summary(weights: weights)
      scores = [summary.iit, summary.eit, summary.oit].map(itaText)
      total = itaText(row.total_hundredths)
      level = row.level ?? "—"
      source = row.source == "import" ? "นำเข้า" : "กรอก"
    }
  }

  let year: Int
  let weights: ItaWeights
  let values: [String: String]
  let errors: FieldErrors
  let search: String
  let rows: [Row]
  let total: Int
  let paging: Paging
  let problems: [String]
  let fileName: String?
}

struct ItaResultFormModel {
  let year: Int
  let code: String
  let name: String
  let weights: ItaWeights
  let values: [String: String]
  let errors: FieldErrors
}

struct ItaOrganizationModel {
  struct Year {
    let year: Int
    let iit: String
    let eit: String
    let oit: String
    let total: String
    let totalHundredths: Int64?
    let level: String
    let passed: String

    init(row: ItaResultRow, weights: ItaWeights) {
      let summary = row.scores.summary(weights: weights)
      year = row.fiscal_year
      iit = itaText(summary.iit)
      eit = itaText(summary.eit)
      oit = itaText(summary.oit)
      total = itaText(summary.total)
      totalHundredths = summary.total
      level = summary.level?.label ?? "—"
      passed = summary.total == nil ? "—" : summary.passed ? "ผ่าน" : "ไม่ผ่าน"
    }
  }

  struct Indicator {
    let number: Int
    let title: String
    let tool: String
    let score: String
    let level: String
    let below: Bool
    /// The tool's weight and the indicator's share of it (weight ÷ indicators of the tool).
    let toolWeight: String
    let share: String
  }

  struct Detail {
    let year: Int
    let weights: ItaWeights
    let found: Bool
    let indicators: [Indicator]
    let tools: [(name: String, weight: String, score: String)]
    let total: String
    let level: String
    let passed: String
    let missing: String?
    let measures: [ItaMeasureView]

    init(year: Int, weights: ItaWeights, row: ItaResultRow?, measures: [ItaMeasureView]) {
      self.year = year
      self.weights = weights
      found = row != nil
      let scores = row?.scores ?? ItaScores()
      let summary = scores.summary(weights: weights)
      indicators = ItaIndicator.numbers.map { number in
        let tool = ItaTool.of(indicator: number) ?? .oit
        let weight = weights.weight(tool)
        // weight ÷ indicators of the tool, in hundredths of a per cent (30 ÷ 5 = 6).
        let share = Percent(weight, of: Int64(tool.indicators.count) * 10_000) ?? Percent(hundredths: 0)
        let score = scores[number]
        return Indicator(
          number: number, title: ItaIndicator.title(number), tool: tool.code, score: itaText(score),
          level: score.map { ItaLevel.of(hundredths: $0).label } ?? "—",
          below: score.map { $0 < ItaSummary.passMark } ?? false, toolWeight: Percent(hundredths: weight).trimmed,
          share: share.trimmed)
      }
      tools = ItaTool.allCases.map {
        ($0.code, Percent(hundredths: weights.weight($0)).trimmed, itaText(summary.tool($0)))
      }
      total = itaText(summary.total)
      level = summary.level?.label ?? "—"
      passed = summary.total == nil ? "—" : summary.passed ? "ผ่าน (ตั้งแต่ 85 คะแนน)" : "ไม่ผ่าน (ต่ำกว่า 85 คะแนน)"
      missing = row == nil ? nil : summary.missingText
      self.measures = measures
    }
  }

  let code: String
  let name: String
  let years: [Year]
  let detail: Detail?
  let canEdit: Bool
}

struct ItaMeasuresModel {
  let code: String
  let name: String
  let year: Int
  let canEdit: Bool
  let measures: [ItaMeasureView]
  let projects: [(id: UUID, label: String)]
  let announcements: [(id: UUID, label: String)]
  let editing: UUID?
  let values: [String: String]
  let errors: FieldErrors
}

struct ItaPrintModel {
  struct Line {
    let title: String
    let weight: String
    let score: String
    let level: String
    let toolScore: String
    let weighted: String
  }
  let code: String
  let name: String
  let year: Int
  let title: String
  let lines: [Line]
  let total: String
  let measures: [ItaMeasureView]
  let thaiDigits: Bool
  /// For the PDF: the stylesheet inlined and no toolbar.
  var inlineStyle: String? = nil

  init(
    code: String, name: String, year: Int, weights: ItaWeights, row: ItaResultRow, measures: [ItaMeasureView],
    thaiDigits: Bool
  ) {
    func d(_ text: String) -> String { thaiDigits ? ThaiDigits.convert(text) : text }
    self.code = code
    self.name = name
    self.year = year
    self.thaiDigits = thaiDigits
    title = d("ผลการวิเคราะห์การประเมิน ITA และมาตรการยกระดับ ประจำปีงบประมาณ พ.ศ. \(year)")
    let scores = row.scores
    let summary = scores.summary(weights: weights)
    var lines: [Line] = []
    for tool in ItaTool.allCases {
      for (index, number) in tool.indicators.enumerated() {
        let first = index == 0
        let toolScore = summary.tool(tool)
        let weighted = toolScore.map { Int64(clamping: (Int128($0) * Int128(weights.weight(tool)) + 5_000) / 10_000) }
        lines.append(
          Line(
            title: d("ตัวชี้วัดที่ \(number). \(ItaIndicator.name(number))"),
            weight: first ? d(ItaScore.text(weights.weight(tool))) : "", score: d(itaText(scores[number])),
            level: scores[number].map { ItaLevel.of(hundredths: $0).label } ?? "—",
            toolScore: first ? d(itaText(toolScore)) : "", weighted: first ? d(itaText(weighted)) : ""))
      }
    }
    self.lines = lines
    total = d(itaText(summary.total)) + (summary.level.map { " \($0.rawValue) - \($0.name)" } ?? "")
    self.measures = measures
  }
}

enum ItaDashboardSort: String, CaseIterable {
  case total
  case name
  case code

  var label: String {
    switch self {
    case .total: return "คะแนนรวม"
    case .name: return "ชื่อ"
    case .code: return "รหัส"
    }
  }
}

struct ItaDashboardModel {
  struct Child {
    let label: String
    let path: String?
    let organizations: Int64
    let mean: String
    let passRate: String
  }

  let area: OversightArea
  let areaName: String
  let breadcrumbs: [(label: String, path: String)]
  let year: Int
  let years: [Int]
  let sort: ItaDashboardSort
  let organizations: Int64
  let withTotal: Int64
  let mean: String
  let passed: Int64
  let passRate: String
  let distribution: [(level: ItaLevel, count: Int64)]
  let incomplete: Int64
  let weakest: [(number: Int, mean: Int64)]
  let children: [Child]
  let rows: [ItaDashboardRow]
  let readiness: [String: OitReadinessFigure]

  init(
    area: OversightArea, areaName: String, breadcrumbs: [(label: String, path: String)], year: Int, years: [Int],
    sort: ItaDashboardSort, totals: ItaAreaTotals, levels: [ItaLevelCount], indicatorMeans: [Int: Int64],
    children: [ItaChildRow], rows: [ItaDashboardRow], readiness: [String: OitReadinessFigure]
  ) {
    self.area = area
    self.areaName = areaName
    self.breadcrumbs = breadcrumbs
    self.year = year
    self.years = years
    self.sort = sort
    organizations = totals.organizations
    withTotal = totals.with_total
    mean = totals.total_sum.map { ItaScore.text(ItaDashboardQueries.mean($0, totals.with_total)) } ?? "—"
    passed = totals.passed
    passRate = Percent(totals.passed, of: totals.with_total)?.description ?? "—"
    let counts = Dictionary(levels.compactMap { row in row.level.map { ($0, row.n) } }, uniquingKeysWith: +)
    distribution = ItaLevel.allCases.map { ($0, counts[$0.rawValue] ?? 0) }
    incomplete = levels.filter { $0.level == nil }.reduce(0) { $0 + $1.n }
    weakest = indicatorMeans.sorted { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) }.map {
      ($0.key, $0.value)
    }
    self.children = children.map { child in
      let path: String?
      switch area {
      case .nation: path = Int(child.key).map { Paths.itaDashboard(Paths.dashboardRegion($0)) }
      case .region: path = Paths.itaDashboard(Paths.dashboardProvince(child.key))
      case .province(let code): path = Paths.itaDashboard(Paths.dashboardDistrict(code, child.key))
      case .district: path = nil
      }
      let label: String
      switch area {
      case .nation: label = child.label.isEmpty ? "ส่วนกลาง (ไม่อยู่ในภาค)" : "ภาค \(child.label)"
      case .region: label = "จังหวัด\(child.label)"
      default: label = "อำเภอ\(child.label)"
      }
      return Child(
        label: label, path: path, organizations: child.organizations,
        mean: child.total_sum.map { ItaScore.text(ItaDashboardQueries.mean($0, child.with_total)) } ?? "—",
        passRate: Percent(child.passed, of: child.with_total)?.description ?? "—")
    }
    switch sort {
    case .total:
      self.rows = rows.sorted {
        ($0.total_hundredths ?? -1, $1.code) > ($1.total_hundredths ?? -1, $0.code)
      }
    case .name: self.rows = rows.sorted { ($0.name, $0.code) < ($1.name, $1.code) }
    case .code: self.rows = rows.sorted { $0.code < $1.code }
    }
    self.readiness = readiness
  }

  static let tableHeader = [
    "รหัส", "ชื่อ", "อำเภอ", "คะแนนรวม ITA", "ระดับ", "ผ่าน", "ร้อยละการนำแผนไปปฏิบัติ", "ความพร้อม OIT",
    "มอบหมายผู้รับผิดชอบแล้ว",
  ]

  func readinessCells(_ code: String) -> (String, String) {
    guard let item = readiness[code], item.items > 0 else { return ("—", "—") }
    return ("\(item.published)/\(item.items) (\(item.percent?.description ?? "—") %)", "\(item.owned)/\(item.items)")
  }

  var tableRows: [[String]] {
    rows.map { row in
      let (oit, owned) = readinessCells(row.code)
      return [
        row.code, row.name, row.district, itaText(row.total_hundredths), row.level ?? "—",
        row.total_hundredths == nil ? "—" : row.passed ? "ผ่าน" : "ไม่ผ่าน", row.implementation?.description ?? "—",
        oit, owned,
      ]
    }
  }

  func link(sort: ItaDashboardSort) -> String {
    Paths.withQuery(Paths.itaDashboard(area.path), [("fy", String(year)), ("sort", sort.rawValue)])
  }

  func link(format: String) -> String {
    Paths.withQuery(
      Paths.itaDashboard(area.path), [("fy", String(year)), ("sort", sort.rawValue), ("format", format)])
  }
}
