import Domain
import Foundation

struct OrganizationPageModel {
  let code: String
  let name: String
  let type: String
  let provinceCode: String
  let provinceName: String
  let district: String
  let region: String
  let parent: (code: String, name: String)?
  let children: [(code: String, name: String)]
  let activeFrom: Date?
  let activeUntil: Date?
  let profile: OrganizationProfile
  let showContacts: Bool
  let canEdit: Bool
  let canSeeAccounts: Bool
  /// The organization's own accounts and the monitors of its province see its units' roll-up.
  var canSeeUnits = false
  /// The public record (plan, reports, ITA, complaints) shown to everyone.
  var record: PublicRecord?

  init(record: OrganizationRecord, children: [Organization], showContacts: Bool, canEdit: Bool, canSeeAccounts: Bool) {
    let organization = record.organization
    code = organization.code
    name = organization.fullName
    type = organization.type
    provinceCode = organization.provinceCode
    provinceName = record.province.nameTH
    district = organization.district
    region = NACCRegion.name(record.province.region)
    parent = record.parent.map { ($0.code, $0.fullName) }
    self.children = children.map { ($0.code, $0.fullName) }
    activeFrom = organization.activeFrom
    activeUntil = organization.activeUntil
    profile = organization.profile
    self.showContacts = showContacts
    self.canEdit = canEdit
    self.canSeeAccounts = canSeeAccounts
  }
}

/// The public face of one organization: where it is and its profile.
struct OrganizationPage {
  let shell: PageShell
  let model: OrganizationPageModel

  var html: HTML {
    Layout.page(shell) {
      Paragraph {
        Link(model.provinceName, url: Paths.province(model.provinceCode)); Text(" › อำเภอ\(model.district)")
      }
      .class("breadcrumbs")
      H1(model.name)
      Div {
        Link("แผนปฏิบัติการป้องกันการทุจริต", url: Paths.organizationPlans(model.code)).class("button primary")
        Link("รายงานผลการดำเนินงาน", url: Paths.organizationReports(model.code)).class("button")
        Link("ประกาศมาตรการส่งเสริมคุณธรรม", url: Paths.announcements(model.code, fiscalYear: nil)).class("button")
        Link("การเปิดเผยข้อมูลสาธารณะ (OIT)", url: Paths.oitLatest(model.code)).class("button")
        Link("ผลการประเมิน ITA", url: Paths.organizationIta(model.code)).class("button")
        Link("ทะเบียนความเสี่ยงการทุจริต", url: Paths.risks(model.code)).class("button")
        if model.canEdit { Link("แก้ไขข้อมูลองค์กร", url: Paths.organizationProfile(model.code)).class("button") }
        if model.canSeeAccounts { Link("บัญชีผู้ใช้ของ อปท.", url: Paths.organizationAccounts(model.code)).class("button") }
        if model.canSeeUnits { Link("ภาพรวมหน่วยงานในสังกัด", url: Paths.units(model.code)).class("button") }
      }.class("actions")
      DefinitionList(rows: basics)
      if let record = model.record { PublicRecordSection(code: model.code, record: record) }
      Paragraph {
        Text("นำไปแสดงบนเว็บไซต์ของ อปท.: ")
        Link("วิดเจ็ตและป้ายสรุปผล", url: Paths.widgetHelp(model.code))
      }.class("hint no-print")
      H2("ข้อมูลทั่วไป")
      DefinitionList(rows: profileRows)
      if !model.children.isEmpty {
        H2("หน่วยงานในสังกัด (\(model.children.count))")
        List(model.children) { child in Link(child.name, url: Paths.organization(child.code)) }.class("columns")
      }
    }
  }

  private var basics: [(String, String)] {
    var rows = [
      ("รหัส อปท.", model.code), ("ประเภท", model.type), ("อำเภอ/เขต", model.district),
      ("จังหวัด", model.provinceName), ("สำนักงาน ป.ป.ช. ที่กำกับ", model.region),
    ]
    if let parent = model.parent { rows.append(("สังกัด", parent.name)) }
    if let from = model.activeFrom { rows.append(("จัดตั้งเมื่อ", ThaiCalendar.longDate(from))) }
    if let until = model.activeUntil { rows.append(("สิ้นสภาพเมื่อ", ThaiCalendar.longDate(until))) }
    return rows
  }

  private var profileRows: [(String, String)] {
    let profile = model.profile
    let none = "—"
    var rows = [
      ("ที่อยู่", profile.address ?? none),
      ("พื้นที่", profile.areaKm2.map { "\(Self.decimal($0)) ตร.กม." } ?? none),
      ("ประชากร", profile.population.map { "\($0.formatted) คน" } ?? none),
      ("รายได้", profile.income.map { "\($0.formatted) บาท" } ?? none),
      (
        "ผู้บริหาร",
        [profile.executiveName, profile.executivePosition].compactMap { $0 }.joined(separator: " — ").nonEmpty ?? none
      ),
      ("ปลัด", profile.clerkName ?? none),
      (
        "ผู้ประสานงาน",
        [profile.coordinatorName, profile.coordinatorPosition].compactMap { $0 }.joined(separator: " — ").nonEmpty
          ?? none
      ),
    ]
    if model.showContacts {
      rows.append(("โทรศัพท์ผู้ประสานงาน", profile.coordinatorPhone ?? none))
      rows.append(("อีเมลผู้ประสานงาน", profile.coordinatorEmail ?? none))
    }
    return rows
  }

  static func decimal(_ value: Double) -> String {
    let rounded = (value * 100).rounded() / 100
    guard rounded == rounded.rounded(), let whole = Int(exactly: rounded) else { return String(rounded) }
    return String(whole)
  }
}

/// A two-column list of label → value.
struct DefinitionList: Component {
  let rows: [(String, String)]
  var body: Component {
    El("dl") {
      for (label, value) in rows {
        El("dt") { Text(label) }
        El("dd") { Text(value) }
      }
    }.class("facts")
  }
}

extension String {
  var nonEmpty: String? { isEmpty ? nil : self }
}
