import Domain
import Foundation

struct MissingModel {
  struct Line {
    let code: String
    let name: String
    let reportPath: String
    let place: String
    let status: String
    let coordinator: String
    let phone: String
    let email: String
    let daysLate: Int
    let lastActivity: String
    let lastReminder: String

    var cells: [String] {
      [code, name, place, status, coordinator, phone, email, String(daysLate), lastActivity, lastReminder]
    }
  }

  static let header = [
    "รหัส", "อปท.", "อำเภอ/จังหวัด", "สถานะรายงาน", "ผู้ประสานงาน", "โทรศัพท์", "อีเมล", "เกินกำหนด (วัน)", "กิจกรรมล่าสุด",
    "เตือนล่าสุด",
  ]

  let areaName: String
  let path: String
  let roundSlug: String
  let roundTitle: String
  let dueDate: String
  let lines: [Line]
  let problem: String?
  /// The page shows `perPage` lines at a time; the downloads hold them all.
  static let perPage = 200
  var paging = Paging(page: 1, perPage: perPage)
  var shown: ArraySlice<Line> {
    let start = min(paging.offset, lines.count)
    return lines[start..<min(start + paging.perPage, lines.count)]
  }

  init(context: OversightContext, rows: [OversightOrgRow], reminders: [String: Date], problem: String?) {
    areaName = context.name
    path = context.area.path
    roundSlug = context.round.slug
    roundTitle = context.round.title
    dueDate = ThaiCalendar.longDate(context.round.dueDate)
    let late = Lateness.daysLate(dueDate: context.round.dueDate, now: Date())
    let year = context.round.fiscalYear
    let kind = context.round.kind.rawValue
    lines = rows.map { row in
      Line(
        code: row.code, name: OrganizationType(rawValue: row.type)?.fullName(row.name) ?? row.name,
        reportPath: Paths.report(row.code, year, kind), place: "\(row.district) \(row.province_name)",
        status: row.status.flatMap(ReportStatus.init(rawValue:))?.thaiName ?? "ยังไม่เริ่มรายงาน",
        coordinator: row.coordinator_name ?? "", phone: row.coordinator_phone ?? "", email: row.coordinator_email ?? "",
        daysLate: late, lastActivity: row.last_activity.map(ThaiCalendar.shortDateTime) ?? "—",
        lastReminder: reminders[row.code].map(ThaiCalendar.shortDateTime) ?? "—")
    }
    self.problem = problem
  }

  func link(_ extra: [(String, String)] = []) -> String {
    Paths.withQuery(path + "/missing", [("round", roundSlug)] + extra)
  }
}

/// Who has not reported: every expected organization of the area without a submitted report,
/// with its coordinator's contacts, and reminders for the chosen ones or all.
struct MissingPage {
  let shell: PageShell
  let model: MissingModel

  var html: HTML {
    Layout.page(shell) {
      Paragraph { Link("ภาพรวม \(model.areaName)", url: Paths.withQuery(model.path, [("round", model.roundSlug)])) }
        .class("breadcrumbs")
      H1("อปท. ที่ยังไม่ส่งรายงาน \(model.roundTitle)")
      Paragraph("\(model.areaName) · \(model.lines.count) แห่ง · กำหนดส่ง \(model.dueDate)").class("count")
      if let problem = model.problem {
        Paragraph(problem).class("error-summary").attribute(named: "role", value: "alert")
      }
      Div {
        Link("Excel", url: model.link([("format", "xlsx")])).class("button")
        Link("CSV", url: model.link([("format", "csv")])).class("button")
      }.class("actions")
      if model.lines.isEmpty {
        Paragraph("ทุก อปท. ในพื้นที่ส่งรายงานรอบนี้แล้ว").class("notice")
      } else {
        Form(url: model.link().replacingOccurrences(of: "/missing?", with: "/missing/remind?"), method: .post) {
          CSRFField(token: shell.csrfToken)
          Paragraph(
            "เลือก อปท. แล้วกด \"ส่งคำเตือน\" ระบบบันทึกคำเตือนและแสดงให้เจ้าหน้าที่เห็นเมื่อเข้าสู่ระบบ (และส่งอีเมลถึงผู้ประสานงานเมื่อเซิร์ฟเวอร์ตั้งค่าอีเมลไว้) เตือนได้วันละครั้งต่อแห่ง"
          )
          .class("hint")
          Table(
            header: TableRow {
              TableHeaderCell("เลือก")
              for heading in MissingModel.header.dropFirst() { TableHeaderCell(heading) }
            },
            rows: {
              for line in model.shown {
                TableRow {
                  TableCell {
                    Input(type: .checkbox, name: "codes[]", value: line.code)
                      .attribute(named: "aria-label", value: "เลือก \(line.name)")
                  }
                  TableCell { Link(line.name, url: line.reportPath) }
                  TableCell(line.place)
                  TableCell(line.status)
                  TableCell(line.coordinator)
                  TableCell { if !line.phone.isEmpty { Link(line.phone, url: "tel:\(line.phone)") } }
                  TableCell { if !line.email.isEmpty { Link(line.email, url: "mailto:\(line.email)") } }
                  TableCell(String(line.daysLate)).class("number")
                  TableCell(line.lastActivity)
                  TableCell(line.lastReminder)
                }
              }
            }
          ).class("data compact").attribute(named: "data-sortable", value: "1")
          if model.paging.pageCount(total: model.lines.count) > 1 {
            Pager(page: model.paging.page, pageCount: model.paging.pageCount(total: model.lines.count)) {
              model.link($0 > 1 ? [("page", String($0))] : [])
            }
          }
          Div {
            Button("ส่งคำเตือนถึงที่เลือก").attribute(named: "type", value: "submit").class("button primary")
            Button("ส่งคำเตือนทุกแห่งในรายการ (\(model.lines.count))").attribute(named: "type", value: "submit")
              .attribute(named: "name", value: "all").attribute(named: "value", value: "1").class("button")
              .attribute(named: "data-confirm", value: "ส่งคำเตือนถึง อปท. ทั้ง \(model.lines.count) แห่ง?")
          }.class("form-actions")
        }
      }
    }
  }
}
