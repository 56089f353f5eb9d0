import Domain
import Foundation

struct AuditLogModel {
  struct Row {
    let at: Date
    let actor: String
    let action: String
    let target: String
    let before: String
    let after: String

    init(_ event: AuditEvent) {
      at = event.at
      actor = event.actorName
      action = event.action
      target = "\(event.entity) \(event.entityID)"
      before = Row.readable(event.before)
      after = Row.readable(event.after)
    }

    /// {"a":"1","b":"2"} → "a: 1 · b: 2"
    static func readable(_ json: String?) -> String {
      let object = AuditLog.fields(json)
      return object.keys.sorted().map { "\($0): \(object[$0]!)" }.joined(separator: " · ")
    }
  }

  let org: String
  let page: Int
  let total: Int
  let events: [Row]
}

struct AuditLogPage {
  let shell: PageShell
  let model: AuditLogModel

  var html: HTML {
    Layout.page(shell) {
      H1("บันทึกการแก้ไข (\(model.total.formatted) รายการ)")
      Form(url: Paths.audit, method: .get) {
        Div {
          FormField(label: "รหัส อปท.", name: "org", value: model.org, inputMode: "numeric")
          Button("กรอง").attribute(named: "type", value: "submit").class("button")
        }.class("filters")
      }
      Table(
        header: TableRow {
          TableHeaderCell("เวลา")
          TableHeaderCell("ผู้ทำรายการ")
          TableHeaderCell("รายการ")
          TableHeaderCell("เป้าหมาย")
          TableHeaderCell("ก่อน")
          TableHeaderCell("หลัง")
        },
        rows: {
          for event in model.events {
            TableRow {
              TableCell(ThaiCalendar.shortDateTime(event.at))
              TableCell(event.actor)
              TableCell(event.action)
              TableCell(event.target).class("code")
              TableCell(event.before).class("changes")
              TableCell(event.after).class("changes")
            }
          }
        }
      ).class("data compact")
      Pager(
        page: model.page,
        pageCount: Paging(page: model.page, perPage: AuditQueries.pageSize).pageCount(total: model.total)
      ) {
        Paths.auditLog(org: model.org, page: $0)
      }
    }
  }
}
