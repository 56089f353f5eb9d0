import Domain

struct ReportImportModel {
  let path: String
  let title: String
  var problems: [String] = []
  var fileName: String? = nil

  init(context: ReportContext, problems: [String] = [], fileName: String? = nil) {
    path = Paths.report(context.code, context.year, context.kind.rawValue)
    title = context.title
    self.problems = problems
    self.fileName = fileName
  }
}

/// Upload a round's entries as CSV/XLSX. One bad row rejects the whole file.
struct ReportImportPage {
  let shell: PageShell
  let model: ReportImportModel

  var html: HTML {
    Layout.page(shell) {
      Paragraph { Link(model.title, url: model.path) }.class("breadcrumbs")
      H1("นำเข้าผลการดำเนินงานจากไฟล์ CSV หรือ Excel (.xlsx)")
      ImportProblemsBox(problems: model.problems, fileName: model.fileName)
      Paragraph("แถวแรกเป็นหัวตาราง คอลัมน์ที่ต้องมี: no (ลำดับโครงการในแผน) และ status (สถานะ)")
      El("pre") { Text(ReportImport.header.joined(separator: ",")) }.class("columns-sample")
      List([
        "status: อยู่ระหว่างดำเนินการ, ดำเนินการแล้วเสร็จ หรือ ไม่สามารถดำเนินการได้ — เว้นว่าง = รอรายงาน",
        "budget, disbursed: จำนวนเงิน (บาท) เช่น 15000 หรือ 15,000.50 — budget ว่าง = งบประมาณตามแผน",
        "reason: เมื่อไม่สามารถดำเนินการได้ — ไม่ได้รับงบประมาณ, นโยบายผู้บริหารเปลี่ยนแปลง, บุคลากรไม่เพียงพอ หรือ อื่นๆ: (ระบุ)",
        "name: ชื่อโครงการ (ช่วยให้อ่านง่าย ระบบไม่ได้ใช้)",
        "โครงการที่ไม่มีในไฟล์คงค่าเดิมไว้ ดาวน์โหลดเป็น Excel กรอก แล้วนำเข้ากลับได้",
      ])
      Form(url: model.path + "/import", method: .post, contentType: .multipartData) {
        CSRFField(token: shell.csrfToken)
        Div {
          Label("ไฟล์ .csv หรือ .xlsx (ไม่เกิน 10 MB)") {}.attribute(named: "for", value: "file")
          Input(type: .file, name: "file").id("file").attribute(named: "accept", value: ".csv,.xlsx,text/csv")
        }.class("field")
        Button("นำเข้า").attribute(named: "type", value: "submit").class("button primary")
      }.class("stacked")
    }
  }
}
