import Domain
import Foundation

struct ProjectPageModel {
  struct HistoryRow {
    let at: Date
    let actor: String
    let action: String
    let changes: [(label: String, old: String, new: String)]
  }

  let code: String
  let periodCode: String
  let organizationName: String
  let project: ProjectSnapshot
  let years: [Int]
  let placement: String
  let removed: Bool
  let history: [HistoryRow]
  let canEdit: Bool
  let canReview: Bool
  let showHistory: Bool
  /// The integrity announcements that point to this project (title, link).
  var announcements: [(title: String, url: String)] = []

  init(context: PlanContext, project: PlanProject, history: [AuditEvent], canEdit: Bool) {
    code = context.code
    periodCode = context.period.code
    organizationName = context.record.organization.fullName
    self.project = project.snapshot()
    years = context.years
    let dimension = context.outline.dimensions.first { $0.number == project.dimension }
    let sub = dimension?.subMissions.first { $0.number == project.subMission }
    placement = "มิติที่ \(project.dimension) \(dimension?.name ?? "")" + (sub.map { " › \($0.number) \($0.name)" } ?? "")
    removed = project.deletedAt != nil
    self.history = history.map { event in
      let before = AuditLog.fields(event.before)
      let after = AuditLog.fields(event.after)
      let keys = Set(before.keys).union(after.keys).sorted()
      return HistoryRow(
        at: event.at, actor: event.actorName, action: event.action,
        changes: keys.map { ($0, before[$0] ?? "", after[$0] ?? "") })
    }
    self.canEdit = canEdit
    canReview = context.canReview && project.deletedAt == nil
    showHistory = context.canSeeHistory
  }
}

/// One project in full, with its history of changes (for those who may see it).
struct ProjectPage {
  let shell: PageShell
  let model: ProjectPageModel

  var html: HTML {
    let project = model.project
    return Layout.page(shell) {
      Paragraph { Link("แผน \(model.organizationName)", url: Paths.plan(model.code, model.periodCode)) }.class(
        "breadcrumbs")
      H1("\(project.number). \(project.name)")
      if model.removed { Paragraph("โครงการนี้ถูกลบออกจากแผนแล้ว").class("error-summary") }
      if project.inconsistent {
        Paragraph("ไม่สอดคล้องกับมิติ: \(project.inconsistentReason ?? "") — ไม่นับรวมในสรุปและไม่ต้องรายงานผล").class(
          "error-summary")
      }
      Div {
        if model.canEdit {
          Link("แก้ไข / ย้ายมิติ", url: Paths.projectAction(model.code, model.periodCode, project.id, "edit")).class(
            "button primary")
          PostButton(
            action: Paths.projectAction(model.code, model.periodCode, project.id, "delete"), label: "ลบโครงการ",
            csrfToken: shell.csrfToken, confirm: "ลบโครงการนี้ออกจากแผน? (เก็บประวัติไว้)")
        }
      }.class("actions")
      DefinitionList(
        rows: [
          ("ประเภท", project.type.rawValue), ("มิติ/ภารกิจ", model.placement),
          ("วัตถุประสงค์", NumberedList.text(project.objectives).nonEmpty ?? "—"),
          ("วิธีดำเนินการ", NumberedList.text(project.method).nonEmpty ?? "—"),
          (
            "กลุ่มเป้าหมายตามระบบ",
            project.targetGroups.isEmpty
              ? "—" : TargetGroup.text(project.targetGroups).replacingOccurrences(of: ";", with: ", ")
          ),
          ("กลุ่มเป้าหมาย", project.targetGroup.nonEmpty ?? "—"),
          ("หน่วยงานรับผิดชอบ", project.responsibleUnit.nonEmpty ?? "—"),
        ]
          + model.years.map { year in
            (
              "งบประมาณ \(year)",
              project.budget(for: year).satang == 0 ? "ไม่ใช้งบประมาณ" : "\(project.budget(for: year).formatted) บาท"
            )
          } + [("หมายเหตุ", project.note.nonEmpty ?? "—")])
      if !model.announcements.isEmpty {
        H2("ประกาศที่เกี่ยวข้อง")
        List(model.announcements) { item in Link(item.title, url: item.url) }
      }
      if model.canReview {
        H2("การตรวจสอบความสอดคล้อง (สำนักงาน ป.ป.ช.)")
        Form(url: Paths.projectAction(model.code, model.periodCode, project.id, "consistency"), method: .post) {
          CSRFField(token: shell.csrfToken)
          Input(type: .hidden, name: "inconsistent", value: project.inconsistent ? "0" : "1")
          if !project.inconsistent { FormField(label: "เหตุผลที่ไม่สอดคล้องกับมิติ", name: "reason", required: true) }
          Button(project.inconsistent ? "ยกเลิกการระบุว่าไม่สอดคล้อง" : "ระบุว่าไม่สอดคล้องกับมิติ")
            .attribute(named: "type", value: "submit").class("button")
        }.class("stacked")
      }
      if model.showHistory {
        H2("ประวัติการแก้ไข")
        Table(
          header: TableRow {
            TableHeaderCell("เวลา")
            TableHeaderCell("ผู้ทำรายการ")
            TableHeaderCell("รายการ")
            TableHeaderCell("เปลี่ยนแปลง")
          },
          rows: {
            for row in model.history.reversed() {
              TableRow {
                TableCell(ThaiCalendar.shortDateTime(row.at))
                TableCell(row.actor)
                TableCell(row.action)
                TableCell {
                  List(row.changes) { change in
                    ListItem(
                      change.old.isEmpty
                        ? "\(change.label): \(change.new)" : "\(change.label): \(change.old) → \(change.new)")
                  }.class("changes")
                }
              }
            }
          }
        ).class("data compact")
      }
    }
  }
}
