import Domain
import Foundation

/// The organization page's public record: the current plan at a glance, the latest confirmed
/// report's figures, the trend and filing history over past rounds, ITA, announcements and
/// complaint counts — each linking to its full page.
struct PublicRecordSection: Component {
  let code: String
  let record: PublicRecord

  var body: Component {
    Div {
      planPart
      latestPart
      historyPart
      othersPart
    }.class("public-record")
  }

  private var planPart: Component {
    guard let plan = record.plan else {
      return Div {
        H2("แผนปฏิบัติการป้องกันการทุจริต")
        Paragraph("ยังไม่มีแผนที่ผู้บริหารอนุมัติสำหรับปีงบประมาณ \(record.fiscalYear)").class("notice")
      }
    }
    return Div {
      H2("แผนปฏิบัติการป้องกันการทุจริต ช่วงปี \(plan.period)")
      El("dl") {
        Figure("โครงการ", "\(plan.projects.formatted) โครงการ", "กิจกรรม มาตรการ และแนวปฏิบัติรวมอยู่ด้วย")
        Figure("งบประมาณตลอดแผน", "\(plan.budget.formatted) บาท", "ตามแผนฉบับที่อนุมัติ")
        Figure(
          "ฉบับที่อนุมัติ", plan.version > 0 ? "ฉบับที่ \(plan.version)" : "อนุมัติแล้ว",
          plan.approvedAt.map { "อนุมัติเมื่อ \(ThaiCalendar.longDate($0))" } ?? "")
      }.class("summary-figures")
      Table(
        header: TableRow {
          TableHeaderCell("มิติ").attribute(named: "scope", value: "col")
          TableHeaderCell("โครงการ").attribute(named: "scope", value: "col")
          TableHeaderCell("งบประมาณ (บาท)").attribute(named: "scope", value: "col")
        },
        rows: {
          for line in plan.byDimension {
            TableRow {
              TableHeaderCell("มิติที่ \(line.dimension) \(line.name)").attribute(named: "scope", value: "row")
              TableCell(line.projects.formatted).class("number")
              TableCell(line.budget.formatted).class("number")
            }
          }
        }
      ).class("data compact")
      Paragraph { Link("อ่านแผนฉบับเต็ม", url: Paths.plan(code, plan.period)) }
    }
  }

  private var latestPart: Component {
    guard let latest = record.latest else {
      return Div {
        H2("ผลการดำเนินงาน")
        Paragraph("ยังไม่มีรายงานผลที่ผู้บริหารยืนยันแล้ว").class("notice")
      }
    }
    return Div {
      H2("ผลการดำเนินงานล่าสุด: ปีงบประมาณ \(latest.fiscalYear) \(latest.kind.thaiName)")
      El("dl") {
        Figure(
          "การนำแผนไปปฏิบัติ",
          (latest.implementation.map { "ร้อยละ \($0)" } ?? "—") + (latest.level.map { " (ระดับ\($0.rawValue))" } ?? ""),
          ReportSummary.implementationFormula)
        Figure("การเบิกจ่าย", latest.disbursement.map { "ร้อยละ \($0)" } ?? "—", ReportSummary.disbursementFormula)
        Figure(
          "สถานะโครงการ", "\(latest.projects.formatted) โครงการ",
          "แล้วเสร็จ \(latest.completed) · ระหว่างดำเนินการ \(latest.inProgress) · ยังไม่ดำเนินการ \(latest.pending) · ดำเนินการไม่ได้ \(latest.cannot)"
        )
        Figure("การส่ง", latest.standing.thaiName, "กำหนดส่ง \(ThaiCalendar.longDate(latest.dueDate))")
      }.class("summary-figures")
      Paragraph { Link("อ่านรายงานฉบับเต็ม", url: Paths.report(code, latest.fiscalYear, latest.kind.rawValue)) }
    }
  }

  private var historyPart: Component {
    guard !record.rounds.isEmpty else { return EmptyComponent() }
    let filed = record.rounds.filter { $0.implementation != nil || $0.standing != .open }
    return Div {
      H2("ประวัติการรายงานผล")
      if filed.contains(where: { $0.implementation != nil }) {
        Div {
          TrendChart.svg(
            filed.suffix(10).map { .init(label: $0.label, rate: $0.disbursement, implementation: $0.implementation) },
            barLegend: "การเบิกจ่าย")
        }.class("chart")
      }
      Table(
        header: TableRow {
          for heading in ["รอบ", "กำหนดส่ง", "การส่ง", "การนำแผนไปปฏิบัติ (%)", "การเบิกจ่าย (%)"] {
            TableHeaderCell(heading).attribute(named: "scope", value: "col")
          }
        },
        rows: {
          for line in record.rounds.reversed() {
            TableRow {
              TableHeaderCell(line.label).attribute(named: "scope", value: "row")
              TableCell(ThaiCalendar.shortDate(line.dueDate))
              TableCell(line.standing.thaiName).class("standing-\(line.standing)")
              TableCell(line.implementation?.description ?? "—").class("number")
              TableCell(line.disbursement?.description ?? "—").class("number")
            }
          }
        }
      ).class("data compact")
      Paragraph(
        "ส่งตรงเวลา \(record.rounds.filter { $0.standing == .onTime }.count) รอบ · ส่งล่าช้า \(record.rounds.filter { $0.standing == .late }.count) รอบ · ไม่ได้ส่ง \(record.rounds.filter { $0.standing == .missing }.count) รอบ"
      ).class("hint")
    }
  }

  private var othersPart: Component {
    Div {
      H2("คุณธรรมและความโปร่งใส")
      if let ita = record.ita.first {
        Paragraph {
          Text("ผลการประเมิน ITA ปี \(ita.year): ")
          El("strong") {
            Text(ita.total.map { ItaScore.text($0) + " คะแนน" } ?? "—")
            Text(ita.level.map { " ระดับ \($0)" } ?? "")
          }
          Text(" · ")
          Link("ผล ITA ทุกปี", url: Paths.organizationIta(code))
        }
      } else {
        Paragraph {
          Text("ยังไม่มีผลการประเมิน ITA · "); Link("หน้าผล ITA", url: Paths.organizationIta(code))
        }
      }
      Paragraph {
        Link("การเปิดเผยข้อมูลสาธารณะ (OIT)", url: Paths.oitLatest(code))
        Text(" · ")
        Link(
          "ประกาศมาตรการส่งเสริมคุณธรรม (ปี \(record.fiscalYear): \(record.announcementsThisYear) ฉบับ)",
          url: Paths.announcements(code, fiscalYear: nil))
      }
      Paragraph {
        Text("เรื่องร้องเรียนการทุจริตปี \(record.fiscalYear): รับ \(record.complaints?.received ?? 0) เรื่อง · ")
        Link("สถิติเรื่องร้องเรียน", url: Paths.complaintStatistics(code))
        Text(" · ")
        Link("ร้องเรียนการทุจริต", url: Paths.complaintForm(code))
      }
    }
  }
}
