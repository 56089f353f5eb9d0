/// The front matter of an LAO's plan book (seed 004's structure): คำนำ, then ส่วนที่ 1 บทนำ.
/// ส่วนที่ 2 is the plan's project table. Every section is optional.
public enum PlanBookSection: String, CaseIterable, Codable, Sendable {
  case preface
  case linkage
  case situation
  case riskAnalysis = "risk_analysis"
  case antiBribery = "anti_bribery"
  case itaResults = "ita_results"
  case framework
  case objectives
  case goals
  case benefits

  /// The heading in the book and its table of contents.
  public func title(organization: String) -> String {
    switch self {
    case .preface: return "คำนำ"
    case .linkage:
      return
        "ความเชื่อมโยงกับแผนแม่บทภายใต้ยุทธศาสตร์ชาติ ประเด็นที่ 21 การต่อต้านการทุจริตและประพฤติมิชอบ และแผนปฏิบัติการด้านการต่อต้านการทุจริตและประพฤติมิชอบ"
    case .situation: return "สถานการณ์การทุจริตและประพฤติมิชอบของ\(organization)"
    case .riskAnalysis: return "การวิเคราะห์ความเสี่ยงการทุจริต"
    case .antiBribery: return "นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)"
    case .itaResults: return "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) ที่ผ่านมา"
    case .framework: return "กรอบการจัดทำแผนปฏิบัติการป้องกันการทุจริต"
    case .objectives: return "วัตถุประสงค์ของการจัดทำแผน"
    case .goals: return "เป้าหมาย"
    case .benefits: return "ประโยชน์ของการจัดทำแผน"
    }
  }

  /// The short label of the section list.
  public var shortTitle: String {
    switch self {
    case .linkage: return "ความเชื่อมโยงกับแผนระดับชาติ"
    case .situation: return "สถานการณ์การทุจริต"
    case .itaResults: return "ผลการประเมิน ITA"
    default: return title(organization: "")
    }
  }

  public var isPreface: Bool { self == .preface }

  /// Sections Sujarit can fill from data when the officer has not written them.
  public var fillsFromData: Bool { self == .riskAnalysis || self == .itaResults || self == .framework }

  /// What to write, for the editor's first view; the officer replaces it. Never printed.
  public func starter(organization: String, fiscalYears: String) -> String {
    switch self {
    case .preface:
      return """
        (ตัวอย่าง — โปรดแก้ไขเป็นข้อความของ\(organization)เอง)

        \(organization) ได้จัดทำแผนปฏิบัติการป้องกันการทุจริต \(fiscalYears) เพื่อเป็นเครื่องมือในการป้องกันการทุจริตและยกระดับคุณธรรมและความโปร่งใสในการดำเนินงาน โดยกำหนดโครงการ กิจกรรม และมาตรการที่สอดคล้องกับกรอบที่สำนักงาน ป.ป.ช. กำหนด

        หวังเป็นอย่างยิ่งว่าแผนฉบับนี้จะเป็นประโยชน์ต่อบุคลากรและประชาชนในพื้นที่

        \(organization)
        """
    case .linkage:
      return """
        (เขียนว่าแผนของ อปท. เชื่อมโยงกับแผนระดับชาติอย่างไร เช่น)

        - ยุทธศาสตร์ชาติ (พ.ศ. 2561 – 2580) และแผนแม่บทภายใต้ยุทธศาสตร์ชาติ ประเด็นที่ 21 การต่อต้านการทุจริตและประพฤติมิชอบ
        - แผนปฏิบัติการด้านการต่อต้านการทุจริตและประพฤติมิชอบ ระยะที่ 2 (พ.ศ. 2566 – 2570) ที่คณะรัฐมนตรีเห็นชอบ
        - กรอบการจัดทำแผนปฏิบัติการป้องกันการทุจริตสำหรับองค์กรปกครองส่วนท้องถิ่นของสำนักงาน ป.ป.ช.
        - แผนพัฒนาท้องถิ่นของ\(organization)
        """
    case .situation:
      return """
        (อธิบายสถานการณ์ของ\(organization) เช่น เรื่องร้องเรียน คดี ข้อทักท้วงของสำนักงานการตรวจเงินแผ่นดินในรอบปีที่ผ่านมา และกระบวนงานที่อาจเกิดการทุจริต)
        """
    case .riskAnalysis:
      return """
        (การวิเคราะห์สภาพแวดล้อมด้วย SWOT แล้วสรุปความเสี่ยงที่พบ — หากไม่เขียน ระบบจะใส่ตารางความเสี่ยงจากทะเบียนความเสี่ยงให้เอง)

        | จุดแข็ง (S) | จุดอ่อน (W) |
        |---|---|
        | | |

        | โอกาส (O) | อุปสรรค (T) |
        |---|---|
        | | |
        """
    case .antiBribery:
      return """
        (ข้อความนโยบายต่อต้านการรับสินบนที่ผู้บริหารประกาศ เช่น)

        1. ผู้บริหารและบุคลากรของ\(organization) จะไม่เรียก รับ หรือยอมรับสินบนในทุกรูปแบบ
        2. กำหนดช่องทางแจ้งเบาะแสและคุ้มครองผู้แจ้ง
        3. ทบทวนและติดตามการปฏิบัติตามนโยบายอย่างน้อยปีละครั้ง
        """
    case .itaResults:
      return """
        (หากไม่เขียน ระบบจะใส่ผลการประเมิน ITA ของปีที่ผ่านมาจากข้อมูลในระบบให้เอง — เขียนเพิ่มเติมได้ เช่น จุดที่ต้องปรับปรุงและแนวทางยกระดับ)
        """
    case .framework:
      return """
        (หากไม่เขียน ระบบจะใส่มิติและภารกิจตามกรอบของช่วงแผนนี้ให้เอง)
        """
    case .objectives:
      return """
        1. เพื่อยกระดับเจตจำนงทางการเมืองในการต่อต้านการทุจริตของผู้บริหาร
        2. เพื่อยกระดับจิตสำนึกรับผิดชอบในผลประโยชน์สาธารณะของบุคลากร
        3. เพื่อให้การบริหารราชการเป็นไปด้วยความโปร่งใส ตรวจสอบได้
        4. เพื่อส่งเสริมบทบาทการมีส่วนร่วมของประชาชนในการตรวจสอบ
        """
    case .goals:
      return """
        (เป้าหมายที่วัดได้ เช่น ผลการประเมิน ITA ผ่านเกณฑ์ร้อยละ 85 ขึ้นไป, ไม่มีเรื่องร้องเรียนการทุจริตที่มีมูล)
        """
    case .benefits:
      return """
        - บุคลากรมีจิตสำนึกและปฏิบัติงานด้วยความซื่อสัตย์สุจริต
        - ประชาชนเชื่อมั่นและมีส่วนร่วมในการตรวจสอบการดำเนินงาน
        - \(organization) มีระบบป้องกันการทุจริตที่ชัดเจน
        """
    }
  }
}
