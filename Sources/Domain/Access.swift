/// Who a user is in the system. LAO roles act for one organization; monitors see an area.
public enum Role: String, CaseIterable, Codable, Sendable {
  case laoOfficer = "lao_officer"
  case laoExecutive = "lao_executive"
  /// ผู้รับผิดชอบเรื่องร้องเรียน: handles the organization's corruption complaints, nothing else.
  case complaintOfficer = "complaint_officer"
  case districtMonitor = "district_monitor"
  case provincialMonitor = "provincial_monitor"
  case regionalMonitor = "regional_monitor"
  case nationalAdmin = "national_admin"
  /// สำนักงาน ป.ป.ท. เขต 1–9: runs the proactive-surveillance programme in its area.
  case paccRegionalOfficer = "pacc_regional_officer"
  /// กปก. (PACC's central division): runs it centrally and sees every office.
  case paccCentralOfficer = "pacc_central_officer"

  public var thaiName: String {
    switch self {
    case .laoOfficer: return "เจ้าหน้าที่ อปท."
    case .laoExecutive: return "ผู้บริหาร อปท."
    case .complaintOfficer: return "ผู้รับผิดชอบเรื่องร้องเรียน อปท."
    case .districtMonitor: return "ผู้กำกับดูแลระดับอำเภอ"
    case .provincialMonitor: return "ผู้กำกับดูแลระดับจังหวัด"
    case .regionalMonitor: return "ผู้กำกับดูแลระดับภาค (สำนักงาน ป.ป.ช. ภาค)"
    case .nationalAdmin: return "ผู้ดูแลระบบระดับประเทศ (สำนักงาน ป.ป.ช.)"
    case .paccRegionalOfficer: return "เจ้าหน้าที่ ปปท. เขต (สำนักงาน ป.ป.ท.)"
    case .paccCentralOfficer: return "เจ้าหน้าที่ส่วนกลาง กปก. (สำนักงาน ป.ป.ท.)"
    }
  }

  /// Accounts of one organization (officer, executive, complaint officer).
  public var isLAORole: Bool { self == .laoOfficer || self == .laoExecutive || self == .complaintOfficer }
  /// NACC-side oversight accounts (district to national). PACC accounts are neither: they
  /// reach LAOs only through the surveillance programme.
  public var isMonitor: Bool { !isLAORole && !isPACCRole }
  public var isPACCRole: Bool { self == .paccRegionalOfficer || self == .paccCentralOfficer }
}

/// Where an organization sits, as far as access rules care.
public struct OrganizationPlace: Hashable, Sendable {
  public let code: String
  public let provinceCode: String
  public let district: String
  public let region: Int?
  public let parentCode: String?

  public init(code: String, provinceCode: String, district: String, region: Int?, parentCode: String?) {
    self.code = code
    self.provinceCode = provinceCode
    self.district = district
    self.region = region
    self.parentCode = parentCode
  }
}

/// The part of the country a user answers for.
public enum Scope: Hashable, Sendable {
  case organization(code: String)
  case district(provinceCode: String, name: String)
  case province(code: String)
  case region(Int)
  case nation
  /// A PACC office (0 = กปก., 1–9 = ปปท. เขต): no NACC-side reach at all.
  case paccOffice(Int)

  /// Whether the scope reaches this organization. An organization's scope also reaches its
  /// sub-units (Bangkok's district offices roll up to กรุงเทพมหานคร).
  public func covers(_ place: OrganizationPlace) -> Bool {
    switch self {
    case .organization(let code): return place.code == code || place.parentCode == code
    case .district(let province, let name): return place.provinceCode == province && place.district == name
    case .province(let code): return place.provinceCode == code
    case .region(let number): return place.region == number
    case .nation: return true
    case .paccOffice: return false
    }
  }

  /// Whether the scope reaches a whole province (for province pages and lists).
  public func coversProvince(_ code: String, region: Int?) -> Bool {
    switch self {
    case .organization, .district, .paccOffice: return false
    case .province(let own): return own == code
    case .region(let number): return region == number
    case .nation: return true
    }
  }
}

/// What each role may do; the single place that answers "may this user …?".
public struct AccessPolicy: Sendable {
  public let role: Role
  public let scope: Scope

  public init(role: Role, scope: Scope) {
    self.role = role
    self.scope = scope
  }

  /// See non-public details (contacts, users) of an organization.
  public func canView(_ place: OrganizationPlace) -> Bool { scope.covers(place) }

  /// Edit the organization's profile: its own officers (a parent's officers see their
  /// sub-units, read only), and national admins.
  public func canEditProfile(_ place: OrganizationPlace) -> Bool {
    switch role {
    case .laoOfficer: return scope == .organization(code: place.code)
    case .nationalAdmin: return true
    default: return false
    }
  }

  /// Issue activation codes (onboarding, password reset) for an organization's accounts:
  /// national admins anywhere, provincial monitors within their province.
  public func canIssueActivation(for place: OrganizationPlace) -> Bool {
    switch role {
    case .nationalAdmin: return true
    case .provincialMonitor: return scope.covers(place)
    default: return false
    }
  }

  /// Write the organization's plan and reports: only its own officers, never another LAO's
  /// (not even a parent organization's officers).
  public func canEditPlan(of place: OrganizationPlace) -> Bool {
    role == .laoOfficer && scope == .organization(code: place.code)
  }

  /// Approve or return the organization's plan and reports: only its own executive.
  public func canApprovePlan(of place: OrganizationPlace) -> Bool {
    role == .laoExecutive && scope == .organization(code: place.code)
  }

  /// Return a submitted report for revision: monitors whose area covers the organization,
  /// and the officers of its parent organization (the BMA office returns its units' reports).
  /// A unit never returns another unit's report, nor its parent's.
  public func canReturnReport(of place: OrganizationPlace) -> Bool {
    if role.isMonitor { return scope.covers(place) }
    guard role == .laoOfficer, let parent = place.parentCode else { return false }
    return scope == .organization(code: parent)
  }

  /// See the roll-up of an organization's sub-units (Bangkok's units in one table): the
  /// organization's own accounts, and monitors whose area holds its whole province. A
  /// sub-unit's accounts see only their own unit.
  public func canViewUnits(of place: OrganizationPlace) -> Bool {
    if role.isLAORole { return scope == .organization(code: place.code) }
    return scope.coversProvince(place.provinceCode, region: place.region)
  }

  /// Draft, edit, sign, publish, revise and withdraw the organization's integrity
  /// announcements and report on them: its own officers and executive (never a parent
  /// organization's accounts, nor monitors or national admins, who only read them).
  public func canManageAnnouncements(of place: OrganizationPlace) -> Bool { isOwnAccount(of: place) }

  /// Work in the organization's OIT workspace (owners, evidence, item states): its own
  /// officers and executive only; monitors read it, other organizations never see it.
  public func canEditOit(of place: OrganizationPlace) -> Bool { isOwnAccount(of: place) }

  /// Mark the organization's OIT checklist reviewed: only its own executive.
  public func canReviewOit(of place: OrganizationPlace) -> Bool { canApprovePlan(of: place) }

  /// Add, edit and remove the organization's ITA improvement measures: its own officer and
  /// executive (not a parent's accounts, not monitors, not national admins).
  public func canEditItaMeasures(of place: OrganizationPlace) -> Bool { isOwnAccount(of: place) }

  /// Write, follow up and publish the organization's corruption-risk register: its own officer
  /// and executive, as for ITA measures.
  public func canEditRisks(of place: OrganizationPlace) -> Bool { isOwnAccount(of: place) }

  /// An officer's or executive's account of this very organization (not of its parent).
  /// The complaint officer is not one: that account handles complaints only.
  public func isOwnAccount(of place: OrganizationPlace) -> Bool {
    (role == .laoOfficer || role == .laoExecutive) && scope == .organization(code: place.code)
  }

  /// Handle a corruption complaint filed to this organization (read it, see who filed it,
  /// move it on, write to the complainant). A complaint about the organization's executive
  /// goes to the provincial monitors (the provincial NACC office) instead of the
  /// organization, so the people complained about never handle it. Nobody else — not the
  /// organization's other accounts, not monitors elsewhere, not national admins — sees a case.
  public func canHandleComplaint(at place: OrganizationPlace, aboutExecutive: Bool) -> Bool {
    if aboutExecutive { return role == .provincialMonitor && scope == .province(code: place.provinceCode) }
    return role == .complaintOfficer && scope == .organization(code: place.code)
  }

  /// Whether the account handles complaints at all (its case list).
  public var handlesComplaints: Bool { role == .complaintOfficer || role == .provincialMonitor }

  /// The PACC programme's reach, for PACC accounts only.
  public var pacc: PaccAccess? {
    guard case .paccOffice(let number) = scope, let office = PaccOffice(number) else { return nil }
    switch role {
    case .paccCentralOfficer: return PaccAccess(office: .central, isCentral: true)
    case .paccRegionalOfficer: return office.isCentral ? nil : PaccAccess(office: office, isCentral: false)
    default: return nil
    }
  }

  /// Manage monitor accounts, the plan framework and the region map.
  public var isNationalAdmin: Bool { role == .nationalAdmin }
}
