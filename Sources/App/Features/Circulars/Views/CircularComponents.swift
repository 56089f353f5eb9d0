import Domain
import Foundation

/// The chain of letters, original first, each link citing its sender, number, date and title
/// (as one letter quotes the previous: "อ้างถึง …"), with its PDF when there is one.
struct CircularChainBox: Component {
  let chain: [Circular]
  /// Circular id → "name (size)" of its PDF.
  let files: [UUID: String]
  let current: UUID?
  let fileURL: (UUID) -> String
  var pageURL: ((UUID) -> String)? = nil

  var body: Component {
    if chain.count < 2 { return EmptyComponent() }
    return Div {
      H2("ลำดับการส่งต่อหนังสือ")
      El("ol") {
        for (index, link) in chain.enumerated() {
          ListItem {
            let id = link.id ?? UUID()
            Span(index == 0 ? "ต้นเรื่อง: " : "ส่งต่อโดย: ").class("hint")
            El("strong") { Text(link.senderOffice) }
            Text(" หนังสือ\(link.citation) เรื่อง \(link.title)")
            if id == current {
              Text(" (ฉบับนี้)")
            } else if let pageURL {
              Text(" · ")
              Link("ดูหนังสือ", url: pageURL(id))
            }
            if let file = files[id] {
              Text(" · ")
              Link("เปิดไฟล์ PDF \(file)", url: fileURL(id))
            }
          }
        }
      }
    }.class("notice").id("chain")
  }
}

/// The letter's facts as a definition list.
struct CircularFacts: Component {
  let circular: Circular
  var showAudience = true

  var body: Component {
    El("dl") {
      El("dt") { Text("จาก") }
      El("dd") { Text(circular.senderOffice) }
      El("dt") { Text("ที่") }
      El("dd") { Text(circular.number) }
      El("dt") { Text("ลงวันที่") }
      El("dd") { Text(ThaiCalendar.longDate(circular.letterDate)) }
      El("dt") { Text("เรื่อง") }
      El("dd") { Text(circular.title) }
      El("dt") { Text("สาระสำคัญ") }
      El("dd") { Text(circular.summary) }.class("message-text")
      if let action = circular.actionRequested {
        El("dt") { Text("สิ่งที่ขอให้ดำเนินการ") }
        El("dd") { Text(action) }.class("message-text")
      }
      if let due = circular.dueDate {
        El("dt") { Text("กำหนด") }
        El("dd") { Text(ThaiCalendar.longDate(due)) }
      }
      if showAudience {
        El("dt") { Text("ผู้รับ") }
        El("dd") { Text("\(circular.audienceText) (\(circular.recipientCount.formatted) แห่ง)") }
      }
    }.class("summary-figures")
  }
}

/// A recipient's state as a badge.
struct CircularStateBadge: Component {
  let state: CircularState
  var body: Component {
    Span(state.thaiName).class(
      state == .acted || state == .acknowledged
        ? "badge state-published" : state == .read ? "badge state-in_progress" : "badge")
  }
}
