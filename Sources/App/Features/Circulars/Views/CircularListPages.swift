import Domain
import Foundation

struct CircularSentModel {
  let rows: [(Circular, CircularCounts)]
  let total: Int
  let paging: Paging
}

/// The circulars the office sent, with their counts.
struct CircularSentPage {
  let shell: PageShell
  let model: CircularSentModel

  var html: HTML {
    Layout.page(shell) {
      H1("หนังสือเวียนที่ส่ง")
      Div {
        Link("ส่งหนังสือเวียนใหม่", url: Paths.newCircular).class("button primary")
        Link("หนังสือเวียนที่ได้รับ", url: Paths.circularInbox).class("button")
        Link("คลังหนังสือเวียนเผยแพร่", url: Paths.publicCirculars).class("button")
      }.class("actions")
      Paragraph("ทั้งหมด \(model.total.formatted) ฉบับ").class("count")
      if model.rows.isEmpty {
        Paragraph("ยังไม่มีหนังสือเวียนที่ส่งจากหน่วยงานของคุณ").class("notice")
      } else {
        Table(
          header: TableRow {
            for title in ["ที่ / ลงวันที่", "เรื่อง", "ผู้รับ", "เปิดอ่าน", "รับทราบ", "ดำเนินการ", "เกินกำหนด"] {
              TableHeaderCell(title)
            }
          }
        ) {
          for (circular, counts) in model.rows {
            TableRow {
              TableCell(circular.citation)
              TableCell {
                Link(circular.title, url: Paths.circular(circular.id ?? UUID()))
                if circular.relayedFrom != nil { Span(" (ส่งต่อ)").class("hint") }
              }
              TableCell(counts.recipients.formatted)
              TableCell(counts.read.formatted)
              TableCell(counts.acknowledged.formatted)
              TableCell(circular.actionRequested == nil ? "—" : counts.acted.formatted)
              TableCell(circular.dueDate == nil ? "—" : counts.overdue.formatted)
            }
          }
        }
      }
      if model.paging.pageCount(total: model.total) > 1 {
        Pager(page: model.paging.page, pageCount: model.paging.pageCount(total: model.total)) { page in
          Paths.withQuery(Paths.circulars, [("page", String(page))])
        }
      }
    }
  }
}

struct CircularInboxModel {
  let rows: [CircularListRow]
  let total: Int
  let paging: Paging
  let showAll: Bool
  /// A monitor office's inbox (letters to relay) rather than an organization's.
  let isOffice: Bool
  let canPost: Bool
}

/// What the organization (or the monitor office) received.
struct CircularInboxPage {
  let shell: PageShell
  let model: CircularInboxModel

  var html: HTML {
    Layout.page(shell) {
      H1("หนังสือเวียนที่ได้รับ")
      if model.canPost {
        Div {
          Link("หนังสือเวียนที่ส่ง", url: Paths.circulars).class("button")
          Link("ส่งหนังสือเวียนใหม่", url: Paths.newCircular).class("button")
        }.class("actions")
      }
      List([("", model.isOffice ? "ยังไม่เปิดอ่าน" : "ยังไม่รับทราบ"), ("all", "ทั้งหมด")]) {
        (item: (String, String)) -> Component in
        if (item.0 == "all") == model.showAll { return Span(item.1).class("current") }
        return Link(item.1, url: Paths.withQuery(Paths.circularInbox, [("show", item.0)]))
      }.class("tiles")
      if model.rows.isEmpty {
        Paragraph(model.showAll ? "ยังไม่มีหนังสือเวียนถึงคุณ" : "ไม่มีหนังสือเวียนที่รอคุณ").class("notice")
      } else {
        Table(
          header: TableRow {
            for title in ["จาก", "ที่ / ลงวันที่", "เรื่อง", "กำหนด", "สถานะ"] { TableHeaderCell(title) }
          }
        ) {
          for row in model.rows {
            TableRow {
              TableCell(row.sender_office)
              TableCell(CircularRules.citation(number: row.number, date: row.letter_date))
              TableCell { Link(row.title, url: Paths.circular(row.id)) }
              TableCell(row.due_date.map { ThaiCalendar.longDate($0) } ?? "—")
              TableCell {
                if model.isOffice {
                  Span(row.read_at == nil ? "ยังไม่เปิดอ่าน" : "เปิดอ่านแล้ว").class("badge")
                } else {
                  CircularStateBadge(state: row.state)
                }
              }
            }
          }
        }.id("inbox")
      }
      if model.paging.pageCount(total: model.total) > 1 {
        Pager(page: model.paging.page, pageCount: model.paging.pageCount(total: model.total)) { page in
          Paths.withQuery(Paths.circularInbox, [("show", model.showAll ? "all" : ""), ("page", String(page))])
        }
      }
    }
  }
}

struct CircularPublicListModel {
  let rows: [CircularListRow]
  let text: String
  let total: Int
  let paging: Paging
}

/// The public archive: search by title or number.
struct CircularPublicListPage {
  let shell: PageShell
  let model: CircularPublicListModel

  var html: HTML {
    Layout.page(shell) {
      H1("หนังสือเวียนเผยแพร่")
      Paragraph("หนังสือเวียนที่สำนักงาน ป.ป.ช. และผู้กำกับดูแลเผยแพร่ต่อสาธารณะ").class("hint")
      Form(url: Paths.publicCirculars, method: .get) {
        Div {
          FormField(label: "ค้นหาจากเรื่องหรือเลขที่หนังสือ", name: "q", value: model.text, type: .search)
          Button("ค้นหา").attribute(named: "type", value: "submit").class("button primary")
        }.class("filters")
      }.attribute(named: "role", value: "search")
      Paragraph("พบ \(model.total.formatted) ฉบับ").class("count")
      if !model.rows.isEmpty {
        Table(
          header: TableRow { for title in ["จาก", "ที่ / ลงวันที่", "เรื่อง"] { TableHeaderCell(title) } }
        ) {
          for row in model.rows {
            TableRow {
              TableCell(row.sender_office)
              TableCell(CircularRules.citation(number: row.number, date: row.letter_date))
              TableCell { Link(row.title, url: Paths.publicCircular(row.id)) }
            }
          }
        }.id("archive")
      }
      if model.paging.pageCount(total: model.total) > 1 {
        Pager(page: model.paging.page, pageCount: model.paging.pageCount(total: model.total)) { page in
          Paths.withQuery(Paths.publicCirculars, [("q", model.text), ("page", String(page))])
        }
      }
    }
  }
}

struct CircularPublicModel {
  let circular: Circular
  let chain: [Circular]
  let files: [UUID: String]
}

/// A public circular: the letter, its public chain and PDFs; nothing about who acknowledged.
struct CircularPublicPage {
  let shell: PageShell
  let model: CircularPublicModel

  var html: HTML {
    Layout.page(shell) {
      Paragraph { Link("หนังสือเวียนเผยแพร่", url: Paths.publicCirculars) }.class("breadcrumbs")
      H1(model.circular.title)
      CircularFacts(circular: model.circular, showAudience: false)
      if let id = model.circular.id, let file = model.files[id] {
        Paragraph { Link("เปิดไฟล์หนังสือ (PDF) \(file)", url: Paths.publicCircularFile(id)).class("button") }
      }
      CircularChainBox(
        chain: model.chain, files: model.files, current: model.circular.id, fileURL: Paths.publicCircularFile,
        pageURL: Paths.publicCircular)
    }
  }
}
