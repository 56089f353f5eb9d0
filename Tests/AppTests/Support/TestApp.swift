import Domain
import Fluent
import SQLKit
import XCTVapor

@testable import App

/// Runs `body` against a fresh application and database: an in-memory SQLite by default,
/// or the PostgreSQL server in DATABASE_URL (CI runs the suite both ways).
func withApp(fixtures: Bool = true, _ body: (Application) async throws -> Void) async throws {
  let app = try await Application.make(.testing)
  do {
    try await configure(app)
    try await resetDatabase(app)
    if fixtures { try await Fixtures.load(on: app.db, hasher: app.password.async) }
    try await body(app)
  } catch {
    try? await app.asyncShutdown()
    throw error
  }
  try await app.asyncShutdown()
}

var usingPostgres: Bool { !(Environment.get("DATABASE_URL") ?? "").isEmpty }

private func resetDatabase(_ app: Application) async throws {
  if usingPostgres {
    let sql = app.db as! SQLDatabase
    try await sql.raw("DROP SCHEMA public CASCADE").run()
    try await sql.raw("CREATE SCHEMA public").run()
  }
  try await app.autoMigrate()
}

/// A small, known world: three organizations in Chon Buri (two in บางละมุง), one in Chiang Mai,
/// Bangkok with one district office, and one account per role.
enum Fixtures {
  static let password = "correct-horse-2569"
  static let pattaya = "3200408"
  static let nongprue = "4200401"
  static let huaiyai = "5200403"
  static let saraphi = "5501903"

  static func load(on db: Database, hasher: AsyncPasswordHasher) async throws {
    for (code, name, region) in [("20", "ชลบุรี", 2), ("50", "เชียงใหม่", 5), ("10", "กรุงเทพมหานคร", 0)] {
      try await Province(code: code, nameTH: name, nameEN: name, region: region == 0 ? nil : region).create(on: db)
    }
    let orgs: [(String, String, OrganizationType, String, String, String?)] = [
      (pattaya, "เมืองพัทยา", .pattaya, "20", "บางละมุง", nil),
      (nongprue, "หนองปรือ", .townMunicipality, "20", "บางละมุง", nil),
      (huaiyai, "ห้วยใหญ่", .subdistrictMunicipality, "20", "บางละมุง", nil),
      ("6200301", "บ่อวิน", .subdistrictAdministration, "20", "ศรีราชา", nil),
      (saraphi, "สารภี", .subdistrictMunicipality, "50", "สารภี", nil),
      ("1100000", "กรุงเทพมหานคร", .bangkok, "10", "พระนคร", nil),
      ("1101001", "พระนคร", .bangkokDistrict, "10", "พระนคร", "1100000"),
    ]
    for (code, name, type, province, district, parent) in orgs {
      let org = Organization()
      org.id = code
      org.name = name
      org.type = type.rawValue
      org.provinceCode = province
      org.district = district
      org.parentCode = parent
      org.version = 1
      org.searchText = Organization.searchText(
        fullName: type.fullName(name), code: code, district: district, province: province)
      try await org.create(on: db)
    }
    let hash = try await hasher.hash(password).get()
    for account in accounts {
      let user = User(
        username: account.username, displayName: account.username, role: account.role, orgCode: account.org,
        provinceCode: account.province, district: account.district, region: account.region)
      user.passwordHash = hash
      user.mustSetPassword = false
      try await user.create(on: db)
    }
    let seeds = try JSONDecoder().decode(
      [PeriodJSON].self, from: Data(BundledResource.text("frameworks.json").utf8))
    _ = try await FrameworkQueries(db: db).loadSeed(seeds)
  }

  struct Account {
    let username: String
    let role: Role
    var org: String? = nil
    var province: String? = nil
    var district: String? = nil
    var region: Int? = nil
  }

  static let accounts = [
    Account(username: "admin", role: .nationalAdmin),
    Account(username: "region2", role: .regionalMonitor, region: 2),
    Account(username: "chonburi", role: .provincialMonitor, province: "20"),
    Account(username: "chiangmai", role: .provincialMonitor, province: "50"),
    Account(username: "banglamung", role: .districtMonitor, province: "20", district: "บางละมุง"),
    Account(username: nongprue, role: .laoOfficer, org: nongprue),
    Account(username: "\(nongprue)-2", role: .laoExecutive, org: nongprue),
    Account(username: huaiyai, role: .laoOfficer, org: huaiyai),
    Account(username: "\(nongprue)-3", role: .complaintOfficer, org: nongprue),
    Account(username: "\(huaiyai)-3", role: .complaintOfficer, org: huaiyai),
  ]
}
