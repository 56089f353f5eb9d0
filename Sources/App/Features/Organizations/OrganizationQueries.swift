import Domain
import Fluent
import Vapor

/// Filters for the organization list (page and API share them).
struct OrganizationFilter {
  var text = ""
  var provinceCode: String?
  var type: OrganizationType?
  var paging = Paging(page: 1, perPage: 50)
}

/// An organization with the names of its province and parent, ready for any view.
struct OrganizationRecord {
  let organization: Organization
  let province: Province
  let parent: Organization?

  var place: OrganizationPlace {
    OrganizationPlace(
      code: organization.code, provinceCode: organization.provinceCode, district: organization.district,
      region: province.region, parentCode: organization.parentCode)
  }
}

struct OrganizationQueries {
  let db: Database

  func record(_ code: String) async throws -> OrganizationRecord? {
    guard let organization = try await Organization.find(code, on: db),
      let province = try await Province.find(organization.provinceCode, on: db)
    else { return nil }
    let parent = try await organization.parentCode.asyncMap { try await Organization.find($0, on: db) } ?? nil
    return OrganizationRecord(organization: organization, province: province, parent: parent)
  }

  /// The record, or a Thai 404.
  func require(_ code: String) async throws -> OrganizationRecord {
    guard let record = try await record(code) else {
      throw Abort(.notFound, reason: "ไม่พบองค์กรรหัส \(code)")
    }
    return record
  }

  /// Substring search over name, code, district and province (Thai has no word spaces).
  func search(_ filter: OrganizationFilter) async throws -> (items: [Organization], total: Int, paging: Paging) {
    let query = Organization.query(on: db)
    if let province = filter.provinceCode { query.filter(\.$provinceCode == province) }
    if let type = filter.type { query.filter(\.$type == type.rawValue) }
    let text = filter.text.lowercased().filter { $0 != "%" && $0 != "_" }
    if !text.isEmpty { query.filter(\.$searchText ~~ text) }
    let total = try await query.count()
    let paging = filter.paging.within(total: total)
    let items = try await query.sort(\.$provinceCode).sort(\.$district).sort(\.$name).sort(\.$id)
      .range(paging.range).all()
    return (items, total, paging)
  }

  func children(of code: String) async throws -> [Organization] {
    try await Organization.query(on: db).filter(\.$parentCode == code).sort(\.$id).all()
  }

  /// Saves a validated profile (and, for national admins, the active dates) if nobody saved
  /// since `expectedVersion`; returns false on conflict.
  func saveProfile(
    _ profile: OrganizationProfile, lifecycle: (from: Date?, until: Date?)?, of organization: Organization,
    expectedVersion: Int, actor: AuditActor
  ) async throws -> Bool {
    try await db.writeTransaction { db in
      guard let current = try await Organization.find(organization.id, on: db),
        current.version == expectedVersion
      else { return false }
      let before = current.auditFields
      current.apply(profile)
      if let lifecycle {
        current.activeFrom = lifecycle.from
        current.activeUntil = lifecycle.until
        try await StatsQueries.figuresChanged(on: db)  // who is expected to report
      }
      current.version += 1
      try await current.update(on: db)
      try await AuditLog.record(
        on: db, actor: actor, action: "แก้ไขข้อมูลองค์กร", entity: "organization", entityID: current.code,
        orgCode: current.code, before: before, after: current.auditFields)
      return true
    }
  }
}

extension Organization {
  var auditFields: [String: String] {
    var fields = profile.fields
    fields["active_from"] = activeFrom.map(ThaiCalendar.numericDate)
    fields["active_until"] = activeUntil.map(ThaiCalendar.numericDate)
    return fields
  }

  var profile: OrganizationProfile {
    var profile = OrganizationProfile()
    profile.address = address
    profile.areaKm2 = areaKm2
    profile.population = population
    profile.income = incomeSatang.map(Money.init(satang:))
    profile.executiveName = executiveName
    profile.executivePosition = executivePosition
    profile.clerkName = clerkName
    profile.coordinatorName = coordinatorName
    profile.coordinatorPosition = coordinatorPosition
    profile.coordinatorPhone = coordinatorPhone
    profile.coordinatorEmail = coordinatorEmail
    return profile
  }

  func apply(_ profile: OrganizationProfile) {
    address = profile.address
    areaKm2 = profile.areaKm2
    population = profile.population
    incomeSatang = profile.income?.satang
    executiveName = profile.executiveName
    executivePosition = profile.executivePosition
    clerkName = profile.clerkName
    coordinatorName = profile.coordinatorName
    coordinatorPosition = profile.coordinatorPosition
    coordinatorPhone = profile.coordinatorPhone
    coordinatorEmail = profile.coordinatorEmail
  }
}

extension Optional {
  func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
    guard let value = self else { return nil }
    return try await transform(value)
  }
}

struct ProvinceDirectory {
  let byCode: [String: Province]

  static func load(on db: Database) async throws -> ProvinceDirectory {
    let provinces = try await Province.query(on: db).all()
    return ProvinceDirectory(byCode: Dictionary(uniqueKeysWithValues: provinces.map { ($0.id!, $0) }))
  }

  func name(_ code: String) -> String { byCode[code]?.nameTH ?? code }
  var sorted: [Province] { byCode.values.sorted { $0.nameTH < $1.nameTH } }
}
