import Domain
import Foundation

struct ProjectFormModel {
  let code: String
  let periodCode: String
  let organizationName: String
  let projectID: UUID?
  let outline: FrameworkOutline
  /// Field name (the import column names) → what is in the form.
  let values: [String: String]
  let errors: FieldErrors
  let version: Int
  var notice: String?
  /// After a conflicting save: (field, saved by the other person, typed here).
  var conflict: [(String, String, String)] = []

  init(
    context: PlanContext, projectID: UUID?, values: [String: String], errors: FieldErrors, version: Int,
    notice: String? = nil
  ) {
    code = context.code
    periodCode = context.period.code
    organizationName = context.record.organization.fullName
    self.projectID = projectID
    outline = context.outline
    self.values = values
    self.errors = errors
    self.version = version
    self.notice = notice
  }

  static func values(of project: ProjectSnapshot, years: [Int]) -> [String: String] {
    var values = [
      "no": String(project.number), "type": project.type.rawValue, "name": project.name,
      "dimension": String(project.dimension), "sub_mission": project.subMission ?? "",
      "objectives": NumberedList.text(project.objectives), "method": NumberedList.text(project.method),
      "target_group": project.targetGroup, "responsible_unit": project.responsibleUnit, "note": project.note,
      "target_groups": TargetGroup.text(project.targetGroups),
    ]
    for year in years where project.budget(for: year).satang > 0 {
      values["budget_\(year)"] = project.budget(for: year).formatted
    }
    return values
  }

  var action: String {
    projectID.map { Paths.project(code, periodCode, $0.uuidString) } ?? Paths.projects(code, periodCode)
  }
  var formPage: String {
    projectID.map { Paths.projectAction(code, periodCode, $0.uuidString, "edit") } ?? Paths.newProject(code, periodCode)
  }
}

/// Add or edit a project. Everything typed stays on a failed save; a save from a stale form
/// is refused with the differences shown.
struct ProjectFormPage {
  let shell: PageShell
  let model: ProjectFormModel

  var html: HTML {
    let values = model.values
    let errors = model.errors
    let subOptions =
      [("", "— ไม่ระบุภารกิจ —")]
      + model.outline.dimensions.flatMap { dimension in
        dimension.subMissions.map { ($0.number, "\($0.number) \($0.name)") }
      }
    return Layout.page(shell) {
      Paragraph { Link("แผน \(model.organizationName)", url: Paths.plan(model.code, model.periodCode)) }.class(
        "breadcrumbs")
      H1(model.projectID == nil ? "เพิ่มโครงการ/กิจกรรม/มาตรการ" : "แก้ไขโครงการ")
      if let notice = model.notice { Paragraph(notice).class("notice") }
      if !model.conflict.isEmpty {
        Div {
          Paragraph(
            "มีผู้อื่นบันทึกโครงการนี้ไปก่อนคุณ ระบบยังไม่ได้บันทึกสิ่งที่คุณแก้ไข ข้อมูลที่คุณพิมพ์ยังอยู่ในแบบฟอร์ม ตรวจสอบความแตกต่างด้านล่าง แล้วกดบันทึกอีกครั้งหากต้องการใช้ค่าของคุณ"
          )
          Table(
            header: TableRow {
              TableHeaderCell("รายการ")
              TableHeaderCell("ค่าที่บันทึกล่าสุด")
              TableHeaderCell("ค่าที่คุณพิมพ์")
            },
            rows: {
              for (label, saved, typed) in model.conflict {
                TableRow {
                  TableCell(label)
                  TableCell(saved)
                  TableCell(typed)
                }
              }
            }
          ).class("data compact")
        }.class("error-summary").attribute(named: "role", value: "alert")
      }
      ErrorSummary(messages: ProjectRules.fieldOrder(years: model.outline.years).compactMap { errors[$0] })
      Form(url: model.action, method: .post) {
        CSRFField(token: shell.csrfToken)
        FormOrigin(path: model.formPage)
        Input(type: .hidden, name: "version", value: String(model.version))
        Div {
          FormField(
            label: "ลำดับ", name: "no", value: values["no"] ?? "", error: errors["no"],
            hint: model.projectID == nil ? "เว้นว่างให้ระบบต่อท้าย" : nil, inputMode: "numeric")
          SelectField(
            label: "ประเภท", name: "type", options: ProjectType.allCases.map { ($0.rawValue, $0.rawValue) },
            selected: values["type"] ?? "", error: errors["type"])
        }.class("filters")
        TextAreaField(
          label: "ชื่อโครงการ/กิจกรรม/มาตรการ *", name: "name", value: values["name"] ?? "", error: errors["name"], rows: 2
        )
        SelectField(
          label: "มิติ", name: "dimension",
          options: [("", "— เลือกมิติ —")]
            + model.outline.dimensions.map { (String($0.number), "มิติที่ \($0.number) \($0.name)") },
          selected: values["dimension"] ?? "", error: errors["dimension"])
        SelectField(
          label: "ภารกิจตามมิติ", name: "sub_mission", options: subOptions, selected: values["sub_mission"] ?? "",
          error: errors["sub_mission"])
        TextAreaField(
          label: "วัตถุประสงค์ (ข้อละบรรทัด)", name: "objectives", value: values["objectives"] ?? "",
          error: errors["objectives"], rows: 4)
        TextAreaField(
          label: "วิธีดำเนินการ (ขั้นละบรรทัด)", name: "method", value: values["method"] ?? "", error: errors["method"],
          rows: 5)
        targetGroups(chosen: values["target_groups"] ?? "", error: errors["target_groups"])
        FormField(
          label: "กลุ่มเป้าหมาย (รายละเอียด)", name: "target_group", value: values["target_group"] ?? "",
          error: errors["target_group"], hint: "เช่น ประชาชนในตำบล 200 คน")
        FormField(
          label: "หน่วยงานรับผิดชอบ", name: "responsible_unit", value: values["responsible_unit"] ?? "",
          error: errors["responsible_unit"])
        FieldSet {
          El("legend") { Text("งบประมาณรายปี (บาท) — เว้นว่างหรือ 0 = ไม่ใช้งบประมาณ") }
          Div {
            for year in model.outline.years {
              FormField(
                label: "ปีงบประมาณ \(year)", name: "budget_\(year)", value: values["budget_\(year)"] ?? "",
                error: errors["budget_\(year)"], inputMode: "decimal")
            }
          }.class("filters")
        }
        TextAreaField(label: "หมายเหตุ", name: "note", value: values["note"] ?? "", error: errors["note"], rows: 2)
        Div {
          Button("บันทึก").attribute(named: "type", value: "submit").class("button primary")
          Link("ยกเลิก", url: Paths.plan(model.code, model.periodCode))
        }.class("form-actions")
      }.class("stacked wide").attribute(
        named: "data-keep-draft",
        value: "project-\(model.code)-\(model.periodCode)-\(model.projectID?.uuidString ?? "new")")
    }
  }

  /// The national system's nine target groups as checkboxes (several may apply).
  private func targetGroups(chosen text: String, error: String?) -> Component {
    let chosen = Set((try? TargetGroup.parse(text).get()) ?? [])
    return FieldSet {
      El("legend") { Text("กลุ่มเป้าหมายตามระบบของสำนักงาน ป.ป.ช. (เลือกได้หลายกลุ่ม)") }
      Input(type: .hidden, name: ProjectFormFields.marker, value: "1")
      if let error { Paragraph(error).class("field-error") }
      Div {
        for group in TargetGroup.allCases {
          Label("") {
            Input(type: .checkbox, name: ProjectFormFields.name(group), value: "1")
              .attribute(named: "checked", value: chosen.contains(group) ? "checked" : "")
            Text(" " + group.thaiName)
          }.class("check")
        }
      }.class("checks")
    }
  }
}
