/// The user guide (คู่มือการใช้งาน) as plain data: one `GuideBook` per role, each a list of
/// sections; a section may name one screenshot of a real screen, which the screenshot command
/// (`sujarit guide-shots`, `e2e/guide.sh`) opens, checks and saves. Adding a section is adding
/// one `GuideSection` value to a role's list; nothing else has to change.

/// Whose guide a section belongs to. The raw value is the address: `/guide/<raw value>`.
public enum GuideAudience: String, CaseIterable, Codable, Sendable {
  case laoOfficer = "lao_officer"
  case laoExecutive = "lao_executive"
  case monitor = "monitor"
  case complaintOfficer = "complaint_officer"
  case nationalAdmin = "national_admin"
  case pacc = "pacc"

  public var thaiName: String {
    switch self {
    case .laoOfficer: return "เจ้าหน้าที่ อปท."
    case .laoExecutive: return "ผู้บริหาร อปท."
    case .monitor: return "ผู้กำกับดูแล (อำเภอ จังหวัด ภาค)"
    case .complaintOfficer: return "ผู้รับผิดชอบเรื่องร้องเรียน"
    case .nationalAdmin: return "ผู้ดูแลระบบ สำนักงาน ป.ป.ช."
    case .pacc: return "เจ้าหน้าที่ สำนักงาน ป.ป.ท."
    }
  }

  /// The guide a signed-in person of this role reads first.
  public static func of(_ role: Role) -> GuideAudience {
    switch role {
    case .laoOfficer: return .laoOfficer
    case .laoExecutive: return .laoExecutive
    case .complaintOfficer: return .complaintOfficer
    case .districtMonitor, .provincialMonitor, .regionalMonitor: return .monitor
    case .nationalAdmin: return .nationalAdmin
    case .paccRegionalOfficer, .paccCentralOfficer: return .pacc
    }
  }
}

/// A message the system may show and what it means for the person reading it.
public struct GuideProblem: Sendable, Equatable {
  public let message: String
  public let meaning: String
  public init(_ message: String, _ meaning: String) {
    self.message = message
    self.meaning = meaning
  }
}

/// A question officers ask, with its answer.
public struct GuideQuestion: Sendable, Equatable {
  public let question: String
  public let answer: String
  public init(_ question: String, _ answer: String) {
    self.question = question
    self.answer = answer
  }
}

/// A screenshot of a real screen: who signs in (a demo account, nil = nobody), which page is
/// opened (placeholders `{year}`, `{round}`, `{ita_year}`, `{period}` are filled by
/// `GuideShot.resolve`), the CSS selector of the element the text refers to (it must be on the
/// page), and the file it is saved as under `static/guide/`.
public struct GuideShot: Sendable, Equatable, Codable {
  public let name: String
  public let account: String?
  public let path: String
  public let element: String
  public let caption: String

  public init(_ name: String, account: String?, path: String, element: String, caption: String) {
    self.name = name
    self.account = account
    self.path = path
    self.element = element
    self.caption = caption
  }

  public var fileName: String { name + ".png" }

  /// The page's address with the placeholders filled in.
  public func resolvedPath(_ values: GuidePlaceholders) -> String {
    path.replacingOccurrences(of: "{year}", with: String(values.year))
      .replacingOccurrences(of: "{round}", with: String(values.round))
      .replacingOccurrences(of: "{ita_year}", with: String(values.itaYear))
      .replacingOccurrences(of: "{period}", with: values.period)
  }
}

/// What the demo dataset has on a given day: the next round due (as `sujarit demo` opens it),
/// the last fiscal year (its ITA results) and the plan period.
public struct GuidePlaceholders: Sendable, Equatable {
  public let year: Int
  public let round: Int
  public let itaYear: Int
  public let period: String

  public init(year: Int, round: Int, itaYear: Int, period: String) {
    self.year = year
    self.round = round
    self.itaYear = itaYear
    self.period = period
  }
}

/// One section of a role's guide: an anchor (unique in the whole guide), a title, what it is
/// for, numbered steps, what the screen shows, messages that may appear, and a screenshot.
public struct GuideSection: Sendable, Equatable {
  public let id: String
  public let title: String
  public let summary: String
  public let steps: [String]
  public let screen: [String]
  public let problems: [GuideProblem]
  public let tips: [String]
  public let shot: GuideShot?

  public init(
    id: String, title: String, summary: String, steps: [String] = [], screen: [String] = [],
    problems: [GuideProblem] = [], tips: [String] = [], shot: GuideShot? = nil
  ) {
    self.id = id
    self.title = title
    self.summary = summary
    self.steps = steps
    self.screen = screen
    self.problems = problems
    self.tips = tips
    self.shot = shot
  }
}

/// A role's guide: who it is for, its sections in reading order, frequent questions.
public struct GuideBook: Sendable {
  public let audience: GuideAudience
  public let intro: String
  public let sections: [GuideSection]
  public let questions: [GuideQuestion]

  public init(audience: GuideAudience, intro: String, sections: [GuideSection], questions: [GuideQuestion]) {
    self.audience = audience
    self.intro = intro
    self.sections = sections
    self.questions = questions
  }

  /// The anchor of the frequent questions at the end of the guide.
  public var questionsID: String { audience.rawValue + "-faq" }
}
