import Domain
import Fluent
import Foundation
import Vapor

/// `sujarit import-report --org <code> --fiscal-year 2568 --round 6 --file report.csv [--submit]`:
/// loads a round's entries for an organization, all-or-nothing, printing Thai row errors.
/// With `--submit` the report is then marked submitted (as if sent and confirmed).
struct ImportReportCommand: AsyncCommand {
  struct Signature: CommandSignature {
    @Option(name: "org", help: "7-digit organization code") var org: String?
    @Option(name: "fiscal-year", help: "fiscal year in the Buddhist era, e.g. 2568") var year: Int?
    @Option(name: "round", help: "6 or 12") var round: Int?
    @Option(name: "file", help: "path to a .csv or .xlsx file") var file: String?
    @Flag(name: "submit", help: "mark the report submitted after importing") var submit: Bool
  }

  var help: String { "Imports an organization's round report from a CSV or XLSX file (all-or-nothing)." }

  func run(using context: CommandContext, signature: Signature) async throws {
    let app = context.application
    func fail(_ message: String, _ code: Int32 = 2) -> ExitCode {
      context.console.error(message)
      return ExitCode(code)
    }
    guard let org = signature.org.flatMap(DLACode.init)?.value, let year = signature.year,
      let kind = signature.round.flatMap(RoundKind.init(rawValue:)), let path = signature.file
    else { throw fail("ต้องระบุ --org <รหัส 7 หลัก> --fiscal-year <พ.ศ.> --round <6|12> --file <ไฟล์> [--submit]") }
    guard let data = FileManager.default.contents(atPath: path) else { throw fail("เปิดไฟล์ \(path) ไม่ได้") }
    try await app.autoMigrate()
    guard try await Organization.find(org, on: app.db) != nil else { throw fail("ไม่พบองค์กรรหัส \(org)") }
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
    guard signature.submit else { return }
    let fresh = try await queries.rows(planID: plan.id, report: report, year: year)
    let pending = ReportSummary(lines: fresh.map(\.values.line)).pending
    guard pending == 0 else { throw fail("ส่งรายงานไม่ได้: ยังมี \(pending) โครงการที่รอรายงาน", 1) }
    try await queries.transition(report, .send, actor: actor) { $0.sentAt = Date() }
    try await queries.confirm(report, rows: fresh, by: actor.name, dueDate: round.dueDate, actor: actor)
    context.console.print("ส่งรายงานแล้ว")
  }
}
