import Fluent
import SQLKit
import Vapor

struct ProvinceQueries {
  let db: Database

  func all() async throws -> [Province] {
    try await Province.query(on: db).sort(\.$nameTH).all()
  }

  func require(_ code: String) async throws -> Province {
    guard code.count == 2, let province = try await Province.find(code, on: db) else {
      throw Abort(.notFound, reason: "ไม่พบจังหวัดรหัส \(code)")
    }
    return province
  }

  /// Number of organizations per province code.
  func organizationCounts() async throws -> [String: Int] {
    struct Row: Decodable { let province_code: String; let count: Int }
    let rows = try await (db as! SQLDatabase).select()
      .column("province_code").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "count")
      .from("organizations").groupBy("province_code").all(decoding: Row.self)
    return Dictionary(uniqueKeysWithValues: rows.map { ($0.province_code, $0.count) })
  }

  func organizations(in code: String) async throws -> [Organization] {
    try await Organization.query(on: db).filter(\.$provinceCode == code)
      .sort(\.$district).sort(\.$type).sort(\.$name).all()
  }

  /// Applies a new province → region map; records each change. Returns how many changed.
  func updateRegions(_ regions: [String: Int?], actor: AuditActor) async throws -> Int {
    try await db.writeTransaction { db in
      try await StatsQueries.figuresChanged(on: db)  // regions group the dashboards
      var changed = 0
      for province in try await Province.query(on: db).all() {
        guard let code = province.id, let wanted = regions[code], wanted != province.region else { continue }
        let before = ["region": NACCRegion.name(province.region)]
        province.region = wanted
        try await province.update(on: db)
        try await AuditLog.record(
          on: db, actor: actor, action: "เปลี่ยนภาคของจังหวัด", entity: "province", entityID: code,
          before: before, after: ["region": NACCRegion.name(wanted)])
        changed += 1
      }
      return changed
    }
  }
}
