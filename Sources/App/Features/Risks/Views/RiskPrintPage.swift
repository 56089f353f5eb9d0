import Domain
import Foundation

struct RiskYearsModel {
  let code: String
  let name: String
  let years: [Int]
}

/// The organization's registers by fiscal year.
struct RiskYearsPage {
  let shell: PageShell
  let model: RiskYearsModel

  var html: HTML {
    Layout.page(shell) {
      Paragraph { Link(model.name, url: Paths.organization(model.code)) }.class("breadcrumbs")
      H1("ทะเบียนความเสี่ยงการทุจริต")
      if model.years.isEmpty { Paragraph("ยังไม่มีทะเบียนความเสี่ยงที่เผยแพร่").class("notice") }
      List(model.years) { year in
        ListItem { Link("ปีงบประมาณ พ.ศ. \(year)", url: Paths.riskRegister(model.code, year)) }
      }
    }
  }
}

struct RiskPrintModel {
  let code: String
  let name: String
  let province: String
  let year: Int
  let items: [RiskCopy.Item]
  let copyLine: String
  var inlineStyle: String? = nil

  init(context: RiskContext, items: [RiskCopy.Item], copyLine: String) {
    code = context.code
    name = context.name
    province = context.record.province.nameTH
    year = context.year
    self.items = items
    self.copyLine = copyLine
  }

  var matrix: RiskMatrix { RiskMatrix(risks: items) }
}

/// The register as the organization publishes it: A4 landscape, the matrix and every risk.
struct RiskPrintPage {
  let model: RiskPrintModel

  var html: HTML {
    let screen = model.inlineStyle == nil
    let title = "ทะเบียนความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. \(model.year)"
    let head = HTML.Head(
      title: "\(title) \(model.name)", stylesheets: screen ? ["/static/print.css"] : [],
      inlineStyle: model.inlineStyle, scripts: screen ? ["/static/app.js"] : [])
    return HTML(head: head) {
      if screen {
        Div {
          Button("พิมพ์").attribute(named: "type", value: "button").class("button primary").attribute(
            named: "data-print", value: "1")
          Link("กลับไปที่ทะเบียน", url: Paths.riskRegister(model.code, model.year))
        }.class("toolbar")
      }
      Div {
        H1(title).class("report-title")
        Paragraph("\(model.name) จังหวัด\(model.province) · \(model.copyLine)").class("report-subtitle")
        Div { RiskMatrixChart.svg(model.matrix) }.class("risk-matrix-print")
        RiskItemsTable(items: model.items)
      }.class("official-report risk-print")
    }
  }
}
