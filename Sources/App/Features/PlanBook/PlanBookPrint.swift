import Domain
import Fluent
import Vapor

/// Which book a print asks for, and its model: the current draft for those who see the
/// organization, else (or with `version`) an approved version's frozen projects and book;
/// `year` makes it the annual plan of one fiscal year of the period.
enum PlanBookPrint {
  /// Both stylesheets, inlined into the page Chromium renders to PDF (read once).
  static let style =
    ((try? BundledResource.text("print.css", in: "Resources/Public/static")) ?? "")
    + ((try? BundledResource.text("book.css", in: "Resources/Public/static")) ?? "")

  static func query(_ req: Request, years: [Int]) throws -> PlanBookPrintQuery {
    func number(_ name: String) throws -> Int? {
      guard let text = req.query[String.self, at: name], !text.isEmpty else { return nil }
      guard Paging.isIntegerText(text), let value = Int(text) else {
        throw Abort(.badRequest, reason: "ค่า \(name) ต้องเป็นตัวเลข")
      }
      return value
    }
    let year = try number("year")
    if let year, !years.contains(year) {
      throw Abort(.badRequest, reason: "ปีงบประมาณ \(year) ไม่อยู่ในช่วงของแผนนี้")
    }
    return PlanBookPrintQuery(
      year: year, version: try number("version"), thaiDigits: req.query[String.self, at: "digits"] == "thai")
  }

  static func model(_ req: Request) async throws -> PlanBookPrintModel {
    let context = try await PlanContext.load(req)
    let plan = try context.requirePlan()
    let asked = try query(req, years: context.years)
    let versions = try await PlanQueries(db: req.db).versions(of: plan.requireID())
    let insider = context.canSeeHistory
    let name = context.record.organization.fullName
    let projects: [ProjectSnapshot]
    let book: [PlanBookSection: String]
    let versionLine: String
    if asked.version != nil || !insider {
      guard let version = asked.version.map({ number in versions.first { $0.number == number } }) ?? versions.last
      else {
        throw Abort(
          .notFound,
          reason: asked.version == nil ? "\(name) ยังไม่มีแผนฉบับที่ผู้บริหารอนุมัติ" : "ไม่พบฉบับที่เลือก กรุณาเลือกจากรายการฉบับของแผน")
      }
      projects = (try? JSONDecoder().decode([ProjectSnapshot].self, from: Data(version.snapshot.utf8))) ?? []
      book = PlanBookQueries.frozen(version) ?? [:]
      versionLine =
        "\(version.label) อนุมัติเมื่อ \(ThaiCalendar.longDate(version.approvedAt)) โดย \(version.approverName) \(version.approverPosition)"
    } else {
      projects = try await PlanQueries(db: req.db).snapshots(of: plan.requireID())
      book = try await PlanBookQueries(db: req.db).effective(context: context, plan: plan, fiscalYear: asked.year)
      versionLine =
        plan.status == .approved
        ? versions.last.map { "\($0.label) อนุมัติเมื่อ \(ThaiCalendar.longDate($0.approvedAt))" } ?? ""
        : "ฉบับร่าง (\(plan.status.thaiName)) พิมพ์เมื่อ \(ThaiCalendar.longDate(Date()))"
    }
    let years = asked.year.map { [$0] } ?? context.years
    let title =
      asked.year.map { "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. \($0)" }
      ?? "แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. \(context.period.startYear) – \(context.period.endYear))"
    let kept = projects.filter { project in
      !project.inconsistent
        && (asked.year.map { year in (project.budgets[year] ?? 0) > 0 || project.budgets.values.allSatisfy { $0 == 0 } }
          ?? true)
    }
    let outline = FrameworkOutline(code: context.outline.code, years: years, dimensions: context.outline.dimensions)
    func section(_ key: PlanBookSection) -> PlanBookPrintModel.Section? {
      book[key].map { .init(anchor: "sec-" + key.rawValue, title: key.title(organization: name), text: $0) }
    }
    return PlanBookPrintModel(
      code: context.code, periodCode: context.period.code, organizationName: name,
      placeLine: "จังหวัด" + context.record.province.nameTH, title: title, versionLine: versionLine,
      preface: section(.preface), partOne: PlanBookSection.allCases.filter { !$0.isPreface }.compactMap(section),
      table: PlanOutlineModel(outline: outline, projects: kept), tableTitle: title, thaiDigits: asked.thaiDigits,
      pdfPath: Paths.planBookPrint(
        context.code, context.period.code, year: asked.year, version: asked.version, thaiDigits: asked.thaiDigits,
        pdf: true))
  }
}
