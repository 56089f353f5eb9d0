import Domain

struct PlanDiffModel {
  let code: String
  let organizationName: String
  let periodCode: String
  let choices: [(value: String, label: String)]
  let fromKey: String
  let toKey: String
  let fromLabel: String
  let toLabel: String
  let diff: PlanDiff
  /// The book's sections whose text differs, line by line.
  var bookChanges: [(title: String, lines: [TextDiff.Line])] = []

  init(
    context: PlanContext, versions: [PlanVersion], fromKey: String, toKey: String, fromLabel: String, toLabel: String,
    diff: PlanDiff
  ) {
    code = context.code
    organizationName = context.record.organization.fullName
    periodCode = context.period.code
    choices = versions.map { (String($0.number), $0.label) } + [("current", "ฉบับปัจจุบัน")]
    self.fromKey = fromKey
    self.toKey = toKey
    self.fromLabel = fromLabel
    self.toLabel = toLabel
    self.diff = diff
  }
}

/// Added, removed and changed projects between two versions; changed cells old → new.
struct PlanDiffPage {
  let shell: PageShell
  let model: PlanDiffModel

  var html: HTML {
    let diff = model.diff
    return Layout.page(shell) {
      Paragraph { Link("แผน \(model.organizationName)", url: Paths.plan(model.code, model.periodCode)) }.class(
        "breadcrumbs")
      H1("เปรียบเทียบ \(model.fromLabel) กับ \(model.toLabel)")
      CompareForm(
        code: model.code, periodCode: model.periodCode, choices: model.choices, from: model.fromKey, to: model.toKey)
      Paragraph("เพิ่ม \(diff.added.count) · ลบ \(diff.removed.count) · แก้ไข \(diff.changed.count) โครงการ").class(
        "count")
      if diff.isEmpty && model.bookChanges.isEmpty { Paragraph("ทั้งสองฉบับเหมือนกัน").class("notice") }
      if !model.bookChanges.isEmpty {
        H2("หัวข้อในเล่มแผนที่แก้ไข (\(model.bookChanges.count) หัวข้อ)")
        for change in model.bookChanges {
          H3(change.title)
          Div {
            for line in change.lines {
              switch line {
              case .same(let text): Paragraph(text).class("same")
              case .removed(let text): Paragraph("− " + text).class("removed")
              case .added(let text): Paragraph("+ " + text).class("added")
              }
            }
          }.class("text-diff")
        }
      }
      if !diff.added.isEmpty {
        H2("โครงการที่เพิ่ม")
        List(diff.added) { project in ListItem("\(project.number). \(project.name) (มิติที่ \(project.dimension))") }.class(
          "added")
      }
      if !diff.removed.isEmpty {
        H2("โครงการที่ลบ")
        List(diff.removed) { project in ListItem("\(project.number). \(project.name)") }.class("removed")
      }
      if !diff.changed.isEmpty {
        H2("โครงการที่แก้ไข")
        Table(
          header: TableRow {
            TableHeaderCell("โครงการ")
            TableHeaderCell("รายการ")
            TableHeaderCell("เดิม")
            TableHeaderCell("ใหม่")
          },
          rows: {
            for changed in diff.changed {
              for (index, change) in changed.changes.enumerated() {
                TableRow {
                  TableCell(index == 0 ? "\(changed.project.number). \(changed.project.name)" : "")
                  TableCell(change.label)
                  TableCell(change.old).class("old")
                  TableCell(change.new).class("new")
                }
              }
            }
          }
        ).class("data diff")
      }
    }
  }
}
