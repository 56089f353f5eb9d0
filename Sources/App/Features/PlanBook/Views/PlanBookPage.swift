import Domain
import Foundation

struct PlanBookModel {
  struct Row {
    let section: PlanBookSection
    let title: String
    /// "เขียนแล้ว", "ระบบเติมจากข้อมูล" or "ยังไม่เขียน (ไม่พิมพ์)".
    let state: String
    let written: Bool
    let updated: String?
  }

  let code: String
  let periodCode: String
  let organizationName: String
  let periodLabel: String
  let statusNote: String
  let canEdit: Bool
  let rows: [Row]
  let years: [Int]
  let versions: [(number: Int, label: String)]
}

/// The plan book's contents: each front-matter section with what will be printed, the links to
/// write them, and the prints (whole period, one fiscal year, an approved version).
struct PlanBookPage {
  let shell: PageShell
  let model: PlanBookModel

  var html: HTML {
    let (code, period) = (model.code, model.periodCode)
    return Layout.page(shell) {
      Paragraph {
        Link(model.organizationName, url: Paths.organization(code))
        Text(" › ")
        Link("แผน \(model.periodLabel)", url: Paths.plan(code, period))
      }.class("breadcrumbs")
      H1("เล่มแผนปฏิบัติการป้องกันการทุจริต \(model.periodLabel)")
      Paragraph(
        "เล่มแผนประกอบด้วย ปก สารบัญ คำนำ ส่วนที่ 1 บทนำ (หัวข้อด้านล่าง) และส่วนที่ 2 ตารางโครงการจากแผนในระบบ "
          + "หัวข้อที่ยังไม่เขียนจะไม่พิมพ์ ยกเว้นหัวข้อที่ระบบเติมจากข้อมูลให้ (กรอบแผน ผล ITA ทะเบียนความเสี่ยง)"
      ).class("hint")
      Paragraph(model.statusNote).class("notice")
      H2("พิมพ์เล่มแผน")
      Paragraph {
        Link("พิมพ์ทั้งช่วงแผน", url: Paths.planBookPrint(code, period)).class("button primary")
        Text(" ")
        Link("ดาวน์โหลด PDF (มีเลขหน้าในสารบัญ)", url: Paths.planBookPrint(code, period, pdf: true)).class("button")
        Text(" ")
        Link("PDF เลขไทย", url: Paths.planBookPrint(code, period, thaiDigits: true, pdf: true)).class("button")
      }
      Paragraph {
        Text("แผนประจำปี: ")
        for year in model.years {
          Link("ปีงบประมาณ พ.ศ. \(year)", url: Paths.planBookPrint(code, period, year: year, pdf: true))
          Text(" ")
        }
      }
      if !model.versions.isEmpty {
        Paragraph {
          Text("ฉบับที่อนุมัติแล้ว: ")
          for version in model.versions {
            Link(version.label, url: Paths.planBookPrint(code, period, version: version.number, pdf: true))
            Text(" ")
          }
        }
      }
      H2("หัวข้อของเล่มแผน")
      Table(
        header: TableRow {
          TableHeaderCell("หัวข้อ")
          TableHeaderCell("สถานะ")
          TableHeaderCell("แก้ไขล่าสุด")
          TableHeaderCell("")
        }
      ) {
        for row in model.rows {
          TableRow {
            TableCell(row.title)
            TableCell(row.state)
            TableCell(row.updated ?? "—")
            TableCell {
              Link(
                model.canEdit ? (row.written ? "แก้ไข" : "เขียน") : "ดู",
                url: Paths.planBookSection(code, period, row.section))
            }
          }
        }
      }
    }
  }
}

struct PlanBookEditorModel {
  let code: String
  let periodCode: String
  let organizationName: String
  let periodLabel: String
  let section: PlanBookSection
  let title: String
  let body: String
  let isStarter: Bool
  let canEdit: Bool
  let preview: String?
  let problem: String?
}

/// One section's editor: plain lines with a few marks (the help box), a preview, and the save.
struct PlanBookEditorPage {
  let shell: PageShell
  let model: PlanBookEditorModel

  static let help = [
    "# หัวข้อ, ## หัวข้อย่อย", "1. ข้อที่มีเลข (หรือ ๑.)", "- ข้อย่อยแบบจุด",
    "| หัวตาราง | หัวตาราง | แล้วบรรทัด |---|---| แล้วแถวข้อมูล | ... | ... |", "เว้นบรรทัดว่างเพื่อขึ้นย่อหน้าใหม่",
  ]

  var html: HTML {
    let (code, period) = (model.code, model.periodCode)
    let path = Paths.planBookSection(code, period, model.section)
    return Layout.page(shell) {
      Paragraph {
        Link("แผน \(model.periodLabel)", url: Paths.plan(code, period))
        Text(" › ")
        Link("เล่มแผน", url: Paths.planBook(code, period))
      }.class("breadcrumbs")
      H1(model.title)
      if let problem = model.problem { ErrorSummary(messages: [problem]) }
      if model.canEdit {
        if model.isStarter {
          Paragraph("ข้อความในช่องเป็นตัวอย่าง กรุณาแก้ไขเป็นข้อความของ \(model.organizationName) ก่อนบันทึก").class("notice")
        }
        Form(url: path, method: .post) {
          CSRFField(token: shell.csrfToken)
          FormOrigin(path: path)
          TextAreaField(label: "ข้อความ", name: "body", value: model.body, error: nil, rows: 18)
          Div {
            Paragraph("รูปแบบที่ใช้ได้ (ไม่ต้องใช้โปรแกรมอื่น):").class("hint")
            El("ul") { for line in Self.help { ListItem(line) } }.class("hint")
          }.class("safe-text-help")
          Button("ดูตัวอย่าง").attribute(named: "type", value: "submit").attribute(named: "name", value: "action")
            .attribute(named: "value", value: "preview").class("button")
          Text(" ")
          Button("บันทึก").attribute(named: "type", value: "submit").attribute(named: "name", value: "action")
            .attribute(named: "value", value: "save").class("button primary")
        }
        Paragraph("ลบข้อความทั้งหมดแล้วบันทึก = ไม่พิมพ์หัวข้อนี้ในเล่ม").class("hint")
      }
      if !model.canEdit && model.body.isEmpty {
        Paragraph("ยังไม่ได้เขียนหัวข้อนี้ (ไม่พิมพ์ในเล่มแผน เว้นแต่ระบบเติมจากข้อมูลให้)").class("notice")
      } else if let preview = model.preview ?? (model.isStarter ? nil : model.body) {
        H2(model.preview == nil ? "ข้อความที่จะพิมพ์" : "ตัวอย่าง (ยังไม่ได้บันทึก)")
        Div { SafeTextView(preview) }.class("book-preview")
      }
    }
  }
}
