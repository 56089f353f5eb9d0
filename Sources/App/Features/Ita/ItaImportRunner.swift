import Domain
import Fluent
import Vapor

/// The one path of an import for the admin page and `sujarit import-ita`.
enum ItaImportRunner {
  static func run(
    _ table: (header: [String], rows: [[String]]), fiscalYear: Int, db: Database, actor: AuditActor
  ) async throws -> Int {
    switch ItaImport.parse(header: table.header, rows: table.rows) {
    case .failure(let problems): throw problems
    case .success(let rows):
      return try await ItaQueries(db: db).importResults(rows, fiscalYear: fiscalYear, actor: actor)
    }
  }

  static func done(_ year: Int, _ count: Int) -> String { "นำเข้าผล ITA ปีงบประมาณ \(year) แล้ว \(count) หน่วยงาน" }
}
