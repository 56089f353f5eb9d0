import Foundation

/// A nationwide project search as typed in the URL (`?q=…&province=…`), checked and bounded.
/// Thai has no spaces between words, so the text is matched as substrings: each
/// whitespace-separated term must appear somewhere in the project's name or objectives.
public struct ProjectSearchQuery: Equatable, Sendable {
  public static let maxTerms = 8
  public static let maxTermLength = 80
  /// The substring index (trigrams) answers terms of at least this many characters; shorter
  /// ones are checked row by row on what the other filters left.
  public static let indexedLength = 3

  public var text = ""
  public var province: String?
  public var organizationType: OrganizationType?
  public var dimension: Int?
  public var subMission: String?
  public var targetGroup: TargetGroup?
  public var fiscalYear: Int?
  public var budgetMin: Money?
  public var budgetMax: Money?

  public init() {}

  /// The search terms: split at spaces (a "quoted phrase" stays one term), zero-width
  /// characters removed, at most `maxTerms`, each cut to `maxTermLength` characters.
  public var terms: [String] {
    var terms: [String] = []
    var current = ""
    var quoted = false
    func flush() {
      let term = current.trimmingCharacters(in: .whitespacesAndNewlines)
      if !term.isEmpty { terms.append(String(term.unicodeScalars.prefix(Self.maxTermLength).map(Character.init))) }
      current = ""
    }
    for character in ThaiText.withoutInvisibles(text) {
      // Control characters (a NUL ends SQLite's text) count as spaces.
      if character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
        flush()
      } else if character == "\"" {
        flush()
        quoted.toggle()
      } else if character.isWhitespace && !quoted {
        flush()
      } else {
        current.append(character)
      }
    }
    flush()
    return Array(terms.prefix(Self.maxTerms))
  }

  /// Terms the trigram index can answer (SQLite FTS5 counts characters as Unicode scalars).
  public var indexedTerms: [String] { terms.filter { $0.unicodeScalars.count >= Self.indexedLength } }
  public var shortTerms: [String] { terms.filter { $0.unicodeScalars.count < Self.indexedLength } }

  /// An FTS5 MATCH expression: every indexed term as a quoted string, all required.
  public var ftsExpression: String? {
    let parts = indexedTerms.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
    return parts.isEmpty ? nil : parts.joined(separator: " AND ")
  }

  /// `%term%` for LIKE with `\` as the escape character.
  public static func likePattern(_ term: String) -> String {
    var escaped = ""
    for character in term {
      if character == "\\" || character == "%" || character == "_" { escaped.append("\\") }
      escaped.append(character)
    }
    return "%" + escaped + "%"
  }

  public var isEmpty: Bool {
    terms.isEmpty && province == nil && organizationType == nil && dimension == nil && subMission == nil
      && targetGroup == nil && fiscalYear == nil && budgetMin == nil && budgetMax == nil
  }

  /// The query's parameters for links (page links, downloads), without empty ones.
  public var parameters: [(String, String)] {
    var out: [(String, String)] = []
    if !text.isEmpty { out.append(("q", text)) }
    if let province { out.append(("province", province)) }
    if let organizationType { out.append(("type", organizationType.rawValue)) }
    if let dimension { out.append(("dimension", String(dimension))) }
    if let subMission { out.append(("sub_mission", subMission)) }
    if let targetGroup { out.append(("target", targetGroup.rawValue)) }
    if let fiscalYear { out.append(("fy", String(fiscalYear))) }
    if let budgetMin { out.append(("budget_min", budgetMin.decimalString)) }
    if let budgetMax { out.append(("budget_max", budgetMax.decimalString)) }
    return out
  }

  /// Reads the URL's fields; each problem is a Thai sentence under its field's name.
  public static func parse(_ fields: [String: String]) -> Result<ProjectSearchQuery, FieldErrors> {
    var query = ProjectSearchQuery()
    var problems = FieldErrors()
    func value(_ name: String) -> String? {
      let text = ThaiDigits.toArabic(fields[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
      return text.isEmpty ? nil : text
    }
    query.text = String((fields["q"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(300))
    if let province = value("province") {
      if province.count == 2, province.allSatisfy({ $0.isASCII && $0.isNumber }) {
        query.province = province
      } else {
        problems["province"] = "รหัสจังหวัดต้องเป็นตัวเลข 2 หลัก เช่น 20"
      }
    }
    if let type = value("type") {
      if let known = OrganizationType(rawValue: type) {
        query.organizationType = known
      } else {
        problems["type"] = "ไม่รู้จักประเภท อปท. \"\(type.prefix(30))\""
      }
    }
    if let dimension = value("dimension") {
      if let number = Int(dimension), (1...20).contains(number) {
        query.dimension = number
      } else {
        problems["dimension"] = "มิติต้องเป็นเลข 1–20"
      }
    }
    if let sub = value("sub_mission") {
      if sub.count <= 12, sub.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) {
        query.subMission = sub
      } else {
        problems["sub_mission"] = "ภารกิจต้องเป็นเลขข้อ เช่น 1.1"
      }
    }
    if let target = value("target") {
      if let group = TargetGroup(rawValue: target) {
        query.targetGroup = group
      } else {
        problems["target"] = "ไม่รู้จักกลุ่มเป้าหมาย \"\(target.prefix(30))\""
      }
    }
    if let year = value("fy") {
      if let fiscalYear = FiscalYear.parse(typed: year) {
        query.fiscalYear = fiscalYear
      } else {
        problems["fy"] = "ปีงบประมาณต้องเป็นปี พ.ศ. 4 หลัก เช่น 2568"
      }
    }
    for (name, keyPath) in [("budget_min", \ProjectSearchQuery.budgetMin), ("budget_max", \.budgetMax)] {
      guard let text = value(name)?.replacingOccurrences(of: ",", with: "") else { continue }
      if let money = Money(baht: text) {
        query[keyPath: keyPath] = money
      } else {
        problems[name] = Money.problem(parsing: text) ?? "งบประมาณต้องเป็นจำนวนเงิน เช่น 50000"
      }
    }
    if let low = query.budgetMin, let high = query.budgetMax, high < low {
      problems["budget_max"] = "งบประมาณสูงสุดต้องไม่น้อยกว่างบประมาณต่ำสุด"
    }
    return problems.isEmpty ? .success(query) : .failure(problems)
  }
}

/// What the public search index keeps of one project of an approved plan.
public struct PublicProjectFacts: Equatable, Sendable {
  /// The fiscal years the project runs in, as `,2566,2567,` (a LIKE on `,2567,` finds it).
  public let years: String
  /// The budget per fiscal year as `2566=120000;2567=0` (satang).
  public let budgets: String
  public let totalBudget: Money
  public let objectives: String
  /// Name and objectives: what the substring index covers.
  public let searchText: String

  public init(_ project: ProjectSnapshot, fiscalYears: [Int]) {
    var running = project
    running.inconsistent = false
    let counted = fiscalYears.filter { ReportScope.counts(running, in: $0) }
    years = counted.isEmpty ? "" : "," + counted.map(String.init).joined(separator: ",") + ","
    budgets = fiscalYears.map { "\($0)=\(max(project.budgets[$0] ?? 0, 0))" }.joined(separator: ";")
    totalBudget = Money.sum(fiscalYears.map { Money(satang: max(project.budgets[$0] ?? 0, 0)) })
    objectives = project.objectives.joined(separator: "\n")
    searchText = ([project.name] + project.objectives).joined(separator: "\n")
  }

  /// Reads `budgets` back: fiscal year → satang, skipping anything malformed.
  public static func budgets(from text: String) -> [(year: Int, satang: Int64)] {
    text.split(separator: ";").compactMap { part in
      let pieces = part.split(separator: "=")
      guard pieces.count == 2, let year = Int(pieces[0]), let satang = Int64(pieces[1]) else { return nil }
      return (year, satang)
    }
  }
}
