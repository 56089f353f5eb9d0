import Domain

/// The plan's project table (ส่วนที่ 2 of the plan document), as the print view and the plan
/// book print it: organization and period repeated at the top of every page.
struct PlanTableView: PrimitiveComponent {
  let title: String
  let subtitle: String
  let outline: PlanOutlineModel
  var thaiDigits = false

  func render(into writer: inout HTMLWriter) { table.render(into: &writer) }

  private func d(_ text: String) -> String { thaiDigits ? ThaiDigits.convert(text) : text }
  private func T(_ text: String) -> Text { Text(d(text)) }

  private var table: Component {
    let years = outline.years
    return ComponentGroup(members: [
      El("table") {
        El("colgroup") {
          for name in ["dimension", "sub", "project", "objectives", "method"] { El("col").class(name) }
          for _ in years { El("col").class("budget") }
        }
        El("thead") {
          El("tr") {
            El("th") {
              Paragraph(d(title)).class("title")
              Paragraph(d(subtitle))
            }.attribute(named: "colspan", value: String(5 + years.count)).class("page-title")
          }
          El("tr") {
            for heading in ["มิติ", "ภารกิจตามมิติ", "โครงการ/กิจกรรม/มาตรการ", "วัตถุประสงค์", "วิธีดำเนินการ"] {
              El("th") { T(heading) }.attribute(named: "rowspan", value: "2")
            }
            El("th") { T("งบประมาณ (บาท)") }.attribute(named: "colspan", value: String(years.count))
          }
          El("tr") {
            for year in years { El("th") { T(String(year)) }.class("year") }
          }
        }
        El("tbody") {
          for dimension in outline.dimensions {
            let groups =
              [(number: "", name: "", projects: dimension.loose)]
              + dimension.subMissions.map { (number: $0.number, name: $0.name, projects: $0.projects) }
            let all = groups.flatMap { group in group.projects.map { (group, $0) } }
            for (index, item) in all.enumerated() {
              let firstOfGroup = index == 0 || all[index - 1].0.number != item.0.number
              El("tr") {
                El("td") { T(index == 0 ? "\(dimension.number). \(dimension.name)" : "") }
                El("td") { T(firstOfGroup && !item.0.number.isEmpty ? "\(item.0.number) \(item.0.name)" : "") }
                El("td") {
                  T("\(item.1.number). \(item.1.name)")
                  if !item.1.targetGroups.isEmpty {
                    Paragraph(d("กลุ่มเป้าหมาย: " + item.1.targetGroups.map(\.thaiName).joined(separator: ", "))).class(
                      "hint")
                  }
                }
                El("td") { T(NumberedList.text(item.1.objectives)) }.class("lines")
                El("td") { T(NumberedList.text(item.1.method)) }.class("lines")
                for year in years {
                  El("td") { T(PlanOutlineModel.money(item.1.budget(for: year))) }.class("number")
                }
              }
            }
            El("tr") {
              El("td") { T("รวมมิติที่ \(dimension.number) จำนวน \(dimension.line.count) โครงการ") }
                .attribute(named: "colspan", value: "5")
              for year in years {
                El("td") { T(PlanOutlineModel.money(dimension.line.budget(year))) }.class("number")
              }
            }.class("subtotal")
          }
          El("tr") {
            El("td") { T("รวม จำนวน \(outline.overall.count) โครงการ") }.attribute(
              named: "colspan", value: "5")
            for year in years {
              El("td") { T(PlanOutlineModel.money(outline.overall.budget(year))) }.class("number")
            }
          }.class("subtotal total")
        }
      }.class("plan-print")
    ])
  }
}
