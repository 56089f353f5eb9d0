import Domain
import Foundation

/// One organization and all its units for a round, in one table (the BMA office's view of
/// กรุงเทพมหานคร): plan status, approval, report status and, for submitted reports, the
/// figures kept at confirmation; then the totals of the whole organization. Draft reports
/// show their status only.
struct UnitRollupModel {
  struct Row {
    let code: String
    let name: String
    let planPath: String
    let reportPath: String
    let planStatus: String
    let approved: String
    let reportStatus: String
    let submitted: Bool
    let projects: String
    let completed: String
    let inProgress: String
    let implementation: String
    let budget: String
    let disbursed: String
    let disbursement: String
    /// The signed-in officer may return this unit's submitted report for revision.
    let canReturn: Bool

    var cells: [String] {
      [
        code, name, planStatus, approved, reportStatus, projects, completed, inProgress, implementation, budget,
        disbursed, disbursement,
      ]
    }
  }

  static let header = [
    "รหัส", "หน่วยงาน", "สถานะแผน", "อนุมัติแผน", "สถานะรายงาน", "จำนวนโครงการ", "ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ",
    "การนำแผนไปปฏิบัติ (%)", "งบประมาณ (บาท)", "เบิกจ่าย (บาท)", "การเบิกจ่าย (%)",
  ]
  static let formulas = [
    ReportSummary.implementationFormula, ReportSummary.disbursementFormula,
    "ตัวเลขมาจากรายงานที่ส่งแล้ว (ผู้บริหารยืนยันแล้ว) เท่านั้น รายงานที่ยังไม่ส่งแสดงเฉพาะสถานะ แต่ละหน่วยงานนับครั้งเดียว",
  ]

  let code: String
  let name: String
  let title: String
  let roundSlug: String
  let rounds: [(value: String, label: String)]
  let periodName: String
  let rows: [Row]
  let total: Row
  let summary: String
  let asOf: String

  init(
    record: OrganizationRecord, round: ReportRound, rounds: [ReportRound], period: PlanPeriod?,
    rows: [OversightOrgRow], canReturn: (OversightOrgRow) -> Bool
  ) {
    let organization = record.organization
    code = organization.code
    name = organization.fullName
    title = "ภาพรวมหน่วยงานของ\(organization.fullName) \(round.title)"
    roundSlug = round.slug
    self.rounds = rounds.map { ($0.slug, $0.title) }
    periodName = period?.name ?? "ไม่มีแผนช่วงใดครอบคลุมปีงบประมาณ \(round.fiscalYear)"
    let periodCode = period?.code ?? ""
    // The organization itself first, then its units in code order.
    let rank = { (row: OversightOrgRow) in (row.code == organization.code ? 0 : 1, row.code) }
    let ordered = rows.sorted { rank($0) < rank($1) }
    self.rows = ordered.map { row in
      let figures = AreaFigures([row.figures])
      let plan = row.plan_status.flatMap(PlanStatus.init(rawValue:))
      return Self.row(
        code: row.code, name: OrganizationType(rawValue: row.type)?.fullName(row.name) ?? row.name,
        planPath: Paths.plan(row.code, periodCode),
        reportPath: Paths.report(row.code, round.fiscalYear, round.kind.rawValue),
        planStatus: plan?.thaiName ?? "ยังไม่มีแผน", approved: plan == .approved ? "อนุมัติแล้ว" : "ยังไม่อนุมัติ",
        reportStatus: (row.status.flatMap(ReportStatus.init(rawValue:))?.thaiName ?? "ยังไม่เริ่มรายงาน")
          + (row.submitted && row.late == true ? " (ล่าช้า)" : ""),
        figures: row.submitted ? figures : nil, canReturn: row.submitted && canReturn(row))
    }
    let all = AreaFigures(rows.map(\.figures))
    total = Self.row(
      code: "", name: "รวมทั้ง\(organization.fullName) (\(rows.count) หน่วยงาน)", planPath: "", reportPath: "",
      planStatus: "มีแผน \(all.plans) แห่ง", approved: "อนุมัติแล้ว \(all.plansApproved) แห่ง",
      reportStatus: "ส่งแล้ว \(all.rate.submitted) จาก \(all.rate.expected) แห่ง", figures: all, canReturn: false)
    summary =
      "\(rows.count) หน่วยงาน · มีแผน \(all.plans) · อนุมัติแผนแล้ว \(all.plansApproved) · ส่งรายงานแล้ว \(all.rate.submitted)"
      + " · การนำแผนไปปฏิบัติร้อยละ \(all.implementationPercent?.description ?? "—")"
      + " · เบิกจ่ายร้อยละ \(all.disbursementPercent?.description ?? "—")"
    asOf = "ข้อมูล ณ \(ThaiCalendar.shortDateTime(Date()))"
  }

  /// `figures` nil: the report is not submitted, so only its status is shown.
  private static func row(
    code: String, name: String, planPath: String, reportPath: String, planStatus: String, approved: String,
    reportStatus: String, figures: AreaFigures?, canReturn: Bool
  ) -> Row {
    let show = { (text: String) in figures == nil ? "—" : text }
    return Row(
      code: code, name: name, planPath: planPath, reportPath: reportPath, planStatus: planStatus, approved: approved,
      reportStatus: reportStatus, submitted: figures != nil, projects: show(String(figures?.projects ?? 0)),
      completed: show(String(figures?.completed ?? 0)), inProgress: show(String(figures?.inProgress ?? 0)),
      implementation: show(figures?.implementationPercent?.description ?? "—"),
      budget: show(figures?.budget.formatted ?? ""), disbursed: show(figures?.disbursed.formatted ?? ""),
      disbursement: show(figures?.disbursementPercent?.description ?? "—"), canReturn: canReturn)
  }

  var downloadRows: [[String]] { rows.map(\.cells) + [total.cells] }

  func link(_ path: String, _ extra: [(String, String)] = []) -> String {
    Paths.withQuery(path, [("round", roundSlug)] + extra)
  }
}

/// The roll-up page: choose a round, see every unit, return a submitted report for revision
/// (through the report's own return route), print or download the consolidated view.
struct UnitRollupPage {
  let shell: PageShell
  let model: UnitRollupModel

  var html: HTML {
    Layout.page(shell) {
      Paragraph { Link(model.name, url: Paths.organization(model.code)) }.class("breadcrumbs")
      H1(model.title)
      Form(url: Paths.units(model.code), method: .get) {
        Div {
          SelectField(label: "รอบการรายงาน", name: "round", options: model.rounds, selected: model.roundSlug)
          Button("แสดง").attribute(named: "type", value: "submit").class("button")
        }.class("filters")
      }
      Paragraph("\(model.periodName) · \(model.summary) · \(model.asOf)").class("count")
      Div {
        Link("พิมพ์", url: model.link(Paths.unitsPrint(model.code))).class("button primary")
        Link("Excel", url: model.link(Paths.units(model.code), [("format", "xlsx")])).class("button")
        Link("CSV", url: model.link(Paths.units(model.code), [("format", "csv")])).class("button")
      }.class("actions")
      Table(
        header: TableRow {
          for heading in UnitRollupModel.header { TableHeaderCell(heading) }
          TableHeaderCell("ส่งกลับให้แก้ไข")
        },
        rows: {
          for row in model.rows {
            TableRow {
              TableCell(row.code).class("code")
              TableCell { Link(row.name, url: row.reportPath) }
              TableCell { Link(row.planStatus, url: row.planPath) }
              TableCell(row.approved)
              TableCell(row.reportStatus).class(row.submitted ? "status" : "status bad")
              numbers(row)
              TableCell {
                if row.canReturn {
                  Form(url: row.reportPath + "/return", method: .post) {
                    CSRFField(token: shell.csrfToken)
                    Input(type: .text, name: "comment", value: "").attribute(
                      named: "aria-label", value: "สิ่งที่ต้องแก้ไขของ\(row.name)"
                    ).attribute(named: "required", value: "required")
                    Button("ส่งกลับ").attribute(named: "type", value: "submit").class("button small")
                      .attribute(named: "data-confirm", value: "ส่งรายงานของ\(row.name)กลับให้แก้ไข?")
                  }.class("rename")
                }
              }
            }
          }
          TableRow {
            TableCell(model.total.code)
            TableCell(model.total.name)
            TableCell(model.total.planStatus)
            TableCell(model.total.approved)
            TableCell(model.total.reportStatus)
            numbers(model.total)
            TableCell("")
          }.class("total")
        }
      ).class("data compact")
      List(UnitRollupModel.formulas).class("hint")
    }
  }

  private func numbers(_ row: UnitRollupModel.Row) -> Component {
    ComponentGroup(
      members: [
        row.projects, row.completed, row.inProgress, row.implementation, row.budget, row.disbursed, row.disbursement,
      ].map { TableCell($0).class("number") })
  }
}

/// The consolidated view for print: A4 landscape like the other print views.
struct UnitRollupPrintPage {
  let model: UnitRollupModel

  var html: HTML {
    let head = HTML.Head(title: model.title, stylesheets: ["/static/print.css"], scripts: ["/static/app.js"])
    return HTML(head: head) {
      Div {
        Button("พิมพ์").attribute(named: "type", value: "button").class("button primary").attribute(
          named: "data-print", value: "1")
        Link("กลับไปที่ภาพรวม", url: model.link(Paths.units(model.code)))
      }.class("toolbar")
      Div {
        H1(model.title).class("report-title")
        Paragraph("\(model.periodName) · \(model.asOf)").class("center")
        El("table") {
          El("thead") {
            El("tr") { for heading in UnitRollupModel.header { El("th") { Text(heading) } } }
          }
          El("tbody") {
            for row in model.rows { line(row) }
            line(model.total).class("total")
          }
        }.class("report-print rollup-print")
        Paragraph(model.summary).class("as-of")
        List(UnitRollupModel.formulas)
      }.class("official-report")
    }
  }

  private func line(_ row: UnitRollupModel.Row) -> El {
    El("tr") {
      for (index, cell) in row.cells.enumerated() {
        El("td") { Text(cell) }.class(index >= 5 ? "number" : "")
      }
    }
  }
}
