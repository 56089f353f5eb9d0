import Domain
import Fluent
import Vapor

/// Three corruption complaints for the demo officer's organization, so the complaint
/// officer's list, a case page and the public statistics have something to show: one
/// received today, one past its 15 days (the list marks it), one closed as unfounded. Made
/// once (an organization that has complaints gets none).
enum DemoComplaints {
  static func load(_ app: Application, code: String = DemoData.officerOrg) async throws -> Int {
    guard let vault = app.complaintVault,
      let record = try await OrganizationQueries(db: app.db).record(code),
      try await Complaint.query(on: app.db).filter(\.$organizationCode == code).count() == 0
    else { return 0 }
    let queries = ComplaintQueries(db: app.db, vault: vault)
    let now = Date()
    let cases: [(days: Double, filing: ComplaintFiling, state: ComplaintState, outcome: ComplaintOutcome?)] = [
      (
        0, filing(.project, "โครงการก่อสร้างถนนคอนกรีต หมู่ 5", "ผิวถนนแตกร้าวหลังส่งมอบไม่ถึงเดือน สงสัยใช้ปูนไม่ตรงตามสัญญา", true),
        .received, nil
      ),
      (20, filing(.person, "เจ้าหน้าที่การเงิน กองคลัง", "เรียกเงินค่าดำเนินการเพื่อเร่งเบิกจ่ายให้ผู้รับจ้าง", false), .considering, nil),
      (40, filing(.unit, "กองช่าง", "แบ่งซื้อแบ่งจ้างวัสดุซ่อมแซมหลายครั้งในเดือนเดียว", true), .closed, .unfounded),
    ]
    for item in cases {
      let at = now.addingTimeInterval(-item.days * 86_400)
      let receipt = try await queries.file(item.filing, to: record.place, project: nil, uploads: [], now: at)
      guard item.state != .received, let complaint = try await queries.find(receipt: receipt) else { continue }
      let id = try complaint.requireID()
      complaint.stateRaw = item.state.rawValue
      complaint.outcomeRaw = item.outcome?.rawValue
      if !item.state.isOpen {
        complaint.closedAt = at.addingTimeInterval(10 * 86_400)
        complaint.closedOn = complaint.closedAt.map(ThaiCalendar.isoDate)
      }
      let step = try queries.event(
        id, .state, actor: "ผู้รับผิดชอบเรื่องร้องเรียน (ข้อมูลทดลอง)",
        body: item.outcome == nil ? nil : "ตรวจสอบเอกสารการจัดซื้อแล้วเป็นไปตามระเบียบ", state: item.state,
        now: complaint.closedAt ?? at.addingTimeInterval(3 * 86_400))
      try await app.db.writeTransaction { db in
        try await complaint.update(on: db)
        try await step.create(on: db)
      }
    }
    return cases.count
  }

  private static func filing(_ concern: ComplaintConcern, _ concerns: String, _ details: String, _ anonymous: Bool)
    -> ComplaintFiling
  {
    ComplaintFiling(
      concern: concern, concerns: concerns, details: details, when: "", whereText: "", witnesses: "",
      anonymous: anonymous, name: anonymous ? nil : "นายทดลอง ระบบ", contact: anonymous ? nil : "081-000-0000",
      aboutExecutive: false)
  }
}
