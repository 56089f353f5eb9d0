/// A programme year as data: its activities with each office's allocation in baht.
public struct PaccProgrammeDefinition: Sendable {
  public struct Activity: Sendable {
    public let number: Int
    public let name: String
    public let description: String
    /// Office number → baht.
    public let allocations: [Int: Int]
  }

  public let fiscalYear: Int
  public let name: String
  public let budgetBaht: Int
  public let targets: PaccTargets
  public let activities: [Activity]
}

extension PaccProgrammeDefinition {
  private static func each(_ offices: ClosedRange<Int>, _ baht: Int) -> [Int: Int] {
    Dictionary(uniqueKeysWithValues: offices.map { ($0, baht) })
  }

  /// Seed 003 (FY 2567). The document allocates 1,710,000 of its 1,933,300 baht by office;
  /// activities 1, 6 and 7 have no stated allocation and ship without one.
  public static let fy2567 = PaccProgrammeDefinition(
    fiscalYear: 2567, name: "โครงการขับเคลื่อนระบบเฝ้าระวังการทุจริตเชิงรุกในหน่วยงานภาครัฐ", budgetBaht: 1_933_300,
    targets: .seed2567,
    activities: [
      Activity(
        number: 1, name: "การประชุมเชิงปฏิบัติการ เพื่อพัฒนาประสิทธิภาพการดำเนินโครงการฯ",
        description: "กปก. จัดประชุมเชิงปฏิบัติการผ่านระบบอิเล็กทรอนิกส์ทางไกลกับเจ้าหน้าที่ศูนย์ปฏิบัติการฯ ปปท. เขต 1–9 และ กปก.",
        allocations: [:]),
      Activity(
        number: 2,
        name: "การประชุมเชิงปฏิบัติการจังหวัดขยายผลในการเฝ้าระวังป้องกันการทุจริตเชิงรุก เพื่อส่งเสริมธรรมาภิบาลในหน่วยงานภาครัฐ",
        description: "จัดประชุมเชิงปฏิบัติการจังหวัดขยายผลในพื้นที่รับผิดชอบของ ปปท. เขต 1–9 และ กปก.",
        allocations: each(0...9, 30_000)),
      Activity(
        number: 3,
        name: "การลงพื้นที่เฝ้าระวังป้องกันการทุจริตในหน่วยงานภาครัฐ และขับเคลื่อนคลินิกส่งเสริมธรรมาภิบาลต่อต้านการทุจริต",
        description: "ลงพื้นที่เฝ้าระวังป้องกันการทุจริต และคลินิกเคลื่อนที่ให้คำปรึกษา ประชาสัมพันธ์",
        allocations: each(1...3, 70_000).merging(each(5...9, 70_000)) { a, _ in a }.merging([4: 85_000, 0: 50_000]) {
          a, _ in a
        }),
      Activity(
        number: 4, name: "การปลูกจิตสำนึกเจ้าหน้าที่รัฐตามหลักธรรมาภิบาลภายใต้หลักสูตรเสริมสร้างธรรมาภิบาลต่อต้านการทุจริต",
        description: "อบรมเจ้าหน้าที่ของรัฐ เขตละไม่น้อยกว่า 60 คน",
        allocations: each(1...8, 75_000).merging([0: 55_000]) { a, _ in a }),
      Activity(
        number: 5,
        name: "การเสริมสร้างความรู้ ความเข้าใจให้กับภาคเอกชนหรือนิติบุคคล และภาคส่วนอื่น ๆ ภายใต้หลักสูตรบรรษัทภิบาลต่อต้านการทุจริต",
        description: "อบรมภาคเอกชน นิติบุคคล และผู้ยื่นข้อเสนอในการจัดซื้อจัดจ้าง เขตละไม่น้อยกว่า 30 คน",
        allocations: [7: 30_000, 8: 30_000]),
      Activity(
        number: 6, name: "การจัดทำเอกสารเผยแพร่ ประชาสัมพันธ์สำหรับการเฝ้าระวังป้องกันการทุจริตในหน่วยงานภาครัฐ",
        description: "กองป้องกันการทุจริตในภาครัฐจัดทำเอกสารเผยแพร่ ประชาสัมพันธ์", allocations: [:]),
      Activity(
        number: 7,
        name: "การส่งเสริมองค์ความรู้ในการประเมิน ITA และขับเคลื่อนนโยบาย No Gift Policy ให้แก่ส่วนราชการระดับกรมหรือเทียบเท่า",
        description: "กองป้องกันการทุจริตในภาครัฐส่งเสริมและติดตามส่วนราชการระดับกรมหรือเทียบเท่า 159 หน่วยงาน",
        allocations: [:]),
    ])
}
