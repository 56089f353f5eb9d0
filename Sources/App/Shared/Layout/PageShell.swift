import Domain

/// What the frame around every page needs to know; plain data, no database.
struct PageShell {
  let title: String
  let user: NavUser?
  let csrfToken: String
  let flash: String?
  /// What a link to this page shows when shared (description, absolute address).
  var share: SharePreview? = nil
  /// The user guide's section about this page (“วิธีใช้หน้านี้”), when it has one.
  var help: String? = nil
}

/// A page's description and stable address for search engines and social media.
struct SharePreview {
  let description: String
  let url: String
}

struct NavUser {
  let displayName: String
  let username: String
  let role: Role
  let orgCode: String?
  let provinceCode: String?
}

/// The navigation a role sees, most used first.
enum NavigationMenu {
  static func links(for user: NavUser?) -> [(label: String, href: String)] {
    var links: [(String, String)] = [
      ("หน้าแรก", Paths.home), ("ค้นหา อปท.", Paths.organizations), ("จังหวัด", Paths.provinces),
    ]
    guard let user else {
      return links + [
        ("โครงการ", Paths.projectSearch), ("ภาพรวม", Paths.areaNation), ("ข้อมูลเปิด", Paths.openData),
        ("ร้องเรียนการทุจริต", Paths.complaints), ("คลินิกธรรมาภิบาล", Paths.clinic),
      ]
    }
    // The complaint officer's account is for complaints only.
    if user.role == .complaintOfficer {
      return [("หน้าแรก", Paths.home), ("เรื่องร้องเรียน", Paths.complaintCases), ("ค้นหา อปท.", Paths.organizations)]
        + (user.orgCode.map { [("สถิติเรื่องร้องเรียน", Paths.complaintStatistics($0))] } ?? [])
    }
    // PACC accounts work in the surveillance programme and read the public record.
    if user.role.isPACCRole {
      return [
        ("หน้าแรก", Paths.home), ("โครงการเฝ้าระวัง", Paths.pacc), ("เรื่องเฝ้าระวัง", Paths.paccCases),
        ("การอบรม", Paths.paccSessions), ("คลินิก", Paths.paccClinic), ("หน่วยงานเป้าหมาย", Paths.paccAgencies),
        ("ค้นหา อปท.", Paths.organizations), ("ค้นหาโครงการ", Paths.projectSearch),
      ]
    }
    if let org = user.orgCode {
      links.insert(("องค์กรของฉัน", Paths.organization(org)), at: 1)
      links.insert(("แผนของฉัน", Paths.organizationPlans(org)), at: 2)
      links.insert(("รายงานผล", Paths.organizationReports(org)), at: 3)
      links.insert(("แบบตรวจ OIT", Paths.oitLatest(org)), at: 4)
      links.insert(("ทะเบียนความเสี่ยง", Paths.risks(org)), at: 5)
      if user.role != .complaintOfficer { links.append(("เรื่องที่ ป.ป.ท. ติดตาม", Paths.organizationPacc(org))) }
      if org == BangkokUnits.bangkokCode { links.insert(("หน่วยงานในสังกัด", Paths.units(org)), at: 4) }
    } else {
      links.insert(("ภาพรวม", Paths.dashboard), at: 1)
      links.insert(("แผนในพื้นที่", Paths.areaPlans), at: 2)
      links.insert(("ทะเบียนความเสี่ยง", Paths.riskArea), at: 3)
    }
    if let province = user.provinceCode { links.insert(("จังหวัดของฉัน", Paths.province(province)), at: 1) }
    links.append(("หนังสือเวียน", user.orgCode == nil ? Paths.circulars : Paths.circularInbox))
    links.append(("กรอบแผน", Paths.frameworks))
    if user.role == .nationalAdmin || user.role == .provincialMonitor { links.append(("บัญชีผู้ใช้", Paths.users)) }
    if user.role == .provincialMonitor { links.append(("เรื่องร้องเรียน", Paths.complaintCases)) }
    if user.role == .nationalAdmin {
      links.append(("รอบการรายงาน", Paths.rounds))
      links.append(("ตรวจสอบ", Paths.review))
      links.append(("ภาคของจังหวัด", Paths.regions))
      links.append(("พื้นที่ ป.ป.ท.", Paths.paccOffices))
      links.append(("หน่วยงาน กทม.", Paths.bangkokUnits))
      links.append(("แบบตรวจ OIT", Paths.oitChecklists))
      links.append(("ผล ITA", Paths.itaAdmin))
      links.append(("บันทึกการแก้ไข", Paths.audit))
    }
    return links
  }
}
