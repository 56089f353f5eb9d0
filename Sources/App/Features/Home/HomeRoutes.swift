import Domain
import Vapor

struct HomeRoutes: RouteCollection {
  func boot(routes: any RoutesBuilder) throws {
    routes.get(use: home)
  }

  func home(req: Request) async throws -> Response {
    let counts = try await ProvinceQueries(db: req.db).organizationCounts()
    var model = HomeModel(
      organizations: counts.values.reduce(0, +), provinces: counts.count, user: req.currentUser.map(NavUser.init))
    if let user = req.currentUser, let org = user.orgCode, user.role == .laoOfficer || user.role == .laoExecutive {
      let waiting: ReportStatus = user.role == .laoExecutive ? .awaitingConfirmation : .returned
      model.reportTasks = try await ReportQueries(db: req.db).reports(org: org, status: waiting).map { report, round in
        (
          "\(round.title): \(report.status.thaiName)", Paths.report(org, round.fiscalYear, round.kind.rawValue),
          report.returnComment.map { "สิ่งที่ต้องแก้ไข: \($0)" } ?? "ตรวจสอบแล้วยืนยันหรือส่งกลับ"
        )
      }
      if user.role == .laoOfficer {
        // Reports still being filled in a round that is open: the officer's work in progress.
        model.reportTasks += try await ReportQueries(db: req.db).reports(org: org, status: .draft)
          .filter { $0.1.windowOpen }.map { _, round in
            (
              "\(round.title): กำลังกรอก", Paths.report(org, round.fiscalYear, round.kind.rawValue),
              "กำหนดส่ง \(ThaiCalendar.longDate(round.dueDate)) · กรอกต่อแล้วส่งให้ผู้บริหารยืนยัน"
            )
          }
        model.reportTasks += try await ReminderQueries(db: req.db).takeUnseen(org: org).map { reminder in
          (
            "คำเตือนจากผู้กำกับดูแล (\(ThaiCalendar.shortDateTime(reminder.sentAt)))",
            reminder.topic == "plan"
              ? Paths.organizationPlans(org)
              : reminder.topic == ReminderQueries.circularTopic ? Paths.circularInbox : Paths.organizationReports(org),
            reminder.message
          )
        }
      }
      // OIT items given to this account, not yet published.
      model.reportTasks += try await OitQueries(db: req.db).assignments(of: user.id).filter {
        $0.state != OitItemState.published.rawValue
      }.prefix(20).map { row in
        (
          "OIT ปี \(row.fiscal_year) ข้อ \(row.item_code) \(row.title ?? ""): "
            + (OitItemState(rawValue: row.state) ?? .notStarted).thaiName,
          Paths.oitItem(row.org_code, row.fiscal_year, row.item_code),
          row.due_date.map { "กำหนดเสร็จ \(ThaiCalendar.longDate($0))" } ?? "คุณได้รับมอบหมายเป็นผู้รับผิดชอบข้อนี้"
        )
      }
    }
    if let user = req.currentUser {
      model.circulars = try await CircularRoutes.homeBox(req, user: user)
    }
    if let user = req.currentUser, user.policy.handlesComplaints {
      let counts = try await ComplaintCaseQueries(db: req.db).openCounts(for: user)
      if counts.open > 0 || user.role == .complaintOfficer {
        model.reportTasks.insert(
          (
            "เรื่องร้องเรียนการทุจริต: กำลังดำเนินการ \(counts.open) เรื่อง", Paths.complaintCases,
            counts.overdue > 0
              ? "เกินกำหนด 15 วัน \(counts.overdue) เรื่อง ต้องชี้แจงเหตุให้ผู้ร้องเรียนทราบ" : "ดำเนินการให้เสร็จภายใน 15 วันนับแต่วันรับเรื่อง"
          ), at: 0)
      }
    }
    return req.page(HomePage(shell: req.shell("หน้าแรก"), model: model).html)
  }
}
