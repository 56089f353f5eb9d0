import Domain

struct FilingDiffModel {
  let title: String
  let path: String
  let choices: [(value: String, label: String)]
  let from: Int
  let to: Int
  let diff: FiledReportDiff
}

/// Two filed copies of a report side by side: the summary and overall part, then projects
/// added, removed and changed, cell by cell (old → new).
struct FilingDiffPage {
  let shell: PageShell
  let model: FilingDiffModel

  var html: HTML {
    let diff = model.diff
    return Layout.page(shell) {
      Paragraph { Link("กลับไปที่รายงาน", url: model.path) }.class("breadcrumbs")
      H1("เปรียบเทียบรายงานที่ส่งครั้งที่ \(model.from) กับครั้งที่ \(model.to)")
      Paragraph(model.title).class("count")
      CompareForm(
        action: model.path + "/filings/compare", choices: model.choices, from: String(model.from),
        to: String(model.to))
      Paragraph(
        "สรุปและส่วนรวม: เปลี่ยน \(diff.overall.count) รายการ · โครงการ: เพิ่ม \(diff.added.count) · ไม่อยู่ในครั้งหลัง \(diff.removed.count) · แก้ไข \(diff.changed.count)"
      ).class("count")
      if diff.isEmpty { Paragraph("สำเนาทั้งสองครั้งเหมือนกันทุกช่อง").class("notice") }
      if !diff.overall.isEmpty {
        H2("สรุปผลและส่วนรวมของรายงาน")
        changes(diff.overall.map { ("", $0) }, perProject: false)
      }
      if !diff.added.isEmpty {
        H2("โครงการที่มีในครั้งที่ \(model.to) เท่านั้น")
        List(diff.added.map { "\($0.number). \($0.name) — \($0.entry.statusLabel)" }).class("added")
      }
      if !diff.removed.isEmpty {
        H2("โครงการที่มีในครั้งที่ \(model.from) เท่านั้น")
        List(diff.removed.map { "\($0.number). \($0.name) — \($0.entry.statusLabel)" }).class("removed")
      }
      if !diff.changed.isEmpty {
        H2("โครงการที่เปลี่ยน")
        changes(
          diff.changed.flatMap { changed in
            changed.changes.enumerated().map {
              ($0.offset == 0 ? "\(changed.line.number). \(changed.line.name)" : "", $0.element)
            }
          })
      }
    }
  }

  private func changes(_ rows: [(String, FiledReportDiff.Change)], perProject: Bool = true) -> Component {
    Table(
      header: TableRow {
        if perProject { TableHeaderCell("โครงการ") }
        TableHeaderCell("รายการ")
        TableHeaderCell("ครั้งที่ \(model.from)")
        TableHeaderCell("ครั้งที่ \(model.to)")
      },
      rows: {
        for (project, change) in rows {
          TableRow {
            if perProject { TableCell(project) }
            TableCell(change.label)
            TableCell(change.old).class("old lines")
            TableCell(change.new).class("new lines")
          }
        }
      }
    ).class("data diff")
  }
}
