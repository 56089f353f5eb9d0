/// One organization's figures for a round, as the dashboards aggregate them. The report
/// figures count only when the report is submitted (the official numbers).
public struct OrganizationFigures: Equatable, Sendable {
  public var standing: RoundStanding
  public var planApproved: Bool
  public var hasPlan: Bool
  /// Status counts and money of the submitted report (zero otherwise).
  public var projects: Int
  public var pending: Int
  public var inProgress: Int
  public var completed: Int
  public var cannot: Int
  public var budget: Money
  public var disbursed: Money

  public init(
    standing: RoundStanding, planApproved: Bool, hasPlan: Bool, projects: Int = 0, pending: Int = 0,
    inProgress: Int = 0, completed: Int = 0, cannot: Int = 0, budget: Money = .zero, disbursed: Money = .zero
  ) {
    self.standing = standing
    self.planApproved = planApproved
    self.hasPlan = hasPlan
    self.projects = projects
    self.pending = pending
    self.inProgress = inProgress
    self.completed = completed
    self.cannot = cannot
    self.budget = budget
    self.disbursed = disbursed
  }
}

/// The figures of an area (or of one organization): reporting and on-time rates, plans,
/// and the implementation and disbursement of the submitted reports.
public struct AreaFigures: Equatable, Sendable {
  public private(set) var organizations = 0
  public private(set) var rate = ReportingRate()
  public private(set) var plans = 0
  public private(set) var plansApproved = 0
  public private(set) var projects = 0
  public private(set) var pending = 0
  public private(set) var inProgress = 0
  public private(set) var completed = 0
  public private(set) var cannot = 0
  public private(set) var budget = Money.zero
  public private(set) var disbursed = Money.zero

  public init() {}

  public init(_ organizations: [OrganizationFigures]) {
    for organization in organizations { add(organization) }
  }

  /// From counts and sums made elsewhere (by the database, per group of organizations), with
  /// the meaning `add` gives them: report figures of submitted reports only.
  public init(
    organizations: Int, rate: ReportingRate, plans: Int, plansApproved: Int, projects: Int, pending: Int,
    inProgress: Int, completed: Int, cannot: Int, budget: Money, disbursed: Money
  ) {
    self.organizations = organizations
    self.rate = rate
    self.plans = plans
    self.plansApproved = plansApproved
    self.projects = projects
    self.pending = pending
    self.inProgress = inProgress
    self.completed = completed
    self.cannot = cannot
    self.budget = budget
    self.disbursed = disbursed
  }

  /// Adds another group's figures (e.g. provinces into their region).
  public mutating func add(_ other: AreaFigures) {
    organizations += other.organizations
    rate = rate + other.rate
    plans += other.plans
    plansApproved += other.plansApproved
    projects += other.projects
    pending += other.pending
    inProgress += other.inProgress
    completed += other.completed
    cannot += other.cannot
    budget = budget + other.budget
    disbursed = disbursed + other.disbursed
  }

  public mutating func add(_ org: OrganizationFigures) {
    organizations += 1
    rate.add(org.standing)
    if org.hasPlan { plans += 1 }
    if org.planApproved { plansApproved += 1 }
    guard org.standing.submitted else { return }
    projects += org.projects
    pending += org.pending
    inProgress += org.inProgress
    completed += org.completed
    cannot += org.cannot
    budget = budget + org.budget
    disbursed = disbursed + org.disbursed
  }

  public var disbursementPercent: Percent? { Percent(disbursed.satang, of: budget.satang) }
  public var implementationPercent: Percent? {
    Percent.implementation(completed: completed, inProgress: inProgress, of: projects)
  }
  public func level(_ thresholds: LevelThresholds) -> ImplementationLevel? {
    implementationPercent.map(thresholds.level(of:))
  }
}
