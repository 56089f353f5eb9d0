import Domain
import Foundation

struct PaccReportModel {
  let dashboard: PaccDashboardModel
  let programme: PaccProgramme?
  let activities: [PaccActivity]
  let reports: [PaccActivityReport]
  let printedOn: Date
}

/// The year-end programme report (สรุปผลการดำเนินการโครงการฯ) the centre sends up: the
/// indicators, each office's figures, and every activity's allocation, spending and summary.
struct PaccReportPage {
  let model: PaccReportModel

  var title: String {
    "สรุปผลการดำเนินการ\(model.programme?.name ?? "โครงการขับเคลื่อนระบบเฝ้าระวังการทุจริตเชิงรุกในหน่วยงานภาครัฐ") ประจำปีงบประมาณ พ.ศ. \(model.dashboard.year)"
  }

  var html: HTML {
    let head = HTML.Head(title: title, stylesheets: ["/static/print.css"], scripts: ["/static/app.js"])
    let offices = model.dashboard.rows.map(\.office)
    return HTML(head: head) {
      Div {
        Button("พิมพ์").attribute(named: "type", value: "button").class("button primary").attribute(
          named: "data-print", value: "1")
        Link("กลับไปที่ตัวชี้วัด", url: Paths.pacc(year: model.dashboard.year))
      }.class("toolbar")
      Div {
        H1(title).class("report-title")
        Paragraph(model.dashboard.isCentral ? "สำนักงาน ป.ป.ท. (ทุกสำนักงาน)" : model.dashboard.office.fullName).class(
          "report-subtitle")
        if let programme = model.programme {
          Paragraph("งบประมาณทั้งสิ้น \(Money(satang: programme.budgetSatang).formatted) บาท")
        }
        H2("1. ผลตามตัวชี้วัด")
        El("table") {
          El("thead") {
            El("tr") { for heading in ["ข้อ", "ตัวชี้วัด", "เป้าหมาย", "ผล", "ผลการประเมิน"] { El("th") { Text(heading) } } }
          }
          El("tbody") {
            for indicator in model.dashboard.total {
              El("tr") {
                El("td") { Text(indicator.key.seedNumber) }
                El("td") { Text(indicator.key.title) }
                El("td") { Text(indicator.targetText) }
                El("td") { Text(indicator.achievedText) }.class("number")
                El("td") { Text(PaccDashboardPage.met(indicator)) }
              }
            }
          }
        }.class("pacc-print")
        if model.dashboard.rows.count > 1 {
          H2("2. ผลรายสำนักงาน")
          El("table") {
            El("thead") {
              El("tr") {
                El("th") { Text("สำนักงาน") }
                for key in PaccIndicatorKey.allCases { El("th") { Text(key.seedNumber) } }
              }
            }
            El("tbody") {
              for row in model.dashboard.rows {
                El("tr") {
                  El("td") { Text(row.office.shortName) }
                  for indicator in row.indicators { El("td") { Text(indicator.achievedText) }.class("number") }
                }
              }
            }
          }.class("pacc-print")
        }
        H2("\(model.dashboard.rows.count > 1 ? 3 : 2). ผลการดำเนินกิจกรรมและการใช้จ่ายงบประมาณ")
        for activity in model.activities { section(activity, offices: offices) }
        Paragraph("** ข้อมูล ณ วันที่ \(ThaiCalendar.longDate(model.printedOn))").class("as-of")
      }.class("official-report")
    }
  }

  private func section(_ activity: PaccActivity, offices: [PaccOffice]) -> Component {
    let allocations = activity.allocations
    let reports = model.reports.filter { $0.activityID == activity.id }
    return Div {
      Paragraph("กิจกรรมที่ \(activity.number) \(activity.name)").class("title")
      El("table") {
        El("thead") {
          El("tr") {
            for heading in [
              "สำนักงาน", "จัดสรร (บาท)", "ใช้จ่าย (บาท)", "ผู้เข้าร่วม (คน)", "ผลการดำเนินงาน", "ปัญหา อุปสรรค ข้อเสนอแนะ",
            ] {
              El("th") { Text(heading) }
            }
          }
        }
        El("tbody") {
          for office in offices
          where allocations[office.number] != nil || reports.contains(where: { $0.office == office.number }) {
            let report = reports.first { $0.office == office.number }
            El("tr") {
              El("td") { Text(office.shortName) }
              El("td") { Text(allocations[office.number]?.formatted ?? "—") }.class("number")
              El("td") { Text(report?.spentSatang.map { Money(satang: $0).formatted } ?? "—") }.class("number")
              El("td") { Text(report?.participants.map(String.init) ?? "—") }.class("number")
              El("td") { Text(report?.done ?? "ยังไม่รายงาน") }.class("lines")
              El("td") { Text(report?.problems ?? "") }.class("lines")
            }
          }
        }
      }.class("pacc-print")
    }
  }
}
