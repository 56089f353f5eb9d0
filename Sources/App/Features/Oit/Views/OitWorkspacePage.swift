import Domain
import Foundation

struct OitWorkspaceModel {
  struct Row {
    let code: String
    let title: String
    let state: OitItemState
    let owner: String
    let due: String
    let overdue: Bool
    let evidence: Int
    let supplied: Int
    let missing: [String]
    let brokenLinks: Int
    let path: String
  }
  struct Group {
    let heading: String
    let rows: [Row]
  }
  struct Link {
    let item: String
    let url: String
    let status: String
    let broken: Bool
  }

  let title: String
  let context: OitContext
  let groups: [Group]
  let counts: [(OitItemState, Int)]
  let readiness: String
  let unowned: Int
  let review: String?
  let reviewOutdated: Bool
  let links: [Link]

  init(context: OitContext, statuses: [OitItemStatus], review: OitReviewRow?, now: Date = Date()) {
    self.context = context
    title = "แบบตรวจ OIT ปีงบประมาณ \(context.year) — \(context.name)"
    let rows = statuses.map { status in
      OitWorkspaceModel.Row(
        code: status.item.code, title: status.item.title, state: status.state, owner: status.owner,
        due: status.entry?.due_date.map { ThaiCalendar.shortDate($0) } ?? "",
        overdue: status.state != .published && (status.entry?.due_date.map { $0 < now } ?? false),
        evidence: status.evidence.count, supplied: status.supplied.filter { $0.url != nil }.count,
        missing: status.supplied.compactMap(\.missing),
        brokenLinks: status.evidence.filter { $0.link_problem != nil }.count,
        path: Paths.oitItem(context.code, context.year, status.item.code))
    }
    var groups: [Group] = []
    for (status, row) in zip(statuses, rows) {
      let heading =
        status.item.indicator.title + (status.item.subIndicator.isEmpty ? "" : " — " + status.item.subIndicator)
      if groups.last?.heading == heading {
        let last = groups.removeLast()
        groups.append(Group(heading: heading, rows: last.rows + [row]))
      } else {
        groups.append(Group(heading: heading, rows: [row]))
      }
    }
    self.groups = groups
    counts = OitItemState.allCases.map { state in (state, statuses.filter { $0.state == state }.count) }
    let figure = OitReadinessFigure(
      items: statuses.count, published: statuses.filter { $0.state == .published }.count,
      owned: statuses.filter { !$0.owner.isEmpty }.count)
    readiness = figure.percent.map { "ร้อยละ \($0)" } ?? "—"
    unowned = statuses.count - figure.owned
    self.review = review.map {
      "ผู้บริหารตรวจรับรองแล้วเมื่อ \(ThaiCalendar.longDateTime($0.reviewed_at)) โดย \($0.reviewed_by) (เผยแพร่ \($0.published)/\($0.items) ข้อ)"
    }
    reviewOutdated =
      review.map { review in statuses.contains { ($0.entry?.updated_at ?? .distantPast) > review.reviewed_at } }
      ?? false
    links = statuses.flatMap { status in
      status.evidence.filter { $0.evidenceKind == .url }.map { evidence in
        Link(
          item: status.item.code, url: evidence.url ?? "",
          status: evidence.link_checked_at == nil
            ? "ยังไม่ได้ตรวจ"
            : (evidence.link_problem ?? "เปิดได้ (รหัส \(evidence.link_status.map(String.init) ?? "—"))")
              + " — ตรวจเมื่อ " + (evidence.link_checked_at.map(ThaiCalendar.shortDateTime) ?? ""),
          broken: evidence.link_problem != nil)
      }
    }
  }
}

/// The LAO's OIT workspace: every item of the year's checklist with its state, owner, due
/// date and evidence, grouped by indicator; the memo, the owners form, the link check and the
/// executive's review.
struct OitWorkspacePage {
  let shell: PageShell
  let model: OitWorkspaceModel

  var html: HTML {
    let context = model.context
    return Layout.page(shell) {
      Paragraph {
        Link(context.name, url: Paths.organization(context.code))
        Text(" › ")
        Link("หน้าสาธารณะ OIT", url: Paths.oit(context.code, context.year))
      }.class("breadcrumbs")
      H1(model.title)
      if context.checklist.isTemplate {
        Paragraph("แบบตรวจปีนี้ยังเป็น" + OitDefaults.templateNote).class("notice warning")
      }
      El("dl") {
        for (state, count) in model.counts { Figure(state.thaiName, "\(count) ข้อ") }
        Figure("ความพร้อม", model.readiness, "ข้อที่เผยแพร่แล้ว ÷ ข้อทั้งหมดของแบบตรวจ × 100")
      }.class("summary-figures")
      if model.unowned > 0 { Paragraph("ยังไม่ได้มอบหมายผู้รับผิดชอบ \(model.unowned) ข้อ").class("notice warning") }
      if let review = model.review {
        Paragraph(review).class("notice")
        if model.reviewOutdated { Paragraph("มีการแก้ไขหลังผู้บริหารตรวจรับรอง").class("notice warning") }
      }
      Div {
        if context.canEdit { Link("มอบหมายผู้รับผิดชอบ", url: Paths.oitOwners(context.code, context.year)).class("button") }
        Link("พิมพ์บันทึกมอบหมาย", url: Paths.oitMemo(context.code, context.year)).class("button")
        if context.canEdit {
          PostButton(
            action: Paths.oitAction(context.code, context.year, "check-links"), label: "ตรวจลิงก์หลักฐาน",
            csrfToken: shell.csrfToken)
        }
        if context.canReview {
          PostButton(
            action: Paths.oitAction(context.code, context.year, "review"), label: "ผู้บริหารตรวจรับรองทั้งแบบตรวจ",
            csrfToken: shell.csrfToken, style: "button primary",
            confirm: "ยืนยันว่าได้ตรวจข้อมูลที่เผยแพร่ครบทุกข้อแล้ว")
        }
      }.class("actions")
      for group in model.groups {
        H2(group.heading)
        Table(
          header: TableRow {
            TableHeaderCell("ข้อ")
            TableHeaderCell("ข้อมูล")
            TableHeaderCell("สถานะ")
            TableHeaderCell("ผู้รับผิดชอบ")
            TableHeaderCell("กำหนดเสร็จ")
            TableHeaderCell("หลักฐาน")
          }
        ) {
          for row in group.rows {
            TableRow {
              TableCell { Link(row.code, url: row.path) }
              TableCell {
                Link(row.title, url: row.path)
                for missing in row.missing { Paragraph(missing).class("hint") }
              }
              TableCell { Span(row.state.thaiName).class("badge state-\(row.state.rawValue)") }
              TableCell(row.owner.isEmpty ? "ยังไม่มอบหมาย" : row.owner)
              TableCell(row.due + (row.overdue ? " (เลยกำหนด)" : "")).class(row.overdue ? "late" : "")
              TableCell(
                "\(row.evidence) รายการ" + (row.supplied > 0 ? " + จากระบบ \(row.supplied)" : "")
                  + (row.brokenLinks > 0 ? " (ลิงก์เสีย \(row.brokenLinks))" : ""))
            }
          }
        }.class("data")
      }
      H2("ลิงก์หลักฐาน").id("links")
      if model.links.isEmpty { Paragraph("ยังไม่มีลิงก์หลักฐาน").class("hint") }
      Table(
        header: TableRow {
          TableHeaderCell("ข้อ")
          TableHeaderCell("ลิงก์")
          TableHeaderCell("ผลการตรวจ")
        }
      ) {
        for link in model.links {
          TableRow {
            TableCell(link.item)
            TableCell { Link(link.url, url: link.url) }
            TableCell(link.status).class(link.broken ? "late" : "")
          }
        }
      }.class("data")
    }
  }
}
