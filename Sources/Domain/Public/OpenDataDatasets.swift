/// The open datasets Sujarit publishes. Only public information: approved plans, confirmed
/// reports, published ITA results and complaint counts — never drafts, contacts or anything
/// a complainant wrote. A dataset's id and its fields' names are stable URLs and columns:
/// add fields at the end, never rename one.
public enum OpenDataCatalogue {
  public static let licence = (
    title: "สัญญาอนุญาตให้ใช้ข้อมูลเปิด (Open Data Common)",
    url: "https://data.go.th/pages/open-data-licence"
  )
  static let daily = (thai: "ทุกวัน (เมื่อข้อมูลเปลี่ยน)", iri: "http://purl.org/cld/freq/daily")
  static let semiannual = (thai: "ทุกรอบการรายงาน (ปีละ 2 ครั้ง)", iri: "http://purl.org/cld/freq/semiannual")
  static let annual = (thai: "ปีละครั้ง", iri: "http://purl.org/cld/freq/annual")

  static let organization: [OpenDataField] = [
    OpenDataField("org_code", "รหัส อปท.", .text, "รหัส 7 หลักของกรมส่งเสริมการปกครองท้องถิ่น"),
    OpenDataField("org_name", "ชื่อ อปท.", .text, "ชื่อเต็ม เช่น องค์การบริหารส่วนตำบลหนองปรือ"),
    OpenDataField("province_code", "รหัสจังหวัด", .text, "รหัส 2 หลักของจังหวัด"),
  ]

  static let roundFields: [OpenDataField] = [
    OpenDataField("fiscal_year", "ปีงบประมาณ", .integer, unit: "พ.ศ.", "ปีงบประมาณของรอบการรายงาน"),
    OpenDataField(
      "round", "รอบ", .integer, unit: "เดือน", "6 = รอบ 6 เดือน (1 ต.ค.–31 มี.ค.), 12 = รอบ 12 เดือน (ทั้งปีงบประมาณ)"),
  ]

  public static let datasets: [OpenDataDataset] = [
    OpenDataDataset(
      id: "organizations", title: "รายชื่อองค์กรปกครองส่วนท้องถิ่น",
      description: "องค์กรปกครองส่วนท้องถิ่นทุกแห่งในระบบ พร้อมประเภท ที่ตั้ง และข้อมูลทั่วไปที่เปิดเผยได้ (ไม่มีข้อมูลติดต่อบุคคล)",
      keywords: ["อปท.", "องค์กรปกครองส่วนท้องถิ่น"], frequency: daily, partitioning: .whole,
      fields: organization + [
        OpenDataField("province_name", "จังหวัด", .text, "ชื่อจังหวัด"),
        OpenDataField("district", "อำเภอ/เขต", .text, "อำเภอที่ตั้ง (กรุงเทพมหานคร: เขต)"),
        OpenDataField("org_type", "ประเภท อปท.", .text, "อบจ. เทศบาลนคร เทศบาลเมือง เทศบาลตำบล อบต. เมืองพัทยา กทม. ฯลฯ"),
        OpenDataField(
          "nacc_region", "ภาคของสำนักงาน ป.ป.ช.", .integer, "สำนักงาน ป.ป.ช. ภาค 1–9 ที่กำกับจังหวัด (ว่าง = ส่วนกลาง)"),
        OpenDataField("parent_code", "สังกัด", .text, "รหัสหน่วยงานแม่ (หน่วยงานในสังกัดกรุงเทพมหานคร)"),
        OpenDataField("active_from", "จัดตั้งเมื่อ", .date, "วันที่จัดตั้งหรือเริ่มใช้ระบบ (ว่าง = ไม่ทราบ)"),
        OpenDataField("active_until", "สิ้นสภาพเมื่อ", .date, "วันที่ยุบรวมหรือสิ้นสภาพ (ว่าง = ยังอยู่)"),
        OpenDataField("population", "ประชากร", .integer, unit: "คน", "จำนวนประชากรตามที่ อปท. แจ้ง"),
        OpenDataField("area_km2", "พื้นที่", .decimal, unit: "ตร.กม.", "พื้นที่ตามที่ อปท. แจ้ง"),
        OpenDataField("income", "รายได้", .decimal, unit: "บาท", "รายได้ต่อปีตามที่ อปท. แจ้ง"),
        OpenDataField("page_url", "หน้าข้อมูลสาธารณะ", .text, "ที่อยู่หน้าของ อปท. ในระบบสุจริต"),
      ]),
    OpenDataDataset(
      id: "plans", title: "แผนปฏิบัติการป้องกันการทุจริตที่อนุมัติแล้ว",
      description: "แผนของแต่ละ อปท. ในแต่ละช่วงแผน ฉบับล่าสุดที่ผู้บริหารอนุมัติ พร้อมจำนวนโครงการและงบประมาณรวม (แยกไฟล์ตามช่วงแผน)",
      keywords: ["แผนปฏิบัติการป้องกันการทุจริต"], frequency: daily, partitioning: .planPeriod,
      fields: organization + [
        OpenDataField("period", "ช่วงแผน", .text, "ช่วงปีของแผน เช่น 2566-2570"),
        OpenDataField("plan_version", "ฉบับที่", .integer, "ฉบับที่อนุมัติ (0 = อนุมัติก่อนมีการเก็บฉบับ)"),
        OpenDataField("approved_at", "อนุมัติเมื่อ", .datetime, "วันเวลาที่ผู้บริหารอนุมัติฉบับนี้"),
        OpenDataField("projects", "จำนวนโครงการ", .integer, unit: "โครงการ", "โครงการ กิจกรรม มาตรการ และแนวปฏิบัติในแผน"),
        OpenDataField("budget", "งบประมาณรวม", .decimal, unit: "บาท", "งบประมาณของทุกโครงการตลอดช่วงแผน"),
      ]),
    OpenDataDataset(
      id: "projects", title: "โครงการในแผนปฏิบัติการป้องกันการทุจริต",
      description: "ทุกโครงการในแผนที่อนุมัติแล้ว พร้อมมิติ ภารกิจ กลุ่มเป้าหมาย วัตถุประสงค์ และงบประมาณรวม (แยกไฟล์ตามช่วงแผน)",
      keywords: ["โครงการ", "มิติ", "แผนปฏิบัติการป้องกันการทุจริต"], frequency: daily, partitioning: .planPeriod,
      fields: organization + [
        OpenDataField("period", "ช่วงแผน", .text, "ช่วงปีของแผน เช่น 2566-2570"),
        OpenDataField("plan_version", "ฉบับที่", .integer, "ฉบับของแผนที่อนุมัติ"),
        OpenDataField("number", "ลำดับ", .integer, "ลำดับโครงการในแผน"),
        OpenDataField("project_type", "ประเภท", .text, "โครงการ กิจกรรม มาตรการ หรือแนวปฏิบัติงาน"),
        OpenDataField("project_name", "ชื่อโครงการ", .text, "ชื่อตามแผน"),
        OpenDataField("dimension", "มิติ", .integer, "มิติของแผน (1–4 ตามกรอบแผนของช่วงปี)"),
        OpenDataField("sub_mission", "ภารกิจ", .text, "เลขข้อภารกิจตามมิติ เช่น 1.1"),
        OpenDataField("target_groups", "กลุ่มเป้าหมาย", .text, "กลุ่มเป้าหมายตามระบบของสำนักงาน ป.ป.ช. คั่นด้วย ;"),
        OpenDataField("objectives", "วัตถุประสงค์", .text, "วัตถุประสงค์ของโครงการ คั่นด้วย ;"),
        OpenDataField("fiscal_years", "ปีที่ดำเนินการ", .text, "ปีงบประมาณที่โครงการดำเนินการ คั่นด้วย ;"),
        OpenDataField("budget", "งบประมาณรวม", .decimal, unit: "บาท", "งบประมาณตลอดช่วงแผน"),
        OpenDataField("consistent", "สอดคล้องกับมิติ", .boolean, "false = สำนักงาน ป.ป.ช. ระบุว่าไม่สอดคล้องกับมิติ (ไม่นับในสถิติ)"),
      ]),
    OpenDataDataset(
      id: "project-budgets", title: "งบประมาณรายปีของโครงการ",
      description: "งบประมาณของแต่ละโครงการในแผนที่อนุมัติแล้ว แยกตามปีงบประมาณ (แยกไฟล์ตามช่วงแผน)",
      keywords: ["งบประมาณ", "โครงการ"], frequency: daily, partitioning: .planPeriod,
      fields: organization + [
        OpenDataField("period", "ช่วงแผน", .text, "ช่วงปีของแผน"),
        OpenDataField("number", "ลำดับ", .integer, "ลำดับโครงการในแผน"),
        OpenDataField("project_name", "ชื่อโครงการ", .text, "ชื่อตามแผน"),
        OpenDataField("fiscal_year", "ปีงบประมาณ", .integer, unit: "พ.ศ.", "ปีงบประมาณ"),
        OpenDataField("budget", "งบประมาณ", .decimal, unit: "บาท", "งบประมาณที่ตั้งไว้ในปีนั้น (0 = ไม่ใช้งบประมาณ)"),
      ]),
    OpenDataDataset(
      id: "report-entries", title: "ผลการดำเนินงานรายโครงการ",
      description:
        "ผลรายโครงการจากรายงานที่ผู้บริหารยืนยันแล้ว (ฉบับที่ยื่นล่าสุด) แยกไฟล์ตามปีงบประมาณและรอบ และไฟล์รวมทุกรอบ — ไม่มีรายงานที่ยังเป็นร่างหรือถูกส่งกลับ",
      keywords: ["รายงานผล", "ผลการดำเนินงาน"], frequency: semiannual, partitioning: .round,
      fields: roundFields + organization + [
        OpenDataField("number", "ลำดับ", .integer, "ลำดับโครงการในแผน"),
        OpenDataField("project_type", "ประเภท", .text, "โครงการ กิจกรรม มาตรการ หรือแนวปฏิบัติงาน"),
        OpenDataField("project_name", "ชื่อโครงการ", .text, "ชื่อตามรายงานที่ยื่น"),
        OpenDataField("dimension", "มิติ", .integer, "มิติของแผน"),
        OpenDataField("sub_mission", "ภารกิจ", .text, "เลขข้อภารกิจตามมิติ"),
        OpenDataField("plan_budget", "งบประมาณตามแผน", .decimal, unit: "บาท", "งบประมาณของปีงบประมาณนี้ตามแผน"),
        OpenDataField(
          "progress", "ผลการดำเนินงาน", .text,
          "รหัสสถานะ: pending ยังไม่ดำเนินการ, in_progress อยู่ระหว่างดำเนินการ, completed ดำเนินการแล้วเสร็จ, cannot ไม่สามารถดำเนินการได้"
        ),
        OpenDataField("progress_th", "ผลการดำเนินงาน (ไทย)", .text, "สถานะเป็นภาษาไทย"),
        OpenDataField("reason", "เหตุที่ดำเนินการไม่ได้", .text, "เหตุผลตามรายการของระบบ (เฉพาะที่ดำเนินการไม่ได้)"),
        OpenDataField("reason_text", "คำอธิบายเหตุ", .text, "คำอธิบายที่ อปท. ระบุ"),
        OpenDataField("budget", "งบประมาณที่ได้รับ", .decimal, unit: "บาท", "งบประมาณที่ได้รับจัดสรร"),
        OpenDataField("disbursed", "เบิกจ่าย", .decimal, unit: "บาท", "เบิกจ่ายจริงถึงสิ้นรอบ"),
        OpenDataField("filed_at", "ยื่นเมื่อ", .datetime, "วันเวลาที่ผู้บริหารยืนยันรายงานฉบับนี้"),
      ]),
    OpenDataDataset(
      id: "report-figures", title: "ผลการนำแผนไปปฏิบัติราย อปท.",
      description:
        "ตัวเลขสรุปของรายงานที่ยืนยันแล้วของแต่ละ อปท.: จำนวนโครงการตามสถานะ ร้อยละการนำแผนไปปฏิบัติ ระดับ และการเบิกจ่าย แยกตามปีงบประมาณและรอบ",
      keywords: ["รายงานผล", "การนำแผนไปปฏิบัติ"], frequency: semiannual, partitioning: .round,
      fields: roundFields + organization + [
        OpenDataField("org_type", "ประเภท อปท.", .text, "ประเภทขององค์กร"),
        OpenDataField("filed_at", "ยื่นเมื่อ", .datetime, "วันเวลาที่ผู้บริหารยืนยันรายงาน"),
        OpenDataField("late", "ส่งล่าช้า", .boolean, "true = ยืนยันหลังกำหนดส่ง (รวมที่ได้ขยายเวลา)"),
        OpenDataField("projects", "โครงการที่รายงาน", .integer, unit: "โครงการ", "โครงการที่อยู่ในรอบนี้"),
        OpenDataField("pending", "ยังไม่ดำเนินการ", .integer, unit: "โครงการ", ""),
        OpenDataField("in_progress", "อยู่ระหว่างดำเนินการ", .integer, unit: "โครงการ", ""),
        OpenDataField("completed", "ดำเนินการแล้วเสร็จ", .integer, unit: "โครงการ", ""),
        OpenDataField("cannot", "ไม่สามารถดำเนินการได้", .integer, unit: "โครงการ", ""),
        OpenDataField(
          "implementation_percent", "การนำแผนไปปฏิบัติ", .decimal, unit: "ร้อยละ",
          "(แล้วเสร็จ + ครึ่งหนึ่งของที่อยู่ระหว่างดำเนินการ) × 100 ÷ โครงการ"),
        OpenDataField("level", "ระดับ", .text, "ระดับการนำแผนไปปฏิบัติ (มาก/ปานกลาง/น้อย) ตามเกณฑ์ของรอบ ณ วันที่ยื่น"),
        OpenDataField("budget", "งบประมาณ", .decimal, unit: "บาท", "งบประมาณรวมของโครงการในรอบ"),
        OpenDataField("disbursed", "เบิกจ่าย", .decimal, unit: "บาท", "เบิกจ่ายรวม"),
        OpenDataField("disbursement_percent", "การเบิกจ่าย", .decimal, unit: "ร้อยละ", "เบิกจ่าย × 100 ÷ งบประมาณ"),
      ]),
    OpenDataDataset(
      id: "reporting-rates", title: "อัตราการรายงานผลตามพื้นที่",
      description: "จำนวน อปท. ที่ต้องรายงาน ส่งแล้ว และส่งตรงเวลา ระดับประเทศ ภาค จังหวัด และอำเภอ ในแต่ละรอบ",
      keywords: ["อัตราการรายงาน"], frequency: semiannual, partitioning: .round,
      fields: roundFields + [
        OpenDataField("level", "ระดับพื้นที่", .text, "nation ประเทศ, region ภาค, province จังหวัด, district อำเภอ"),
        OpenDataField("area_code", "รหัสพื้นที่", .text, "ภาค: 1–9, จังหวัด: รหัส 2 หลัก, อำเภอ: รหัสจังหวัด/ชื่ออำเภอ"),
        OpenDataField("area_name", "ชื่อพื้นที่", .text, ""),
        OpenDataField("expected", "ต้องรายงาน", .integer, unit: "แห่ง", "อปท. ที่มีอยู่ ณ วันกำหนดส่ง"),
        OpenDataField("submitted", "ส่งแล้ว", .integer, unit: "แห่ง", "ผู้บริหารยืนยันแล้ว"),
        OpenDataField("on_time", "ส่งตรงเวลา", .integer, unit: "แห่ง", "ยืนยันภายในกำหนดส่ง (หรือวันที่ได้ขยาย)"),
        OpenDataField("rate_percent", "ร้อยละการรายงาน", .decimal, unit: "ร้อยละ", "ส่งแล้ว × 100 ÷ ต้องรายงาน"),
        OpenDataField("on_time_percent", "ร้อยละส่งตรงเวลา", .decimal, unit: "ร้อยละ", "ส่งตรงเวลา × 100 ÷ ต้องรายงาน"),
        OpenDataField("implementation_percent", "การนำแผนไปปฏิบัติ", .decimal, unit: "ร้อยละ", "จากรายงานที่ส่งแล้วในพื้นที่"),
      ]),
    OpenDataDataset(
      id: "ita-results", title: "ผลการประเมินคุณธรรมและความโปร่งใส (ITA)",
      description: "คะแนน ITA ที่สำนักงาน ป.ป.ช. ประกาศ ราย อปท.: ตัวชี้วัด 1–10 คะแนนรวม และระดับ (แยกไฟล์ตามปีงบประมาณ)",
      keywords: ["ITA", "คุณธรรมและความโปร่งใส"], frequency: annual, partitioning: .fiscalYear,
      fields: [OpenDataField("fiscal_year", "ปีงบประมาณ", .integer, unit: "พ.ศ.", "ปีที่ประเมิน")] + organization
        + (1...10).map { OpenDataField("i\($0)", "ตัวชี้วัดที่ \($0)", .decimal, unit: "คะแนน", "คะแนนเต็ม 100") } + [
          OpenDataField("total", "คะแนนรวม", .decimal, unit: "คะแนน", "คะแนนรวมถ่วงน้ำหนัก IIT EIT OIT ของปีนั้น"),
          OpenDataField("level", "ระดับ", .text, "AA A B C D E F ตามเกณฑ์ของสำนักงาน ป.ป.ช."),
        ]),
    OpenDataDataset(
      id: "complaint-statistics", title: "สถิติเรื่องร้องเรียนการทุจริต",
      description:
        "จำนวนเรื่องร้องเรียนการทุจริตที่ อปท. ได้รับผ่านระบบ แยกตามสถานะ ราย อปท. (แยกไฟล์ตามปีงบประมาณ) — เป็นตัวเลขเท่านั้น ไม่มีเนื้อหาหรือตัวผู้ร้องเรียน",
      keywords: ["เรื่องร้องเรียน", "การทุจริต"], frequency: daily, partitioning: .fiscalYear,
      fields: [OpenDataField("fiscal_year", "ปีงบประมาณ", .integer, unit: "พ.ศ.", "ปีที่รับเรื่อง")] + organization + [
        OpenDataField("received", "รับเรื่อง", .integer, unit: "เรื่อง", "เรื่องที่ยื่นในปีงบประมาณ"),
        OpenDataField("in_progress", "อยู่ระหว่างดำเนินการ", .integer, unit: "เรื่อง", ""),
        OpenDataField("completed", "ดำเนินการแล้วเสร็จ", .integer, unit: "เรื่อง", ""),
        OpenDataField("not_taken_up", "ไม่รับไว้พิจารณา", .integer, unit: "เรื่อง", ""),
        OpenDataField("overdue", "เกินกำหนด 15 วัน", .integer, unit: "เรื่อง", "เรื่องที่ยังเปิดอยู่และเกินกำหนดตอบรับ"),
      ]),
  ]

  public static func dataset(_ id: String) -> OpenDataDataset? { datasets.first { $0.id == id } }
}
