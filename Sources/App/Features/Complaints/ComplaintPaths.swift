import Foundation

extension Paths {
  /// The public channel: pick the organization, then its form.
  static let complaints = "/complaints"
  static func complaintForm(_ code: String) -> String { "/organizations/\(code)/complaints/new" }
  static func complaintFile(_ code: String) -> String { "/organizations/\(code)/complaints" }
  /// Following a case up: the receipt is always sent in a form body, never in the address.
  static let complaintFollow = "/complaints/follow"
  static let complaintReply = "/complaints/follow/reply"

  /// Handlers' pages.
  static let complaintCases = "/complaints/cases"
  static func complaintCases(filter: String) -> String { withQuery(complaintCases, [("filter", filter)]) }
  static func complaintCase(_ id: UUID) -> String { "/complaints/cases/\(id.uuidString)" }
  static func complaintMove(_ id: UUID) -> String { complaintCase(id) + "/state" }
  static func complaintMessage(_ id: UUID) -> String { complaintCase(id) + "/messages" }
  static func complaintDelay(_ id: UUID) -> String { complaintCase(id) + "/delay" }
  static func complaintForward(_ id: UUID) -> String { complaintCase(id) + "/forward" }
  static func complaintForwardPDF(_ id: UUID) -> String { complaintCase(id) + "/forward.pdf" }
  static func complaintCaseFile(_ id: UUID, _ file: UUID) -> String {
    complaintCase(id) + "/files/\(file.uuidString)"
  }

  /// Published statistics (the OIT complaint-statistics item) and monitors' area totals.
  static func complaintStatistics(_ code: String) -> String { "/organizations/\(code)/complaint-statistics" }
  static func complaintStatistics(_ code: String, _ year: Int) -> String { complaintStatistics(code) + "/\(year)" }
  static func complaintStatisticsCSV(_ code: String, _ year: Int) -> String {
    withQuery(complaintStatistics(code, year), [("format", "csv")])
  }
  static func complaintDashboard(_ area: String) -> String { area + "/complaints" }

  static let apiComplaints = "/api/v1/complaints"
  /// The status with the receipt in the body (nothing in an address a proxy might log).
  static let apiComplaintStatus = "/api/v1/complaint-status"

  /// The channel's forms that carry files from people without an account (filing, replying).
  static func complaintTakesUploads(_ path: String) -> Bool {
    path == complaintReply || (path.hasPrefix("/organizations/") && path.hasSuffix("/complaints"))
  }

  /// Any address of the complaint channel or its cases (never cached, never kept as a draft).
  static func isComplaint(_ path: String) -> Bool {
    path.hasPrefix(complaints) || path.hasPrefix(apiComplaints) || path == apiComplaintStatus
      || (path.hasPrefix("/organizations/") && (path.hasSuffix("/complaints") || path.hasSuffix("/complaints/new")))
  }
  static func apiComplaintStatistics(_ code: String, _ year: Int) -> String {
    "/api/v1/organizations/\(code)/complaint-statistics/\(year)"
  }
}
