import Domain
import Vapor

/// The filing form's fields as posted (HTML form or JSON).
struct ComplaintFormFields: Content {
  var concern: String?
  var concerns: String?
  var details: String?
  var when: String?
  var `where`: String?
  var witnesses: String?
  var anonymous: String?
  var name: String?
  var contact: String?
  var aboutExecutive: String?
  var projectId: String?
  var files: [File]?

  var isAnonymous: Bool { Self.checked(anonymous) }
  var isAboutExecutive: Bool { Self.checked(aboutExecutive) }

  static func checked(_ value: String?) -> Bool { ["1", "true", "on", "yes"].contains(value ?? "") }

  func validated() -> Result<ComplaintFiling, FieldErrors> {
    ComplaintFiling.validate(
      concern: concern, concerns: concerns, details: details, when: when, where: self.where, witnesses: witnesses,
      anonymous: isAnonymous, name: name, contact: contact, aboutExecutive: isAboutExecutive)
  }

  /// What was typed, to show again beside the problems (long fields cut to their limits).
  var values: [String: String] {
    var values: [String: String] = [:]
    let pairs: [(String, String?)] = [
      ("concern", concern), ("concerns", concerns), ("details", details), ("when", when), ("where", self.where),
      ("witnesses", witnesses), ("name", name), ("contact", contact), ("projectId", projectId),
    ]
    for (key, value) in pairs { values[key] = String((value ?? "").prefix(20_000)) }
    values["anonymous"] = isAnonymous ? "1" : ""
    values["aboutExecutive"] = isAboutExecutive ? "1" : ""
    return values
  }
}

/// The follow-up's reply form: the receipt, a message, files.
struct ComplaintReplyFields: Content {
  var receipt: String?
  var message: String?
  var files: [File]?
}

/// `POST /api/v1/complaints`.
struct ComplaintFilingRequest: Content {
  var organizationCode: String
  var concerns: String
  var details: String
  var anonymous: Bool
  var name: String?
  var contact: String?
  var aboutExecutive: Bool?
  var concern: String?
  var when: String?
  var `where`: String?
  var witnesses: String?
}

struct ComplaintFiledResponse: Content {
  var receipt: String
  var organizationCode: String
  var receivedOn: String
  var dueOn: String
  var handledBy: String
}

/// What the complainant sees of a case (HTML follow-up and `GET /api/v1/complaints/{receipt}`).
struct ComplaintStatusDTO: Content {
  struct Message: Content {
    var at: Date
    var from: String
    var kind: String
    var text: String?
  }
  var organizationCode: String
  var organizationName: String
  var state: String
  var stateName: String
  var outcome: String?
  var outcomeName: String?
  var receivedAt: Date
  var dueOn: String
  var closedAt: Date?
  var overdue: Bool
  var handledBy: String
  var messages: [Message]
}

/// `GET /api/v1/organizations/{code}/complaint-statistics/{fiscalYear}`.
struct ComplaintStatisticsDTO: Content {
  struct Counts: Content {
    var received: Int
    var inProgress: Int
    var completed: Int
    var notTakenUp: Int
    var overdue: Int
    var byOutcome: [String: Int]
    var byConcern: [String: Int]

    init(_ counts: ComplaintCounts) {
      received = counts.received
      inProgress = counts.inProgress
      completed = counts.completed
      notTakenUp = counts.notTakenUp
      overdue = counts.overdue
      byOutcome = counts.byOutcome
      byConcern = counts.byConcern
    }
  }
  var organizationCode: String
  var fiscalYear: Int
  var received: Int
  var inProgress: Int
  var completed: Int
  var notTakenUp: Int
  var overdue: Int
  var byOutcome: [String: Int]
  var byConcern: [String: Int]
  var firstHalf: Counts
  var secondHalf: Counts

  init(organizationCode: String, statistics: ComplaintYearStatistics) {
    let year = Counts(statistics.year)
    self.organizationCode = organizationCode
    fiscalYear = statistics.fiscalYear
    received = year.received
    inProgress = year.inProgress
    completed = year.completed
    notTakenUp = year.notTakenUp
    overdue = year.overdue
    byOutcome = year.byOutcome
    byConcern = year.byConcern
    firstHalf = Counts(statistics.firstHalf)
    secondHalf = Counts(statistics.secondHalf)
  }
}
