import Domain
import Fluent
import SQLKit
import Vapor

/// Loads or refreshes provinces, all organizations and the plan frameworks from the
/// files shipped in Resources. Idempotent: registry fields are refreshed, profiles,
/// region changes and framework edits made in the app are kept.
struct ReferenceDataLoader {
  let db: Database
  static let batchSize = 400
  static let bangkokCode = "1100000"

  struct Summary {
    let provinces: Int
    let organizations: Int
    let newPeriods: Int
    let seconds: Double
  }

  func run() async throws -> Summary {
    let started = Date()
    let provinces = try await loadProvinces()
    let registry = try CSVTable(parsing: BundledResource.text("lao-registry.csv")).dictionaries
    let names = Dictionary(
      uniqueKeysWithValues: try CSVTable(parsing: BundledResource.text("provinces.csv")).dictionaries
        .map { ($0["province_code"]!, $0["name_th"]!) })
    var rows = try registry.map { try OrganizationRow(registry: $0, provinceName: names) }
    rows += Self.bangkokRows(provinceName: names["10"] ?? "กรุงเทพมหานคร")
    try await upsert(rows.filter { $0.parent == nil })
    try await upsert(rows.filter { $0.parent != nil })
    let seeds = try JSONDecoder().decode([PeriodJSON].self, from: Data(BundledResource.text("frameworks.json").utf8))
    let newPeriods = try await FrameworkQueries(db: db).loadSeed(seeds)
    return Summary(
      provinces: provinces, organizations: rows.count, newPeriods: newPeriods,
      seconds: Date().timeIntervalSince(started))
  }

  private func loadProvinces() async throws -> Int {
    var regionOf: [String: Int] = [:]
    for row in CSVTable(parsing: try BundledResource.text("regions.csv")).dictionaries {
      for code in (row["province_codes"] ?? "").split(separator: " ") {
        regionOf[String(code)] = Int(row["region"] ?? "")
      }
    }
    let provinces = CSVTable(parsing: try BundledResource.text("provinces.csv")).dictionaries
    let sql = db as! SQLDatabase
    let insert = sql.insert(into: "provinces").columns("code", "name_th", "name_en", "region")
    for row in provinces {
      let code = row["province_code"] ?? ""
      insert.values([
        SQLBind(code), SQLBind(row["name_th"] ?? ""), SQLBind(row["name_en"] ?? ""),
        regionOf[code].map { SQLBind($0) as any SQLExpression } ?? SQLLiteral.null,
      ])
    }
    try await insert.onConflict(with: "code") { $0.set(excludedValueOf: "name_th").set(excludedValueOf: "name_en") }
      .run()
    return provinces.count
  }

  private func upsert(_ rows: [OrganizationRow]) async throws {
    let sql = db as! SQLDatabase
    let refreshed = [
      "name", "type", "province_code", "district", "parent_code", "latitude", "longitude", "search_text",
    ]
    for start in stride(from: 0, to: rows.count, by: Self.batchSize) {
      let insert = sql.insert(into: "organizations").columns(OrganizationRow.columns)
      for row in rows[start..<min(start + Self.batchSize, rows.count)] { insert.values(row.values) }
      try await insert.onConflict(with: "code") { update in
        refreshed.reduce(update) { $0.set(excludedValueOf: $1) }
      }.run()
    }
  }

  /// กรุงเทพมหานคร is not in the DLA registry; its 50 district offices are its sub-units.
  /// Codes are ours: 1-10-00000 for the BMA and 1-10-10NN for district NN (province digits 10).
  static func bangkokRows(provinceName: String) -> [OrganizationRow] {
    let bma = OrganizationRow(
      code: bangkokCode, name: "กรุงเทพมหานคร", type: .bangkok, provinceCode: "10", district: "พระนคร",
      parent: nil, latitude: 13.7563, longitude: 100.5018, area: 1568.7, provinceName: provinceName)
    let districts = bangkokDistricts.enumerated().map { index, name in
      OrganizationRow(
        code: String(format: "11010%02d", index + 1), name: name, type: .bangkokDistrict, provinceCode: "10",
        district: name, parent: bangkokCode, latitude: nil, longitude: nil, area: nil, provinceName: provinceName)
    }
    return [bma] + districts
  }

  /// In the order of their official district codes 1001–1050.
  static let bangkokDistricts = [
    "พระนคร", "ดุสิต", "หนองจอก", "บางรัก", "บางเขน", "บางกะปิ", "ปทุมวัน", "ป้อมปราบศัตรูพ่าย", "พระโขนง", "มีนบุรี",
    "ลาดกระบัง", "ยานนาวา", "สัมพันธวงศ์", "พญาไท", "ธนบุรี", "บางกอกใหญ่", "ห้วยขวาง", "คลองสาน", "ตลิ่งชัน", "บางกอกน้อย",
    "บางขุนเทียน", "ภาษีเจริญ", "หนองแขม", "ราษฎร์บูรณะ", "บางพลัด", "ดินแดง", "บึงกุ่ม", "สาทร", "บางซื่อ", "จตุจักร",
    "บางคอแหลม", "ประเวศ", "คลองเตย", "สวนหลวง", "จอมทอง", "ดอนเมือง", "ราชเทวี", "ลาดพร้าว", "วัฒนา", "บางแค",
    "หลักสี่", "สายไหม", "คันนายาว", "สะพานสูง", "วังทองหลาง", "คลองสามวา", "บางนา", "ทวีวัฒนา", "ทุ่งครุ", "บางบอน",
  ]
}

/// One organization as the loader writes it.
struct OrganizationRow {
  static let columns = [
    "code", "name", "type", "province_code", "district", "parent_code", "latitude", "longitude", "search_text",
    "area_km2", "version",
  ]

  let code: String
  let name: String
  let type: OrganizationType
  let provinceCode: String
  let district: String
  let parent: String?
  let latitude: Double?
  let longitude: Double?
  let area: Double?
  let searchText: String

  init(
    code: String, name: String, type: OrganizationType, provinceCode: String, district: String, parent: String?,
    latitude: Double?, longitude: Double?, area: Double?, provinceName: String
  ) {
    self.code = code
    self.name = name
    self.type = type
    self.provinceCode = provinceCode
    self.district = district
    self.parent = parent
    self.latitude = latitude
    self.longitude = longitude
    self.area = area
    searchText = Organization.searchText(
      fullName: type.fullName(name), code: code, district: district, province: provinceName)
  }

  init(registry row: [String: String], provinceName names: [String: String]) throws {
    guard let code = DLACode(row["dla_code"] ?? "")?.value, let type = OrganizationType(rawValue: row["type_th"] ?? ""),
      let province = row["province_code"], let name = row["name_th"], !name.isEmpty
    else { throw Abort(.internalServerError, reason: "bad registry row \(row)") }
    self.init(
      code: code, name: name, type: type, provinceCode: province, district: row["district_th"] ?? "", parent: nil,
      latitude: Double(row["lat"] ?? ""), longitude: Double(row["lon"] ?? ""), area: Double(row["area_km2"] ?? ""),
      provinceName: names[province] ?? "")
  }

  var values: [any SQLExpression] {
    func optional(_ value: Double?) -> any SQLExpression { value.map { SQLBind($0) } ?? SQLLiteral.null }
    return [
      SQLBind(code), SQLBind(name), SQLBind(type.rawValue), SQLBind(provinceCode), SQLBind(district),
      parent.map { SQLBind($0) } ?? SQLLiteral.null, optional(latitude), optional(longitude), SQLBind(searchText),
      optional(area), SQLBind(1),
    ]
  }
}
