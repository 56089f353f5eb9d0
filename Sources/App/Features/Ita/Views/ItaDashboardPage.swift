import Domain
import Foundation

/// `…/ita?fy=`: an oversight area's ITA results: mean, levels, pass rate, weakest
/// indicators, implementation % against the total, child areas and every organization.
struct ItaDashboardPage {
  let shell: PageShell
  let model: ItaDashboardModel

  var html: HTML {
    let base = Paths.itaDashboard(model.area.path)
    return Layout.page(shell) {
      Paragraph {
        for (index, crumb) in model.breadcrumbs.enumerated() {
          if index > 0 { Text(" › ") }
          Link(crumb.label, url: Paths.itaDashboard(crumb.path))
        }
      }.class("breadcrumbs")
      H1("ผลการประเมิน ITA \(model.areaName) ปีงบประมาณ พ.ศ. \(model.year)")
      Form(url: base, method: .get) {
        Div {
          SelectField(
            label: "ปีงบประมาณ", name: "fy",
            options: (model.years.contains(model.year) ? model.years : [model.year] + model.years).map {
              (String($0), "พ.ศ. \($0)")
            }, selected: String(model.year))
          Input(type: .hidden, name: "sort", value: model.sort.rawValue)
          Button("แสดง").attribute(named: "type", value: "submit").class("button")
        }.class("filters")
      }
      Paragraph { Link("ภาพรวมการรายงานผล", url: model.area.path) }
      El("dl") {
        Figure("หน่วยงานที่มีผลการประเมิน", model.organizations.formatted())
        Figure("คะแนนรวมเฉลี่ย", model.mean, "เฉลี่ยจาก \(model.withTotal.formatted()) หน่วยงานที่มีคะแนนครบ")
        Figure(
          "ผ่านเกณฑ์ (85 คะแนนขึ้นไป)", model.passRate + " %",
          "ผ่าน \(model.passed.formatted()) จาก \(model.withTotal.formatted()) หน่วยงาน")
      }.class("summary-figures dashboard-figures")
      H2("จำนวนหน่วยงานตามระดับ")
      Div { ItaCharts.distribution(model.distribution) }.class("chart")
      Table(
        header: TableRow {
          for item in model.distribution { TableHeaderCell(item.level.label) }
          TableHeaderCell("คะแนนยังไม่ครบ")
        },
        rows: {
          TableRow {
            for item in model.distribution { TableCell(item.count.formatted()).class("number") }
            TableCell(model.incomplete.formatted()).class("number")
          }
        }
      ).class("data")
      H2("ตัวชี้วัดที่อ่อนที่สุด (คะแนนเฉลี่ยจากน้อยไปมาก)")
      Table(
        header: TableRow {
          TableHeaderCell("ตัวชี้วัด")
          TableHeaderCell("คะแนนเฉลี่ย")
          TableHeaderCell("ระดับ")
        },
        rows: {
          for item in model.weakest {
            TableRow {
              TableCell(ItaIndicator.title(item.number))
              TableCell(ItaScore.text(item.mean)).class("number")
              TableCell(ItaLevel.of(hundredths: item.mean).label)
            }
          }
        }
      ).class("data")
      let points = model.rows.compactMap { row -> (label: String, x: Percent, y: Int64)? in
        guard let x = row.implementation, let y = row.total_hundredths else { return nil }
        return (row.name, x, y)
      }
      H2("การนำแผนไปปฏิบัติกับคะแนน ITA")
      if points.isEmpty {
        Paragraph("ยังไม่มีหน่วยงานที่มีทั้งคะแนนรวม ITA และรายงานรอบ 12 เดือนที่ส่งแล้วของปีนี้").class("empty")
      }
      if !points.isEmpty { Div { ItaCharts.scatter(points) }.class("chart") }
      if !model.children.isEmpty {
        H2("รายพื้นที่")
        Table(
          header: TableRow {
            for heading in ["พื้นที่", "หน่วยงานที่มีผล", "คะแนนรวมเฉลี่ย", "ร้อยละที่ผ่าน"] { TableHeaderCell(heading) }
          },
          rows: {
            for child in model.children {
              TableRow {
                TableCell {
                  if let path = child.path { Link(child.label, url: path) } else { Text(child.label) }
                }
                TableCell(child.organizations.formatted()).class("number")
                TableCell(child.mean).class("number")
                TableCell(child.passRate).class("number")
              }
            }
          }
        ).class("data")
      }
      H2("รายหน่วยงาน")
      Paragraph {
        Text("เรียงตาม: ")
        for sort in ItaDashboardSort.allCases {
          if sort == model.sort {
            Span(sort.label).class("current")
          } else {
            Link(sort.label, url: model.link(sort: sort))
          }
          Text(" ")
        }
        Link("Excel", url: model.link(format: "xlsx")).class("button")
        Link("CSV", url: model.link(format: "csv")).class("button")
      }
      Table(
        header: TableRow { for heading in ItaDashboardModel.tableHeader { TableHeaderCell(heading) } },
        rows: {
          for (row, cells) in zip(model.rows, model.tableRows) {
            TableRow {
              TableCell(cells[0])
              TableCell { Link(cells[1], url: Paths.organizationIta(row.code, year: model.year)) }
              for cell in cells.dropFirst(2) { TableCell(cell) }
            }
          }
        }
      ).class("data")
    }
  }
}
