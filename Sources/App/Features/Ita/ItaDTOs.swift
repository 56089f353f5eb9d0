import Domain
import Vapor

/// `GET /api/v1/organizations/{code}/ita/{fiscalYear}`: scores as decimal strings ("90.06").
struct ItaResultDTO: Content {
  struct Weights: Content {
    let iit: String
    let eit: String
    let oit: String
  }
  struct Indicator: Content {
    enum CodingKeys: String, CodingKey { case number, name, tool, score, level }
    let number: Int
    let name: String
    let tool: String
    let score: String?
    let level: String?
  }
  struct Respondents: Content {
    enum CodingKeys: String, CodingKey { case iit, eit }
    let iit: Int64?
    let eit: Int64?
  }

  enum CodingKeys: String, CodingKey {
    case organizationCode, fiscalYear, weights, iit, eit, oit, total, level, levelName, levelThaiName, passed, missing
    case indicators, respondents
  }

  let organizationCode: String
  let fiscalYear: Int
  let weights: Weights
  let iit: String?
  let eit: String?
  let oit: String?
  let total: String?
  let level: String?
  let levelName: String?
  let levelThaiName: String?
  let passed: Bool
  let missing: String?
  let indicators: [Indicator]
  let respondents: Respondents

  init(_ row: ItaResultRow, weights: ItaWeights) {
    let summary = row.scores.summary(weights: weights)
    organizationCode = row.organization_code
    fiscalYear = row.fiscal_year
    self.weights = Weights(
      iit: Percent(hundredths: weights.iit).trimmed, eit: Percent(hundredths: weights.eit).trimmed,
      oit: Percent(hundredths: weights.oit).trimmed)
    iit = summary.iit.map(ItaScore.text)
    eit = summary.eit.map(ItaScore.text)
    oit = summary.oit.map(ItaScore.text)
    total = summary.total.map(ItaScore.text)
    level = summary.level?.rawValue
    levelName = summary.level?.name
    levelThaiName = summary.level?.thaiName
    passed = summary.passed
    missing = summary.missingText
    indicators = ItaIndicator.numbers.map { number in
      let score = row.scores[number]
      return Indicator(
        number: number, name: ItaIndicator.name(number), tool: ItaTool.of(indicator: number)?.code ?? "",
        score: score.map(ItaScore.text), level: score.map { ItaLevel.of(hundredths: $0).rawValue })
    }
    respondents = Respondents(iit: row.iit_respondents, eit: row.eit_respondents)
  }
}

/// One year in `GET /api/v1/organizations/{code}/ita`.
struct ItaHistoryDTO: Content {
  struct Year: Content {
    enum CodingKeys: String, CodingKey { case fiscalYear, iit, eit, oit, total, level, passed }
    let fiscalYear: Int
    let iit: String?
    let eit: String?
    let oit: String?
    let total: String?
    let level: String?
    let passed: Bool
  }
  let organizationCode: String
  let years: [Year]
}

// Missing values are written as null rather than left out, so every key is always there.
extension ItaResultDTO {
  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(organizationCode, forKey: .organizationCode)
    try container.encode(fiscalYear, forKey: .fiscalYear)
    try container.encode(weights, forKey: .weights)
    try container.encode(iit, forKey: .iit)
    try container.encode(eit, forKey: .eit)
    try container.encode(oit, forKey: .oit)
    try container.encode(total, forKey: .total)
    try container.encode(level, forKey: .level)
    try container.encode(levelName, forKey: .levelName)
    try container.encode(levelThaiName, forKey: .levelThaiName)
    try container.encode(passed, forKey: .passed)
    try container.encode(missing, forKey: .missing)
    try container.encode(indicators, forKey: .indicators)
    try container.encode(respondents, forKey: .respondents)
  }
}

extension ItaResultDTO.Indicator {
  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(number, forKey: .number)
    try container.encode(name, forKey: .name)
    try container.encode(tool, forKey: .tool)
    try container.encode(score, forKey: .score)
    try container.encode(level, forKey: .level)
  }
}

extension ItaResultDTO.Respondents {
  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(iit, forKey: .iit)
    try container.encode(eit, forKey: .eit)
  }
}

extension ItaHistoryDTO.Year {
  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(fiscalYear, forKey: .fiscalYear)
    try container.encode(iit, forKey: .iit)
    try container.encode(eit, forKey: .eit)
    try container.encode(oit, forKey: .oit)
    try container.encode(total, forKey: .total)
    try container.encode(level, forKey: .level)
    try container.encode(passed, forKey: .passed)
  }
}
