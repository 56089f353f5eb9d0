import Domain

/// Add or edit one risk: what could go wrong, likelihood and impact (the level follows), the
/// measures and what they link to, the owner and the half-year follow-ups.
struct RiskFormView: Component {
  let model: RiskRegisterModel
  let csrfToken: String

  var body: Component {
    let (code, year) = (model.code, model.year)
    let path = model.editing.map { Paths.riskItem(code, year, $0) } ?? Paths.riskRegister(code, year)
    let v = model.values
    let e = model.errors
    let scale = { (names: [String]) in
      [("", "— เลือก —")] + (1...5).map { (String($0), "\($0) \(names[$0 - 1])") }
    }
    return Div {
      H2(model.editing == nil ? "เพิ่มความเสี่ยง" : "แก้ไขความเสี่ยง")
      ErrorSummary(messages: Array(e.messages.values).sorted())
      Form(url: path, method: .post) {
        CSRFField(token: csrfToken)
        FormOrigin(path: path)
        SelectField(
          label: "ประเภทความเสี่ยง", name: "category",
          options: [("", "— เลือก —")] + RiskCategory.allCases.map { ($0.rawValue, $0.thaiName) },
          selected: v["category"] ?? "", error: e["category"])
        FormField(
          label: "กระบวนงาน/ขั้นตอน", name: "process", value: v["process"] ?? "", error: e["process"],
          hint: "เช่น การออกใบอนุญาตก่อสร้างอาคาร, การจัดซื้อจัดจ้างโดยวิธีเฉพาะเจาะจง")
        TextAreaField(
          label: "เหตุการณ์ความเสี่ยง (อะไรอาจเกิดขึ้น)", name: "event", value: v["event"] ?? "", error: e["event"])
        FormField(label: "ผู้เกี่ยวข้อง/ตำแหน่งที่เสี่ยง", name: "who", value: v["who"] ?? "", error: e["who"])
        Div {
          SelectField(
            label: "โอกาสที่จะเกิด", name: "likelihood", options: scale(RiskScale.likelihoodNames),
            selected: v["likelihood"] ?? "", error: e["likelihood"])
          SelectField(
            label: "ผลกระทบ", name: "impact", options: scale(RiskScale.impactNames), selected: v["impact"] ?? "",
            error: e["impact"])
        }.class("filters")
        Paragraph(
          "ระดับความเสี่ยง = โอกาส × ผลกระทบ: "
            + RiskLevel.allCases.map { "\($0.thaiName) \($0.range.lowerBound)–\($0.range.upperBound)" }.joined(
              separator: ", ")
        ).class("hint")
        TextAreaField(
          label: "มาตรการป้องกัน/การจัดการความเสี่ยง", name: "measures", value: v["measures"] ?? "", error: e["measures"])
        SelectField(
          label: "โครงการในแผนที่เป็นมาตรการ", name: "project_id",
          options: [("", "— ไม่ระบุ —")] + model.projects.map { ($0.id.uuidString, $0.label) },
          selected: v["project_id"] ?? "", error: e["project_id"])
        SelectField(
          label: "ประกาศที่เป็นมาตรการ", name: "announcement_id",
          options: [("", "— ไม่ระบุ —")] + model.announcements.map { ($0.id.uuidString, $0.label) },
          selected: v["announcement_id"] ?? "", error: e["announcement_id"])
        Div {
          FormField(label: "ผู้รับผิดชอบ", name: "owner", value: v["owner"] ?? "", error: e["owner"])
          SelectField(
            label: "สถานะ", name: "status", options: RiskStatus.allCases.map { ($0.rawValue, $0.thaiName) },
            selected: v["status"] ?? RiskStatus.planned.rawValue, error: e["status"])
        }.class("filters")
        TextAreaField(
          label: "ผลการติดตามรอบ 6 เดือน (ต.ค. – มี.ค.)", name: "follow_up_first", value: v["follow_up_first"] ?? "",
          error: e["follow_up_first"])
        TextAreaField(
          label: "ผลการติดตามรอบ 12 เดือน (เม.ย. – ก.ย.)", name: "follow_up_second", value: v["follow_up_second"] ?? "",
          error: e["follow_up_second"])
        Button(model.editing == nil ? "เพิ่มความเสี่ยง" : "บันทึก").attribute(named: "type", value: "submit").class(
          "button primary")
      }
      if let editing = model.editing {
        PostButton(
          action: Paths.riskItemDelete(code, year, editing), label: "ลบความเสี่ยงนี้", csrfToken: csrfToken,
          style: "button danger", confirm: "ลบความเสี่ยงนี้ออกจากทะเบียนหรือไม่")
        Paragraph { Link("ยกเลิก", url: Paths.riskRegister(code, year)) }
      }
    }
  }
}
