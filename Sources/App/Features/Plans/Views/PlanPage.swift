import Domain
import Foundation

struct PlanPageModel {
  let code: String
  let organizationName: String
  let periodCode: String
  let periodName: String
  let status: PlanStatus
  let approvedLabel: String?
  let approvedBy: String?
  let returnComment: String?
  let outline: PlanOutlineModel
  let versionCount: Int
  let periodOpen: Bool
  let canEdit: Bool
  let canApprove: Bool
  let canSeeHistory: Bool
  var problem: String?

  init(context: PlanContext, plan: Plan, projects: [ProjectSnapshot], versions: [PlanVersion]) {
    code = context.code
    organizationName = context.record.organization.fullName
    periodCode = context.period.code
    periodName = context.period.name
    status = plan.status
    approvedLabel = versions.last.map { "\($0.label) อนุมัติเมื่อ \(ThaiCalendar.longDate($0.approvedAt))" }
    approvedBy = versions.last.map { "\($0.approverName) \($0.approverPosition)" }
    returnComment = plan.status == .returned ? plan.returnComment : nil
    outline = PlanOutlineModel(outline: context.outline, projects: projects)
    versionCount = versions.count
    periodOpen = context.periodOpen
    canEdit = context.canEdit && context.periodOpen && plan.status != .submitted
    canApprove = context.canApprove && plan.status == .submitted
    canSeeHistory = context.canSeeHistory
  }
}

/// The plan grouped dimension → sub-mission with counts and yearly budgets, and the actions
/// the viewer may take.
struct PlanPage {
  let shell: PageShell
  let model: PlanPageModel

  var html: HTML {
    let years = model.outline.years
    return Layout.page(shell) {
      Paragraph {
        Link(model.organizationName, url: Paths.organization(model.code))
        Text(" › ")
        Link("แผนทุกช่วง", url: Paths.organizationPlans(model.code))
      }.class("breadcrumbs")
      H1("แผนปฏิบัติการป้องกันการทุจริต \(model.organizationName)")
      Paragraph(
        "\(model.periodName) · สถานะ: \(model.status.thaiName)" + (model.approvedLabel.map { " · \($0)" } ?? "")
      )
      .class("count")
      if let problem = model.problem {
        Paragraph(problem).class("error-summary").attribute(named: "role", value: "alert")
      }
      if let comment = model.returnComment {
        Paragraph("ผู้บริหารส่งกลับให้แก้ไข: \(comment)").class("error-summary")
      }
      if !model.periodOpen { Paragraph(PlanRefusal.periodClosed.message).class("notice") }
      actions
      Table(
        header: TableRow {
          TableHeaderCell("ลำดับ")
          TableHeaderCell("โครงการ/กิจกรรม/มาตรการ")
          for year in years { TableHeaderCell("งบประมาณ \(year) (บาท)") }
        },
        footer: TableRow {
          TableCell("รวม จำนวน \(model.outline.overall.count) โครงการ").attribute(named: "colspan", value: "2")
          for year in years { TableCell(PlanOutlineModel.money(model.outline.overall.budget(year))).class("number") }
        },
        rows: {
          for dimension in model.outline.dimensions {
            TableRow {
              TableCell("มิติที่ \(dimension.number) \(dimension.name) (\(dimension.line.count) โครงการ)")
                .attribute(named: "colspan", value: "2")
              for year in years { TableCell(PlanOutlineModel.money(dimension.line.budget(year))).class("number") }
            }.class("group dimension-row")
            for project in dimension.loose { projectRow(project, years: years) }
            for sub in dimension.subMissions {
              TableRow {
                TableCell("\(sub.number) \(sub.name) (\(sub.line.count))").attribute(named: "colspan", value: "2")
                for year in years { TableCell(PlanOutlineModel.money(sub.line.budget(year))).class("number") }
              }.class("group sub-row")
              for project in sub.projects { projectRow(project, years: years) }
            }
          }
        }
      ).class("data plan")
    }
  }

  private var actions: Component {
    Div {
      if model.canEdit {
        Link("+ เพิ่มโครงการ", url: Paths.newProject(model.code, model.periodCode)).class("button primary")
        Link("นำเข้าจากไฟล์", url: Paths.planAction(model.code, model.periodCode, "import")).class("button")
        if model.status == .draft || model.status == .returned {
          PostButton(
            action: Paths.planAction(model.code, model.periodCode, "submit"), label: "ส่งแผนให้ผู้บริหารอนุมัติ",
            csrfToken: shell.csrfToken, confirm: "ส่งแผนให้ผู้บริหารพิจารณา? ระหว่างรออนุมัติจะแก้ไขไม่ได้")
        }
      }
      Link("พิมพ์แผน", url: Paths.planAction(model.code, model.periodCode, "print")).class("button")
      if model.canSeeHistory {
        Link("เล่มแผน (คำนำ บทนำ และพิมพ์ทั้งเล่ม)", url: Paths.planBook(model.code, model.periodCode)).class("button")
      } else if model.versionCount > 0 {
        Link("เล่มแผนฉบับที่อนุมัติ (PDF)", url: Paths.planBookPrint(model.code, model.periodCode, pdf: true)).class(
          "button")
      }
      Link("Excel", url: Paths.planAction(model.code, model.periodCode, "export.xlsx")).class("button")
      Link("CSV", url: Paths.planAction(model.code, model.periodCode, "export.csv")).class("button")
      if model.versionCount > 0 {
        Link(
          "ฉบับที่อนุมัติ (\(model.versionCount)) / เปรียบเทียบ",
          url: Paths.planAction(model.code, model.periodCode, "versions")
        ).class("button")
      }
    }.class("actions")
      .append(approvalForms)
  }

  private var approvalForms: Component {
    guard model.canApprove else { return EmptyComponent() }
    return Div {
      H2("ผู้บริหารพิจารณาแผน")
      Form(url: Paths.planAction(model.code, model.periodCode, "approve"), method: .post) {
        CSRFField(token: shell.csrfToken)
        FormField(label: "ชื่อผู้อนุมัติ", name: "name", required: true)
        FormField(label: "ตำแหน่ง", name: "position", hint: "เช่น นายกเทศมนตรีเมืองหนองปรือ", required: true)
        Button("อนุมัติแผน").attribute(named: "type", value: "submit").class("button primary")
      }.class("stacked")
      Form(url: Paths.planAction(model.code, model.periodCode, "return"), method: .post) {
        CSRFField(token: shell.csrfToken)
        TextAreaField(label: "สิ่งที่ต้องแก้ไข", name: "comment")
        Button("ส่งกลับให้แก้ไข").attribute(named: "type", value: "submit").class("button")
      }.class("stacked")
    }.class("approval")
  }

  private func projectRow(_ project: ProjectSnapshot, years: [Int]) -> Component {
    TableRow {
      TableCell(String(project.number)).class("code")
      TableCell {
        Link(project.name, url: Paths.project(model.code, model.periodCode, project.id))
        Span(" (\(project.type.rawValue))").class("hint")
        if project.inconsistent {
          Paragraph("ไม่สอดคล้องกับมิติ" + (project.inconsistentReason.map { ": \($0)" } ?? "") + " — ไม่นับรวม").class("flag")
        }
      }
      for year in years { TableCell(PlanOutlineModel.money(project.budget(for: year))).class("number") }
    }.class(project.inconsistent ? "inconsistent" : "")
  }
}

extension Component {
  /// Renders another component right after this one.
  func append(_ other: Component) -> Component { ComponentGroup(members: [self, other]) }
}
