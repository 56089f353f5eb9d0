import Domain
import Foundation

struct ComplaintCaseListModel {
  let filter: ComplaintCaseQueries.Filter
  let rows: [ComplaintCaseQueries.Row]
  let total: Int
  let paging: Paging
  let aboutExecutives: Bool
  let now: Date
}

/// The handler's cases; overdue ones first and marked.
struct ComplaintCaseListPage {
  let shell: PageShell
  let model: ComplaintCaseListModel

  var html: HTML {
    Layout.page(shell) {
      H1(model.aboutExecutives ? "เรื่องร้องเรียนเกี่ยวกับผู้บริหาร อปท. ในจังหวัด" : "เรื่องร้องเรียนการทุจริต")
      Navigation {
        for filter in ComplaintCaseQueries.Filter.allCases {
          if filter == model.filter {
            Span(filter.thaiName).class("current")
          } else {
            Link(filter.thaiName, url: Paths.complaintCases(filter: filter.rawValue))
          }
        }
      }.class("tabs")
      if model.rows.isEmpty {
        Paragraph(model.filter == .open ? "ไม่มีเรื่องที่กำลังดำเนินการ" : "ยังไม่มีเรื่อง")
      } else {
        Table(
          header: TableRow {
            for heading in ["รับเมื่อ", "หน่วยงาน", "เกี่ยวกับ", "สถานะ", "กำหนด 15 วัน", ""] {
              TableHeaderCell(heading)
            }
          }
        ) {
          for row in model.rows {
            let complaint = row.complaint
            let overdue = complaint.isOverdue(now: model.now)
            TableRow {
              TableCell(ThaiCalendar.shortDateTime(complaint.receivedAt))
              TableCell(row.organizationName)
              TableCell(complaint.concern.thaiName)
              TableCell {
                Span(complaint.state.thaiName).class("badge complaint-\(complaint.stateRaw)")
                if complaint.awaitingComplainant { Span(" รอผู้ร้องเรียนตอบ").class("hint") }
              }
              TableCell {
                Text(complaint.clock.dueDate.map { ThaiCalendar.shortDate($0) } ?? "-")
                if complaint.state.isOpen {
                  let left = complaint.clock.daysLeft(now: model.now)
                  Span(overdue ? " เกินกำหนด \(-left) วัน" : " เหลือ \(left) วัน").class(overdue ? "late" : "hint")
                } else if overdue {
                  Span(" ปิดหลังกำหนด").class("late")
                }
              }.class(overdue && complaint.state.isOpen ? "late" : "")
              TableCell { Link("เปิด", url: Paths.complaintCase(complaint.id ?? UUID())) }
            }.class(overdue && complaint.state.isOpen ? "overdue" : "")
          }
        }.class("data")
        Pager(page: model.paging.page, pageCount: model.paging.pageCount(total: model.total)) { page in
          Paths.withQuery(Paths.complaintCases, [("filter", model.filter.rawValue), ("page", String(page))])
        }
      }
    }
  }
}
