import Domain
import Fluent
import Foundation

/// The demo officer's plan book and risk register, so their screens are not empty: a written
/// preface and objectives, and a published register of the current fiscal year.
enum DemoBook {
  static func load(on db: Database) async throws -> Int {
    let code = DemoData.officerOrg
    let year = FiscalYear(containing: Date()).buddhistYear
    guard try await RiskQueries(db: db).register(code: code, year: year) == nil,
      let record = try? await OrganizationQueries(db: db).require(code)
    else { return 0 }
    let name = record.organization.fullName
    if let period = try? await FrameworkQueries(db: db).period(covering: year), let periodID = period.id,
      let plan = try await PlanQueries(db: db).plan(org: code, periodID: periodID)
    {
      let preface = """
        \(name) จัดทำแผนปฏิบัติการป้องกันการทุจริตฉบับนี้เพื่อใช้เป็นแนวทางป้องกันการทุจริต และยกระดับคุณธรรมและความโปร่งใสในการดำเนินงาน

        ขอขอบคุณบุคลากรทุกส่วนราชการที่ร่วมกันจัดทำแผน

        \(name)
        """
      try await PlanBookQueries(db: db).save(
        .preface, body: preface, plan: plan, by: "ระบบ (ข้อมูลทดลอง)", actor: .system)
    }
    let risks: [[String: String]] = [
      [
        "category": "permits", "process": "การออกใบอนุญาตก่อสร้างอาคาร", "event": "เจ้าหน้าที่อาจเรียกรับผลประโยชน์ระหว่างตรวจแบบ",
        "who": "นายช่างโยธา", "likelihood": "3", "impact": "5",
        "measures": "ตรวจแบบสองชั้นและประกาศขั้นตอนและระยะเวลาให้ประชาชนทราบ",
        "owner": "กองช่าง", "status": "in_progress",
      ],
      [
        "category": "procurement", "process": "การจัดซื้อจัดจ้างโดยวิธีเฉพาะเจาะจง",
        "event": "แบ่งซื้อแบ่งจ้างเพื่อหลีกเลี่ยงวิธีประกวดราคา",
        "who": "เจ้าหน้าที่พัสดุ", "likelihood": "3", "impact": "4",
        "measures": "ตรวจแผนการจัดซื้อจัดจ้างรายไตรมาสโดยหน่วยตรวจสอบภายใน",
        "owner": "กองคลัง", "status": "planned",
      ],
      [
        "category": "budget", "process": "การเบิกค่าตอบแทนการปฏิบัติงานนอกเวลา", "event": "เบิกค่าตอบแทนไม่ตรงกับเวลาทำงานจริง",
        "who": "ผู้ปฏิบัติงานนอกเวลา", "likelihood": "2", "impact": "3", "measures": "ลงเวลาด้วยระบบลายนิ้วมือและสุ่มตรวจ",
        "owner": "สำนักปลัด", "status": "done",
      ],
    ]
    for fields in risks {
      guard case .success(let input) = RiskInput.parse(fields) else { continue }
      try await RiskQueries(db: db).add(input, project: nil, announcement: nil, code: code, year: year, actor: .system)
    }
    guard let register = try await RiskQueries(db: db).register(code: code, year: year) else { return 0 }
    let items = try await RiskQueries(db: db).items(of: register)
    let copy = RiskCopy(
      organizationName: name, fiscalYear: year,
      items: items.map { RiskQueries.copyItem($0, project: nil, announcement: nil) })
    _ = try await RiskQueries(db: db).publish(register, copy: copy, by: "ระบบ (ข้อมูลทดลอง)", actor: .system)
    return items.count
  }
}
