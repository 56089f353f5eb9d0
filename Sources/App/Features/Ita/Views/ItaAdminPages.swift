import Domain
import Foundation

/// `/admin/ita`: the years that have results.
struct ItaAdminYearsPage {
  let shell: PageShell
  let years: [ItaYearRow]
  let typed: String
  let error: String?

  var html: HTML {
    Layout.page(shell) {
      H1("ผลการประเมินคุณธรรมและความโปร่งใส (ITA)")
      Paragraph("ผลคะแนน ITA ที่สำนักงาน ป.ป.ช. ประกาศรายปี บันทึกรายหน่วยงานหรือนำเข้าจากไฟล์ CSV/XLSX")
      if years.isEmpty { Paragraph("ยังไม่มีผลการประเมินในระบบ").class("empty") }
      if !years.isEmpty {
        Table(
          header: TableRow {
            TableHeaderCell("ปีงบประมาณ")
            TableHeaderCell("หน่วยงานที่มีผล")
          },
          rows: {
            for year in years {
              TableRow {
                TableCell { Link("พ.ศ. \(year.fiscal_year)", url: Paths.itaAdminYear(year.fiscal_year)) }
                TableCell(year.organizations.formatted()).class("number")
              }
            }
          }
        ).class("data")
      }
      H2("เปิดปีงบประมาณ")
      ErrorSummary(messages: error.map { [$0] } ?? [])
      Form(url: Paths.itaAdmin, method: .get) {
        Div {
          FormField(
            label: "ปีงบประมาณ (พ.ศ.)", name: "fy", value: typed, error: error, inputMode: "numeric")
          Button("เปิด").attribute(named: "type", value: "submit").class("button primary")
        }.class("filters")
      }
    }
  }
}

/// `/admin/ita/{fy}`: the year's weights, the import form and the organizations with results.
struct ItaAdminYearPage {
  let shell: PageShell
  let model: ItaAdminYearModel

  var html: HTML {
    let year = model.year
    return Layout.page(shell) {
      Paragraph { Link("ผลการประเมิน ITA", url: Paths.itaAdmin) }.class("breadcrumbs")
      H1("ผลการประเมิน ITA ปีงบประมาณ พ.ศ. \(year)")
      H2("น้ำหนักของเครื่องมือ")
      Paragraph("ใช้อยู่: \(model.weights.text) (รวม 100) การแก้ไขน้ำหนักจะคำนวณคะแนนรวมของทุกหน่วยงานในปีนี้ใหม่").class(
        "formula")
      ErrorSummary(messages: ["iit", "eit", "oit"].compactMap { model.errors[$0] })
      Form(url: Paths.itaAdminWeights(year), method: .post) {
        CSRFField(token: shell.csrfToken)
        Div {
          for tool in ItaTool.allCases {
            FormField(
              label: "\(tool.code) (ร้อยละ)", name: tool.rawValue, value: model.values[tool.rawValue] ?? "",
              error: model.errors[tool.rawValue], inputMode: "decimal")
          }
          Button("บันทึกน้ำหนัก").attribute(named: "type", value: "submit").class("button primary")
        }.class("filters")
      }
      H2("นำเข้าผลจากไฟล์")
      Paragraph(
        "ไฟล์ CSV หรือ XLSX มีแถวหัวตาราง: code,i1,i2,…,i10 และ (ถ้ามี) iit_respondents,eit_respondents "
          + "ช่องว่าง = ยังไม่มีคะแนนตัวชี้วัดนั้น นำเข้าทั้งไฟล์หรือไม่นำเข้าเลย")
      ImportProblemsBox(problems: model.problems, fileName: model.fileName)
      Form(url: Paths.itaAdminImport(year), method: .post, contentType: .multipartData) {
        CSRFField(token: shell.csrfToken)
        Div {
          Label("ไฟล์ผล ITA") {}.attribute(named: "for", value: "file")
          Input(type: .file, name: "file").id("file").attribute(named: "accept", value: ".csv,.xlsx")
        }.class("field")
        Button("นำเข้า").attribute(named: "type", value: "submit").class("button primary")
      }
      H2("หน่วยงานที่มีผล (\(model.total.formatted()))")
      Form(url: Paths.itaAdminYear(year), method: .get) {
        Div {
          FormField(label: "ค้นหารหัสหรือชื่อ", name: "q", value: model.search)
          Button("ค้นหา").attribute(named: "type", value: "submit").class("button")
        }.class("filters")
      }
      Form(url: Paths.itaAdminYear(year), method: .get) {
        Div {
          FormField(label: "กรอกหรือแก้ไขผลของหน่วยงานรหัส", name: "code", value: "", inputMode: "numeric")
          Button("เปิดแบบฟอร์ม").attribute(named: "type", value: "submit").class("button")
        }.class("filters")
      }
      Table(
        header: TableRow {
          for heading in ["รหัส", "ชื่อ", "IIT", "EIT", "OIT", "คะแนนรวม", "ระดับ", "ที่มา"] { TableHeaderCell(heading) }
        },
        rows: {
          for row in model.rows {
            TableRow {
              TableCell { Link(row.code, url: Paths.itaAdminOrganization(year, row.code)) }
              TableCell(row.name)
              for score in row.scores { TableCell(score).class("number") }
              TableCell(row.total).class("number")
              TableCell(row.level)
              TableCell(row.source)
            }
          }
        }
      ).class("data")
      Pager(page: model.paging.page, pageCount: model.paging.pageCount(total: model.total)) { page in
        Paths.withQuery(Paths.itaAdminYear(year), [("q", model.search), ("page", String(page))])
      }
    }
  }
}

/// `/admin/ita/{fy}/organizations/{code}`: one organization's ten scores.
struct ItaResultFormPage {
  let shell: PageShell
  let model: ItaResultFormModel

  var html: HTML {
    Layout.page(shell) {
      Paragraph {
        Link("ผลการประเมิน ITA", url: Paths.itaAdmin)
        Text(" › ")
        Link("ปี \(model.year)", url: Paths.itaAdminYear(model.year))
      }.class("breadcrumbs")
      H1("ผล ITA ปีงบประมาณ พ.ศ. \(model.year): \(model.name) (\(model.code))")
      Paragraph("คะแนน 0–100 ทศนิยมไม่เกิน 2 ตำแหน่ง เว้นว่างได้ถ้ายังไม่มีคะแนน น้ำหนักปีนี้: \(model.weights.text)").class("hint")
      ErrorSummary(
        messages: (["form"] + ItaIndicator.numbers.map { "i\($0)" } + ["iit_respondents", "eit_respondents"])
          .compactMap { model.errors[$0] })
      Form(url: Paths.itaAdminOrganization(model.year, model.code), method: .post) {
        CSRFField(token: shell.csrfToken)
        for tool in ItaTool.allCases {
          FieldSet {
            El("legend") { Text(tool.thaiName) }
            for number in tool.indicators {
              FormField(
                label: ItaIndicator.title(number), name: "i\(number)", value: model.values["i\(number)"] ?? "",
                error: model.errors["i\(number)"], inputMode: "decimal")
            }
            if tool != .oit {
              FormField(
                label: "จำนวนผู้ตอบแบบวัด \(tool.code)", name: "\(tool.rawValue)_respondents",
                value: model.values["\(tool.rawValue)_respondents"] ?? "",
                error: model.errors["\(tool.rawValue)_respondents"], inputMode: "numeric")
            }
          }
        }
        Button("บันทึกผล").attribute(named: "type", value: "submit").class("button primary")
      }
    }
  }
}
