import Domain

struct PlanImportModel {
  let code: String
  let periodCode: String
  let organizationName: String
  let years: [Int]
  let problems: [String]
  let fileName: String?

  init(context: PlanContext, problems: [String], fileName: String?) {
    code = context.code
    periodCode = context.period.code
    organizationName = context.record.organization.fullName
    years = context.years
    self.problems = problems
    self.fileName = fileName
  }
}

/// Upload a CSV/XLSX plan. One bad row rejects the whole file, with every problem listed.
struct PlanImportPage {
  let shell: PageShell
  let model: PlanImportModel

  var html: HTML {
    let header = PlanImport.header(years: model.years).joined(separator: ",")
    return Layout.page(shell) {
      Paragraph { Link("แผน \(model.organizationName)", url: Paths.plan(model.code, model.periodCode)) }.class(
        "breadcrumbs")
      H1("นำเข้าแผนจากไฟล์ CSV หรือ Excel (.xlsx)")
      ImportProblemsBox(problems: model.problems, fileName: model.fileName)
      Paragraph("แถวแรกเป็นหัวตาราง คอลัมน์ที่ต้องมี: no (ลำดับ), name (ชื่อโครงการ), dimension (มิติ 1–4) คอลัมน์อื่นมีหรือไม่มีก็ได้")
      El("pre") { Text(header) }.class("columns-sample")
      List([
        "type: โครงการ กิจกรรม มาตรการ หรือ แนวปฏิบัติงาน (ว่าง = โครงการ)",
        "sub_mission: เลขภารกิจ เช่น 1.2 (ว่างได้)",
        "budget_<ปี พ.ศ.>: งบประมาณแต่ละปี ว่างหรือ 0 = ไม่ใช้งบประมาณ",
        "objectives, method: ข้อละบรรทัดในช่องเดียวกัน",
        "หัวตารางภาษาไทยใช้ได้ เช่น ลำดับ, ชื่อโครงการ, ประเภท, มิติ, ภารกิจ, งบประมาณ 2567",
      ])
      Paragraph(
        "ลำดับที่ตรงกับโครงการเดิมจะปรับปรุงโครงการนั้น ลำดับใหม่จะเพิ่มโครงการ และโครงการที่ไม่มีในไฟล์จะถูกลบ (เก็บประวัติไว้) ดาวน์โหลดแผนปัจจุบันเป็น Excel แก้ไข แล้วนำเข้ากลับได้"
      )
      .class("notice")
      Form(url: Paths.planAction(model.code, model.periodCode, "import"), method: .post, contentType: .multipartData) {
        CSRFField(token: shell.csrfToken)
        Div {
          Label("ไฟล์ .csv หรือ .xlsx (ไม่เกิน 10 MB)") {}.attribute(named: "for", value: "file")
          Input(type: .file, name: "file").id("file").attribute(named: "accept", value: ".csv,.xlsx,text/csv")
        }.class("field")
        Button("นำเข้า").attribute(named: "type", value: "submit").class("button primary")
          .attribute(named: "data-confirm", value: "นำเข้าไฟล์นี้แทนรายการโครงการปัจจุบัน?")
      }.class("stacked")
    }
  }
}
