import Domain
import Foundation

struct AnnouncementListModel {
  struct Row {
    let id: UUID
    let kindName: String
    let title: String
    let version: Int
    let state: AnnouncementState
    let signedOn: Date?
    let publishedOn: Date?
    let hasFile: Bool

    init(_ row: Announcement, hasFile: Bool) {
      id = row.id ?? UUID()
      kindName = row.kind.thaiTitle
      title = row.title
      version = row.version
      state = row.state
      signedOn = row.signedOn
      publishedOn = row.publishedOn
      self.hasFile = hasFile
    }
  }

  let code: String
  let organizationName: String
  let fiscalYear: Int
  let years: [Int]
  let rows: [Row]
  let canManage: Bool
  /// The asker also sees drafts and signed-unpublished announcements.
  let seesUnpublished: Bool
}

/// `/organizations/{code}/announcements?fy=`: the register of one fiscal year.
struct AnnouncementListPage {
  let shell: PageShell
  let model: AnnouncementListModel

  var html: HTML {
    Layout.page(shell) {
      Paragraph { Link(model.organizationName, url: Paths.organization(model.code)) }.class("breadcrumbs")
      H1("ประกาศมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. \(model.fiscalYear)")
      Paragraph(
        "ประกาศ นโยบาย และมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานที่ผู้บริหารลงนามแล้ว "
          + "ใช้เป็นหลักฐานการเปิดเผยข้อมูลสาธารณะ (OIT) ของการประเมิน ITA")
      Navigation {
        Span("ปีงบประมาณ: ")
        for year in model.years {
          if year == model.fiscalYear {
            Span("พ.ศ. \(year)").class("current")
          } else {
            Link("พ.ศ. \(year)", url: Paths.announcements(model.code, fiscalYear: year))
          }
        }
      }.class("filters").accessibilityLabel("เลือกปีงบประมาณ")
      Div {
        if model.canManage {
          Link(
            "สร้างประกาศจากแบบ",
            url: Paths.withQuery(Paths.newAnnouncements(model.code), [("fy", String(model.fiscalYear))])
          )
          .class("button primary")
        }
        Link("รายงานผลการดำเนินการประจำปี", url: Paths.announcementsReport(model.code, model.fiscalYear)).class("button")
      }.class("actions")
      if !model.seesUnpublished {
        Paragraph("แสดงเฉพาะประกาศที่เผยแพร่แล้ว").class("hint")
      }
      if model.rows.isEmpty {
        Paragraph("ยังไม่มีประกาศของปีงบประมาณนี้").class("empty")
      } else {
        Table(
          header: TableRow {
            TableHeaderCell("เรื่อง")
            TableHeaderCell("ฉบับที่")
            TableHeaderCell("สถานะ")
            TableHeaderCell("วันที่ลงนาม")
            TableHeaderCell("วันที่เผยแพร่")
            TableHeaderCell("ไฟล์ที่ลงนาม")
          },
          rows: {
            for row in model.rows {
              TableRow {
                TableCell { Link(row.title, url: Paths.announcement(model.code, row.id)) }
                TableCell(String(row.version)).class("number")
                TableCell(row.state.thaiName).class("status-\(row.state.rawValue)")
                TableCell(row.signedOn.map { ThaiCalendar.longDate($0) } ?? "—")
                TableCell(row.publishedOn.map { ThaiCalendar.longDate($0) } ?? "—")
                TableCell {
                  if row.hasFile {
                    Link("เปิดไฟล์", url: Paths.announcementFile(model.code, row.id))
                  } else {
                    Text("—")
                  }
                }
              }
            }
          }
        ).class("data")
      }
    }
  }
}
