/// Why an uploaded file was not imported: every problem (up to a limit), nothing saved.
struct ImportProblemsBox: Component {
  let problems: [String]
  let fileName: String?
  static let shown = 200

  var body: Component {
    guard !problems.isEmpty else { return EmptyComponent() }
    return Div {
      Paragraph(
        "ไม่ได้นำเข้าไฟล์ \(fileName ?? "") เพราะพบปัญหา \(problems.count) รายการ (ยังไม่มีการบันทึกใด ๆ) กรุณาแก้ไขไฟล์แล้วนำเข้าใหม่"
      ).class("title")
      List(problems.prefix(Self.shown).map { $0 })
      if problems.count > Self.shown { Paragraph("และอีก \(problems.count - Self.shown) รายการ") }
    }.class("error-summary").attribute(named: "role", value: "alert")
  }
}
