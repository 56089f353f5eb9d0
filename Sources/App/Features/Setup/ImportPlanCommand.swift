import Domain
import Fluent
import Foundation
import Vapor

/// `sujarit import-plan --org <code> --period 2561-2565 --file plan.csv`: loads a plan from a
/// CSV/XLSX file for an organization, all-or-nothing, and prints Thai row errors.
struct ImportPlanCommand: AsyncCommand {
  struct Signature: CommandSignature {
    @Option(name: "org", help: "7-digit organization code") var org: String?
    @Option(name: "period", help: "plan period, e.g. 2566-2570") var period: String?
    @Option(name: "file", help: "path to a .csv or .xlsx file") var file: String?
  }

  var help: String { "Imports an organization's plan from a CSV or XLSX file (all-or-nothing)." }

  func run(using context: CommandContext, signature: Signature) async throws {
    let app = context.application
    guard let org = signature.org.flatMap(DLACode.init)?.value, let periodCode = signature.period,
      let path = signature.file
    else {
      context.console.error("ต้องระบุ --org <รหัส 7 หลัก> --period <ช่วงแผน เช่น 2566-2570> --file <ไฟล์>")
      throw ExitCode(2)
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      context.console.error("เปิดไฟล์ \(path) ไม่ได้")
      throw ExitCode(2)
    }
    try await app.autoMigrate()
    guard try await Organization.find(org, on: app.db) != nil else {
      context.console.error("ไม่พบองค์กรรหัส \(org) (รัน sujarit setup ก่อนหรือไม่)")
      throw ExitCode(2)
    }
    let period = try await FrameworkQueries(db: app.db).require(periodCode)
    let file = File(data: ByteBuffer(data: data), filename: URL(fileURLWithPath: path).lastPathComponent)
    let table = try SpreadsheetFile.read(file)
    switch PlanImport.parse(header: table.header, rows: table.rows, framework: period.outline) {
    case .failure(let problems):
      context.console.error("ไม่ได้นำเข้า: พบปัญหา \(problems.items.count) รายการ")
      problems.items.forEach { context.console.error("  \($0.description)") }
      throw ExitCode(1)
    case .success(let projects):
      let actor = AuditActor(id: nil, name: "นำเข้าทางบรรทัดคำสั่ง (import-plan)", address: nil)
      let queries = PlanQueries(db: app.db)
      var plan = try await queries.plan(org: org, periodID: period.requireID())
      if plan == nil { plan = try await queries.create(org: org, period: period, actor: actor) }
      guard let plan else { return }
      if plan.status == .submitted {
        context.console.error("แผนอยู่ระหว่างรอผู้บริหารอนุมัติ นำเข้าไม่ได้")
        throw ExitCode(1)
      }
      let started = Date()
      let summary = try await PlanImportQueries(db: app.db).replaceProjects(
        of: plan, with: projects, columns: PlanImport.columns(in: table.header), years: period.fiscalYears, actor: actor
      )
      context.console.print(
        "นำเข้าแผน \(org) ช่วง \(period.code) แล้ว: \(summary.thai) ใน \(String(format: "%.2f", Date().timeIntervalSince(started))) วินาที"
      )
    }
  }
}

public struct ExitCode: Error, CustomStringConvertible {
  public let code: Int32
  public init(_ code: Int32) { self.code = code }
  public var description: String { "exit \(code)" }
}
