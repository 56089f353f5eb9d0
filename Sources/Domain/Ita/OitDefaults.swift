import Foundation

/// The checklists Sujarit ships, as a start for the national admin. FY2566's items O21, O22,
/// O28 and O30 are those the NACC checklist of that year names (seed 004); the others, and the
/// current year's list, are templates to check against that year's ITA manual before use.
public enum OitDefaults {
  public static let years = [2566, 2570]

  public static func items(for year: Int) -> [OitItem]? {
    years.contains(year) ? fy2566 : nil
  }

  /// Shown beside a shipped checklist until the admin confirms it.
  public static let templateNote =
    "แบบตั้งต้นที่ระบบจัดให้ ต้องตรวจทานกับคู่มือการประเมิน ITA ของปีงบประมาณนั้นก่อนใช้งาน"

  static let basic = "9.1 ข้อมูลพื้นฐาน"
  static let management = "9.2 การบริหารงาน"
  static let procurement = "9.3 การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ"
  static let people = "9.4 การบริหารและพัฒนาทรัพยากรบุคคล"
  static let openness = "9.5 การส่งเสริมความโปร่งใส"
  static let preventing = "10.1 การดำเนินการเพื่อป้องกันการทุจริต"
  static let measures = "10.2 มาตรการภายในเพื่อป้องกันการทุจริต"

  static func item(
    _ code: String, _ indicator: OitIndicator, _ sub: String, _ title: String, _ required: String,
    _ sources: [OitSource] = []
  ) -> OitItem {
    OitItem(
      code: code, indicator: indicator, subIndicator: sub, title: title, required: required,
      evidenceKinds: [.url, .file, .text], sources: sources)
  }

  static let fy2566: [OitItem] = [
    item("O1", .disclosure, basic, "โครงสร้าง", "แผนผังโครงสร้างการแบ่งส่วนราชการ ทั้งฝ่ายการเมืองและฝ่ายประจำ"),
    item("O2", .disclosure, basic, "ข้อมูลผู้บริหาร", "ชื่อ ตำแหน่ง รูปถ่าย และช่องทางติดต่อของผู้บริหารแต่ละคน"),
    item("O3", .disclosure, basic, "อำนาจหน้าที่", "หน้าที่และอำนาจของหน่วยงานตามที่กฎหมายกำหนด"),
    item("O4", .disclosure, basic, "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน", "แผนที่มีผลบังคับใช้ในปีที่ประเมิน"),
    item("O5", .disclosure, basic, "ข้อมูลการติดต่อ", "ที่อยู่ หมายเลขโทรศัพท์ อีเมล และแผนที่ตั้งของหน่วยงาน"),
    item("O6", .disclosure, basic, "กฎหมายที่เกี่ยวข้อง", "กฎหมายที่ใช้ในการปฏิบัติงานของหน่วยงาน"),
    item("O7", .disclosure, basic, "ข่าวประชาสัมพันธ์", "ข่าวการดำเนินงานของหน่วยงานในปีที่ประเมิน"),
    item("O8", .disclosure, basic, "Q&A", "ช่องทางถาม-ตอบที่บุคคลภายนอกสอบถามได้และหน่วยงานตอบกลับ"),
    item("O9", .disclosure, basic, "Social Network", "ช่องทางสื่อสังคมออนไลน์ของหน่วยงาน"),
    item("O10", .disclosure, management, "แผนดำเนินงานและการใช้งบประมาณประจำปี", "แผนของปีที่ประเมินพร้อมงบประมาณ"),
    item(
      "O11", .disclosure, management, "รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณ ประจำปี รอบ 6 เดือน",
      "ความก้าวหน้าของแผนและการใช้งบประมาณ 6 เดือนแรกของปี"),
    item("O12", .disclosure, management, "รายงานผลการดำเนินงานประจำปี", "ผลการดำเนินงานและการใช้งบประมาณของปีที่ผ่านมา"),
    item("O13", .disclosure, management, "คู่มือหรือมาตรฐานการปฏิบัติงาน", "คู่มือการปฏิบัติงานของภารกิจหลัก"),
    item("O14", .disclosure, management, "คู่มือหรือมาตรฐานการให้บริการ", "คู่มือการให้บริการประชาชน ขั้นตอน ระยะเวลา"),
    item("O15", .disclosure, management, "ข้อมูลเชิงสถิติการให้บริการ", "สถิติการให้บริการของปีที่ประเมิน"),
    item("O16", .disclosure, management, "รายงานผลการสำรวจความพึงพอใจการให้บริการ", "ผลสำรวจความพึงพอใจของผู้รับบริการ"),
    item("O17", .disclosure, management, "E-Service", "ช่องทางให้บริการผ่านออนไลน์"),
    item("O18", .disclosure, procurement, "แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ", "แผนการจัดซื้อจัดจ้างของปีที่ประเมิน"),
    item(
      "O19", .disclosure, procurement, "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ",
      "ประกาศเชิญชวน ประกาศผู้ชนะการเสนอราคา"),
    item(
      "O20", .disclosure, procurement, "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน",
      "สรุปผลการจัดซื้อจัดจ้างทุกเดือนของปีที่ประเมิน"),
    item(
      "O21", .disclosure, people, "ข้อมูลหลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล",
      "นโยบายการบริหารทรัพยากรบุคคล การดำเนินการตามนโยบาย และหลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล"),
    item(
      "O22", .disclosure, openness,
      "ข้อมูลช่องทางการร้องเรียนการทุจริตและข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี",
      "ช่องทางร้องเรียนการทุจริตและประพฤติมิชอบ และสถิติเรื่องร้องเรียน รอบ 6 เดือน", [.complaintStatistics]),
    item("O23", .disclosure, openness, "การเปิดโอกาสให้เกิดการมีส่วนร่วม", "การให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วมในการดำเนินงาน"),
    item("O24", .prevention, preventing, "เจตจำนงสุจริตของผู้บริหาร", "การแสดงเจตจำนงว่าจะบริหารงานด้วยความซื่อสัตย์สุจริต"),
    item("O25", .prevention, preventing, "การมีส่วนร่วมของผู้บริหาร", "กิจกรรมที่ผู้บริหารมีส่วนร่วมในการป้องกันการทุจริต"),
    item(
      "O26", .prevention, preventing, "การประเมินความเสี่ยงการทุจริตประจำปี", "ผลการประเมินความเสี่ยงและมาตรการจัดการความเสี่ยง",
      [.riskRegister]),
    item("O27", .prevention, preventing, "การเสริมสร้างวัฒนธรรมองค์กร", "กิจกรรมสร้างวัฒนธรรมไม่ทนต่อการทุจริต"),
    item(
      "O28", .prevention, preventing,
      "ข้อมูลแผนปฏิบัติการต่อต้านการทุจริตและประพฤติมิชอบประจำปี และผลการดำเนินการตามแผนฯ",
      "แผนปฏิบัติการป้องกันการทุจริตประจำปี และรายงานผลการดำเนินการตามแผนรอบ 6 เดือนจากระบบของสำนักงาน ป.ป.ช.",
      [.actionPlan, .halfYearReport]),
    item(
      "O29", .prevention, measures, "การดำเนินการเพื่อจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
      "แนวปฏิบัติและขั้นตอนการจัดการเรื่องร้องเรียนการทุจริต"),
    item(
      "O30", .prevention, measures,
      "ข้อมูลมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน และการรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
      "ประกาศมาตรการส่งเสริมคุณธรรมและความโปร่งใสที่ผู้บริหารลงนาม และรายงานผลการดำเนินการตามมาตรการ",
      [.announcements]),
  ]
}
