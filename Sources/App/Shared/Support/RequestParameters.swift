import Domain
import Vapor

extension Request {
  /// The `format` query parameter of a page that also downloads itself: "" for the page,
  /// "csv" or "xlsx"; anything else is a Thai 400.
  func downloadFormat() throws -> String {
    let format = query[String.self, at: "format"] ?? ""
    guard ["", "csv", "xlsx"].contains(format) else { throw Abort(.badRequest, reason: "รูปแบบไฟล์ต้องเป็น csv หรือ xlsx") }
    return format
  }

  /// A fiscal year in the query (`fy`): nil when absent or empty, a Thai 400 when it is not a
  /// four-digit Buddhist-era year.
  func fiscalYearQuery(_ name: String = "fy") throws -> Int? {
    guard let typed = query[String.self, at: name], !typed.isEmpty else { return nil }
    guard let year = FiscalYear.parse(typed: typed) else { throw Self.badFiscalYear }
    return year
  }

  static let badFiscalYear = Abort(
    .badRequest, reason: "ปีงบประมาณต้องเป็นปี พ.ศ. 4 หลัก เช่น \(FiscalYear(containing: Date()).buddhistYear)")
}
