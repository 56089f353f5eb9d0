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
    let years = model.outline.years
    let head = HTML.Head(
      title: "\(model.title) \(model.organizationName)", stylesheets: ["/static/print.css"],
      scripts: ["/static/app.js"])
    return HTML(head: head) {
      Div {
        Button("พิมพ์").attribute(named: "type", value: "button").class("button primary").attribute(
          named: "data-print", value: "1")
        Link("กลับไปที่แผน", url: Paths.plan(model.code, model.periodCode))
      }.class("toolbar")
      El("table") {
        El("colgroup") {
          for name in ["dimension", "sub", "project", "objectives", "method"] { El("col").class(name) }
          for _ in years { El("col").class("budget") }
        }
        El("thead") {
          El("tr") {
            El("th") {
              Paragraph(model.title).class("title")
              Paragraph(model.subtitle)
            }.attribute(named: "colspan", value: String(5 + years.count)).class("page-title")
          }
          El("tr") {
            for heading in ["มิติ", "ภารกิจตามมิติ", "โครงการ/กิจกรรม/มาตรการ", "วัตถุประสงค์", "วิธีดำเนินการ"] {
              El("th") { Text(heading) }.attribute(named: "rowspan", value: "2")
            }
            El("th") { Text("งบประมาณ (บาท)") }.attribute(named: "colspan", value: String(years.count))
          }
          El("tr") {
            for year in years { El("th") { Text(String(year)) }.class("year") }
          }
        }
        El("tbody") {
          for dimension in model.outline.dimensions {
            let groups =
              [(number: "", name: "", projects: dimension.loose)]
              + dimension.subMissions.map { (number: $0.number, name: $0.name, projects: $0.projects) }
            let all = groups.flatMap { group in group.projects.map { (group, $0) } }
            for (index, item) in all.enumerated() {
              let firstOfGroup = index == 0 || all[index - 1].0.number != item.0.number
              El("tr") {
                El("td") { Text(index == 0 ? "\(dimension.number). \(dimension.name)" : "") }
                El("td") { Text(firstOfGroup && !item.0.number.isEmpty ? "\(item.0.number) \(item.0.name)" : "") }
                El("td") {
                  Text("\(item.1.number). \(item.1.name)")
                  if !item.1.targetGroups.isEmpty {
                    Paragraph("กลุ่มเป้าหมาย: " + item.1.targetGroups.map(\.thaiName).joined(separator: ", ")).class(
                      "hint")
                  }
                }
                El("td") { Text(NumberedList.text(item.1.objectives)) }.class("lines")
                El("td") { Text(NumberedList.text(item.1.method)) }.class("lines")
                for year in years {
                  El("td") { Text(PlanOutlineModel.money(item.1.budget(for: year))) }.class("number")
                }
              }
            }
            El("tr") {
              El("td") { Text("รวมมิติที่ \(dimension.number) จำนวน \(dimension.line.count) โครงการ") }
                .attribute(named: "colspan", value: "5")
              for year in years {
                El("td") { Text(PlanOutlineModel.money(dimension.line.budget(year))) }.class("number")
              }
            }.class("subtotal")
          }
          El("tr") {
            El("td") { Text("รวม จำนวน \(model.outline.overall.count) โครงการ") }.attribute(
              named: "colspan", value: "5")
            for year in years {
              El("td") { Text(PlanOutlineModel.money(model.outline.overall.budget(year))) }.class("number")
            }
          }.class("subtotal total")
        }
      }.class("plan-print")
    }
  }
}
