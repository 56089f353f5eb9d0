import Domain
import Foundation

struct AnnouncementPageModel {
  struct Version {
    let id: UUID
    let version: Int
    let state: AnnouncementState
    let publishedOn: Date?
  }

  let code: String
  let organizationName: String
  let id: UUID
  let kind: AnnouncementKind
  let fiscalYear: Int
  let version: Int
  let title: String
  let body: String
  let signerName: String?
  let signerPosition: String?
  let state: AnnouncementState
  let signedOn: Date?
  let publishedOn: Date?
  let withdrawnOn: Date?
  let withdrawReason: String?
  let file: (name: String, size: String)?
  let versions: [Version]
  let project: AnnouncementProjectOption?
  let projectOptions: [AnnouncementProjectOption]
  let reportText: String?
  let canManage: Bool
  let values: [String: String]
  let errors: FieldErrors
  /// A restored draft's note.
  var notice: String? = nil

  init(
    code: String, organizationName: String, announcement: Announcement, file: AnnouncementFile?,
    versions: [Announcement], project: AnnouncementProjectOption?, projectOptions: [AnnouncementProjectOption],
    reportText: String?, canManage: Bool, values: [String: String], errors: FieldErrors
  ) {
    self.code = code
    self.organizationName = organizationName
    id = announcement.id ?? UUID()
    kind = announcement.kind
    fiscalYear = announcement.fiscalYear
    version = announcement.version
    title = announcement.title
    body = announcement.body
    signerName = announcement.signerName
    signerPosition = announcement.signerPosition
    state = announcement.state
    signedOn = announcement.signedOn
    publishedOn = announcement.publishedOn
    withdrawnOn = announcement.withdrawnOn
    withdrawReason = announcement.withdrawReason
    self.file = file.map { ($0.fileName, EvidenceQueries.size($0.sizeBytes)) }
    self.versions = versions.compactMap { row in
      row.id.map { Version(id: $0, version: row.version, state: row.state, publishedOn: row.publishedOn) }
    }
    self.project = project
    self.projectOptions = projectOptions
    self.reportText = reportText
    self.canManage = canManage
    self.values = values
    self.errors = errors
  }

  var newer: Version? { versions.first { $0.version > version } }
}

/// `/organizations/{code}/announcements/{id}`: one announcement, its forms by state.
struct AnnouncementPage {
  let shell: PageShell
  let model: AnnouncementPageModel

  var html: HTML {
    Layout.page(shell) {
      Paragraph {
        Link(model.organizationName, url: Paths.organization(model.code)); Text(" › ")
        Link(
          "ประกาศมาตรการส่งเสริมคุณธรรม ปี \(model.fiscalYear)",
          url: Paths.announcements(model.code, fiscalYear: model.fiscalYear))
      }.class("breadcrumbs")
      H1(model.title)
      notices
      Div {
        Link("พิมพ์ประกาศ", url: Paths.announcementAction(model.code, model.id, "print")).class("button")
        if model.file != nil {
          Link("เปิดไฟล์ที่ลงนามแล้ว", url: Paths.announcementFile(model.code, model.id)).class("button")
        }
        if AnnouncementWorkflow.allows(.report, in: model.state) {
          Link("รายงานผลการดำเนินการ", url: Paths.announcementAction(model.code, model.id, "report")).class("button")
        }
        if model.canManage && AnnouncementWorkflow.allows(.revise, in: model.state) && model.newer == nil {
          PostButton(
            action: Paths.announcementAction(model.code, model.id, "revise"), label: "จัดทำฉบับปรับปรุง",
            csrfToken: shell.csrfToken, confirm: "สร้างร่างฉบับปรับปรุงจากประกาศนี้? (ฉบับนี้ยังใช้อยู่จนกว่าจะเผยแพร่ฉบับใหม่)")
        }
      }.class("actions")
      DefinitionList(rows: facts)
      if let project = model.project {
        Paragraph {
          Text("เป็นส่วนหนึ่งของ")
          Link(project.label, url: Paths.project(model.code, project.periodCode, project.id.uuidString))
        }.class("linked-project")
      }
      if model.canManage && model.state == .draft {
        editForm
        signForm
      } else {
        H2("ข้อความของประกาศ")
        Div {
          for line in model.body.split(separator: "\n") { Paragraph(String(line)) }
        }.class("announcement-text")
      }
      if model.canManage && model.state == .signed { publishForm }
      if model.canManage && model.state == .published { withdrawForm }
      if model.canManage && model.state != .withdrawn && model.state != .superseded { linkForm }
      if model.versions.count > 1 { versionsTable }
    }
  }

  private var notices: Component {
    Div {
      if let notice = model.notice { Paragraph(notice).class("notice") }
      if model.state == .draft && model.canManage && (model.signerName ?? "").isEmpty {
        Paragraph(
          "ยังไม่มีชื่อผู้ลงนาม: กรุณากรอกชื่อและตำแหน่งผู้บริหารในข้อมูลองค์กรหรือในแบบฟอร์มด้านล่าง "
            + "มิฉะนั้นฉบับพิมพ์จะเว้นช่องลงนามไว้"
        ).class("notice warning")
      }
      if model.state == .superseded, let newer = model.newer {
        Paragraph {
          Text("ประกาศนี้มีฉบับปรับปรุงแทนแล้ว: ")
          Link("ฉบับที่ \(newer.version)", url: Paths.announcement(model.code, newer.id))
        }.class("notice")
      } else if let newer = model.newer {
        Paragraph {
          Text("มีร่างฉบับปรับปรุงอยู่: ")
          Link("ฉบับที่ \(newer.version) (\(newer.state.thaiName))", url: Paths.announcement(model.code, newer.id))
        }.class("notice")
      }
      if model.state == .withdrawn {
        Paragraph(withdrawnText).class("notice warning")
      }
    }
  }

  private var withdrawnText: String {
    let when: String = model.withdrawnOn.map { " เมื่อ " + ThaiCalendar.longDate($0) } ?? ""
    let why: String = model.withdrawReason.map { " เหตุผล: " + $0 } ?? ""
    return "ประกาศนี้ถูกยกเลิกแล้ว" + when + why
  }

  private var facts: [(String, String)] {
    let signer: String =
      [model.signerName, model.signerPosition].compactMap { $0 }.joined(separator: " — ").nonEmpty ?? "— (ยังไม่ระบุ)"
    let signed: String = model.signedOn.map { ThaiCalendar.longDate($0) } ?? "—"
    let published: String = model.publishedOn.map { ThaiCalendar.longDate($0) } ?? "—"
    let file: String = model.file.map { "\($0.name) (\($0.size))" } ?? "—"
    let project: String = model.project?.label ?? "—"
    var rows: [(String, String)] = [("ประเภท", model.kind.thaiTitle)]
    rows.append(("ปีงบประมาณ", "พ.ศ. \(model.fiscalYear)"))
    rows.append(("ฉบับที่", String(model.version)))
    rows.append(("สถานะ", model.state.thaiName))
    rows.append(("ผู้ลงนาม", signer))
    rows.append(("วันที่ลงนาม", signed))
    rows.append(("วันที่เผยแพร่", published))
    rows.append(("ไฟล์ที่ลงนามแล้ว", file))
    rows.append(("โครงการในแผนที่เกี่ยวข้อง", project))
    if let text = model.reportText, !text.isEmpty { rows.append(("รายงานผลการดำเนินการ", text)) }
    return rows
  }

  private var editForm: Component {
    Div {
      H2("แก้ไขร่างประกาศ")
      ErrorSummary(messages: ["title", "body", "signerName", "signerPosition"].compactMap { model.errors[$0] })
      Form(url: Paths.announcement(model.code, model.id), method: .post) {
        CSRFField(token: shell.csrfToken)
        FormOrigin(path: Paths.announcement(model.code, model.id))
        FormField(
          label: "เรื่อง", name: "title", value: model.values["title"] ?? model.title, error: model.errors["title"],
          required: true)
        TextAreaField(
          label: "ข้อความ (ขึ้นบรรทัดใหม่ = ย่อหน้าใหม่)", name: "body", value: model.values["body"] ?? model.body,
          error: model.errors["body"], rows: 20)
        FormField(
          label: "ชื่อผู้ลงนาม", name: "signerName", value: model.values["signerName"] ?? model.signerName ?? "",
          error: model.errors["signerName"], hint: "เช่น นายสมชาย ใจดี")
        FormField(
          label: "ตำแหน่งผู้ลงนาม", name: "signerPosition",
          value: model.values["signerPosition"] ?? model.signerPosition ?? "", error: model.errors["signerPosition"],
          hint: "เช่น นายกเทศมนตรีเมืองหนองปรือ")
        Button("บันทึกร่าง").attribute(named: "type", value: "submit").class("button primary")
      }.class("stacked")
    }
  }

  private var signForm: Component {
    Div {
      H2("แนบประกาศที่ลงนามแล้ว")
      Paragraph("เมื่อผู้บริหารลงนามแล้ว สแกนประกาศเป็น PDF, JPEG หรือ PNG ไม่เกิน 5 MB หลังแนบแล้วแก้ไขข้อความไม่ได้").class("hint")
      ErrorSummary(messages: ["file", "signedOn"].compactMap { model.errors[$0] })
      Form(
        url: Paths.announcementAction(model.code, model.id, "sign"), method: .post, contentType: .multipartData
      ) {
        CSRFField(token: shell.csrfToken)
        FormField(
          label: "วันที่ลงนาม (วัน/เดือน/ปี พ.ศ.)", name: "signedOn",
          value: model.values["signedOn"] ?? ThaiCalendar.numericDate(Date()), error: model.errors["signedOn"],
          required: true)
        Div {
          Label("ไฟล์ประกาศที่ลงนามแล้ว *") {}.attribute(named: "for", value: "file")
          Input(type: .file, name: "file", isRequired: true).id("file")
            .attribute(named: "accept", value: "application/pdf,image/jpeg,image/png")
          if let error = model.errors["file"] { Paragraph(error).class("field-error") }
        }.class(model.errors["file"] == nil ? "field" : "field has-error")
        Button("แนบไฟล์และบันทึกการลงนาม").attribute(named: "type", value: "submit").class("button primary")
      }.class("stacked")
    }
  }

  private var publishForm: Component {
    Div {
      H2("เผยแพร่ประกาศ")
      ErrorSummary(messages: ["publishedOn"].compactMap { model.errors[$0] })
      Form(url: Paths.announcementAction(model.code, model.id, "publish"), method: .post) {
        CSRFField(token: shell.csrfToken)
        FormField(
          label: "วันที่เผยแพร่ (วัน/เดือน/ปี พ.ศ.)", name: "publishedOn",
          value: model.values["publishedOn"] ?? ThaiCalendar.numericDate(Date()), error: model.errors["publishedOn"],
          required: true)
        Button("เผยแพร่").attribute(named: "type", value: "submit").class("button primary")
      }.class("stacked")
    }
  }

  private var withdrawForm: Component {
    Div {
      H2("ยกเลิกประกาศ")
      ErrorSummary(messages: ["reason"].compactMap { model.errors[$0] })
      Form(url: Paths.announcementAction(model.code, model.id, "withdraw"), method: .post) {
        CSRFField(token: shell.csrfToken)
        TextAreaField(
          label: "เหตุผลที่ยกเลิก *", name: "reason", value: model.values["reason"] ?? "", error: model.errors["reason"])
        Button("ยกเลิกประกาศ").attribute(named: "type", value: "submit").class("button danger")
          .attribute(named: "data-confirm", value: "ยกเลิกประกาศนี้? ประกาศที่ยกเลิกยังเปิดดูได้ แต่ไม่นับเป็นประกาศที่ใช้อยู่")
      }.class("stacked")
    }
  }

  private var linkForm: Component {
    Div {
      H2("โครงการในแผนที่เกี่ยวข้อง")
      Form(url: Paths.announcementAction(model.code, model.id, "link"), method: .post) {
        CSRFField(token: shell.csrfToken)
        SelectField(
          label: "โครงการ/กิจกรรม/มาตรการในแผนปฏิบัติการป้องกันการทุจริต", name: "project",
          options: [(value: "", label: "— ไม่เชื่อมกับโครงการ —")]
            + model.projectOptions.map { (value: $0.id.uuidString, label: $0.label) },
          selected: model.values["project"] ?? model.project?.id.uuidString ?? "", error: model.errors["project"])
        Button("บันทึก").attribute(named: "type", value: "submit").class("button")
      }.class("stacked")
    }
  }

  private var versionsTable: Component {
    Div {
      H2("ทุกฉบับของประกาศนี้")
      Table(
        header: TableRow {
          TableHeaderCell("ฉบับที่")
          TableHeaderCell("สถานะ")
          TableHeaderCell("วันที่เผยแพร่")
        },
        rows: {
          for version in model.versions {
            TableRow {
              TableCell {
                if version.id == model.id {
                  Text("ฉบับที่ \(version.version) (ฉบับนี้)")
                } else {
                  Link("ฉบับที่ \(version.version)", url: Paths.announcement(model.code, version.id))
                }
              }
              TableCell(version.state.thaiName)
              TableCell(version.publishedOn.map { ThaiCalendar.longDate($0) } ?? "—")
            }
          }
        }
      ).class("data compact")
    }
  }
}
