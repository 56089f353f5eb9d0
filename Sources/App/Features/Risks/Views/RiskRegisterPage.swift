import Domain
import Foundation

struct RiskRegisterModel {
  let code: String
  let name: String
  let year: Int
  let insider: Bool
  let canEdit: Bool
  let items: [RiskCopy.Item]
  /// The working risks' ids, in `items` order (empty for a published copy).
  let ids: [UUID]
  let copies: [(number: Int, at: Date, by: String)]
  let changedSinceCopy: Bool
  let projects: [(id: UUID, label: String)]
  let announcements: [(id: UUID, label: String)]
  let editing: UUID?
  let values: [String: String]
  let errors: FieldErrors

  var matrix: RiskMatrix { RiskMatrix(risks: items) }
}

/// One year's register: the matrix, the risks, the published copies, and for the
/// organization's own accounts the form to add or edit a risk and the publish button.
struct RiskRegisterPage {
  let shell: PageShell
  let model: RiskRegisterModel

  var html: HTML {
    let (code, year) = (model.code, model.year)
    return Layout.page(shell) {
      Paragraph {
        Link(model.name, url: Paths.organization(code))
        Text(" › ")
        Link("ทะเบียนความเสี่ยง", url: Paths.risks(code))
      }.class("breadcrumbs")
      H1("ทะเบียนความเสี่ยงการทุจริต ปีงบประมาณ พ.ศ. \(year)")
      Paragraph(status).class("notice")
      Div {
        Div { RiskMatrixChart.svg(model.matrix) }.class("risk-matrix-box")
        Div {
          for level in RiskLevel.allCases.reversed() {
            Paragraph("ระดับ\(level.thaiName): \(model.items.filter { $0.level == level }.count) ความเสี่ยง")
          }
          Paragraph {
            Link("พิมพ์", url: Paths.riskPrint(code, year)).class("button")
            Text(" ")
            Link("PDF", url: Paths.riskPrint(code, year, pdf: true)).class("button")
          }
        }
      }.class("risk-summary")
      RiskItemsTable(
        items: model.items, editLinks: model.canEdit ? model.ids.map { Paths.riskItem(code, year, $0) } : [])
      if !model.copies.isEmpty {
        H2("ฉบับที่เผยแพร่")
        List(
          model.copies.map { copy in
            "ครั้งที่ \(copy.number) เมื่อ \(ThaiCalendar.shortDateTime(copy.at)) โดย \(copy.by)"
          }
        ) { line in ListItem(line) }
        Paragraph {
          for copy in model.copies {
            Link("พิมพ์ฉบับที่ \(copy.number)", url: Paths.riskPrint(code, year, copy: copy.number))
            Text(" ")
          }
        }
      }
      if model.canEdit {
        if !model.items.isEmpty && (model.changedSinceCopy || model.copies.isEmpty) {
          PostButton(
            action: Paths.riskPublish(code, year), label: "เผยแพร่ทะเบียนความเสี่ยง (ประชาชนเห็นฉบับนี้)",
            csrfToken: shell.csrfToken, style: "button primary",
            confirm: "เผยแพร่ทะเบียนความเสี่ยงฉบับนี้ต่อสาธารณะหรือไม่ ฉบับที่เผยแพร่แล้วจะแก้ไขไม่ได้")
        }
        RiskFormView(model: model, csrfToken: shell.csrfToken)
      }
    }
  }

  private var status: String {
    if !model.insider { return "ฉบับที่เผยแพร่ล่าสุด (ครั้งที่ \(model.copies.first?.number ?? 0))" }
    guard let latest = model.copies.first else { return "ยังไม่เผยแพร่ — ประชาชนยังไม่เห็นทะเบียนนี้" }
    return model.changedSinceCopy
      ? "มีการแก้ไขหลังเผยแพร่ครั้งที่ \(latest.number) — ประชาชนยังเห็นฉบับเดิมจนกว่าจะเผยแพร่อีกครั้ง"
      : "ตรงกับฉบับที่เผยแพร่ครั้งที่ \(latest.number)"
  }
}

/// The risks as a table: process, event, who, L × I and level, measures and links, owner,
/// status and the two half-year follow-ups.
struct RiskItemsTable: Component {
  let items: [RiskCopy.Item]
  /// Edit links in `items` order, for editors.
  var editLinks: [String] = []
  var convert: (String) -> String = { $0 }

  var body: Component {
    let t = convert
    if items.isEmpty { return Paragraph("ยังไม่มีความเสี่ยงในทะเบียน").class("notice") }
    return Table(
      header: TableRow {
        for heading in [
          "ที่", "ประเภท / กระบวนงาน", "เหตุการณ์ความเสี่ยง", "โอกาส × ผลกระทบ", "ระดับ", "มาตรการป้องกัน", "ผู้รับผิดชอบ / สถานะ",
          "ติดตามรอบ 6 เดือน", "ติดตามรอบ 12 เดือน",
        ] { TableHeaderCell(heading) }
        if !editLinks.isEmpty { TableHeaderCell("") }
      }
    ) {
      for (index, item) in items.enumerated() {
        TableRow {
          TableCell(t(String(item.number)))
          TableCell {
            Paragraph(item.category.thaiName).class("hint")
            Text(t(item.process))
          }
          TableCell {
            Text(t(item.event))
            if !item.who.isEmpty { Paragraph(t("ผู้เกี่ยวข้อง: " + item.who)).class("hint") }
          }.class("lines")
          TableCell(t("\(item.likelihood) × \(item.impact) = \(item.likelihood * item.impact)"))
          TableCell(item.level.thaiName).class("risk-level risk-\(item.level.rawValue)")
          TableCell {
            Text(t(item.measures))
            if let project = item.project { Paragraph(t("โครงการในแผน: " + project)).class("hint") }
            if let announcement = item.announcement { Paragraph(t("ประกาศ: " + announcement)).class("hint") }
          }.class("lines")
          TableCell {
            Text(t(item.owner))
            Paragraph(item.status.thaiName).class("hint")
          }
          TableCell(t(item.followUpFirst)).class("lines")
          TableCell(t(item.followUpSecond)).class("lines")
          if index < editLinks.count { TableCell { Link("แก้ไข", url: editLinks[index]) } }
        }
      }
    }.class("data risk-table")
  }
}
