import Domain
import Foundation

struct PaccAgenciesModel {
  let year: Int
  let access: PaccAccess
  let agencies: [PaccUnit]
  let years: [UUID: PaccUnitYear]
  /// A unit year's id → its signed announcement files.
  let files: [UUID: [(id: UUID, name: String)]]
  let laoNoGift: [PaccOffice: (declared: Int, total: Int)]
  let errors: FieldErrors
}

/// `/pacc/agencies`: target agencies with ITA and No Gift of the year; LAOs' No Gift per office.
struct PaccAgenciesPage {
  let shell: PageShell
  let model: PaccAgenciesModel

  var html: HTML {
    let offices = model.access.isCentral ? PaccOffice.reportOrder : [model.access.office]
    return Layout.page(shell) {
      Paragraph { Link("โครงการเฝ้าระวังการทุจริตเชิงรุก", url: Paths.pacc(year: model.year)) }.class("breadcrumbs")
      H1("หน่วยงานเป้าหมาย: ITA และ No Gift Policy ปีงบประมาณ พ.ศ. \(model.year)")
      ErrorSummary(messages: model.errors.messages.values.sorted())
      H2("อปท. ที่ประกาศเป็นหน่วยงาน No Gift")
      Paragraph("นับจากประกาศ No Gift Policy ที่ อปท. เผยแพร่ในระบบ (ทะเบียนประกาศของ อปท.) ไม่ต้องบันทึกซ้ำ").class("hint")
      Table(
        header: TableRow {
          for heading in ["สำนักงาน", "อปท. ที่ประกาศ", "อปท. ทั้งหมด", "ร้อยละ"] { TableHeaderCell(heading) }
        },
        rows: {
          for office in offices {
            let figures = model.laoNoGift[office] ?? (0, 0)
            TableRow {
              TableCell(office.shortName)
              TableCell(String(figures.declared)).class("number")
              TableCell(String(figures.total)).class("number")
              TableCell(Percent(Int64(figures.declared), of: Int64(figures.total))?.description ?? "—").class("number")
            }
          }
        }
      ).class("data")
      H2("ส่วนราชการและหน่วยงานเป้าหมาย")
      if model.agencies.isEmpty { Paragraph("ยังไม่มีหน่วยงานเป้าหมาย").class("empty") }
      if !model.agencies.isEmpty {
        Table(
          header: TableRow {
            for heading in ["หน่วยงาน", "ประเภท", "สำนักงาน", "คะแนน ITA", "ประกาศ No Gift", "บันทึก"] {
              TableHeaderCell(heading)
            }
          },
          rows: { for unit in model.agencies { row(unit) } }
        ).class("data")
      }
      if model.access.isCentral { addForms }
    }
  }

  private var addForms: Component {
    Div {
      H2("เพิ่มหน่วยงาน")
      Form(url: Paths.paccAgencies, method: .post) {
        CSRFField(token: shell.csrfToken)
        FormOrigin(path: Paths.paccAgencies)
        FormField(label: "ชื่อหน่วยงาน", name: "name", error: model.errors["name"], required: true)
        SelectField(label: "ประเภท", name: "kind", options: PaccUnitKind.allCases.map { ($0.rawValue, $0.thaiName) })
        SelectField(
          label: "สำนักงานที่รับผิดชอบ", name: "office",
          options: PaccOffice.reportOrder.map { (String($0.number), $0.shortName) },
          selected: "0")
        Button("เพิ่ม").attribute(named: "type", value: "submit").class("button")
      }.class("stacked")
      Form(url: Paths.paccAgenciesImport, method: .post, contentType: .multipartData) {
        CSRFField(token: shell.csrfToken)
        Label("นำเข้าจากไฟล์ CSV (ชื่อหน่วยงาน, ประเภท, สำนักงาน 0–9)") {
          Input(type: .file, name: "file").attribute(named: "accept", value: ".csv,text/csv")
        }
        if let error = model.errors["file"] { Paragraph(error).class("field-error") }
        Button("นำเข้า").attribute(named: "type", value: "submit").class("button")
      }.class("stacked")
    }
  }

  private func row(_ unit: PaccUnit) -> Component {
    let id = unit.id ?? UUID()
    let year = model.years[id]
    return TableRow {
      TableCell(unit.name)
      TableCell(unit.kind.thaiName)
      TableCell((PaccOffice(unit.office) ?? .central).shortName)
      TableCell(year?.itaHundredths.map { Percent(hundredths: Int64($0)).description } ?? "—").class("number")
      TableCell {
        if let day = year?.noGiftOn {
          if let link = year?.noGiftLink {
            Link(ThaiCalendar.shortDate(day), url: link)
          } else {
            Text(ThaiCalendar.shortDate(day))
          }
        } else {
          Text("ยังไม่ประกาศ")
        }
        for file in year?.id.flatMap({ model.files[$0] }) ?? [] {
          Paragraph { Link(file.name, url: Paths.paccAttachment(file.id)) }
        }
      }
      TableCell {
        Form(url: Paths.paccAgencyYear(id), method: .post, contentType: .multipartData) {
          CSRFField(token: shell.csrfToken)
          Input(type: .hidden, name: "fy", value: String(model.year))
          Input(
            type: .text, name: "ita",
            value: year?.itaHundredths.map { Percent(hundredths: Int64($0)).description } ?? ""
          )
          .attribute(named: "size", value: "6").attribute(named: "aria-label", value: "คะแนน ITA: \(unit.name)")
          Input(type: .text, name: "noGiftOn", value: year?.noGiftOn.map(ThaiCalendar.numericDate) ?? "")
            .attribute(named: "size", value: "10").attribute(named: "placeholder", value: "วว/ดด/ปปปป")
            .attribute(named: "aria-label", value: "วันที่ประกาศ No Gift: \(unit.name)")
          Input(type: .url, name: "link", value: year?.noGiftLink ?? "")
            .attribute(named: "placeholder", value: "ลิงก์ประกาศ").attribute(
              named: "aria-label", value: "ลิงก์ประกาศ: \(unit.name)")
          Button("บันทึก").attribute(named: "type", value: "submit").class("button")
        }.class("inline")
      }
    }
  }
}

/// `/admin/pacc-offices`: which PACC office covers each province (defaults from PACC's areas).
struct PaccOfficesPage {
  let shell: PageShell
  let rows: [(code: String, name: String, office: PaccOffice?, moved: Bool)]

  var html: HTML {
    Layout.page(shell) {
      H1("สำนักงาน ป.ป.ท. ที่รับผิดชอบแต่ละจังหวัด")
      Paragraph("ค่าเริ่มต้นตามพื้นที่รับผิดชอบของ ปปท. เขต 1–9 (กรุงเทพมหานคร: กปก.) ผู้ดูแลระบบปรับได้เมื่อมีการเปลี่ยนแปลง").class("hint")
      Table(
        header: TableRow { for heading in ["จังหวัด", "สำนักงาน", ""] { TableHeaderCell(heading) } },
        rows: {
          for row in rows {
            TableRow {
              TableCell(row.name)
              TableCell((row.office?.shortName ?? "—") + (row.moved ? " (ปรับจากค่าเริ่มต้น)" : ""))
              TableCell {
                Form(url: Paths.paccOffices, method: .post) {
                  CSRFField(token: shell.csrfToken)
                  Input(type: .hidden, name: "province", value: row.code)
                  Select(
                    name: "office", options: PaccOffice.reportOrder.map { (String($0.number), $0.shortName) },
                    selected: row.office.map { String($0.number) } ?? "")
                  Button("บันทึก").attribute(named: "type", value: "submit").class("button")
                }.class("inline")
              }
            }
          }
        }
      ).class("data")
    }
  }
}
