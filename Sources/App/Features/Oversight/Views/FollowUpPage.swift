import Domain
import Foundation

/// A follow-up list of an area: who has not reported in a round, or who has no plan, no
/// approved plan or approved it late. Both lists share the columns, downloads and reminders.
struct FollowUpModel {
  struct Line {
    let code: String
    let name: String
    let link: String
    let place: String
    let status: String
    let coordinator: String
    let phone: String
    let email: String
    let daysLate: Int
    let lastActivity: String
    let lastReminder: String
    /// Whether a reminder can still help (not for a plan already approved, late or not).
    let remindable: Bool

    var cells: [String] {
      [code, name, place, status, coordinator, phone, email, String(daysLate), lastActivity, lastReminder]
    }
  }

  /// A filter of the plan list (`?show=`) and how many organizations it holds.
  struct Filter {
    let key: String
    let label: String
    let count: Int?
  }

  /// The page shows `perPage` lines at a time; the downloads hold them all.
  static let perPage = 200

  static func header(status: String) -> [String] {
    ["รหัส", "อปท.", "อำเภอ/จังหวัด", status, "ผู้ประสานงาน", "โทรศัพท์", "อีเมล", "เกินกำหนด (วัน)", "กิจกรรมล่าสุด", "เตือนล่าสุด"]
  }

  let title: String
  let areaName: String
  let areaPath: String
  /// The list's own path and the query that picks its round or period (and filter).
  let listPath: String
  let query: [(String, String)]
  let choiceLabel: String
  let choiceName: String
  let choices: [(value: String, label: String)]
  let chosen: String
  let dueLine: String
  let header: [String]
  let emptyText: String
  let remindHint: String
  let sheet: String
  let fileName: String
  var filters: [Filter] = []
  var show = ""
  var lines: [Line]
  var total: Int
  var paging = Paging(page: 1, perPage: perPage)
  var problem: String?

  /// Who has not submitted the round's report.
  init(reports context: OversightContext, rows: [FollowUpRow], problem: String?) {
    let round = context.round
    title = "อปท. ที่ยังไม่ส่งรายงาน \(round.title)"
    areaName = context.name
    areaPath = context.area.path
    listPath = Paths.missingReports(context.area.path)
    query = [("round", round.slug)]
    choiceLabel = "รอบการรายงาน"
    choiceName = "round"
    choices = context.rounds.map { ($0.slug, $0.title) }
    chosen = round.slug
    dueLine = "กำหนดส่ง \(ThaiCalendar.longDate(round.dueDate))"
    header = Self.header(status: "สถานะรายงาน")
    emptyText = "ทุก อปท. ในพื้นที่ส่งรายงานรอบนี้แล้ว"
    remindHint = "ส่งรายงาน"
    sheet = "ยังไม่ส่ง"
    fileName = "missing-\(round.slug)"
    let late = Lateness.daysLate(dueDate: round.dueDate, now: Date())
    lines = rows.map { row in
      Self.line(
        row, link: Paths.report(row.code, round.fiscalYear, round.kind.rawValue),
        status: row.status.flatMap(ReportStatus.init(rawValue:))?.thaiName ?? "ยังไม่เริ่มรายงาน", daysLate: late,
        remindable: true)
    }
    total = rows.first?.total ?? 0
    self.problem = problem
  }

  /// Who has no plan of the period, no approved plan, or approved it after the due date.
  init(
    plans place: OversightPlace, period: PlanPeriod, periods: [PlanPeriod], rows: [FollowUpRow], show: String,
    problem: String?
  ) {
    let due = period.planDueDate
    title = "อปท. ที่ยังไม่มีแผนที่อนุมัติตามกำหนด \(period.name)"
    areaName = place.name
    areaPath = place.area.path
    listPath = Paths.planDeadlines(place.area.path)
    query = [("period", period.code), ("show", show)]
    choiceLabel = "ช่วงแผน"
    choiceName = "period"
    choices = periods.map { ($0.code, $0.name) }
    chosen = period.code
    dueLine =
      due.map { "กำหนดส่งแผน (อนุมัติแผน) ภายในวันที่ \(ThaiCalendar.longDate($0))" }
      ?? "ช่วงแผนนี้ยังไม่กำหนดวันส่งแผน (สำนักงาน ป.ป.ช. กำหนดได้ที่หน้ากรอบแผน) จึงแสดงเฉพาะที่ยังไม่มีแผนหรือยังไม่อนุมัติ"
    header = Self.header(status: "สถานะแผน")
    emptyText = "ทุก อปท. ในพื้นที่มีแผนที่อนุมัติตามกำหนดแล้ว"
    remindHint = "จัดทำและอนุมัติแผน"
    sheet = "แผนยังไม่อนุมัติ"
    fileName = "plan-deadlines-\(period.code)"
    let now = Date()
    lines = rows.map { row in
      let standing = PlanDeadline.standing(
        planStatus: row.status.flatMap(PlanStatus.init(rawValue:)), firstApprovedAt: row.first_approved_at,
        dueDate: due)
      return Self.line(
        row, link: Paths.plan(row.code, period.code), status: standing.thaiName,
        daysLate: PlanDeadline.daysLate(standing, dueDate: due, now: now), remindable: standing.remindable)
    }
    total = rows.first?.total ?? 0
    let first = rows.first
    filters = [
      Filter(key: "", label: "ทั้งหมด", count: first.map { $0.count_none + $0.count_unapproved + $0.count_late }),
      Filter(key: "none", label: PlanStanding.noPlan.thaiName, count: first?.count_none),
      Filter(key: "unapproved", label: "ยังไม่อนุมัติ", count: first?.count_unapproved),
    ]
    if due != nil { filters.append(Filter(key: "late", label: "อนุมัติล่าช้า", count: first?.count_late)) }
    self.show = show
    self.problem = problem
  }

  private static func line(_ row: FollowUpRow, link: String, status: String, daysLate: Int, remindable: Bool) -> Line {
    Line(
      code: row.code, name: OrganizationType(rawValue: row.type)?.fullName(row.name) ?? row.name, link: link,
      place: "\(row.district) \(row.province_name)", status: status, coordinator: row.coordinator_name ?? "",
      phone: row.coordinator_phone ?? "", email: row.coordinator_email ?? "", daysLate: daysLate,
      lastActivity: row.last_activity.map(ThaiCalendar.shortDateTime) ?? "—",
      lastReminder: row.last_reminder.map(ThaiCalendar.shortDateTime) ?? "—", remindable: remindable)
  }

  func link(_ extra: [(String, String)] = [], path: String? = nil) -> String {
    Paths.withQuery(path ?? listPath, query.filter { key, _ in !extra.contains { $0.0 == key } } + extra)
  }

  var remindPath: String { link(path: listPath + "/remind") }
  var remindableCount: Int { filters.isEmpty ? total : (filters[1].count ?? 0) + (filters[2].count ?? 0) }
}

/// The follow-up list of an area with its coordinators' contacts, downloads, and reminders for
/// the chosen organizations or all (at most one per organization and topic a day).
struct FollowUpPage {
  let shell: PageShell
  let model: FollowUpModel

  var html: HTML {
    Layout.page(shell) {
      Paragraph { Link("ภาพรวม \(model.areaName)", url: model.areaPath) }.class("breadcrumbs")
      H1(model.title)
      Paragraph("\(model.areaName) · \(model.total) แห่ง · \(model.dueLine)").class("count")
      if let problem = model.problem {
        Paragraph(problem).class("error-summary").attribute(named: "role", value: "alert")
      }
      Form(url: model.listPath, method: .get) {
        Div {
          SelectField(label: model.choiceLabel, name: model.choiceName, options: model.choices, selected: model.chosen)
          Button("แสดง").attribute(named: "type", value: "submit").class("button")
        }.class("filters")
      }
      if !model.filters.isEmpty {
        List(model.filters) { filter in
          ListItem {
            let label = filter.label + (filter.count.map { " (\($0))" } ?? "")
            if filter.key == model.show {
              Span(label).class("current")
            } else {
              Link(label, url: model.link([("show", filter.key)]))
            }
          }
        }.class("tiles")
      }
      Div {
        Link("Excel", url: model.link([("format", "xlsx")])).class("button")
        Link("CSV", url: model.link([("format", "csv")])).class("button")
      }.class("actions")
      if model.lines.isEmpty {
        Paragraph(model.show.isEmpty ? model.emptyText : "ไม่มี อปท. ในรายการนี้").class("notice")
      } else {
        Form(url: model.remindPath, method: .post) {
          CSRFField(token: shell.csrfToken)
          Paragraph(
            "เลือก อปท. แล้วกด \"ส่งคำเตือน\" ให้\(model.remindHint) ระบบบันทึกคำเตือนและแสดงให้เจ้าหน้าที่เห็นเมื่อเข้าสู่ระบบ (และส่งอีเมลถึงผู้ประสานงานเมื่อเซิร์ฟเวอร์ตั้งค่าอีเมลไว้) เตือนได้วันละครั้งต่อแห่งต่อเรื่อง"
          )
          .class("hint")
          table
          if model.paging.pageCount(total: model.total) > 1 {
            Pager(page: model.paging.page, pageCount: model.paging.pageCount(total: model.total)) {
              model.link($0 > 1 ? [("page", String($0))] : [])
            }
          }
          Div {
            Button("ส่งคำเตือนถึงที่เลือก").attribute(named: "type", value: "submit").class("button primary")
            Button("ส่งคำเตือนทุกแห่งที่ยังต้องดำเนินการ (\(model.remindableCount))")
              .attribute(named: "type", value: "submit")
              .attribute(named: "name", value: "all").attribute(named: "value", value: "1").class("button")
              .attribute(named: "data-confirm", value: "ส่งคำเตือนถึง อปท. ทั้ง \(model.remindableCount) แห่ง?")
          }.class("form-actions")
        }
      }
    }
  }

  private var table: Component {
    Table(
      header: TableRow {
        TableHeaderCell("เลือก")
        for heading in model.header.dropFirst() { TableHeaderCell(heading) }
      },
      rows: {
        for line in model.lines {
          TableRow {
            TableCell {
              if line.remindable {
                Input(type: .checkbox, name: "codes[]", value: line.code)
                  .attribute(named: "aria-label", value: "เลือก \(line.name)")
              }
            }
            TableCell { Link(line.name, url: line.link) }
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
  }
}
