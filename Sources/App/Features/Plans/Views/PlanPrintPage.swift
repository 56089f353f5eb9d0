import Domain
import Foundation

struct PlanPrintModel {
  let code: String
  let periodCode: String
  let organizationName: String
  let title: String
  let subtitle: String
  let outline: PlanOutlineModel

  init(context: PlanContext, plan: Plan, projects: [ProjectSnapshot], latest: PlanVersion?) {
    code = context.code
    periodCode = context.period.code
    organizationName = context.record.organization.fullName
    title = "แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. \(context.period.startYear) – \(context.period.endYear))"
    let version =
      plan.status == .approved ? latest.map { "\($0.label) อนุมัติเมื่อ \(ThaiCalendar.longDate($0.approvedAt))" } : nil
    subtitle =
      context.record.organization.fullName + " จังหวัด" + context.record.province.nameTH
      + (version.map { " · \($0)" } ?? " · \(plan.status.thaiName)")
    outline = PlanOutlineModel(outline: context.outline, projects: projects.filter { !$0.inconsistent })
  }
}

/// The plan as LAOs print it (ส่วนที่ 2 of their plan document): A4 landscape, Thai official
/// font, page numbers, organization and period repeated on every page.
struct PlanPrintPage {
  let model: PlanPrintModel

  var html: HTML {
    let head = HTML.Head(
      title: "\(model.title) \(model.organizationName)", stylesheets: ["/static/print.css"],
      scripts: ["/static/app.js"])
    return HTML(head: head) {
      Div {
        Button("พิมพ์").attribute(named: "type", value: "button").class("button primary").attribute(
          named: "data-print", value: "1")
        Link("กลับไปที่แผน", url: Paths.plan(model.code, model.periodCode))
      }.class("toolbar")
      PlanTableView(title: model.title, subtitle: model.subtitle, outline: model.outline)
    }
  }
}
