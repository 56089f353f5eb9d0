import Domain
import Fluent
import Foundation
import Vapor

/// `sujarit import-report --org <code> --fiscal-year 2568 --round 6 --file report.csv [--submit]`:
/// loads a round's entries for an organization, all-or-nothing, printing Thai row errors.
/// With `--submit` the report is then sent and confirmed (and filed as a frozen copy); projects
/// still รอรายงาน do not stop it, as in the national system: a Thai warning gives their count.
/// `--reporter-name`/`--reporter-position` fill the reporter.
struct ImportReportCommand: AsyncCommand {
  struct Signature: CommandSignature {
    @Option(name: "org", help: "7-digit organization code") var org: String?
    @Option(name: "fiscal-year", help: "fiscal year in the Buddhist era, e.g. 2568") var year: Int?
    @Option(name: "round", help: "6 or 12") var round: Int?
    @Option(name: "file", help: "path to a .csv or .xlsx file") var file: String?
    @Flag(name: "submit", help: "send and confirm the report after importing") var submit: Bool
    @Option(name: "reporter-name", help: "reporter's name (ชื่อผู้รายงาน)") var reporterName: String?
    @Option(name: "reporter-position", help: "reporter's position (ตำแหน่ง)") var reporterPosition: String?
  }

  var help: String { "Imports an organization's round report from a CSV or XLSX file (all-or-nothing)." }

  func run(using context: CommandContext, signature: Signature) async throws {
    let app = context.application
    func fail(_ message: String, _ code: Int32 = 2) -> ExitCode {
      context.console.error(message)
      return ExitCode(code)
    }
    let reporter = signature.reporterName.cleaned
    let position = signature.reporterPosition.cleaned
    guard reporter.count <= 200, position.count <= 200 else { throw fail("ชื่อและตำแหน่งผู้รายงานยาวไม่เกิน 200 ตัวอักษร") }
    guard let org = signature.org.flatMap(DLACode.init)?.value, let year = signature.year,
      let kind = signature.round.flatMap(RoundKind.init(rawValue:)), let path = signature.file
    else { throw fail("ต้องระบุ --org <รหัส 7 หลัก> --fiscal-year <พ.ศ.> --round <6|12> --file <ไฟล์> [--submit]") }
    guard let data = FileManager.default.contents(atPath: path) else { throw fail("เปิดไฟล์ \(path) ไม่ได้") }
    try await app.autoMigrate()
    guard let organization = try await Organization.find(org, on: app.db) else { throw fail("ไม่พบองค์กรรหัส \(org)") }
    guard
      let round = try await ReportRound.query(on: app.db).filter(\.$fiscalYear == year).filter(\.$kind == kind).first()
    else {
      throw fail(
        "ยังไม่มีรอบการรายงาน ปีงบประมาณ \(year) \(kind.thaiName) (สร้างด้วย sujarit rounds create --fiscal-year \(year) --round \(kind.rawValue) หรือที่ /admin/rounds)"
      )
    }
    let queries = ReportQueries(db: app.db)
    let period = try await FrameworkQueries(db: app.db).period(covering: year)
    guard let plan = try await PlanQueries(db: app.db).plan(org: org, periodID: period.requireID()) else {
      throw fail("\(org) ยังไม่มีแผนช่วงปี \(period.code)")
    }
    let actor = AuditActor(id: nil, name: "นำเข้าทางบรรทัดคำสั่ง (import-report)", address: nil)
    let report = try await queries.open(org: org, round: round, actor: actor)
    guard report.status == .draft || report.status == .returned else {
      throw fail("รายงานอยู่ในสถานะ \(report.status.thaiName) นำเข้าไม่ได้", 1)
    }
    let file = File(data: ByteBuffer(data: data), filename: URL(fileURLWithPath: path).lastPathComponent)
    let table = try SpreadsheetFile.read(file)
    let started = Date()
    let rows = try await queries.rows(planID: plan.id, report: report, year: year)
    switch try await ReportImportQueries(db: app.db).apply(table, to: report, rows: rows, actor: actor) {
    case .failure(let problems):
      context.console.error("ไม่ได้นำเข้า: พบปัญหา \(problems.items.count) รายการ")
      problems.items.forEach { context.console.error("  \($0.description)") }
      throw ExitCode(1)
    case .success(let saved):
      context.console.print(
        "นำเข้ารายงาน \(org) ปี \(year) \(kind.thaiName) แล้ว: บันทึก \(saved) รายการ ใน \(String(format: "%.2f", Date().timeIntervalSince(started))) วินาที"
      )
    }
    if !reporter.isEmpty || !position.isEmpty {
      try await queries.saveOverall(
        report, problems: report.problems, suggestions: report.suggestions,
        name: reporter.isEmpty ? report.reporterName : reporter,
        position: position.isEmpty ? report.reporterPosition : position, actor: actor)
    }
    guard signature.submit else { return }
    let summary = try await queries.summary(planID: plan.id, report: report, year: year)
    guard summary.projects > 0 else { throw fail("ส่งรายงานไม่ได้: ไม่มีโครงการที่ต้องรายงานในปีงบประมาณนี้ กรุณาตรวจสอบแผน", 1) }
    if let warning = ReportWorkflow.sendWarning(summary) { context.console.warning("คำเตือน: " + warning) }
    try await queries.transition(report, .send, actor: actor) { $0.sentAt = Date() }
    let heading = FilingQueries.Heading(
      organizationName: organization.fullName, round: round,
      thresholds: try await LevelQueries(db: app.db).all()[kind] ?? .defaults(for: kind))
    try await queries.confirm(report, planID: plan.id, heading: heading, by: actor.name, actor: actor)
    context.console.print(
      "ส่งรายงานแล้ว: \(summary.projects) โครงการ (รอรายงาน \(summary.pending), อยู่ระหว่างดำเนินการ \(summary.inProgress), "
        + "ดำเนินการแล้วเสร็จ \(summary.completed), ไม่สามารถดำเนินการได้ \(summary.cannot))")
  }
}
