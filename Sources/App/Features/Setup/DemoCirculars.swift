import Domain
import Fluent
import Vapor

/// The demo's circulars: ชลบุรี's province office posts one to every LAO of the province (and
/// its districts), บางละมุง's district office relays it with its own cover letter, and
/// ห้วยใหญ่ acknowledges and reports action; หนองปรือ's officer finds both waiting at home.
/// Idempotent: nothing is added once the province's demo letter exists.
enum DemoCirculars {
  static let provinceNumber = "ชบ ๐๐๒๓.๓/ว ๑๒๓๔"
  static let districtNumber = "ชบ ๐๐๒๓.๑๑/ว ๕๖๗"
  static let pdf = Array(
    "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
      .utf8)

  @discardableResult
  static func load(on db: Database, now: Date = Date()) async throws -> Int {
    let queries = CircularQueries(db: db)
    guard try await Circular.query(on: db).filter(\.$number == provinceNumber).count() == 0 else { return 0 }
    guard let province = try await sender(db, "chonburi", scope: .province(code: "20")),
      let district = try await sender(db, "banglamung", scope: .district(provinceCode: "20", name: "บางละมุง"))
    else { return 0 }
    let provinces = try await ProvinceDirectory.load(on: db)
    let day = ThaiCalendar.components(of: now)
    let letterDate = ThaiCalendar.date(buddhistYear: day.year, month: day.month, day: day.day) ?? now
    let due = letterDate.addingTimeInterval(14 * 86_400)
    let original = CircularDraft(
      title: "การจัดทำแผนปฏิบัติการป้องกันการทุจริต และรายงานผลผ่านระบบสุจริต",
      number: provinceNumber, letterDate: letterDate,
      summary: "สำนักงาน ป.ป.ช. แจ้งแนวทางการจัดทำแผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส "
        + "ขอให้ อปท. ทุกแห่งจัดทำแผนและรายงานผลผ่านระบบสุจริตตามกำหนด",
      action: "จัดทำแผนให้ผู้บริหารอนุมัติในระบบ และแจ้งผลการดำเนินการ", dueDate: due,
      audience: CircularAudience(kind: .area, includeMonitors: true), isPublic: true)
    let places = try await queries.places(in: province.scope)
    let posted = try await queries.post(
      original, places: places,
      offices: CircularQueries.offices(for: places, below: province.scope, provinces: provinces), sender: province,
      senderOffice: CircularQueries.officeName(province.scope, provinces: provinces), parent: nil,
      file: ("หนังสือจังหวัด.pdf", pdf), actor: DemoData.actor)
    var relay = original
    relay.number = districtNumber
    relay.audience = CircularAudience(kind: .area, includeMonitors: false)
    let local = try await queries.places(in: district.scope)
    _ = try await queries.post(
      relay, places: local, offices: [], sender: district,
      senderOffice: CircularQueries.officeName(district.scope, provinces: provinces), parent: posted,
      file: ("หนังสือนำส่งอำเภอ.pdf", pdf), actor: DemoData.actor)
    let done = "5200403"
    if local.contains(where: { $0.code == done }) {
      try await queries.acknowledge(posted, org: done, by: "นิติกร เทศบาลตำบลห้วยใหญ่", actor: DemoData.actor)
      try await queries.act(
        posted, org: done, note: "จัดทำแผนและเสนอผู้บริหารอนุมัติแล้ว", by: "นิติกร เทศบาลตำบลห้วยใหญ่",
        actor: DemoData.actor)
    }
    return 2
  }

  private static func sender(_ db: Database, _ username: String, scope: Scope) async throws -> CurrentUser? {
    guard let user = try await User.query(on: db).filter(\.$username == username).first(), let id = user.id else {
      return nil
    }
    return CurrentUser(
      id: id, username: username, displayName: user.displayName, role: user.role, scope: scope, orgCode: nil,
      mustSetPassword: false, sessionTokenHash: "")
  }
}
