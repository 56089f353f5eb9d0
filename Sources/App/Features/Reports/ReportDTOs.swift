import Vapor

struct RoundJSON: Content {
  let fiscalYear: Int
  let round: Int
  let title: String
  let dueDate: Date
  let open: Bool

  init(_ round: ReportRound) {
    fiscalYear = round.fiscalYear
    self.round = round.kind.rawValue
    title = round.title
    dueDate = round.dueDate
    open = round.windowOpen
  }
}

struct RoundForm: Content {
  var fiscalYear: String?
  var kind: String?
  var dueDate: String?
  var open: String?
  var orgCode: String?
  var until: String?
  var reason: String?
}
