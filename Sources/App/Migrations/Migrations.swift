import Fluent

/// Every migration in order. Add new ones at the end; never edit a released one.
enum Migrations {
  static let all: [any Migration] = [
    CreateGeography(),
    CreateAccounts(),
    CreateAuditLog(),
    CreatePlanFramework(),
    CreatePlans(),
    CreateReportRounds(),
    CreateReports(),
    CreateOversight(),
    CreateFiguresVersion(),
    CreateFiguresRoundVersion(),
    CreateLoginThrottle(),
    CreateDraftOwners(),
    CreateReportFilings(),
    CreatePlanDeadlines(),
    CreateOit(),
    CreateAnnouncements(),
    CreateItaResults(),
    CreateComplaints(),
    CreatePublicProjects(),
    CreatePacc(),
    CreatePlanBookAndRisks(),
    CreateCirculars(),
  ]
}
