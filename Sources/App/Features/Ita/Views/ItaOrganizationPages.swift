import Domain
import Foundation

/// `/organizations/{code}/ita`: every year's result, a chart, and one year's indicators and
/// improvement measures.
struct ItaOrganizationPage {
  let shell: PageShell
  let model: ItaOrganizationModel

  var html: HTML {
    Layout.page(shell) {
      Paragraph { Link(model.name, url: Paths.organization(model.code)) }.class("breadcrumbs")
      H1("ผลการประเมินคุณธรรมและความโปร่งใส (ITA): \(model.name)")
      if model.years.isEmpty { Paragraph("ยังไม่มีผลการประเมิน ITA ของหน่วยงานนี้ในระบบ").class("empty") }
      if !model.years.isEmpty {
        H2("ผลรายปี")
        Table(
          header: TableRow {
            for heading in ["ปีงบประมาณ", "IIT", "EIT", "OIT", "คะแนนรวม", "ระดับ", "ผลการประเมิน"] {
              TableHeaderCell(heading)
            }
          },
          rows: {
            for year in model.years {
              TableRow {
                TableCell { Link("พ.ศ. \(year.year)", url: Paths.organizationIta(model.code, year: year.year)) }
                TableCell(year.iit).class("number")
                TableCell(year.eit).class("number")
                TableCell(year.oit).class("number")
                TableCell(year.total).class("number")
                TableCell(year.level)
                TableCell(year.passed).class(year.passed == "ไม่ผ่าน" ? "status bad" : "status")
              }
            }
          }
        ).class("data")
        Div { ItaCharts.history(model.years.reversed().map { ("\($0.year)", $0.totalHundredths) }) }.class("chart")
      }
      if let detail = model.detail { self.detail(detail) }
    }
  }

  private func detail(_ detail: ItaOrganizationModel.Detail) -> Component {
    Div {
      H2("ผลรายตัวชี้วัด ปีงบประมาณ พ.ศ. \(detail.year)")
      if !detail.found { Paragraph("ยังไม่มีผลการประเมินของปีนี้").class("empty") }
      if detail.found {
        Paragraph(
          "น้ำหนัก: \(detail.weights.text) · คะแนนรวม \(detail.total) ระดับ \(detail.level) · \(detail.passed)"
        ).class("formula")
        if let missing = detail.missing { Paragraph(missing).class("notice warning") }
        Table(
          header: TableRow {
            for heading in ["ตัวชี้วัด", "เครื่องมือ", "คะแนน", "ระดับ", "น้ำหนักเครื่องมือ (ร้อยละ)", "สัดส่วนของตัวชี้วัด (ร้อยละ)"] {
              TableHeaderCell(heading)
            }
          },
          rows: {
            for item in detail.indicators {
              TableRow {
                TableCell(item.title)
                TableCell(item.tool)
                TableCell(item.score).class("number")
                TableCell(item.level)
                TableCell(item.below ? item.toolWeight : "").class("number")
                TableCell(item.below ? item.share : "").class("number")
              }.class(item.below ? "below-target" : "")
            }
          }
        ).class("data")
        Paragraph("แถวที่เน้นคือตัวชี้วัดที่ได้ต่ำกว่า 85 คะแนน พร้อมน้ำหนักของเครื่องมือและสัดส่วนของตัวชี้วัด (น้ำหนัก ÷ จำนวนตัวชี้วัดของเครื่องมือ)")
          .class("hint")
      }
      H2("มาตรการยกระดับ ปีงบประมาณ พ.ศ. \(detail.year)")
      ItaMeasuresTable(measures: detail.measures, editLinks: nil)
      Div {
        Link(model.canEdit ? "จัดการมาตรการ" : "ดูมาตรการ", url: Paths.itaMeasures(model.code, detail.year)).class(
          "button")
        if detail.found {
          Link("พิมพ์ผลการวิเคราะห์และมาตรการ", url: Paths.itaPrint(model.code, detail.year)).class("button")
        }
      }.class("actions")
    }
  }
}

/// The measures of a year as a table (with edit links for the organization's own accounts).
struct ItaMeasuresTable: Component {
  let measures: [ItaMeasureView]
  let editLinks: ((UUID) -> String)?

  var body: Component {
    if measures.isEmpty { return Paragraph("ยังไม่มีมาตรการ").class("empty") }
    return Table(
      header: TableRow {
        for heading in ["มาตรการ", "ตัวชี้วัด", "ผู้รับผิดชอบ", "กำหนดเสร็จ", "สถานะ", "โครงการที่เกี่ยวข้อง", "หมายเหตุ"] {
          TableHeaderCell(heading)
        }
        if editLinks != nil { TableHeaderCell("") }
      },
      rows: {
        for measure in measures {
          TableRow {
            TableCell(measure.title)
            TableCell(measure.indicator)
            TableCell(measure.owner)
            TableCell(measure.due)
            TableCell(measure.status)
            TableCell(measure.project)
            TableCell {
              Text(measure.note)
              if let announcement = measure.announcement {
                Paragraph {
                  Text("ประกาศ: "); Link(announcement.title, url: announcement.path)
                }
              }
            }
            if let editLinks { TableCell { Link("แก้ไข", url: editLinks(measure.id)) } }
          }
        }
      }
    ).class("data")
  }
}

/// `/organizations/{code}/ita/{fy}/measures`: the list, and for the organization's officer and
/// executive the add/edit form.
struct ItaMeasuresPage {
  let shell: PageShell
  let model: ItaMeasuresModel

  var html: HTML {
    let code = model.code
    let year = model.year
    let action = model.editing.map { Paths.itaMeasure(code, year, $0) } ?? Paths.itaMeasures(code, year)
    let fields = [
      "title", "indicator", "owner_name", "owner_position", "due_date", "status", "project_id", "announcement_id",
      "note",
    ]
    return Layout.page(shell) {
      Paragraph {
        Link(model.name, url: Paths.organization(code))
        Text(" › ")
        Link("ผลการประเมิน ITA", url: Paths.organizationIta(code, year: year))
      }.class("breadcrumbs")
      H1("มาตรการยกระดับ ITA ปีงบประมาณ พ.ศ. \(year)")
      let editLink: ((UUID) -> String)? = model.canEdit ? { Paths.itaMeasure(code, year, $0) } : nil
      ItaMeasuresTable(measures: model.measures, editLinks: editLink)
      if model.canEdit {
        H2(model.editing == nil ? "เพิ่มมาตรการ" : "แก้ไขมาตรการ")
        ErrorSummary(messages: fields.compactMap { model.errors[$0] })
        Form(url: action, method: .post) {
          CSRFField(token: shell.csrfToken)
          FormOrigin(path: model.editing.map { Paths.itaMeasure(code, year, $0) } ?? Paths.itaMeasures(code, year))
          TextAreaField(
            label: "มาตรการ (ทำอะไร)", name: "title", value: model.values["title"] ?? "", error: model.errors["title"])
          SelectField(
            label: "ตัวชี้วัด", name: "indicator",
            options: [("", "มาตรการทั่วไป")] + ItaIndicator.numbers.map { (String($0), ItaIndicator.title($0)) },
            selected: model.values["indicator"] ?? "", error: model.errors["indicator"])
          Div {
            FormField(
              label: "ผู้รับผิดชอบ", name: "owner_name", value: model.values["owner_name"] ?? "",
              error: model.errors["owner_name"])
            FormField(
              label: "ตำแหน่ง", name: "owner_position", value: model.values["owner_position"] ?? "",
              error: model.errors["owner_position"])
            FormField(
              label: "กำหนดเสร็จ (วัน/เดือน/ปี พ.ศ.)", name: "due_date", value: model.values["due_date"] ?? "",
              error: model.errors["due_date"], hint: "เช่น 30/9/\(year)")
            SelectField(
              label: "สถานะ", name: "status", options: ItaMeasureStatus.allCases.map { ($0.rawValue, $0.thaiName) },
              selected: model.values["status"] ?? "planned", error: model.errors["status"])
          }.class("filters")
          SelectField(
            label: "โครงการในแผนที่เกี่ยวข้อง", name: "project_id",
            options: [("", "— ไม่ระบุ —")] + model.projects.map { ($0.id.uuidString, $0.label) },
            selected: model.values["project_id"] ?? "", error: model.errors["project_id"])
          SelectField(
            label: "ประกาศมาตรการที่เกี่ยวข้อง", name: "announcement_id",
            options: [("", "— ไม่ระบุ —")] + model.announcements.map { ($0.id.uuidString, $0.label) },
            selected: model.values["announcement_id"] ?? "", error: model.errors["announcement_id"])
          TextAreaField(label: "หมายเหตุ", name: "note", value: model.values["note"] ?? "", error: model.errors["note"])
          Button(model.editing == nil ? "เพิ่มมาตรการ" : "บันทึก").attribute(named: "type", value: "submit").class(
            "button primary")
        }
        if let editing = model.editing {
          PostButton(
            action: Paths.itaMeasureDelete(code, year, editing), label: "ลบมาตรการนี้", csrfToken: shell.csrfToken,
            style: "button danger", confirm: "ลบมาตรการนี้หรือไม่")
          Paragraph { Link("ยกเลิก", url: Paths.itaMeasures(code, year)) }
        }
      }
    }
  }
}

/// The printable A4 "ผลการวิเคราะห์การประเมิน ITA และมาตรการยกระดับ".
struct ItaPrintPage {
  let model: ItaPrintModel

  var html: HTML {
    let screen = model.inlineStyle == nil
    let head = HTML.Head(
      title: model.title, stylesheets: screen ? ["/static/print.css"] : [], inlineStyle: model.inlineStyle,
      scripts: screen ? ["/static/app.js"] : [])
    let path = Paths.itaPrint(model.code, model.year)
    return HTML(head: head) {
      if screen { toolbar(path) }
      Div {
        H1(model.title).class("report-title")
        Paragraph(model.name).class("report-subtitle")
        El("table") {
          El("thead") {
            El("tr") {
              for heading in ["ตัวชี้วัด", "น้ำหนัก (ร้อยละ)", "คะแนน", "ระดับ", "คะแนนที่ได้ (100)", "คะแนนถ่วงน้ำหนัก"] {
                El("th") { Text(heading) }
              }
            }
          }
          El("tbody") {
            for line in model.lines {
              El("tr") {
                El("td") { Text(line.title) }
                El("td") { Text(line.weight) }.class("number")
                El("td") { Text(line.score) }.class("number")
                El("td") { Text(line.level) }
                El("td") { Text(line.toolScore) }.class("number")
                El("td") { Text(line.weighted) }.class("number")
              }
            }
            El("tr") {
              El("td") { Text("คะแนนรวม ITA") }.attribute(named: "colspan", value: "4")
              El("td") { Text(model.total) }.attribute(named: "colspan", value: "2").class("number")
            }.class("subtotal total")
          }
        }.class("report-print")
        H2("มาตรการยกระดับ")
        if model.measures.isEmpty { Paragraph("—") }
        if !model.measures.isEmpty {
          El("table") {
            El("thead") {
              El("tr") {
                for heading in ["มาตรการ", "ตัวชี้วัด", "ผู้รับผิดชอบ", "กำหนดเสร็จ", "สถานะ", "โครงการที่เกี่ยวข้อง"] {
                  El("th") { Text(heading) }
                }
              }
            }
            El("tbody") {
              for measure in model.measures {
                El("tr") {
                  El("td") { Text(measure.title) }.class("lines")
                  El("td") { Text(model.thaiDigits ? ThaiDigits.convert(measure.indicator) : measure.indicator) }
                  El("td") { Text(measure.owner) }
                  El("td") { Text(measure.due) }
                  El("td") { Text(measure.status) }
                  El("td") { Text(model.thaiDigits ? ThaiDigits.convert(measure.project) : measure.project) }
                }
              }
            }
          }.class("report-print")
        }
      }.class("official-report")
    }
  }

  private func toolbar(_ path: String) -> Component {
    Div {
      Button("พิมพ์").attribute(named: "type", value: "button").class("button primary").attribute(
        named: "data-print", value: "1")
      Link(model.thaiDigits ? "ใช้เลขอารบิก" : "ใช้เลขไทย", url: path + (model.thaiDigits ? "" : "?digits=thai"))
      Link(
        "ดาวน์โหลด PDF", url: Paths.itaPDF(model.code, model.year) + (model.thaiDigits ? "?digits=thai" : ""))
      Link("กลับไปที่ผลการประเมิน", url: Paths.organizationIta(model.code, year: model.year))
    }.class("toolbar")
  }
}
