import Domain
import Foundation
import Vapor

/// `sujarit import-ita --fiscal-year 2565 --file ita.csv`: a year's ITA results for many
/// organizations (`code,i1,…,i10[,iit_respondents,eit_respondents]`), all-or-nothing, Thai row
/// errors to stderr; exit 1 for refused data, 2 for bad options.
struct ImportItaCommand: AsyncCommand {
  struct Signature: CommandSignature {
    @Option(name: "fiscal-year", help: "fiscal year in the Buddhist era, e.g. 2565") var year: String?
    @Option(name: "file", help: "path to a .csv or .xlsx file") var file: String?
  }

  var help: String { "Imports a year's ITA results from a CSV or XLSX file (all-or-nothing)." }

  func run(using context: CommandContext, signature: Signature) async throws {
    let app = context.application
    func fail(_ message: String, _ code: Int32 = 2) -> ExitCode {
      context.console.error(message)
      return ExitCode(code)
    }
    let usage = "ต้องระบุ --fiscal-year <พ.ศ. เช่น 2565> --file <ไฟล์ .csv หรือ .xlsx>"
    guard let yearText = signature.year, yearText.count <= 4, let year = Int(ThaiDigits.toArabic(yearText)),
      (2500...2700).contains(year), let path = signature.file, !path.isEmpty
    else { throw fail(usage) }
    guard let data = FileManager.default.contents(atPath: path) else { throw fail("เปิดไฟล์ \(path) ไม่ได้") }
    try await app.autoMigrate()
    let file = File(data: ByteBuffer(data: data), filename: URL(fileURLWithPath: path).lastPathComponent)
    let table: (header: [String], rows: [[String]])
    do {
      table = try SpreadsheetFile.read(file)
    } catch let error as AbortError {
      throw fail(error.reason, 1)
    }
    let actor = AuditActor(id: nil, name: "นำเข้าทางบรรทัดคำสั่ง (import-ita)", address: nil)
    do {
      let count = try await ItaImportRunner.run(table, fiscalYear: year, db: app.db, actor: actor)
      context.console.print(ItaImportRunner.done(year, count))
    } catch let problems as ImportProblems {
      context.console.error("ไม่ได้นำเข้า: พบปัญหา \(problems.items.count) รายการ")
      problems.items.prefix(1_000).forEach { context.console.error("  \($0.description)") }
      throw ExitCode(1)
    }
  }
}
