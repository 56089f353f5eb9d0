import Domain
import Foundation

struct AnnouncementPrintModel {
  let path: String
  let title: String
  let document: AnnouncementDocument
  /// Shown above a document nobody signed yet.
  let draftMark: String?
  /// For the PDF: the stylesheet inlined and no toolbar.
  var inlineStyle: String? = nil

  init(path: String, organization: String, announcement: Announcement) {
    self.path = path
    title = announcement.title
    let values = AnnouncementValues(
      organization: organization, executive: announcement.signerName, executivePosition: announcement.signerPosition,
      date: announcement.signedOn, fiscalYear: announcement.fiscalYear)
    document = AnnouncementDocument(title: announcement.title, body: announcement.body, values: values)
    switch announcement.state {
    case .draft: draftMark = "ร่าง"
    case .withdrawn: draftMark = "ยกเลิกแล้ว"
    case .superseded: draftMark = "มีฉบับปรับปรุงแทนแล้ว"
    case .signed, .published: draftMark = nil
    }
  }
}

/// The announcement as the executive signs it: centred ประกาศ{org} and เรื่อง, indented
/// paragraphs, ประกาศ ณ วันที่ in Thai digits and the signature block (no Garuda).
struct AnnouncementPrintPage {
  let model: AnnouncementPrintModel
  /// The print stylesheet, inlined into the page Chromium renders to PDF (read once).
  static let style = (try? BundledResource.text("announcement.css", in: "Resources/Public/static")) ?? ""

  var html: HTML {
    let head = HTML.Head(
      title: model.title, stylesheets: model.inlineStyle == nil ? ["/static/announcement.css"] : [],
      inlineStyle: model.inlineStyle, scripts: model.inlineStyle == nil ? ["/static/app.js"] : [])
    let document = model.document
    return HTML(head: head) {
      if model.inlineStyle == nil {
        Div {
          Button("พิมพ์").attribute(named: "type", value: "button").class("button primary")
            .attribute(named: "data-print", value: "1")
          Link("ดาวน์โหลด PDF", url: model.path + "/print.pdf")
          Link("กลับไปที่ประกาศ", url: model.path)
        }.class("toolbar")
      }
      Article {
        if let mark = model.draftMark { Paragraph(mark).class("draft-mark") }
        Paragraph(document.heading).class("heading")
        Paragraph(document.subject).class("subject")
        Paragraph("-----------------------------------").class("rule")
        for paragraph in document.paragraphs { Paragraph(paragraph).class("para") }
        Div {
          Paragraph(document.dateLine).class("date-line")
          Div {
            for line in document.signatureLines { Paragraph(line) }
          }.class("signature")
        }.class("closing")
      }.class("announcement-doc")
    }
  }
}

struct AnnouncementYearReportModel {
  struct Item {
    let title: String
    let publishedOn: String
    let text: String
  }
  let path: String
  let registerPath: String
  let heading: String
  let organization: String
  let items: [Item]
  let asOf: String
  let signatureLines: [String]

  init(
    code: String, organization: String, fiscalYear: Int, items: [(Announcement, String)], executive: OrganizationProfile
  ) {
    func d(_ text: String) -> String { ThaiDigits.convert(text) }
    path = Paths.announcementsReport(code, fiscalYear)
    registerPath = Paths.announcements(code, fiscalYear: fiscalYear)
    heading = d("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. \(fiscalYear)")
    self.organization = organization
    self.items = items.enumerated().map { index, item in
      Item(
        title: d("\(index + 1). \(item.0.title)"),
        publishedOn: d("เผยแพร่เมื่อ " + (item.0.publishedOn.map { AnnouncementDocument.officialDate($0) } ?? "—")),
        text: d(item.1.isEmpty ? "ยังไม่ได้รายงานผลการดำเนินการ" : item.1))
    }
    asOf = d("ข้อมูล ณ วันที่ " + AnnouncementDocument.officialDate(Date()))
    let values = AnnouncementValues(
      organization: organization, executive: executive.executiveName, executivePosition: executive.executivePosition,
      date: nil, fiscalYear: fiscalYear)
    signatureLines = AnnouncementTemplate.fill(AnnouncementTemplate.signature, with: values).split(separator: "\n")
      .map { d(String($0)) }
  }
}

/// `/organizations/{code}/announcements/report/{fy}`: what was done under every published
/// announcement of a year, printable.
struct AnnouncementYearReportPage {
  let model: AnnouncementYearReportModel

  var html: HTML {
    HTML(head: HTML.Head(title: model.heading, stylesheets: ["/static/announcement.css"], scripts: ["/static/app.js"]))
    {
      Div {
        Button("พิมพ์").attribute(named: "type", value: "button").class("button primary")
          .attribute(named: "data-print", value: "1")
        Link("กลับไปที่ทะเบียนประกาศ", url: model.registerPath)
      }.class("toolbar")
      Article {
        Paragraph(model.heading).class("heading")
        Paragraph(model.organization).class("subject")
        Paragraph("-----------------------------------").class("rule")
        if model.items.isEmpty { Paragraph("ยังไม่มีประกาศที่เผยแพร่ในปีงบประมาณนี้").class("para") }
        for item in model.items {
          H2(item.title)
          Paragraph(item.publishedOn).class("meta")
          Paragraph(item.text).class("lines")
        }
        Div {
          Paragraph(model.asOf).class("date-line")
          Div {
            Paragraph("ผู้รายงาน")
            for line in model.signatureLines { Paragraph(line) }
          }.class("signature")
        }.class("closing")
      }.class("announcement-doc")
    }
  }
}
