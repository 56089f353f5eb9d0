import Domain
import Foundation

struct CircularPageModel {
  let circular: Circular
  let id: UUID
  let chain: [Circular]
  let files: [UUID: String]
  let receipt: CircularReceipt?
  let canAcknowledge: Bool
  let canAct: Bool
  let canRelay: Bool
  let canTrack: Bool
  let isSender: Bool
  let values: [String: String]
  let errors: FieldErrors
  // The sender's part.
  var counts = CircularCounts()
  var relays: [(Circular, CircularCounts)] = []
  var recipients: [CircularRecipientRow] = []
  var show: CircularState? = nil
  var paging = Paging(page: 1, perPage: CircularRoutes.perPage)
  var filteredTotal = 0

  init(
    context: CircularContext, chain: [Circular], files: [UUID: String], values: [String: String], errors: FieldErrors
  ) {
    circular = context.circular
    id = context.id
    self.chain = chain
    self.files = files
    receipt = context.receipt
    canAcknowledge = context.canAcknowledge
    canAct = context.canAct
    canRelay = context.canRelay
    canTrack = context.canTrack
    isSender = context.isSender
    self.values = values
    self.errors = errors
  }

  static let downloadHeader = [
    "รหัส อปท.", "ชื่อ อปท.", "อำเภอ", "จังหวัด", "สถานะ", "เปิดอ่านเมื่อ", "ผู้เปิดอ่าน", "รับทราบเมื่อ", "ผู้รับทราบ",
    "ดำเนินการเมื่อ", "ผู้บันทึกการดำเนินการ", "บันทึกการดำเนินการ",
  ]

  static func downloadCells(_ row: CircularRecipientRow) -> [String] {
    [
      row.code, row.fullName, row.district, row.province_name, row.state.thaiName, time(row.read_at),
      row.read_by ?? "", time(row.acknowledged_at), row.acknowledged_by ?? "", time(row.acted_at), row.acted_by ?? "",
      row.action_note ?? "",
    ]
  }

  static func time(_ date: Date?) -> String { date.map(ThaiCalendar.shortDateTime) ?? "" }

  var filters: [(key: String, label: String, count: Int)] {
    [
      ("", "ทั้งหมด", counts.recipients), (CircularState.unread.rawValue, "ยังไม่เปิดอ่าน", counts.recipients - counts.read),
      (CircularState.read.rawValue, "อ่านแล้ว ยังไม่รับทราบ", counts.read - counts.acknowledged),
      (CircularState.acknowledged.rawValue, "รับทราบแล้ว ยังไม่ดำเนินการ", counts.acknowledged - counts.acted),
      (CircularState.acted.rawValue, "ดำเนินการแล้ว", counts.acted),
    ]
  }
}

/// One circular: the letter and its chain; for a recipient, read/acknowledge/act; for the
/// sender, the counts, the list of who did what, downloads, reminders and the relays.
struct CircularPage {
  let shell: PageShell
  let model: CircularPageModel

  var html: HTML {
    Layout.page(shell) {
      Paragraph { Link("หนังสือเวียน", url: Paths.circulars) }.class("breadcrumbs")
      H1(model.circular.title)
      Paragraph("หนังสือ\(model.circular.senderOffice) \(model.circular.citation)").class("count")
      CircularFacts(circular: model.circular)
      if let file = model.files[model.id] {
        Paragraph { Link("เปิดไฟล์หนังสือ (PDF) \(file)", url: Paths.circularFile(model.id)).class("button") }
      }
      CircularChainBox(
        chain: model.chain, files: model.files, current: model.id, fileURL: Paths.circularFile, pageURL: Paths.circular)
      if model.receipt != nil { recipientBox }
      if model.canRelay {
        Paragraph {
          Link("ส่งต่อหนังสือนี้ถึง อปท. ในพื้นที่ของคุณ", url: Paths.circularAction(model.id, "relay")).class("button primary")
        }
      }
      if model.canTrack { CircularTrackingSection(model: model, csrfToken: shell.csrfToken) }
    }
  }

  private var recipientBox: Component {
    Div {
      H2("การรับทราบขององค์กรคุณ")
      if let receipt = model.receipt {
        CircularStateBadge(state: receipt.state)
        if let at = receipt.acknowledged_at {
          Paragraph("รับทราบเมื่อ \(ThaiCalendar.shortDateTime(at)) โดย \(receipt.acknowledged_by ?? "")")
        }
        if let at = receipt.acted_at {
          Paragraph(
            "ดำเนินการแล้วเมื่อ \(ThaiCalendar.shortDateTime(at)) โดย \(receipt.acted_by ?? ""): \(receipt.action_note ?? "")"
          )
        }
      }
      if model.canAcknowledge {
        PostButton(
          action: Paths.circularAction(model.id, "acknowledge"), label: "รับทราบ", csrfToken: shell.csrfToken,
          style: "button primary")
      }
      if model.canAct {
        Form(url: Paths.circularAction(model.id, "act"), method: .post) {
          CSRFField(token: shell.csrfToken)
          TextAreaField(
            label: "บันทึกการดำเนินการ (ดำเนินการแล้ว)", name: "note", value: model.values["note"] ?? "",
            error: model.errors["note"])
          Button("บันทึกว่าดำเนินการแล้ว").attribute(named: "type", value: "submit").class("button")
        }.class("stacked")
      }
    }.class("notice").id("receipt")
  }
}

/// The sender's part of a circular's page.
struct CircularTrackingSection: Component {
  let model: CircularPageModel
  let csrfToken: String

  var body: Component {
    Div {
      H2("การรับทราบ")
      El("dl") {
        El("dt") { Text("ผู้รับ") }
        El("dd") { Text("\(model.counts.recipients.formatted) แห่ง") }.class("figure")
        El("dt") { Text("เปิดอ่านแล้ว") }
        El("dd") { Text("\(model.counts.read.formatted) แห่ง") }.class("figure")
        El("dt") { Text("รับทราบแล้ว") }
        El("dd") { Text("\(model.counts.acknowledged.formatted) แห่ง") }.class("figure")
        if model.circular.actionRequested != nil {
          El("dt") { Text("ดำเนินการแล้ว") }
          El("dd") { Text("\(model.counts.acted.formatted) แห่ง") }.class("figure")
        }
        if model.circular.dueDate != nil {
          El("dt") { Text("เกินกำหนด") }
          El("dd") { Text("\(model.counts.overdue.formatted) แห่ง") }.class("figure")
        }
      }.class("summary-figures").id("counts")
      List(model.filters) { filter in
        let label = "\(filter.label) (\(filter.count.formatted))"
        if (model.show?.rawValue ?? "") == filter.key { return Span(label).class("current") }
        return Link(label, url: Paths.circularRecipients(model.id, show: filter.key))
      }.class("tiles")
      Div {
        Link("Excel", url: Paths.circularRecipients(model.id, show: model.show?.rawValue ?? "", format: "xlsx"))
          .class("button")
        Link("CSV", url: Paths.circularRecipients(model.id, show: model.show?.rawValue ?? "", format: "csv"))
          .class("button")
        if model.isSender && model.counts.acknowledged < model.counts.recipients {
          PostButton(
            action: Paths.circularAction(model.id, "remind"),
            label: "เตือนผู้ที่ยังไม่รับทราบ (\((model.counts.recipients - model.counts.acknowledged).formatted) แห่ง)",
            csrfToken: csrfToken, confirm: "ส่งคำเตือนถึง อปท. ที่ยังไม่รับทราบ (วันละครั้งต่อแห่ง)?")
        }
      }.class("actions")
      recipientTable
      if model.paging.pageCount(total: model.filteredTotal) > 1 {
        Pager(page: model.paging.page, pageCount: model.paging.pageCount(total: model.filteredTotal)) { page in
          Paths.circularRecipients(model.id, show: model.show?.rawValue ?? "", page: page)
        }
      }
      relayTable
    }.id("tracking")
  }

  private var recipientTable: Component {
    if model.recipients.isEmpty { return Paragraph("ไม่มี อปท. ในรายการนี้").class("notice") }
    return Table(
      header: TableRow {
        for title in ["อปท.", "อำเภอ จังหวัด", "สถานะ", "เปิดอ่าน", "รับทราบ", "ดำเนินการ"] { TableHeaderCell(title) }
      }
    ) {
      for row in model.recipients {
        TableRow {
          TableCell("\(row.fullName) (\(row.code))")
          TableCell("\(row.district) \(row.province_name)")
          TableCell { CircularStateBadge(state: row.state) }
          TableCell(who(row.read_at, row.read_by))
          TableCell(who(row.acknowledged_at, row.acknowledged_by))
          TableCell(who(row.acted_at, row.acted_by) + (row.action_note.map { ": " + $0 } ?? ""))
        }
      }
    }.id("recipients")
  }

  private func who(_ at: Date?, _ by: String?) -> String {
    guard let at else { return "—" }
    return ThaiCalendar.shortDateTime(at) + (by.map { " โดย " + $0 } ?? "")
  }

  private var relayTable: Component {
    if model.relays.isEmpty { return EmptyComponent() }
    return Div {
      H2("การส่งต่อ")
      Table(
        header: TableRow {
          for title in ["ผู้ส่งต่อ", "ที่ / ลงวันที่", "ผู้รับ", "เปิดอ่าน", "รับทราบ", "ดำเนินการ"] { TableHeaderCell(title) }
        }
      ) {
        for (relay, counts) in model.relays {
          TableRow {
            TableCell { Link(relay.senderOffice, url: Paths.circular(relay.id ?? UUID())) }
            TableCell(relay.citation)
            TableCell(counts.recipients.formatted)
            TableCell(counts.read.formatted)
            TableCell(counts.acknowledged.formatted)
            TableCell(counts.acted.formatted)
          }
        }
      }.id("relays")
    }
  }
}
