import Domain
import Foundation

struct AnnouncementReportModel {
  let code: String
  let organizationName: String
  let id: UUID
  let title: String
  let fiscalYear: Int
  let state: AnnouncementState
  let text: String
  let updatedAt: Date?
  let error: String?
  let canEdit: Bool

  init(
    code: String, organizationName: String, announcement: Announcement, text: String, updatedAt: Date?,
    error: String?, canEdit: Bool
  ) {
    self.code = code
    self.organizationName = organizationName
    id = announcement.id ?? UUID()
    title = announcement.title
    fiscalYear = announcement.fiscalYear
    state = announcement.state
    self.text = text
    self.updatedAt = updatedAt
    self.error = error
    self.canEdit = canEdit
  }
}

/// `/organizations/{code}/announcements/{id}/report`: what was done under the measures this year.
struct AnnouncementReportPage {
  let shell: PageShell
  let model: AnnouncementReportModel

  var html: HTML {
    Layout.page(shell) {
      Paragraph {
        Link(model.organizationName, url: Paths.organization(model.code)); Text(" › ")
        Link(model.title, url: Paths.announcement(model.code, model.id))
      }.class("breadcrumbs")
      H1("รายงานผลการดำเนินการตามมาตรการ ปีงบประมาณ พ.ศ. \(model.fiscalYear)")
      Paragraph(model.title).class("lead")
      Div {
        Link("รายงานผลประจำปีทุกมาตรการ (พิมพ์)", url: Paths.announcementsReport(model.code, model.fiscalYear)).class(
          "button")
      }.class("actions")
      if !AnnouncementWorkflow.allows(.report, in: model.state) {
        Paragraph("รายงานผลได้เมื่อเผยแพร่ประกาศแล้ว").class("hint")
      }
      if let updated = model.updatedAt { Paragraph("บันทึกล่าสุด \(ThaiCalendar.longDateTime(updated))").class("hint") }
      if model.canEdit {
        ErrorSummary(messages: [model.error].compactMap { $0 })
        Form(url: Paths.announcementAction(model.code, model.id, "report"), method: .post) {
          CSRFField(token: shell.csrfToken)
          FormOrigin(path: Paths.announcementAction(model.code, model.id, "report"))
          TextAreaField(
            label: "ผลการดำเนินการ (ไม่เกิน 10,000 ตัวอักษร)", name: "text", value: model.text, error: model.error,
            rows: 12)
          Button("บันทึกรายงานผล").attribute(named: "type", value: "submit").class("button primary")
        }.class("stacked")
      } else if model.text.isEmpty {
        Paragraph("ยังไม่ได้รายงานผลการดำเนินการ").class("empty")
      } else {
        Paragraph(model.text).class("lines")
      }
    }
  }
}
