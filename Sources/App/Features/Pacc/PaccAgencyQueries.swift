import Domain
import Fluent
import Foundation
import SQLKit
import Vapor

/// Target agencies (added one by one or imported), their yearly ITA score and No Gift
/// declaration, and the LAOs' No Gift announcements (read from the announcements register,
/// never entered twice).
struct PaccAgencyQueries {
  let db: Database
  static let entity = "pacc_unit"
  static let maxImport = 2_000

  func years(_ fiscalYear: Int) async throws -> [UUID: PaccUnitYear] {
    var out: [UUID: PaccUnitYear] = [:]
    for row in try await PaccUnitYear.query(on: db).filter(\.$fiscalYear == fiscalYear).all() { out[row.unitID] = row }
    return out
  }

  /// Adds agencies, skipping names already registered; returns how many were added.
  @discardableResult
  func add(_ agencies: [(name: String, kind: PaccUnitKind, office: PaccOffice)], actor: AuditActor) async throws -> Int
  {
    try await db.writeTransaction { db in
      var known = Set(try await PaccUnit.query(on: db).all().map(\.name))
      var added = 0
      for agency in agencies where !known.contains(agency.name) {
        known.insert(agency.name)
        let unit = PaccUnit()
        unit.name = agency.name
        unit.kindKey = agency.kind.rawValue
        unit.office = agency.office.number
        try await unit.create(on: db)
        added += 1
      }
      try await AuditLog.record(
        on: db, actor: actor, action: "เพิ่มหน่วยงานเป้าหมาย", entity: Self.entity, entityID: "",
        after: ["จำนวนที่เพิ่ม": String(added)])
      return added
    }
  }

  func saveYear(
    unit: PaccUnit, fiscalYear: Int, ita: Int?, noGiftOn: Date?, link: String?, actor: AuditActor,
    files: [PaccUpload] = []
  ) async throws {
    try await db.writeTransaction { db in
      let existing = try await PaccUnitYear.query(on: db).filter(\.$unitID == unit.requireID())
        .filter(\.$fiscalYear == fiscalYear).first()
      let row = existing ?? PaccUnitYear()
      let before = existing.map(Self.audit)
      row.unitID = try unit.requireID()
      row.fiscalYear = fiscalYear
      row.itaHundredths = ita
      row.noGiftOn = noGiftOn
      row.noGiftLink = link
      row.updatedBy = actor.name
      try await row.save(on: db)
      try await PaccFileQueries.add(files, to: .unitYear, id: try row.requireID(), by: actor, on: db)
      try await AuditLog.record(
        on: db, actor: actor, action: "บันทึก ITA/No Gift ของหน่วยงาน", entity: Self.entity,
        entityID: try unit.requireID().uuidString, before: before, after: Self.audit(row))
    }
  }

  static func audit(_ row: PaccUnitYear) -> [String: String] {
    var out = ["ปีงบประมาณ": String(row.fiscalYear)]
    out["คะแนน ITA"] = row.itaHundredths.map { Percent(hundredths: Int64($0)).description }
    out["ประกาศ No Gift"] = row.noGiftOn.map { ThaiCalendar.longDate($0) }
    out["ลิงก์ประกาศ"] = row.noGiftLink
    return out
  }

  /// Per office: LAOs that published a No Gift announcement for the year, and all LAOs.
  func laoNoGift(fiscalYear: Int) async throws -> [PaccOffice: (declared: Int, total: Int)] {
    let sql = db as! any SQLDatabase
    struct Row: Decodable {
      let province_code: String
      let count: Int
    }
    let declared = try await sql.raw(
      """
      SELECT o.province_code AS province_code, COUNT(DISTINCT a.organization_code) AS count
      FROM announcements a JOIN organizations o ON o.code = a.organization_code
      WHERE a.kind = \(bind: AnnouncementKind.noGift.rawValue) AND a.fiscal_year = \(bind: fiscalYear)
        AND a.published_on IS NOT NULL AND a.state <> \(bind: AnnouncementState.withdrawn.rawValue)
      GROUP BY o.province_code
      """
    ).all(decoding: Row.self)
    let totals = try await sql.raw(
      "SELECT province_code, COUNT(*) AS count FROM organizations GROUP BY province_code"
    ).all(decoding: Row.self)
    let overrides = try await PaccQueries(db: db).officeOverrides()
    var out: [PaccOffice: (declared: Int, total: Int)] = [:]
    for row in totals {
      guard let office = PaccOfficeMap.office(of: row.province_code, overrides: overrides) else { continue }
      out[office, default: (0, 0)].total += row.count
    }
    for row in declared {
      guard let office = PaccOfficeMap.office(of: row.province_code, overrides: overrides) else { continue }
      out[office, default: (0, 0)].declared += row.count
    }
    return out
  }

  /// An agency list (CSV: ชื่อหน่วยงาน, ประเภท, สำนักงาน 0–9; a header row is skipped).
  static func parse(csv text: String, defaultOffice: PaccOffice) -> Result<
    [(name: String, kind: PaccUnitKind, office: PaccOffice)], PaccRefusal
  > {
    var out: [(name: String, kind: PaccUnitKind, office: PaccOffice)] = []
    for (index, row) in CSVTable(parsing: text).rows.enumerated() {
      if index == 0, row.first?.contains("ชื่อ") == true { continue }
      let name = PaccText.clean(row.first ?? "", max: 300)
      guard !name.isEmpty else { continue }
      guard out.count < maxImport else { return .failure(PaccRefusal("นำเข้าได้ครั้งละไม่เกิน \(maxImport) หน่วยงาน")) }
      let kindText = row.count > 1 ? row[1].trimmingCharacters(in: .whitespaces) : ""
      let kind =
        PaccUnitKind(rawValue: kindText) ?? PaccUnitKind.allCases.first { $0.thaiName == kindText } ?? .department
      let office = row.count > 2 ? PaccOffice.parse(row[2]) ?? defaultOffice : defaultOffice
      out.append((name, kind, office))
    }
    return out.isEmpty ? .failure(PaccRefusal("ไม่พบรายชื่อหน่วยงานในไฟล์")) : .success(out)
  }
}
