import Domain
import Fluent
import SQLKit
import Vapor

/// `sujarit generate [--seed 2569] [--orgs N] [--province 20] [--period 2566-2570] [--accounts PASSWORD]`: fills
/// the database with a realistic, repeatable national dataset — for every organization (or the
/// first N) an approved plan of 30–70 projects with skewed budgets, the past rounds of the
/// period, and their reports (mostly submitted, some late, some drafts or missing) with entries
/// and the dashboard totals; with `--accounts`, also an officer (`<code>`) and an executive
/// (`<code>-2`) per organization signing in with that password (for load tests).
/// Organizations that already have a plan for the period are left alone.
struct GenerateCommand: AsyncCommand {
  struct Signature: CommandSignature {
    @Option(name: "seed", help: "random seed (same seed, same data)") var seed: Int?
    @Option(name: "orgs", help: "only the first N organizations (by code)") var orgs: Int?
    @Option(name: "province", help: "only the organizations of this province (2-digit code, e.g. 20)")
    var province: String?
    @Option(name: "period", help: "plan period, default 2566-2570") var period: String?
    @Option(name: "accounts", help: "also create an officer and an executive per organization with this password")
    var accounts: String?
  }

  var help: String { "Fills the database with a repeatable national dataset for tests and benchmarks." }

  func run(using context: CommandContext, signature: Signature) async throws {
    let app = context.application
    try await app.autoMigrate()
    let started = Date()
    var passwordHash: String?
    if let password = signature.accounts {
      guard password.count >= 10 else { throw Abort(.badRequest, reason: "รหัสผ่านต้องยาวอย่างน้อย 10 ตัวอักษร") }
      passwordHash = try await app.password.async.hash(password).get()
    }
    let generator = DatasetWriter(
      db: app.db, seed: UInt64(truncatingIfNeeded: signature.seed ?? 2569), periodCode: signature.period ?? "2566-2570",
      accountPasswordHash: passwordHash, provinceCode: signature.province)
    let counts = try await generator.run(limit: signature.orgs) { line in context.console.print(line) }
    context.console.print(
      "สร้างข้อมูลแล้วใน \(String(format: "%.1f", Date().timeIntervalSince(started))) วินาที: \(counts.description)")
  }
}

/// Writes the generated rows in large multi-row INSERTs, one transaction per batch of
/// organizations (SQLite would otherwise sync to disk after every statement).
struct DatasetWriter {
  let db: Database
  let seed: UInt64
  let periodCode: String
  /// When set, each organization also gets an officer and an executive account with this hash.
  var accountPasswordHash: String? = nil
  /// When set, only this province's organizations (the demo's dataset).
  var provinceCode: String? = nil
  static let organizationsPerBatch = 100

  struct Counts: CustomStringConvertible {
    var organizations = 0, projects = 0, budgets = 0, reports = 0, entries = 0, accounts = 0
    var description: String {
      "อปท. \(organizations) แห่ง, โครงการ \(projects), งบประมาณรายปี \(budgets), รายงาน \(reports), ผลรายโครงการ \(entries) แถว"
        + (accounts > 0 ? ", บัญชีผู้ใช้ \(accounts)" : "")
    }
  }

  func run(limit: Int?, progress: (String) -> Void) async throws -> Counts {
    guard try await Organization.query(on: db).count() > 0 else {
      throw Abort(.conflict, reason: "ยังไม่มีข้อมูล อปท. กรุณารัน sujarit setup ก่อน")
    }
    let period = try await FrameworkQueries(db: db).require(periodCode)
    let periodID = try period.requireID()
    let outline = period.outline
    guard !outline.dimensions.isEmpty else {
      throw Abort(.conflict, reason: "แผนช่วงปี \(periodCode) ยังไม่มีมิติ จึงสร้างข้อมูลตัวอย่างไม่ได้")
    }
    let rounds = try await pastRounds(of: period)
    let taken = Set(try await Plan.query(on: db).filter(\.$period.$id == periodID).all().map(\.orgCode))
    var query = Organization.query(on: db).sort(\.$id)
    if let provinceCode { query = query.filter(\.$provinceCode == provinceCode) }
    if let limit { query = query.limit(max(limit, 0)) }
    let organizations = try await query.all()
    let byCode = Dictionary(organizations.compactMap { org in org.id.map { ($0, org) } }) { first, _ in first }
    let codes = organizations.compactMap(\.id).filter { !taken.contains($0) }
    let usernames = Set(try await User.query(on: db).field(\.$username).all().map(\.username))
    var counts = Counts()
    for batch in codes.chunked(Self.organizationsPerBatch) {
      var rows = Rows()
      for code in batch {
        guard let organization = byCode[code] else { continue }
        build(code, organization: organization, period: period, outline: outline, rounds: rounds, into: &rows)
        if let accountPasswordHash { addAccounts(code, hash: accountPasswordHash, skipping: usernames, into: &rows) }
      }
      let batchRows = rows
      try await db.writeTransaction { db in try await batchRows.write(on: db as! any SQLDatabase) }
      counts.organizations += batch.count
      counts.projects += rows.projects.count
      counts.budgets += rows.budgets.count
      counts.reports += rows.reports.count
      counts.entries += rows.entries.count
      counts.accounts += rows.users.count
      if counts.organizations % 1_000 < Self.organizationsPerBatch { progress("… \(counts.description)") }
    }
    return counts
  }

  /// The period's rounds whose due date has passed, created (closed) when missing.
  private func pastRounds(of period: PlanPeriod) async throws -> [ReportRound] {
    var rounds: [ReportRound] = []
    for year in period.fiscalYears {
      for kind in RoundKind.allCases where kind.defaultDueDate(FiscalYear(year)) < Date() {
        if let existing = try await ReportRound.query(on: db).filter(\.$fiscalYear == year).filter(\.$kind == kind)
          .first()
        {
          rounds.append(existing)
        } else {
          let round = ReportRound(fiscalYear: year, kind: kind, dueDate: kind.defaultDueDate(FiscalYear(year)))
          round.openedAt = round.dueDate.addingTimeInterval(-30 * 24 * 3600)
          round.closedAt = round.dueDate.addingTimeInterval(24 * 3600)
          try await round.create(on: db)
          rounds.append(round)
        }
      }
    }
    return rounds
  }

  private func build(
    _ code: String, organization: Organization, period: PlanPeriod, outline: FrameworkOutline, rounds: [ReportRound],
    into rows: inout Rows
  ) {
    let name = organization.fullName
    let periodID = period.id ?? UUID()
    var random = SeededRandom(seed: seed, code)
    let planID = UUID.seeded(&random)
    let created = rounds.first?.openedAt ?? Date()
    rows.plans.append([
      b(planID), b(code), b(periodID), b(PlanStatus.approved.rawValue), b(1), b(0), b(created), b("นิติกร"), b(created),
      b("นายก \(code)"), b("นายกองค์กรปกครองส่วนท้องถิ่น"), b(created), b(created),
    ])
    let projects = DatasetRules.projects(&random, framework: outline).map { (UUID.seeded(&random), $0) }
    let publicPlan = ProjectIndexQueries.PlanInfo(
      planID: planID, orgCode: code, provinceCode: organization.provinceCode, orgType: organization.type,
      periodCode: period.code, fiscalYears: period.fiscalYears, version: 0, approvedAt: created)
    for (id, project) in projects {
      let published = ProjectSnapshot(
        id: id.uuidString, number: project.number, type: project.type, name: project.name,
        dimension: project.dimension, subMission: project.subMission, objectives: project.objectives,
        method: project.method, targetGroup: project.targetGroup, targetGroups: project.targetGroups,
        responsibleUnit: project.responsibleUnit, budgets: project.budgets, note: project.note)
      rows.publicProjects.append(ProjectIndexQueries.row(published, plan: publicPlan))
      rows.projects.append([
        b(id), b(planID), b(project.number), b(project.type.rawValue), b(project.name), b(project.dimension),
        project.subMission.map(b) ?? SQLLiteral.null, b(PlanProject.encode(project.objectives)),
        b(PlanProject.encode(project.method)), b(project.targetGroup), b(TargetGroup.stored(project.targetGroups)),
        b(project.responsibleUnit), b(""), b(false), b(1),
        b(created), b(created),
      ])
      for (year, amount) in project.budgets.sorted(by: { $0.key < $1.key }) {
        rows.budgets.append([b(UUID.seeded(&random)), b(id), b(year), b(amount)])
      }
    }
    for round in rounds {
      var roundRandom = SeededRandom(seed: seed, code, round.slug)
      let outcome = DatasetRules.outcome(&roundRandom)
      if outcome == .missing { continue }
      let reportID = UUID.seeded(&roundRandom)
      let status: ReportStatus
      var late = false
      switch outcome {
      case .submitted(let isLate):
        status = .submitted
        late = isLate
      case .awaitingConfirmation: status = .awaitingConfirmation
      default: status = .draft
      }
      let submittedAt = round.dueDate.addingTimeInterval(late ? 5 * 24 * 3600 : -3 * 24 * 3600)
      let sent: any SQLExpression = status == .draft ? SQLLiteral.null : b(submittedAt)
      let done: any SQLExpression = status == .submitted ? b(submittedAt) : SQLLiteral.null
      rows.reports.append([
        b(reportID), b(code), b(round.id!), b(status.rawValue), b(2), b(""), b(""), b("นิติกร \(code)"), b("นิติกร"),
        b(false), sent, done, done, b(late), b(submittedAt), b(submittedAt),
      ])
      var lines: [(dimension: Int, sub: String, values: ReportEntryValues?, budget: Money)] = []
      var filedLines: [FiledReport.Line] = []
      var byTarget: [String: [ReportLine]] = [:]
      for (id, project) in projects {
        let snapshot = ProjectSnapshot(
          id: "", number: project.number, type: project.type, name: "", dimension: project.dimension,
          subMission: project.subMission, budgets: project.budgets)
        guard ReportScope.counts(snapshot, in: round.fiscalYear) else { continue }
        let budget = snapshot.budget(for: round.fiscalYear)
        let values = DatasetRules.entry(&roundRandom, kind: round.kind, budget: budget, complete: status != .draft)
        lines.append((project.dimension, project.subMission ?? "", values, budget))
        let entry = values ?? ReportEntryValues(progress: nil, budget: budget)
        filedLines.append(
          FiledReport.Line(
            projectID: id.uuidString, number: project.number, type: project.type, name: project.name,
            dimension: project.dimension, subMission: project.subMission, planBudget: budget,
            targetGroups: project.targetGroups, entry: entry))
        for group in project.targetGroups.isEmpty ? [""] : project.targetGroups.map(\.rawValue) {
          byTarget[group, default: []].append(entry.line)
        }
        guard let values else { continue }
        rows.entries.append([
          b(UUID.seeded(&roundRandom)), b(reportID), b(id), b(values.progress?.rawValue ?? ""),
          values.reason.map { b($0.rawValue) } ?? SQLLiteral.null, b(""), b(values.budget.satang),
          b(values.disbursed.satang), b(""), b(1), b("ข้อมูลจำลอง"), b(submittedAt),
        ])
      }
      guard status == .submitted else { continue }
      func totals(_ part: [(dimension: Int, sub: String, values: ReportEntryValues?, budget: Money)]) -> ReportSummary {
        ReportSummary(
          lines: part.map { $0.values?.line ?? ReportLine(progress: nil, budget: $0.budget, disbursed: .zero) })
      }
      let all = totals(lines)
      let filed = FiledReport(
        organizationName: name, fiscalYear: round.fiscalYear, round: round.kind, lines: filedLines,
        thresholds: .defaults(for: round.kind), problems: "", suggestions: "", reporterName: "นิติกร \(code)",
        reporterPosition: "นิติกร", sentBy: nil, confirmedBy: "", dataDate: submittedAt)
      let content = String(decoding: (try? FilingQueries.encoder.encode(filed)) ?? Data("{}".utf8), as: UTF8.self)
      rows.filings.append([
        b(UUID.seeded(&roundRandom)), b(reportID), b(code), b(round.id!), b(1), b(submittedAt), b(""), b(late),
        b(content), b(content.utf8.count),
      ])
      for (group, part) in byTarget.sorted(by: { $0.key < $1.key }) {
        let sum = ReportSummary(lines: part)
        rows.targets.append([
          b(UUID.seeded(&roundRandom)), b(reportID), b(round.id!), b(code), b(group), b(sum.projects),
          b(sum.inProgress),
          b(sum.completed), b(sum.cannot), b(sum.budget.satang), b(sum.disbursed.satang),
        ])
      }
      rows.stats.append([
        b(UUID.seeded(&roundRandom)), b(reportID), b(code), b(round.id!), b(all.projects), b(all.pending),
        b(all.inProgress), b(all.completed), b(all.cannot), b(all.budget.satang), b(all.disbursed.satang),
      ])
      let groups = Dictionary(grouping: lines) { "\($0.dimension)|\($0.sub)" }
      for key in groups.keys.sorted() {
        let part = groups[key]!
        let sum = totals(part)
        rows.groups.append([
          b(UUID.seeded(&roundRandom)), b(reportID), b(round.id!), b(code), b(part[0].dimension), b(part[0].sub),
          b(sum.projects), b(sum.inProgress), b(sum.completed), b(sum.cannot), b(sum.budget.satang),
          b(sum.disbursed.satang),
        ])
      }
    }
  }

  /// The organization's officer (`<code>`) and executive (`<code>-2`), unless those names exist.
  private func addAccounts(_ code: String, hash: String, skipping taken: Set<String>, into rows: inout Rows) {
    var random = SeededRandom(seed: seed, code, "accounts")
    let now = Date()
    for (username, name, role) in [
      (code, "นิติกร \(code)", Role.laoOfficer), ("\(code)-2", "นายก \(code)", Role.laoExecutive),
    ] where !taken.contains(username) {
      rows.users.append([
        b(UUID.seeded(&random)), b(username), b(name), b(role.rawValue), b(code), b(hash), b(false), b(false), b(now),
      ])
    }
  }

  private func b(_ value: some Encodable & Sendable) -> any SQLExpression { SQLBind(value) }
}

/// One batch of generated rows, table by table, in insertion order (parents first).
private struct Rows {
  var plans: [[any SQLExpression]] = []
  var projects: [[any SQLExpression]] = []
  var publicProjects: [[any SQLExpression]] = []
  var budgets: [[any SQLExpression]] = []
  var reports: [[any SQLExpression]] = []
  var entries: [[any SQLExpression]] = []
  var stats: [[any SQLExpression]] = []
  var groups: [[any SQLExpression]] = []
  var filings: [[any SQLExpression]] = []
  var targets: [[any SQLExpression]] = []
  var users: [[any SQLExpression]] = []

  func write(on sql: any SQLDatabase) async throws {
    try await insert(
      "users",
      [
        "id", "username", "display_name", "role", "org_code", "password_hash", "must_set_password", "is_disabled",
        "created_at",
      ],
      users, on: sql)
    try await insert(
      "plans",
      [
        "id", "org_code", "period_id", "status", "version", "approved_versions", "submitted_at", "submitted_by",
        "approved_at", "approver_name", "approver_position", "created_at", "updated_at",
      ], plans, on: sql)
    try await insert(
      "plan_projects",
      [
        "id", "plan_id", "number", "type", "name", "dimension_number", "sub_mission_number", "objectives", "method",
        "target_group", "target_groups", "responsible_unit", "note", "inconsistent", "version", "created_at",
        "updated_at",
      ], projects, on: sql)
    try await ProjectIndexQueries.insert(publicProjects, on: sql)
    try await insert("plan_project_budgets", ["id", "project_id", "fiscal_year", "amount_satang"], budgets, on: sql)
    try await insert(
      "reports",
      [
        "id", "org_code", "round_id", "status", "version", "problems", "suggestions", "reporter_name",
        "reporter_position", "prefilled", "sent_at", "submitted_at", "first_submitted_at", "late", "created_at",
        "updated_at",
      ], reports, on: sql)
    try await insert(
      "report_entries",
      [
        "id", "report_id", "project_id", "progress", "reason", "reason_text", "budget_satang", "disbursed_satang",
        "note", "version", "updated_by", "updated_at",
      ], entries, on: sql)
    try await insert(
      "report_stats",
      [
        "id", "report_id", "org_code", "round_id", "projects", "pending", "in_progress", "completed", "cannot",
        "budget_satang", "disbursed_satang",
      ], stats, on: sql)
    try await insert(
      "report_group_stats",
      [
        "id", "report_id", "round_id", "org_code", "dimension", "sub_mission", "projects", "in_progress", "completed",
        "cannot", "budget_satang", "disbursed_satang",
      ], groups, on: sql)
    try await insert(
      "report_filings",
      [
        "id", "report_id", "org_code", "round_id", "sequence", "filed_at", "confirmed_by", "late", "content",
        "size_bytes",
      ], filings, on: sql)
    try await insert(
      "report_target_stats",
      [
        "id", "report_id", "round_id", "org_code", "target_group", "projects", "in_progress", "completed", "cannot",
        "budget_satang", "disbursed_satang",
      ], targets, on: sql)
  }

  private func insert(_ table: String, _ columns: [String], _ rows: [[any SQLExpression]], on sql: any SQLDatabase)
    async throws
  { try await BatchInsert.run(table, columns, rows, on: sql) }
}

extension UUID {
  /// A UUID drawn from the seeded generator (version-4 layout), so reruns give the same ids.
  static func seeded(_ random: inout SeededRandom) -> UUID {
    let high = random.next(), low = random.next()
    var bytes = withUnsafeBytes(of: high.bigEndian, Array.init) + withUnsafeBytes(of: low.bigEndian, Array.init)
    bytes[6] = (bytes[6] & 0x0F) | 0x40
    bytes[8] = (bytes[8] & 0x3F) | 0x80
    return UUID(
      uuid: (
        bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8], bytes[9], bytes[10],
        bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
      ))
  }
}
