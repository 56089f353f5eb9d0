import Domain
import Foundation

struct ReportPrintModel {
  struct Row {
    let number: String
    let name: String
    let dimension: String
    let budget: String
    let disbursed: String
    /// 0 รอรายงาน, 1 อยู่ระหว่างดำเนินการ, 2 ดำเนินการแล้วเสร็จ, 3 ไม่สามารถดำเนินการได้
    let column: Int
    let note: String
  }

  let title: String
  let path: String
  let thaiDigits: Bool
  let rows: [Row]
  let totalBudget: String
  let totalDisbursed: String
  let problems: [String]
  let summaryLines: [String]
  let asOf: String
  let reporter: String
  let legend: [String]
  /// For the PDF: the stylesheet inlined and no toolbar.
  var inlineStyle: String? = nil
  /// A filed copy's own address (its toolbar links there, not to the report as it stands).
  var copyPath: String? = nil

  /// `copy`: one filed copy (number, content) to print instead of the report as it stands.
  init(context: ReportContext, rows: [ReportRow], thaiDigits: Bool, copy: (Int, FiledReport)? = nil) {
    func d(_ text: String) -> String { thaiDigits ? ThaiDigits.convert(text) : text }
    self.thaiDigits = thaiDigits
    title = d(context.title + (copy.map { " (สำเนาที่ส่งครั้งที่ \($0.0))" } ?? ""))
    path = Paths.report(context.code, context.year, context.kind.rawValue)
    self.rows = rows.map { row in
      let values = row.values
      let column = values.progress.map { [.inProgress: 1, .completed: 2, .cannot: 3][$0] ?? 0 } ?? 0
      let ordinance = values.inOrdinance.map { "บรรจุในข้อบัญญัติ: \(OrdinanceAnswer.text($0))" } ?? ""
      let note = [values.reasonLabel, values.note, ordinance].filter { !$0.isEmpty }.joined(separator: " — ")
      return Row(
        number: d(String(row.number)), name: row.name, dimension: d(String(row.dimension)),
        budget: d(values.budget.formatted), disbursed: d(values.disbursed.formatted), column: column, note: d(note))
    }
    let summary = ReportSummary(lines: rows.map(\.values.line))
    let filed = copy?.1 ?? (context.report?.status == .submitted ? context.report?.filedCopy : nil)
    let (level, levelRule) = filed.map { ($0.totals.level, $0.totals.levelRule) } ?? context.level(summary)
    totalBudget = d(summary.budget.formatted)
    totalDisbursed = d(summary.disbursed.formatted)
    let report = context.report
    problems = [filed?.problems ?? report?.problems ?? "", filed?.suggestions ?? report?.suggestions ?? ""]
      .filter { !$0.isEmpty }.map(d)
    summaryLines = [
      "จำนวนโครงการ/กิจกรรม/มาตรการ ทั้งหมด \(summary.projects) โครงการ",
      "รอรายงาน \(summary.pending) โครงการ",
      "อยู่ระหว่างดำเนินการ \(summary.inProgress) โครงการ",
      "ดำเนินการแล้วเสร็จ \(summary.completed) โครงการ",
      "ไม่สามารถดำเนินการได้ \(summary.cannot) โครงการ",
      "เบิกจ่ายงบประมาณ \(summary.disbursed.formatted) บาท คิดเป็นร้อยละ \(summary.disbursementPercent?.description ?? "—")",
      "มีการนำแผนฯ ไปปฏิบัติ ระดับ (\(level?.rawValue ?? "—")) ร้อยละ \(summary.implementationPercent?.description ?? "—")"
        + " (\(levelRule))",
    ].map(d)
    let dataDate = filed?.dataDate ?? (report?.status == .submitted ? report?.submittedAt : nil) ?? Date()
    asOf = "** ข้อมูล ณ วันที่ \(ThaiCalendar.longDate(dataDate, thaiDigits: thaiDigits))"
    reporter = [
      filed?.reporterName ?? report?.reporterName ?? "", filed?.reporterPosition ?? report?.reporterPosition ?? "",
    ]
    .filter { !$0.isEmpty }.joined(separator: " ")
    legend = context.outline.dimensions.map { d("มิติที่ \($0.number) \($0.name)") }
  }
}

/// The official round report (domain §7): A4 landscape, four tick columns for the status,
/// problems, the plan summary, the data date, the reporter and the dimension legend.
struct ReportPrintPage {
  let model: ReportPrintModel
  static let statusColumns = ["รอรายงาน", "อยู่ระหว่างดำเนินการ", "ดำเนินการแล้วเสร็จ", "ไม่สามารถดำเนินการได้"]

  var html: HTML {
    let head = HTML.Head(
      title: model.title, stylesheets: model.inlineStyle == nil ? ["/static/print.css"] : [],
      inlineStyle: model.inlineStyle, scripts: model.inlineStyle == nil ? ["/static/app.js"] : [])
    return HTML(head: head) {
      if model.inlineStyle == nil { toolbar }
      Div {
        H1(model.title).class("report-title")
        table
        H2("ปัญหา อุปสรรค และข้อเสนอแนะ")
        if model.problems.isEmpty { Paragraph("—") }
        for text in model.problems { Paragraph(text).class("lines") }
        H2("สรุปผลการขับเคลื่อนแผนฯ")
        List(model.summaryLines).class("summary-lines")
        Paragraph(model.asOf).class("as-of")
        if !model.reporter.isEmpty { Paragraph("ผู้รายงาน \(model.reporter)").class("reporter") }
        Div {
          Paragraph("หมายเหตุ มิติ").class("legend-title")
          List(model.legend)
        }.class("legend")
      }.class("official-report")
    }
  }

  private var toolbar: Component {
    Div {
      Button("พิมพ์").attribute(named: "type", value: "button").class("button primary").attribute(
        named: "data-print", value: "1")
      Link(
        model.thaiDigits ? "ใช้เลขอารบิก" : "ใช้เลขไทย",
        url: (model.copyPath ?? model.path + "/print") + (model.thaiDigits ? "" : "?digits=thai"))
      if model.copyPath == nil {
        Link("ดาวน์โหลด PDF", url: model.path + "/report.pdf" + (model.thaiDigits ? "?digits=thai" : ""))
      }
      Link("กลับไปที่รายงาน", url: model.path)
    }.class("toolbar")
  }

  private var table: Component {
    El("table") {
      El("colgroup") {
        for name in ["no", "name", "dim", "money", "money", "tick", "tick", "tick", "tick", "note"] {
          El("col").class(name)
        }
      }
      El("thead") {
        El("tr") {
          for heading in ["ลำดับ", "รายการโครงการ", "มิติ", "งบประมาณ (บาท)", "เบิกจ่าย (บาท)"] {
            El("th") { Text(heading) }.attribute(named: "rowspan", value: "2")
          }
          El("th") { Text("สถานะ") }.attribute(named: "colspan", value: "4")
          El("th") { Text("หมายเหตุ") }.attribute(named: "rowspan", value: "2")
        }
        El("tr") { for heading in Self.statusColumns { El("th") { Text(heading) }.class("tick") } }
      }
      El("tbody") {
        for row in model.rows {
          El("tr") {
            El("td") { Text(row.number) }.class("center")
            El("td") { Text(row.name) }
            El("td") { Text(row.dimension) }.class("center")
            El("td") { Text(row.budget) }.class("number")
            El("td") { Text(row.disbursed) }.class("number")
            for column in 0..<4 { El("td") { Text(row.column == column ? "✓" : "") }.class("tick") }
            El("td") { Text(row.note) }.class("lines")
          }
        }
        El("tr") {
          El("td") { Text("รวม") }.attribute(named: "colspan", value: "3").class("center")
          El("td") { Text(model.totalBudget) }.class("number")
          El("td") { Text(model.totalDisbursed) }.class("number")
          El("td").attribute(named: "colspan", value: "5")
        }.class("subtotal total")
      }
    }.class("report-print")
  }
}
