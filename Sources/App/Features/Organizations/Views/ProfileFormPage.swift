import Domain

struct ProfileFormModel {
  let code: String
  let name: String
  /// What is in the form: the saved profile, or exactly what the user typed.
  let values: [String: String]
  let errors: FieldErrors
  let version: Int
  /// Someone else saved first: show their values next to the typed ones.
  let conflict: Bool
  /// National admins also set when the organization came into and went out of existence.
  let canEditLifecycle: Bool
  var current: [String: String]? = nil
  var notice: String? = nil

  static func values(of organization: Organization) -> [String: String] {
    let profile = organization.profile
    return [
      "activeFrom": organization.activeFrom.map(ThaiCalendar.numericDate) ?? "",
      "activeUntil": organization.activeUntil.map(ThaiCalendar.numericDate) ?? "",
      "address": profile.address ?? "", "areaKm2": profile.areaKm2.map { OrganizationPage.decimal($0) } ?? "",
      "population": profile.population.map(String.init) ?? "", "income": profile.income?.formatted ?? "",
      "executiveName": profile.executiveName ?? "", "executivePosition": profile.executivePosition ?? "",
      "clerkName": profile.clerkName ?? "", "coordinatorName": profile.coordinatorName ?? "",
      "coordinatorPosition": profile.coordinatorPosition ?? "", "coordinatorPhone": profile.coordinatorPhone ?? "",
      "coordinatorEmail": profile.coordinatorEmail ?? "",
    ]
  }
}

/// The organization's profile form. On error everything typed stays in place.
struct ProfileFormPage {
  let shell: PageShell
  let model: ProfileFormModel

  static let fields: [(name: String, label: String, hint: String?)] = [
    ("areaKm2", "พื้นที่ (ตร.กม.)", nil), ("population", "จำนวนประชากร (คน)", nil),
    ("income", "รายได้ (บาท)", "รวมเงินอุดหนุน เช่น 25,000,000.00"),
    ("executiveName", "ชื่อผู้บริหาร", nil), ("executivePosition", "ตำแหน่งผู้บริหาร", "เช่น นายกองค์การบริหารส่วนตำบล"),
    ("clerkName", "ชื่อปลัด", nil), ("coordinatorName", "ชื่อผู้ประสานงาน", nil),
    ("coordinatorPosition", "ตำแหน่งผู้ประสานงาน", "เช่น นิติกรชำนาญการ"),
    ("coordinatorPhone", "โทรศัพท์ผู้ประสานงาน", nil), ("coordinatorEmail", "อีเมลผู้ประสานงาน", nil),
  ]

  var html: HTML {
    Layout.page(shell) {
      H1("แก้ไขข้อมูล \(model.name)")
      if let notice = model.notice { Paragraph(notice).class("notice") }
      if model.conflict {
        Div {
          Paragraph(
            "มีผู้อื่นบันทึกข้อมูลนี้ไปก่อนคุณ ระบบยังไม่ได้บันทึกสิ่งที่คุณแก้ไข ข้อมูลที่คุณพิมพ์ยังอยู่ในแบบฟอร์ม กรุณาตรวจสอบค่าล่าสุดด้านล่างแล้วกดบันทึกอีกครั้ง"
          )
          if let current = model.current {
            DefinitionList(
              rows: Self.fields.map { ($0.label, current[$0.name].flatMap { $0.nonEmpty } ?? "—") }
                + [("ที่อยู่", current["address"].flatMap { $0.nonEmpty } ?? "—")])
          }
        }.class("error-summary").attribute(named: "role", value: "alert")
      }
      ErrorSummary(messages: model.errors.messages.keys.sorted().compactMap { model.errors[$0] })
      Form(url: Paths.organizationProfile(model.code), method: .post) {
        CSRFField(token: shell.csrfToken)
        FormOrigin(path: Paths.organizationProfile(model.code))
        Input(type: .hidden, name: "version", value: String(model.version))
        TextAreaField(
          label: "ที่อยู่", name: "address", value: model.values["address"] ?? "", error: model.errors["address"])
        for field in Self.fields {
          FormField(
            label: field.label, name: field.name, value: model.values[field.name] ?? "",
            error: model.errors[field.name], hint: field.hint,
            inputMode: field.name == "coordinatorEmail" ? "email" : nil)
        }
        if model.canEditLifecycle {
          FieldSet {
            El("legend") { Text("สถานะการจัดตั้ง (ผู้ดูแลระบบระดับประเทศ)") }
            FormField(
              label: "จัดตั้งเมื่อ", name: "activeFrom", value: model.values["activeFrom"] ?? "",
              error: model.errors["activeFrom"], hint: "วัน/เดือน/ปี พ.ศ. เช่น 1/10/2566 เว้นว่างถ้ามีมาก่อนระบบ")
            FormField(
              label: "สิ้นสภาพเมื่อ (ยุบ/ควบรวม)", name: "activeUntil", value: model.values["activeUntil"] ?? "",
              error: model.errors["activeUntil"], hint: "เว้นว่างถ้ายังดำเนินการอยู่")
          }
        }
        Div {
          Button("บันทึก").attribute(named: "type", value: "submit").class("button primary")
          Link("ยกเลิก", url: Paths.organization(model.code))
        }.class("form-actions")
      }.class("stacked").attribute(named: "data-keep-draft", value: "profile-\(model.code)")
    }
  }
}
