import Domain
import Fluent
import Vapor

/// Accounts for trying the system locally, one per role, printed on the console.
/// Running `demo` again resets their passwords and re-enables them.
enum DemoAccounts {
  static let password = "sujarit-demo-2569"

  struct Account {
    let username: String
    let displayName: String
    let role: Role
    var orgCode: String? = nil
    var provinceCode: String? = nil
    var district: String? = nil
    var region: Int? = nil
  }

  static let accounts = [
    Account(username: "admin", displayName: "ผู้ดูแลระบบ สำนักงาน ป.ป.ช.", role: .nationalAdmin),
    Account(username: "region2", displayName: "สำนักงาน ป.ป.ช. ภาค 2", role: .regionalMonitor, region: 2),
    Account(
      username: "chonburi", displayName: "สำนักงาน ป.ป.ช. ประจำจังหวัดชลบุรี", role: .provincialMonitor, provinceCode: "20"),
    Account(
      username: "chiangmai", displayName: "สำนักงาน ป.ป.ช. ประจำจังหวัดเชียงใหม่", role: .provincialMonitor, provinceCode: "50"
    ),
    Account(
      username: "banglamung", displayName: "ท้องถิ่นอำเภอบางละมุง", role: .districtMonitor, provinceCode: "20",
      district: "บางละมุง"),
    Account(username: "4200401", displayName: "นิติกร เทศบาลเมืองหนองปรือ", role: .laoOfficer, orgCode: "4200401"),
    Account(username: "4200401-2", displayName: "นายกเทศมนตรีเมืองหนองปรือ", role: .laoExecutive, orgCode: "4200401"),
    Account(
      username: "4200401-3", displayName: "ผู้รับผิดชอบเรื่องร้องเรียน เทศบาลเมืองหนองปรือ", role: .complaintOfficer,
      orgCode: "4200401"),
    // The real-browser complaint test works on เทศบาลนครแหลมฉบัง, which nothing else uses.
    Account(
      username: "3200701-3", displayName: "ผู้รับผิดชอบเรื่องร้องเรียน เทศบาลนครแหลมฉบัง", role: .complaintOfficer,
      orgCode: "3200701"),
    Account(username: "5200403", displayName: "นิติกร เทศบาลตำบลห้วยใหญ่", role: .laoOfficer, orgCode: "5200403"),
    Account(username: "pacc2", displayName: "ศูนย์ปฏิบัติการฯ ปปท. เขต 2", role: .paccRegionalOfficer, region: 2),
    Account(username: "pacc-central", displayName: "ศูนย์ปฏิบัติการฯ กปก.", role: .paccCentralOfficer),
  ]

  /// The organization whose first officer gets an activation code instead of a password.
  static let activationDemoOrg = "3200408"

  /// Creates or resets the accounts; returns console lines to print.
  static func create(on db: Database, hasher: AsyncPasswordHasher, validity: TimeInterval) async throws -> [String] {
    let hash = try await hasher.hash(password).get()
    var lines = ["บัญชีทดลอง (รหัสผ่านทุกบัญชี: \(password))"]
    for spec in accounts {
      // An account of an organization this database does not hold (a partial load) is skipped.
      if let code = spec.orgCode, try await Organization.find(code, on: db) == nil { continue }
      let user =
        try await User.query(on: db).filter(\.$username == spec.username).first()
        ?? User(
          username: spec.username, displayName: spec.displayName, role: spec.role, orgCode: spec.orgCode,
          provinceCode: spec.provinceCode, district: spec.district, region: spec.region)
      user.passwordHash = hash
      user.mustSetPassword = false
      user.isDisabled = false
      try await user.save(on: db)
      lines.append(
        "  \(spec.username.padding(toLength: 12, withPad: " ", startingAt: 0)) \(spec.role.thaiName) — \(spec.displayName)"
      )
    }
    let queries = AccountQueries(db: db)
    let officer =
      try await User.query(on: db).filter(\.$username == activationDemoOrg).first()
      ?? User(
        username: activationDemoOrg, displayName: "เจ้าหน้าที่เมืองพัทยา", role: .laoOfficer, orgCode: activationDemoOrg)
    officer.passwordHash = nil
    officer.mustSetPassword = true
    try await officer.save(on: db)
    let (code, _) = try await queries.issueActivation(for: officer, by: .system, validity: validity)
    lines.append("ลองเปิดใช้งานบัญชีใหม่: ชื่อผู้ใช้ \(activationDemoOrg) (เมืองพัทยา) รหัสเปิดใช้งาน \(code)")
    return lines
  }
}
