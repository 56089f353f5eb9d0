import Domain
import Foundation

struct ReviewQueueModel {
  struct Line {
    let organization: String
    let province: String
    let project: String
    let path: String
    let detail: String
  }

  let roundTitle: String?
  let rounds: [(slug: String, title: String)]
  let roundSlug: String?
  let flagged: [Line]
  let unusual: [Line]

  init(round: ReportRound?, rounds: [ReportRound], flagged: [ReviewRow], unusual: [ReviewRow]) {
    roundTitle = round?.title
    roundSlug = round?.slug
    self.rounds = rounds.map { ($0.slug, $0.title) }
    func name(_ row: ReviewRow) -> String {
      OrganizationType(rawValue: row.org_type)?.fullName(row.org_name) ?? row.org_name
    }
    self.flagged = flagged.map { row in
      Line(
        organization: name(row), province: row.province_name,
        project: "\(row.number). \(row.name) (มิติที่ \(row.dimension))",
        path: row.period_code.map { Paths.project(row.org_code, $0, row.project_id.uuidString) }
          ?? Paths.organizationPlans(row.org_code),
        detail: row.detail ?? "")
    }
    self.unusual = unusual.map { row in
      let overspent = (row.disbursed ?? 0) > (row.budget ?? 0)
      let money =
        overspent
        ? "เบิกจ่าย \(Money(satang: row.disbursed ?? 0).formatted) เกินงบประมาณ \(Money(satang: row.budget ?? 0).formatted) บาท: "
        : "ไม่สามารถดำเนินการได้ (อื่นๆ): "
      return Line(
        organization: name(row), province: row.province_name, project: "\(row.number). \(row.name)",
        path: round.map {
          Paths.report(row.org_code, $0.fiscalYear, $0.kind.rawValue) + "/projects/\(row.project_id.uuidString)"
        } ?? "",
        detail: money + (row.detail ?? ""))
    }
  }
}

/// The national compliance-review queue.
struct ReviewQueuePage {
  let shell: PageShell
  let model: ReviewQueueModel

  var html: HTML {
    Layout.page(shell) {
      H1("รายการที่ควรตรวจสอบ")
      Paragraph("แสดงไม่เกิน \(ReviewQueries.limit) รายการต่อหมวด").class("hint")
      section("โครงการที่ระบุว่าไม่สอดคล้องกับมิติ (\(model.flagged.count))", model.flagged, detail: "เหตุผล")
      if let title = model.roundTitle {
        Form(url: Paths.review, method: .get) {
          Div {
            SelectField(
              label: "รอบการรายงาน", name: "round", options: model.rounds.map { ($0.slug, $0.title) },
              selected: model.roundSlug ?? "")
            Button("แสดง").attribute(named: "type", value: "submit").class("button")
          }.class("filters")
        }
        section(
          "รายงานที่ส่งแล้ว \(title): เบิกจ่ายเกินงบประมาณ หรือไม่สามารถดำเนินการได้ด้วยเหตุผลอื่น (\(model.unusual.count))",
          model.unusual, detail: "รายละเอียด")
      }
    }
  }

  private func section(_ title: String, _ lines: [ReviewQueueModel.Line], detail: String) -> Component {
    Div {
      H2(title)
      if lines.isEmpty {
        Paragraph("ไม่มีรายการ").class("notice")
      } else {
        Table(
          header: TableRow {
            TableHeaderCell("อปท.")
            TableHeaderCell("จังหวัด")
            TableHeaderCell("โครงการ")
            TableHeaderCell(detail)
          },
          rows: {
            for line in lines {
              TableRow {
                TableCell(line.organization)
                TableCell(line.province)
                TableCell { Link(line.project, url: line.path) }
                TableCell(line.detail)
              }
            }
          }
        ).class("data compact").attribute(named: "data-sortable", value: "1")
      }
    }
  }
}
