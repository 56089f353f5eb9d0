import Domain
import Vapor

/// A report's filed copies: each confirmation froze one ("ส่งครั้งที่ 1 เมื่อ …"). Every copy
/// stays readable and printable, and two copies compare cell by cell. Public, as the reports
/// were when filed.
struct FilingRoutes: RouteCollection {
  func boot(routes: any RoutesBuilder) throws {
    let filings = routes.grouped("organizations", ":code", "reports", ":year", ":round", "filings")
    filings.get("compare", use: compare)
    filings.get(":sequence", use: copy)
  }

  /// One filed copy, in the official print layout.
  func copy(req: Request) async throws -> Response {
    let context = try await ReportContext.load(req, filings: true)
    let reportID = try requireReport(context)
    guard let number = req.parameters.get("sequence").flatMap({ Int($0) }), number > 0,
      let (_, filed) = try await FilingQueries(db: req.db).copy(of: reportID, sequence: number)
    else { throw Abort(.notFound, reason: "ไม่พบสำเนารายงานที่ส่งครั้งนี้") }
    let thai = req.query[String.self, at: "digits"] == "thai"
    var model = ReportPrintModel(
      context: context, rows: FilingQueries.rows(filed), thaiDigits: thai, copy: (number, filed))
    model.copyPath = Paths.report(context.code, context.year, context.kind.rawValue) + "/filings/\(number)"
    return req.page(ReportPrintPage(model: model).html)
  }

  /// `?from=1&to=2` (default: the last two copies).
  func compare(req: Request) async throws -> Response {
    let context = try await ReportContext.load(req, filings: true)
    let reportID = try requireReport(context)
    let queries = FilingQueries(db: req.db)
    let list = try await queries.list(of: reportID)
    guard list.count >= 2 else {
      throw Abort(.notFound, reason: "รายงานนี้ส่งเพียง \(list.count) ครั้ง จึงยังไม่มีสำเนาให้เปรียบเทียบ")
    }
    func number(_ key: String, _ fallback: Int) throws -> Int {
      guard let text = req.query[String.self, at: key], !text.isEmpty else { return fallback }
      guard let value = Int(text), list.contains(where: { $0.sequence == value }) else {
        throw Abort(.badRequest, reason: "ไม่มีสำเนาที่ส่งครั้งที่ \"\(text.prefix(12))\" (มี 1–\(list.count))")
      }
      return value
    }
    let to = try number("to", list[list.count - 1].sequence)
    let from = try number("from", list[list.count - 2].sequence)
    guard let (_, old) = try await queries.copy(of: reportID, sequence: from),
      let (_, new) = try await queries.copy(of: reportID, sequence: to)
    else { throw Abort(.notFound, reason: "ไม่พบสำเนารายงาน") }
    let model = FilingDiffModel(
      title: context.title, path: Paths.report(context.code, context.year, context.kind.rawValue),
      choices: list.map { (String($0.sequence), $0.label) }, from: from, to: to,
      diff: FiledReportDiff(from: old, to: new))
    return req.page(FilingDiffPage(shell: req.shell("เปรียบเทียบรายงานที่ส่งแต่ละครั้ง"), model: model).html)
  }

  private func requireReport(_ context: ReportContext) throws -> UUID {
    guard let report = context.report, report.firstSubmittedAt != nil, let id = report.id else {
      throw Abort(.notFound, reason: "รายงานรอบนี้ยังไม่เคยส่ง จึงยังไม่มีสำเนาที่ส่ง")
    }
    return id
  }
}
