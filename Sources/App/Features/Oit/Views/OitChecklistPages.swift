import Domain
import Foundation

struct OitChecklistYearsModel {
  let years: [OitChecklistYear]
  let values: [String: String]
  let errors: FieldErrors
}

/// The years that have a checklist, and the form that starts a new year from a copy.
struct OitChecklistYearsPage {
  let shell: PageShell
  let model: OitChecklistYearsModel

  var html: HTML {
    Layout.page(shell) {
      H1("แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) รายปี")
      Paragraph("ข้อและถ้อยคำของแบบตรวจเปลี่ยนทุกปี แต่ละปีจึงเป็นชุดข้อมูลของตนเอง นำเข้าจากไฟล์หรือคัดลอกจากปีก่อนแล้วแก้ไข")
        .class("hint")
      Table(
        header: TableRow {
          TableHeaderCell("ปีงบประมาณ")
          TableHeaderCell("จำนวนข้อ")
          TableHeaderCell("สถานะ")
          TableHeaderCell("ฉบับที่")
          TableHeaderCell("แก้ไขล่าสุด")
        }
      ) {
        for year in model.years {
          TableRow {
            TableCell { Link(String(year.fiscal_year), url: Paths.oitChecklist(year.fiscal_year)) }
            TableCell(String(year.items))
            TableCell(year.is_template ? "แบบตั้งต้น (ต้องตรวจกับคู่มือ)" : "ตรวจกับคู่มือแล้ว")
            TableCell(String(year.version))
            TableCell("\(ThaiCalendar.shortDateTime(year.updated_at)) \(year.updated_by)")
          }
        }
      }.class("data")
      H2("สร้างแบบตรวจปีใหม่")
      Form(url: Paths.oitChecklists, method: .post) {
        CSRFField(token: shell.csrfToken)
        ErrorSummary(messages: ["year", "copy_from"].compactMap { model.errors[$0] })
        Div {
          FormField(
            label: "ปีงบประมาณ (พ.ศ.)", name: "year", value: model.values["year"] ?? "", error: model.errors["year"],
            required: true, inputMode: "numeric")
          SelectField(
            label: "เริ่มจาก", name: "copy_from",
            options: [("", "แบบตรวจว่าง (นำเข้าจากไฟล์ภายหลัง)")]
              + model.years.map { (String($0.fiscal_year), "คัดลอกจากปี \($0.fiscal_year)") },
            selected: model.values["copy_from"] ?? model.years.first.map { String($0.fiscal_year) } ?? "",
            error: model.errors["copy_from"])
        }.class("filters")
        Button("สร้างแบบตรวจ").attribute(named: "type", value: "submit").class("button primary")
      }
    }
  }
}

struct OitChecklistModel {
  let title: String
  let record: OitChecklistRecord
  let problems: [String]
  let fileName: String?

  init(record: OitChecklistRecord, problems: [String], fileName: String?) {
    self.record = record
    self.problems = problems
    self.fileName = fileName
    title = "แบบตรวจ OIT ปีงบประมาณ \(record.year)"
  }
}

/// One year's checklist: its items, import, export, the template mark and item edits.
struct OitChecklistPage {
  let shell: PageShell
  let model: OitChecklistModel

  var html: HTML {
    let record = model.record
    return Layout.page(shell) {
      Paragraph { Link("แบบตรวจ OIT รายปี", url: Paths.oitChecklists) }.class("breadcrumbs")
      H1(model.title)
      if record.isTemplate {
        Paragraph(OitDefaults.templateNote + (record.note.isEmpty ? "" : " — " + record.note)).class("notice warning")
      }
      Paragraph(
        "ฉบับที่ \(record.version) · \(record.items.count) ข้อ · แก้ไขล่าสุด \(ThaiCalendar.shortDateTime(record.updatedAt)) โดย \(record.updatedBy)"
      ).class("hint")
      Div {
        Link("เพิ่มข้อ", url: Paths.oitChecklistAction(record.year, "items/new")).class("button")
        Link("ดาวน์โหลด CSV", url: Paths.oitChecklistAction(record.year, "export.csv")).class("button")
        Link("ดาวน์โหลด Excel", url: Paths.oitChecklistAction(record.year, "export.xlsx")).class("button")
        Form(url: Paths.oitChecklistAction(record.year, "template"), method: .post) {
          CSRFField(token: shell.csrfToken)
          Input(type: .hidden, name: "template", value: record.isTemplate ? "0" : "1")
          Button(record.isTemplate ? "รับรองว่าตรงกับคู่มือ ITA ปีนี้แล้ว" : "กลับเป็นแบบตั้งต้น")
            .attribute(named: "type", value: "submit").class("button")
        }.class("inline")
      }.class("actions")
      ImportProblemsBox(problems: model.problems, fileName: model.fileName)
      Form(url: Paths.oitChecklistAction(record.year, "import"), method: .post, contentType: .multipartData) {
        CSRFField(token: shell.csrfToken)
        Div {
          Label("นำเข้าทั้งปีจากไฟล์ CSV หรือ XLSX (แทนที่ข้อเดิมทั้งหมด)") {}.attribute(named: "for", value: "file")
          Input(type: .file, name: "file").id("file").attribute(named: "accept", value: ".csv,.xlsx")
          Paragraph("คอลัมน์: " + OitChecklist.header.joined(separator: ", ")).class("hint")
        }.class("field")
        Button("นำเข้า").attribute(named: "type", value: "submit").class("button")
      }
      Table(
        header: TableRow {
          TableHeaderCell("ตัวชี้วัด")
          TableHeaderCell("ตัวชี้วัดย่อย")
          TableHeaderCell("ข้อ")
          TableHeaderCell("ข้อมูล")
          TableHeaderCell("หลักฐาน")
          TableHeaderCell("ข้อมูลจากระบบ")
        }
      ) {
        for item in record.items {
          TableRow {
            TableCell(String(item.indicator.rawValue))
            TableCell(item.subIndicator)
            TableCell { Link(item.code, url: Paths.oitChecklistItem(record.year, item.code)) }
            TableCell(item.title)
            TableCell(item.evidenceKinds.map(\.thaiName).joined(separator: ", "))
            TableCell(item.sources.map(\.thaiName).joined(separator: ", "))
          }
        }
      }.class("data")
    }
  }
}

struct OitChecklistItemModel {
  let year: Int
  let code: String?
  let values: [String: String]
  let errors: FieldErrors
  var title: String { code.map { "แก้ไขข้อ \($0) แบบตรวจปี \(year)" } ?? "เพิ่มข้อในแบบตรวจปี \(year)" }
}

/// Add or edit one item (its code is fixed once created: the LAOs' work is keyed on it).
struct OitChecklistItemPage {
  let shell: PageShell
  let model: OitChecklistItemModel

  var html: HTML {
    let path =
      model.code.map { Paths.oitChecklistItem(model.year, $0) } ?? Paths.oitChecklistAction(model.year, "items/new")
    let v = model.values
    let e = model.errors
    return Layout.page(shell) {
      Paragraph { Link("แบบตรวจ OIT ปี \(model.year)", url: Paths.oitChecklist(model.year)) }.class("breadcrumbs")
      H1(model.title)
      Form(url: path, method: .post) {
        CSRFField(token: shell.csrfToken)
        FormOrigin(path: path)
        ErrorSummary(messages: OitChecklist.header.compactMap { e[$0] })
        SelectField(
          label: "ตัวชี้วัด", name: "indicator",
          options: OitIndicator.allCases.map { (String($0.rawValue), $0.title) }, selected: v["indicator"] ?? "9",
          error: e["indicator"])
        FormField(label: "ตัวชี้วัดย่อย", name: "sub_indicator", value: v["sub_indicator"] ?? "", error: e["sub_indicator"])
        if let code = model.code {
          Paragraph("ข้อ \(code)")
        } else {
          FormField(
            label: "ข้อ", name: "code", value: v["code"] ?? "", error: e["code"], hint: "เช่น O28", required: true)
        }
        FormField(label: "ชื่อข้อมูล", name: "title", value: v["title"] ?? "", error: e["title"], required: true)
        TextAreaField(
          label: "สิ่งที่ต้องเผยแพร่", name: "required", value: v["required"] ?? "", error: e["required"], rows: 4)
        FormField(
          label: "หลักฐานที่รับ", name: "evidence", value: v["evidence"] ?? "url;file;text", error: e["evidence"],
          hint: "url, file, text คั่นด้วย ;")
        FormField(
          label: "ข้อมูลจากระบบสุจริต", name: "sujarit", value: v["sujarit"] ?? "", error: e["sujarit"],
          hint: "plan, report_6m, report_12m, announcements, complaints คั่นด้วย ; (เว้นว่างได้)")
        Button("บันทึก").attribute(named: "type", value: "submit").class("button primary")
      }
      if let code = model.code {
        PostButton(
          action: Paths.oitChecklistItem(model.year, code) + "/delete", label: "ลบข้อนี้", csrfToken: shell.csrfToken,
          style: "button danger", confirm: "ลบข้อ \(code) ออกจากแบบตรวจ? งานของ อปท. ในข้อนี้จะไม่แสดงอีก")
      }
    }
  }
}
