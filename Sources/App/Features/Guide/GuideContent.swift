import Domain
import Foundation

/// The whole user guide as data. Each role's text lives in its own file
/// (`GuideContentOfficer.swift`, …); this file puts them in order and answers questions about
/// them (a section by anchor, every screenshot, the placeholders of the demo dataset).
///
/// Extension point: a section for a new screen (the plan book, the risk register, circulars…)
/// is one more `GuideSection` value appended to a role's `sections` list (or to `extra` below
/// for a section every role should read); give it a `shot` naming a demo account, the page
/// and the element the text refers to, run `e2e/guide.sh` to save its screenshot, and map the
/// screen's route in `GuideHelpMap.entries`. Nothing else has to change.
enum GuideContent {
  /// Every role's guide, in the order of the index page.
  static let books: [GuideBook] = [
    GuideContentOfficer.book, GuideContentExecutive.book, GuideContentMonitor.book,
    GuideContentComplaints.book, GuideContentAdmin.book, GuideContentPacc.book,
  ]

  static func book(_ audience: GuideAudience) -> GuideBook? { books.first { $0.audience == audience } }

  /// The book whose address is `/guide/<raw>`.
  static func book(named raw: String) -> GuideBook? { GuideAudience(rawValue: raw).flatMap(book) }

  /// The book holding the section with this anchor, and the section.
  static func section(_ id: String) -> (book: GuideBook, section: GuideSection)? {
    for book in books {
      if let section = book.sections.first(where: { $0.id == id }) { return (book, section) }
    }
    return nil
  }

  /// Every screenshot the guide shows, in reading order (one per section at most).
  static var shots: [GuideShot] { books.flatMap { $0.sections.compactMap(\.shot) } }

  /// What the demo dataset holds today: `sujarit demo` opens the next round due
  /// (`RoundRequest.next`) and loads ITA results for the fiscal year before it.
  static func placeholders(now: Date = Date()) -> GuidePlaceholders {
    let next = RoundRequest.next(after: now)
    return GuidePlaceholders(
      year: next.fiscalYear, round: next.kind.rawValue, itaYear: next.fiscalYear - 1, period: "2566-2570")
  }

  /// NACC's own documents and channels, named as pointers (text only, no addresses).
  static let naccPointers: [String] = [
    "คู่มือการจัดทำแผนปฏิบัติการป้องกันการทุจริตขององค์กรปกครองส่วนท้องถิ่น ของสำนักงาน ป.ป.ช. — อธิบายมิติ ภารกิจ และวิธีเขียนโครงการในแผน",
    "คู่มือการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ของปีงบประมาณนั้น — บอกข้อ OIT และหลักฐานที่ต้องเผยแพร่ (ข้อและถ้อยคำเปลี่ยนทุกปี ให้ใช้คู่มือของปีที่ประเมิน)",
    "ช่องทางให้คำปรึกษาของสำนักงาน ป.ป.ช. เรื่องการประเมิน ITA และการจัดทำแผน — สอบถามผ่านสำนักงาน ป.ป.ช. ประจำจังหวัดของท่าน",
    "สายด่วน ป.ป.ช. 1205 — สำหรับแจ้งเบาะแสหรือสอบถามเรื่องการทุจริต (ไม่ใช่การใช้งานระบบ)",
  ]
}
