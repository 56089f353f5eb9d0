import Domain
import Foundation

/// The home page's box of circulars waiting for the organization (not acknowledged) or for the
/// monitor office (not opened).
struct CircularHomeBox: Component {
  let rows: [CircularListRow]
  let total: Int
  let isOffice: Bool

  var body: Component {
    Div {
      H2(isOffice ? "หนังสือเวียนที่ยังไม่เปิดอ่าน (\(total.formatted))" : "หนังสือเวียนที่รอรับทราบ (\(total.formatted))")
      List(rows) { row in
        ListItem {
          Link(row.title, url: Paths.circular(row.id))
          Paragraph(
            "\(row.sender_office) \(CircularRules.citation(number: row.number, date: row.letter_date))"
              + (row.due_date.map { " · กำหนด \(ThaiCalendar.longDate($0))" } ?? "")
          ).class("hint")
        }
      }
      if total > rows.count { Link("ดูทั้งหมด \(total.formatted) ฉบับ", url: Paths.circularInbox) }
    }.class("notice").id("circulars-box").attribute(named: "role", value: "status")
  }
}
