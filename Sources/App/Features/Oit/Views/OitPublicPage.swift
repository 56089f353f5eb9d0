import Domain
import Foundation

struct OitPublicModel {
  struct Row {
    let code: String
    let title: String
    let published: Bool
    /// (label, url); a nil url is text.
    let evidence: [(label: String, url: String?)]
  }
  let title: String
  let context: OitContext
  let heading: String
  let rows: [(heading: String, rows: [Row])]
  let readiness: String
  let years: [Int]

  init(context: OitContext, statuses: [OitItemStatus], years: [Int]) {
    self.context = context
    self.years = years
    title = "การเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ \(context.year) — \(context.name)"
    heading = "ข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. \(context.year)"
    var groups: [(heading: String, rows: [Row])] = []
    for status in statuses {
      let published = status.state == .published
      let evidence: [(label: String, url: String?)] =
        published
        ? status.supplied.compactMap { supplied in supplied.url.map { (supplied.title, $0) } }
          + status.evidence.map { evidence in
            switch evidence.evidenceKind {
            case .url: return (evidence.url ?? "", evidence.url)
            case .file:
              return (evidence.file_name ?? "ไฟล์", Paths.oitEvidence(context.code, context.year, evidence.id))
            case .text: return (evidence.body ?? "", nil)
            }
          } : []
      let row = Row(code: status.item.code, title: status.item.title, published: published, evidence: evidence)
      let heading =
        status.item.indicator.title + (status.item.subIndicator.isEmpty ? "" : " — " + status.item.subIndicator)
      if groups.last?.heading == heading {
        groups[groups.count - 1].rows.append(row)
      } else {
        groups.append((heading, [row]))
      }
    }
    rows = groups
    let published = statuses.filter { $0.state == .published }.count
    readiness = "เผยแพร่แล้ว \(published) จาก \(statuses.count) ข้อ"
  }
}

/// The public OIT page an LAO links from its website's ITA menu: every item and, once
/// published, its evidence links.
struct OitPublicPage {
  let shell: PageShell
  let model: OitPublicModel

  var html: HTML {
    let context = model.context
    return Layout.page(shell) {
      Paragraph { Link(context.name, url: Paths.organization(context.code)) }.class("breadcrumbs")
      H1(model.heading)
      Paragraph(context.name + " — " + model.readiness)
      if model.years.count > 1 {
        Paragraph {
          Text("ปีอื่น: ")
          for year in model.years where year != context.year {
            Link(String(year), url: Paths.oit(context.code, year))
            Text(" ")
          }
        }
      }
      if context.canSeeWorkspace {
        Paragraph { Link("ไปที่พื้นที่ทำงาน OIT", url: Paths.oitWorkspace(context.code, context.year)).class("button") }
      }
      for group in model.rows {
        H2(group.heading)
        Table(
          header: TableRow {
            TableHeaderCell("ข้อ")
            TableHeaderCell("ข้อมูล")
            TableHeaderCell("หลักฐานที่เผยแพร่")
          }
        ) {
          for row in group.rows {
            TableRow {
              TableCell(row.code)
              TableCell(row.title)
              TableCell {
                if !row.published {
                  Span("ยังไม่เผยแพร่").class("hint")
                } else {
                  List(row.evidence) { evidence in
                    Div {
                      if let url = evidence.url {
                        Link(evidence.label, url: url)
                      } else {
                        Span(evidence.label).class("lines")
                      }
                    }
                  }
                }
              }
            }.id(row.code.lowercased())
          }
        }.class("data")
      }
    }
  }
}
