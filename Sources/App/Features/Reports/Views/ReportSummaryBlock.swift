import Domain

/// The round summary of domain §6: every figure with its formula below it (and on hover).
struct ReportSummaryBlock: Component {
  let summary: ReportSummary
  let level: ImplementationLevel?
  /// The thresholds the level was judged by, written beside it.
  let levelRule: String

  var body: Component {
    let percent = summary.disbursementPercent.map { "ร้อยละ \($0)" } ?? "—"
    let implementation = summary.implementationPercent.map { "ร้อยละ \($0)" } ?? "—"
    return Div {
      H2("สรุปผลการขับเคลื่อนแผนฯ")
      El("dl") {
        Figure("จำนวนโครงการที่นับ", "\(summary.projects) โครงการ", "โครงการที่ยังอยู่ในแผน สอดคล้องกับมิติ และอยู่ในปีงบประมาณนี้")
        Figure("รอรายงาน", "\(summary.pending)", "โครงการที่ยังไม่ได้เลือกสถานะ")
        Figure(ProjectProgress.inProgress.rawValue, "\(summary.inProgress)", nil)
        Figure(ProjectProgress.completed.rawValue, "\(summary.completed)", nil)
        Figure(ProjectProgress.cannot.rawValue, "\(summary.cannot)", nil)
        Figure("งบประมาณรวม", "\(summary.budget.formatted) บาท", "ผลรวมงบประมาณตามข้อบัญญัติ/เทศบัญญัติของโครงการที่นับ")
        Figure("เบิกจ่ายรวม", "\(summary.disbursed.formatted) บาท", nil)
        Figure(
          "ร้อยละการเบิกจ่าย", percent,
          ReportSummary.disbursementFormula
            + (summary.disbursementPercent == nil ? " — งบประมาณรวมเป็น 0 จึงคำนวณไม่ได้" : ""))
        Figure(
          "การนำแผนไปปฏิบัติ", implementation + (level.map { " ระดับ (\($0.rawValue))" } ?? ""),
          ReportSummary.implementationFormula + " · " + levelRule)
      }.class("summary-figures")
    }.class("report-summary").id("summary")
  }
}
