import Domain
import Fluent
import Vapor

/// กรุงเทพมหานคร's units: the district offices loaded with the reference data, and further
/// units (departments) that national admins add. Each keeps its own plan and reports.
struct BangkokQueries {
  let db: Database

  /// กรุงเทพมหานคร's sub-units in code order (district offices, then the other units).
  func units() async throws -> [Organization] {
    try await OrganizationQueries(db: db).children(of: BangkokUnits.bangkokCode)
  }

  /// Which of these codes any organization already has (not only the BMA's units).
  func takenCodes(_ codes: [String]) async throws -> Set<String> {
    guard !codes.isEmpty else { return [] }
    return Set(try await Organization.query(on: db).filter(\.$id ~~ codes).all().map(\.code))
  }

  /// Adds a unit under กรุงเทพมหานคร, in its province and district (the units work from the
  /// BMA's offices); the code and name were checked by `BangkokUnits.validate`.
  func addUnit(code: String, name: String, actor: AuditActor) async throws -> Organization {
    guard let bma = try await Organization.find(BangkokUnits.bangkokCode, on: db),
      let province = try await Province.find(bma.provinceCode, on: db)
    else {
      throw Abort(.notFound, reason: "ยังไม่มีกรุงเทพมหานคร (รหัส \(BangkokUnits.bangkokCode)) ในระบบ กรุณาโหลดข้อมูลอ้างอิงก่อน")
    }
    return try await db.writeTransaction { db in
      let unit = Organization()
      unit.id = code
      unit.name = name
      unit.type = OrganizationType.bangkokUnit.rawValue
      unit.provinceCode = bma.provinceCode
      unit.district = bma.district
      unit.parentCode = bma.code
      unit.version = 1
      unit.searchText = Organization.searchText(
        fullName: name, code: code, district: bma.district, province: province.nameTH)
      try await unit.create(on: db)
      // Dashboards count organizations: their cached sums must not stay as they were.
      try await StatsQueries.figuresChanged(on: db)
      try await AuditLog.record(
        on: db, actor: actor, action: "เพิ่มหน่วยงานของกรุงเทพมหานคร", entity: "organization", entityID: code,
        orgCode: code,
        after: ["รหัส": code, "ชื่อ": name, "สังกัด": bma.code])
      return unit
    }
  }
}
