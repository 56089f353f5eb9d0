import Foundation

/// The integrity announcements an LAO's executive signs every year (ประกาศ/มาตรการส่งเสริม
/// คุณธรรมและความโปร่งใสภายในหน่วยงาน), published as evidence of an OIT item (FY2566: O30).
public enum AnnouncementKind: String, CaseIterable, Codable, Sendable {
  case noGift = "no_gift"
  case antiBribery = "anti_bribery"
  case conflictOfInterest = "conflict_of_interest"
  case procurementTransparency = "procurement_transparency"
  case stakeholderParticipation = "stakeholder_participation"
  case complaintHandling = "complaint_handling"
  case discretionCheck = "discretion_check"
  case publicDisclosure = "public_disclosure"
  case other

  /// The eight an LAO drafts every year (seed 004), in the order they are usually signed.
  public static var standard: [AnnouncementKind] { allCases.filter { $0 != .other } }

  public var thaiTitle: String {
    switch self {
    case .noGift: return "นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)"
    case .antiBribery: return "มาตรการป้องกันการรับสินบน"
    case .conflictOfInterest: return "มาตรการป้องกันการขัดกันระหว่างผลประโยชน์ส่วนตนกับผลประโยชน์ส่วนรวม"
    case .procurementTransparency: return "มาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง"
    case .stakeholderParticipation: return "มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม"
    case .complaintHandling: return "มาตรการจัดการเรื่องร้องเรียนการทุจริต"
    case .discretionCheck: return "มาตรการตรวจสอบการใช้ดุลพินิจ"
    case .publicDisclosure: return "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ"
    case .other: return "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
    }
  }

  /// The numbered measures of the template (placeholders `{organization}`, `{fiscalYear}`).
  var clauses: [String] {
    switch self {
    case .noGift:
      return [
        "ผู้บริหาร พนักงาน และลูกจ้างของ{organization} ทุกคน จะไม่รับ ไม่ให้ และไม่เรียกรับ ของขวัญ ของกำนัล หรือประโยชน์อื่นใด จากบุคคลใดอันเนื่องมาจากการปฏิบัติหน้าที่ ทั้งในช่วงเทศกาลและในโอกาสอื่นใด",
        "การแสดงความยินดีหรือความปรารถนาดีในโอกาสต่าง ๆ ให้ใช้การลงนามในสมุดอวยพร บัตรอวยพร หรือช่องทางอิเล็กทรอนิกส์แทนการให้ของขวัญ",
        "กรณีมีความจำเป็นต้องรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา ให้ปฏิบัติตามประกาศคณะกรรมการ ป.ป.ช. ว่าด้วยหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาของเจ้าพนักงานของรัฐ หากมีมูลค่าเกินกว่าที่กำหนด ให้รายงานผู้บังคับบัญชาโดยเร็วเพื่อพิจารณาส่งคืนหรือมอบเป็นสิทธิของหน่วยงาน",
        "ผู้บังคับบัญชาทุกระดับต้องประพฤติตนเป็นแบบอย่างที่ดี และส่งเสริมให้เกิดวัฒนธรรมองค์กรที่ไม่รับของขวัญและของกำนัล",
        "ให้เผยแพร่นโยบายนี้แก่ประชาชน ผู้มีส่วนได้ส่วนเสีย และคู่สัญญาของหน่วยงาน ทางเว็บไซต์ ป้ายประชาสัมพันธ์ และช่องทางอื่นที่เหมาะสม",
      ]
    case .antiBribery:
      return [
        "ห้ามผู้บริหาร พนักงาน และลูกจ้างของ{organization} เรียก รับ หรือยอมจะรับสินบน ทรัพย์สิน หรือประโยชน์อื่นใด เพื่อกระทำการหรือไม่กระทำการอย่างใดในตำแหน่งหน้าที่ ไม่ว่าโดยทางตรงหรือทางอ้อม",
        "ให้ทุกส่วนราชการประเมินความเสี่ยงการเรียกรับสินบนในงานบริการ งานอนุมัติ อนุญาต และงานจัดซื้อจัดจ้าง และกำหนดวิธีป้องกันความเสี่ยงนั้นอย่างน้อยปีละหนึ่งครั้ง",
        "ให้เปิดเผยขั้นตอน ระยะเวลา และค่าธรรมเนียมของงานบริการทุกประเภทไว้ ณ จุดให้บริการและบนเว็บไซต์ของหน่วยงาน",
        "ผู้พบเห็นการเรียกรับสินบนแจ้งได้ทางช่องทางรับเรื่องร้องเรียนของหน่วยงาน ผู้แจ้งจะได้รับความคุ้มครองและข้อมูลจะถูกเก็บเป็นความลับ",
        "ผู้ฝ่าฝืนมาตรการนี้ถือว่ากระทำผิดวินัย และอาจมีความผิดตามกฎหมายว่าด้วยการป้องกันและปราบปรามการทุจริต",
      ]
    case .conflictOfInterest:
      return [
        "ผู้บริหาร พนักงาน และลูกจ้าง ต้องไม่ใช้ตำแหน่งหน้าที่แสวงหาประโยชน์เพื่อตนเอง ครอบครัว หรือพวกพ้อง",
        "ผู้ที่มีส่วนได้เสียในเรื่องที่ตนพิจารณา ต้องแจ้งผู้บังคับบัญชาเป็นหนังสือ และถอนตัวจากการพิจารณาเรื่องนั้น",
        "ห้ามนำทรัพย์สิน ยานพาหนะ วัสดุ หรืออุปกรณ์ของทางราชการไปใช้เพื่อประโยชน์ส่วนตน",
        "ห้ามรับงานหรือเป็นที่ปรึกษาให้เอกชนซึ่งมีผลประโยชน์ขัดแย้งกับหน่วยงาน",
        "ห้ามนำข้อมูลภายในที่ได้จากการปฏิบัติหน้าที่ไปใช้เพื่อประโยชน์ของตนเองหรือผู้อื่น",
        "ให้จัดอบรมและจัดทำคู่มือการป้องกันผลประโยชน์ทับซ้อนแก่บุคลากรอย่างน้อยปีละหนึ่งครั้ง",
      ]
    case .procurementTransparency:
      return [
        "จัดทำและเผยแพร่แผนการจัดซื้อจัดจ้างประจำปีงบประมาณ พ.ศ. {fiscalYear} ภายในระยะเวลาที่กฎหมายกำหนด",
        "ดำเนินการจัดซื้อจัดจ้างตามพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560 ผ่านระบบการจัดซื้อจัดจ้างภาครัฐด้วยอิเล็กทรอนิกส์ (e-GP)",
        "ผู้ที่เกี่ยวข้องกับการจัดซื้อจัดจ้างต้องไม่มีส่วนได้เสียกับผู้ยื่นข้อเสนอ และลงนามในแบบแสดงความบริสุทธิ์ใจทุกครั้ง",
        "เปิดเผยสรุปผลการจัดซื้อจัดจ้างเป็นรายเดือน และรายงานผลการจัดซื้อจัดจ้างประจำปีต่อสาธารณะ",
        "เปิดโอกาสให้ผู้แทนภาคประชาชนร่วมสังเกตการณ์การจัดซื้อจัดจ้างและการตรวจรับพัสดุ",
      ]
    case .stakeholderParticipation:
      return [
        "เปิดโอกาสให้ประชาชนและผู้มีส่วนได้ส่วนเสียแสดงความคิดเห็นในการจัดทำแผนพัฒนาท้องถิ่นและงบประมาณรายจ่ายประจำปี",
        "จัดประชาคมหมู่บ้าน ชุมชน และประชาคมท้องถิ่น อย่างน้อยปีละหนึ่งครั้ง",
        "แต่งตั้งผู้แทนประชาชนร่วมเป็นกรรมการติดตามและประเมินผลแผนพัฒนาท้องถิ่น",
        "รับฟังความคิดเห็นทางเว็บไซต์ สื่อสังคมออนไลน์ และกล่องรับความคิดเห็น และแจ้งผลการพิจารณาให้ผู้เสนอทราบ",
        "เผยแพร่ผลการมีส่วนร่วมของผู้มีส่วนได้ส่วนเสียให้สาธารณะทราบ",
      ]
    case .complaintHandling:
      return [
        "ประชาชนร้องเรียนการทุจริตได้ด้วยตนเอง ณ ศูนย์รับเรื่องร้องเรียนของ{organization} ทางไปรษณีย์ ทางโทรศัพท์ ทางเว็บไซต์ ทางสื่อสังคมออนไลน์ หรือกล่องรับเรื่องร้องเรียน",
        "เจ้าหน้าที่ลงทะเบียนรับเรื่อง และแจ้งตอบรับให้ผู้ร้องเรียนทราบภายใน 15 วันนับแต่วันที่ได้รับเรื่อง",
        "ให้ผู้ที่ไม่มีส่วนได้เสียกับเรื่องร้องเรียนเป็นผู้ตรวจสอบข้อเท็จจริง และแจ้งผลการดำเนินการให้ผู้ร้องเรียนทราบ",
        "ผู้ร้องเรียนและพยานได้รับความคุ้มครอง ชื่อและข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ ห้ามผู้ใดกลั่นแกล้งหรือกระทำการอันเป็นผลร้ายต่อผู้ร้องเรียน",
        "เรื่องร้องเรียนการทุจริตของเจ้าหน้าที่ ให้รายงานผู้บริหารทันที และส่งต่อหน่วยงานที่มีอำนาจตามกฎหมาย",
        "สรุปสถิติเรื่องร้องเรียนและผลการดำเนินการ และเผยแพร่ต่อสาธารณะอย่างน้อยปีละหนึ่งครั้ง",
      ]
    case .discretionCheck:
      return [
        "จัดทำคู่มือหรือมาตรฐานการปฏิบัติงานสำหรับงานที่ต้องใช้ดุลพินิจ เช่น การอนุญาตก่อสร้าง การจัดเก็บภาษี โดยระบุขั้นตอน ระยะเวลา และหลักเกณฑ์ให้ชัดเจน",
        "ให้บริการตามลำดับก่อนหลังอย่างเท่าเทียม ไม่เลือกปฏิบัติ",
        "การใช้ดุลพินิจทุกครั้งต้องบันทึกเหตุผลเป็นลายลักษณ์อักษร เพื่อให้ผู้บังคับบัญชาตรวจสอบได้",
        "ให้หัวหน้าส่วนราชการสุ่มตรวจการใช้ดุลพินิจอย่างน้อยไตรมาสละหนึ่งครั้ง และรายงานผลต่อผู้บริหาร",
        "ผู้รับบริการที่เห็นว่าไม่ได้รับความเป็นธรรม ร้องเรียนได้ตามมาตรการจัดการเรื่องร้องเรียนการทุจริต",
      ]
    case .publicDisclosure:
      return [
        "เผยแพร่ข้อมูลข่าวสารตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540 และตามรายการการเปิดเผยข้อมูลสาธารณะ (OIT) บนเว็บไซต์ของหน่วยงาน",
        "มอบหมายผู้รับผิดชอบปรับปรุงข้อมูลบนเว็บไซต์ให้ถูกต้องและเป็นปัจจุบันอย่างน้อยเดือนละหนึ่งครั้ง",
        "จัดให้มีศูนย์ข้อมูลข่าวสารที่ประชาชนเข้าถึงได้โดยสะดวก",
        "เปิดเผยแผนงาน งบประมาณ ผลการดำเนินงาน และผลการจัดซื้อจัดจ้างประจำปีงบประมาณ พ.ศ. {fiscalYear}",
        "ตรวจสอบข้อมูลก่อนเผยแพร่ และไม่เปิดเผยข้อมูลส่วนบุคคลเกินความจำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562",
      ]
    case .other:
      return [
        "ผู้บริหาร พนักงาน และลูกจ้างของ{organization} ปฏิบัติหน้าที่ด้วยความซื่อสัตย์สุจริต โปร่งใส และตรวจสอบได้",
        "ให้ทุกส่วนราชการกำหนดแนวทางปฏิบัติตามมาตรการนี้ และรายงานผลต่อผู้บริหาร",
        "ให้เผยแพร่มาตรการนี้ต่อสาธารณะทางเว็บไซต์ของหน่วยงาน",
        "ให้รายงานผลการดำเนินการตามมาตรการนี้ประจำปีงบประมาณ พ.ศ. {fiscalYear}",
      ]
    }
  }
}

/// Where an announcement stands. Signed and published ones are frozen documents.
public enum AnnouncementState: String, CaseIterable, Codable, Sendable {
  case draft
  case signed
  case published
  /// A later version was published in its place (stays readable).
  case superseded
  case withdrawn

  public var thaiName: String {
    switch self {
    case .draft: return "ร่าง"
    case .signed: return "ลงนามแล้ว"
    case .published: return "เผยแพร่แล้ว"
    case .superseded: return "มีฉบับปรับปรุงแทนแล้ว"
    case .withdrawn: return "ยกเลิกแล้ว"
    }
  }
}

/// What can be done to an announcement.
public enum AnnouncementAction: String, Sendable {
  case edit, sign, publish, revise, withdraw, supersede, report
}

/// The state machine: ร่าง → ลงนามแล้ว → เผยแพร่แล้ว (→ ยกเลิก, or replaced by a revision).
public enum AnnouncementWorkflow {
  /// The state after `action`, or the Thai reason it is refused.
  public static func next(_ action: AnnouncementAction, from state: AnnouncementState) -> Result<
    AnnouncementState, AnnouncementRefusal
  > {
    switch (action, state) {
    case (.edit, .draft): return .success(.draft)
    case (.edit, _):
      return .failure(.init("ประกาศที่ลงนามแล้วแก้ไขข้อความไม่ได้ หากต้องการเปลี่ยนแปลง ให้จัดทำฉบับปรับปรุง"))
    case (.sign, .draft): return .success(.signed)
    case (.sign, _): return .failure(.init("ลงนามได้เฉพาะประกาศที่เป็นร่าง"))
    case (.publish, .signed): return .success(.published)
    case (.publish, .draft): return .failure(.init("กรุณาแนบประกาศที่ลงนามแล้วก่อนเผยแพร่"))
    case (.publish, _): return .failure(.init("ประกาศนี้เผยแพร่ไปแล้วหรือถูกยกเลิกแล้ว"))
    case (.revise, .signed), (.revise, .published): return .success(state)
    case (.revise, .draft): return .failure(.init("ประกาศนี้ยังเป็นร่าง แก้ไขข้อความได้โดยตรง"))
    case (.revise, _): return .failure(.init("ประกาศที่ถูกยกเลิกหรือมีฉบับปรับปรุงแทนแล้วจัดทำฉบับปรับปรุงไม่ได้"))
    case (.withdraw, .published): return .success(.withdrawn)
    case (.withdraw, _): return .failure(.init("ยกเลิกได้เฉพาะประกาศที่เผยแพร่แล้ว"))
    case (.supersede, .signed), (.supersede, .published): return .success(.superseded)
    case (.supersede, _): return .failure(.init("ประกาศนี้ไม่อยู่ในสถานะที่ถูกแทนที่ได้"))
    case (.report, .published), (.report, .superseded), (.report, .withdrawn): return .success(state)
    case (.report, _): return .failure(.init("รายงานผลได้เมื่อเผยแพร่ประกาศแล้ว"))
    }
  }

  public static func allows(_ action: AnnouncementAction, in state: AnnouncementState) -> Bool {
    if case .success = next(action, from: state) { return true }
    return false
  }
}

public struct AnnouncementRefusal: Error, Equatable, Sendable {
  public let reason: String
  public init(_ reason: String) { self.reason = reason }
}

/// What fills a template's placeholders.
public struct AnnouncementValues: Sendable {
  public var organization: String
  public var executive: String?
  public var executivePosition: String?
  public var date: Date?
  public var fiscalYear: Int

  public init(organization: String, executive: String?, executivePosition: String?, date: Date?, fiscalYear: Int) {
    self.organization = organization
    self.executive = executive
    self.executivePosition = executivePosition
    self.date = date
    self.fiscalYear = fiscalYear
  }
}

/// The template wording and the pure function that fills it.
public enum AnnouncementTemplate {
  public static let placeholders = ["{organization}", "{executive}", "{executivePosition}", "{date}", "{fiscalYear}"]
  public static let heading = "ประกาศ{organization}"
  public static let dateLine = "ประกาศ ณ วันที่ {date}"
  public static let signature = "({executive})\n{executivePosition}"
  /// Left for a name or a date nobody gave yet (the signer writes it by hand).
  public static let blankName = "........................................"
  public static let blankDate = "........ เดือน .................... พ.ศ. ........"

  /// The body of `kind`'s template: preamble, numbered measures, closing sentence.
  public static func body(of kind: AnnouncementKind) -> String {
    let preamble =
      "ด้วย{organization} มีเจตนารมณ์ในการบริหารงานด้วยความซื่อสัตย์สุจริต โปร่งใส และตรวจสอบได้ "
      + "เพื่อป้องกันการทุจริตและประพฤติมิชอบ ตามยุทธศาสตร์ชาติว่าด้วยการป้องกันและปราบปรามการทุจริต "
      + "และเพื่อรองรับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
      + "(Integrity and Transparency Assessment: ITA) ประจำปีงบประมาณ พ.ศ. {fiscalYear} "
      + "จึงประกาศ\(kind.thaiTitle) ดังนี้"
    let clauses = kind.clauses.enumerated().map { "\($0.offset + 1). \($0.element)" }
    return ([preamble] + clauses + ["จึงประกาศให้ทราบโดยทั่วกัน"]).joined(separator: "\n")
  }

  /// `text` with every placeholder replaced; a missing name or date becomes a dotted line.
  public static func fill(_ text: String, with values: AnnouncementValues) -> String {
    func given(_ value: String?) -> String? {
      let trimmed = (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
      return trimmed.isEmpty ? nil : trimmed
    }
    let replacements = [
      ("{organization}", given(values.organization) ?? blankName),
      ("{executivePosition}", given(values.executivePosition) ?? blankName),
      ("{executive}", given(values.executive) ?? blankName),
      ("{date}", values.date.map { AnnouncementDocument.officialDate($0) } ?? blankDate),
      ("{fiscalYear}", String(values.fiscalYear)),
    ]
    var out = text
    for (placeholder, value) in replacements { out = out.replacingOccurrences(of: placeholder, with: value) }
    return out
  }

  /// A new draft's title and body for `kind`.
  public static func draft(_ kind: AnnouncementKind, values: AnnouncementValues) -> (title: String, body: String) {
    (kind.thaiTitle, fill(body(of: kind), with: values))
  }
}

/// An announcement laid out as the official document (print page, PDF).
public struct AnnouncementDocument: Equatable, Sendable {
  public let heading: String
  public let subject: String
  public let paragraphs: [String]
  public let dateLine: String
  public let signatureLines: [String]

  public init(title: String, body: String, values: AnnouncementValues, thaiDigits: Bool = true) {
    func d(_ text: String) -> String { thaiDigits ? ThaiDigits.convert(text) : text }
    heading = d(AnnouncementTemplate.fill(AnnouncementTemplate.heading, with: values))
    subject = d("เรื่อง " + AnnouncementTemplate.fill(title, with: values))
    paragraphs = AnnouncementTemplate.fill(body, with: values)
      .split(separator: "\n", omittingEmptySubsequences: true)
      .map { d($0.trimmingCharacters(in: .whitespaces)) }.filter { !$0.isEmpty }
    dateLine = d(AnnouncementTemplate.fill(AnnouncementTemplate.dateLine, with: values))
    signatureLines = AnnouncementTemplate.fill(AnnouncementTemplate.signature, with: values)
      .split(separator: "\n").map { d(String($0)) }
  }

  /// "24 เมษายน พ.ศ. 2566" (the print converts it to Thai digits).
  public static func officialDate(_ date: Date) -> String {
    let (year, month, day) = ThaiCalendar.components(of: date)
    return "\(day) \(ThaiCalendar.monthNames[month - 1]) พ.ศ. \(year)"
  }
}

/// What a person types about an announcement, checked with Thai messages per field.
public enum AnnouncementRules {
  public static let maxTitle = 300
  public static let maxBody = 20_000
  public static let maxSigner = 200
  public static let maxReason = 1_000
  public static let maxReport = 10_000
  public static let earliestYear = 2500
  public static let dateMessage = "กรุณากรอกวันที่เป็น วัน/เดือน/ปี พ.ศ. เช่น 24/4/2566"

  public struct Text: Equatable, Sendable {
    public let title: String
    public let body: String
    public let signerName: String?
    public let signerPosition: String?
  }

  public static func validateText(title: String, body: String, signerName: String, signerPosition: String) -> Result<
    Text, FieldErrors
  > {
    var errors = FieldErrors()
    let title = title.trimmingCharacters(in: .whitespacesAndNewlines)
    let body = body.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    let name = signerName.trimmingCharacters(in: .whitespacesAndNewlines)
    let position = signerPosition.trimmingCharacters(in: .whitespacesAndNewlines)
    if title.isEmpty { errors["title"] = "กรุณากรอกชื่อเรื่องของประกาศ" }
    if title.count > maxTitle { errors["title"] = "ชื่อเรื่องยาวเกิน \(maxTitle) ตัวอักษร" }
    if body.isEmpty { errors["body"] = "กรุณากรอกข้อความของประกาศ" }
    if body.count > maxBody { errors["body"] = "ข้อความของประกาศยาวเกิน 20,000 ตัวอักษร" }
    if name.count > maxSigner { errors["signerName"] = "ชื่อผู้ลงนามยาวเกิน \(maxSigner) ตัวอักษร" }
    if position.count > maxSigner { errors["signerPosition"] = "ตำแหน่งผู้ลงนามยาวเกิน \(maxSigner) ตัวอักษร" }
    guard errors.isEmpty else { return .failure(errors) }
    return .success(
      Text(
        title: title, body: body, signerName: name.isEmpty ? nil : name,
        signerPosition: position.isEmpty ? nil : position
      ))
  }

  /// A typed date (Thai BE `dd/mm/yyyy` or ISO), not before พ.ศ. 2500 and not after `now`.
  public static func date(_ raw: String, now: Date, label: String) -> Result<Date, AnnouncementRefusal> {
    let text = raw.trimmingCharacters(in: .whitespaces)
    if text.isEmpty { return .failure(.init("กรุณากรอก\(label)")) }
    guard text.count <= 20, let date = ThaiCalendar.parse(text) else { return .failure(.init(dateMessage)) }
    if ThaiCalendar.components(of: date).year < earliestYear {
      return .failure(.init("\(label)ต้องไม่ก่อนปี พ.ศ. \(earliestYear)"))
    }
    // `date` is midnight of the day typed: a later day than today is in the future.
    if date > now { return .failure(.init("\(label)ต้องไม่เป็นวันในอนาคต")) }
    return .success(date)
  }

  /// The signing date (form field `signedOn`).
  public static func signing(_ raw: String, now: Date) -> Result<Date, FieldErrors> {
    switch date(raw, now: now, label: "วันที่ลงนาม") {
    case .success(let date): return .success(date)
    case .failure(let refusal):
      var errors = FieldErrors()
      errors["signedOn"] = refusal.reason
      return .failure(errors)
    }
  }

  /// The publication date (form field `publishedOn`): not before the signing.
  public static func publishing(_ raw: String, signedOn: Date?, now: Date) -> Result<Date, FieldErrors> {
    var errors = FieldErrors()
    switch date(raw, now: now, label: "วันที่เผยแพร่") {
    case .success(let date):
      if let signedOn, date < signedOn {
        errors["publishedOn"] = "วันที่เผยแพร่ต้องไม่ก่อนวันที่ลงนาม"
        return .failure(errors)
      }
      return .success(date)
    case .failure(let refusal):
      errors["publishedOn"] = refusal.reason
      return .failure(errors)
    }
  }

  /// The reason for a withdrawal (form field `reason`).
  public static func withdrawal(_ raw: String) -> Result<String, FieldErrors> {
    var errors = FieldErrors()
    let reason = raw.trimmingCharacters(in: .whitespacesAndNewlines)
    if reason.isEmpty { errors["reason"] = "กรุณาระบุเหตุผลที่ยกเลิกประกาศ" }
    if reason.count > maxReason { errors["reason"] = "เหตุผลยาวเกิน 1,000 ตัวอักษร" }
    return errors.isEmpty ? .success(reason) : .failure(errors)
  }

  /// The yearly report of what was done under a measure (form field `text`; empty allowed).
  public static func report(_ raw: String) -> Result<String, FieldErrors> {
    let text = raw.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    guard text.count <= maxReport else {
      var errors = FieldErrors()
      errors["text"] = "รายงานผลยาวเกิน 10,000 ตัวอักษร"
      return .failure(errors)
    }
    return .success(text)
  }
}
