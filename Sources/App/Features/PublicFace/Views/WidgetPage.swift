import Domain

struct WidgetModel {
  let code: String
  let name: String
  let record: PublicRecord
  /// Absolute: the widget is shown inside another site.
  let pageURL: String
}

/// The page an LAO frames on its own website: its latest confirmed report figures and ITA
/// level, linking back to its public page. No scripts, no forms, no cookies.
struct WidgetPage {
  let model: WidgetModel

  var html: HTML {
    let latest = model.record.latest
    let head = HTML.Head(title: "\(model.name) — ระบบสุจริต", stylesheets: ["/static/widget.css"])
    return HTML(head: head) {
      Div {
        H1(model.name)
        El("dl") {
          El("dt") { Text("รายงานผลล่าสุด") }
          El("dd") { Text(latest.map { "ปีงบประมาณ \($0.fiscalYear) \($0.kind.thaiName)" } ?? "ยังไม่มีรายงานที่ยืนยันแล้ว") }
          if let latest {
            El("dt") { Text("การนำแผนไปปฏิบัติ") }
            El("dd") {
              Text(
                (latest.implementation.map { "ร้อยละ \($0)" } ?? "—") + (latest.level.map { " (\($0.rawValue))" } ?? ""))
            }
            El("dt") { Text("การเบิกจ่าย") }
            El("dd") { Text(latest.disbursement.map { "ร้อยละ \($0)" } ?? "—") }
          }
          El("dt") { Text("ITA") }
          El("dd") {
            Text(
              model.record.ita.first.map { ita in
                "ปี \(ita.year): " + (ita.total.map { ItaScore.text($0) } ?? "—")
                  + (ita.level.map { " ระดับ \($0)" } ?? "")
              } ?? "ยังไม่มีผลการประเมิน")
          }
        }
        Paragraph {
          Link("ดูแผน รายงาน และผลการประเมินทั้งหมด", url: model.pageURL)
            .attribute(named: "target", value: "_blank").attribute(named: "rel", value: "noopener")
        }
        Paragraph("ข้อมูลจากระบบสุจริต").class("brand")
      }.class("widget").attribute(named: "lang", value: "th")
    }
  }
}
