import Domain
import Foundation

/// `/pacc/sessions`: the year's sessions and a form to add one.
struct PaccSessionListPage {
  let shell: PageShell
  let year: Int
  let sessions: [PaccSession]
  let values: [String: String]
  let errors: FieldErrors

  var html: HTML {
    Layout.page(shell) {
      Paragraph { Link("โครงการเฝ้าระวังการทุจริตเชิงรุก", url: Paths.pacc(year: year)) }.class("breadcrumbs")
      H1("การอบรมหลักสูตร ปีงบประมาณ พ.ศ. \(year)")
      if sessions.isEmpty { Paragraph("ยังไม่มีรุ่นการอบรมในปีนี้").class("empty") }
      if !sessions.isEmpty {
        Table(
          header: TableRow {
            for heading in ["รุ่น", "หลักสูตร", "สำนักงาน", "วันที่", "สถานที่", "เกณฑ์ผ่าน"] { TableHeaderCell(heading) }
          },
          rows: {
            for session in sessions {
              TableRow {
                TableCell { Link(session.title, url: Paths.paccSession(session.id ?? UUID())) }
                TableCell(session.course.thaiName)
                TableCell(session.paccOffice.shortName)
                TableCell(session.datesText)
                TableCell(session.place)
                TableCell(String(session.passMark)).class("number")
              }
            }
          }
        ).class("data")
      }
      H2("เพิ่มรุ่นการอบรม")
      ErrorSummary(messages: errors.messages.values.sorted())
      Form(url: Paths.paccSessions, method: .post) {
        CSRFField(token: shell.csrfToken)
        FormOrigin(path: Paths.paccSessions)
        SelectField(
          label: "หลักสูตร", name: "course",
          options: [("", "— เลือก —")] + PaccCourse.allCases.map { ($0.rawValue, $0.thaiName) },
          selected: values["course"] ?? "", error: errors["course"])
        FormField(label: "ชื่อรุ่น", name: "title", value: values["title"] ?? "", error: errors["title"], required: true)
        FormField(
          label: "วันเริ่ม (วว/ดด/ปปปป พ.ศ.)", name: "startsOn", value: values["startsOn"] ?? "", error: errors["startsOn"]
        )
        FormField(
          label: "วันสิ้นสุด", name: "endsOn", value: values["endsOn"] ?? "", error: errors["endsOn"],
          hint: "เว้นว่างเมื่ออบรมวันเดียว")
        FormField(label: "สถานที่", name: "place", value: values["place"] ?? "")
        FormField(
          label: "เกณฑ์ผ่าน (คะแนนเต็ม 100)", name: "passMark",
          value: values["passMark"] ?? String(PaccTraining.defaultPassMark),
          error: errors["passMark"], inputMode: "numeric")
        Button("เพิ่มรุ่น").attribute(named: "type", value: "submit").class("button primary")
      }.class("stacked")
    }
  }
}

/// A session: trainees with attendance and scores, registration, import, certificates.
struct PaccSessionPage {
  let shell: PageShell
  let session: PaccSession
  let trainees: [PaccTrainee]
  let certificates: [UUID: PaccCertificate]
  let values: [String: String]
  let errors: FieldErrors

  var html: HTML {
    let id = session.id ?? UUID()
    let passed = trainees.filter {
      PaccTraining.passed(attended: $0.attended, score: $0.score, passMark: session.passMark)
    }
    return Layout.page(shell) {
      Paragraph { Link("การอบรมหลักสูตร", url: Paths.paccSessions) }.class("breadcrumbs")
      H1("\(session.course.thaiName): \(session.title)")
      Paragraph(
        "\(session.paccOffice.fullName) · \(session.datesText) · \(session.place) · เกณฑ์ผ่าน \(session.passMark) คะแนน")
      Paragraph(
        "ลงทะเบียน \(trainees.count) คน · เข้าอบรม \(trainees.filter(\.attended).count) คน · ผ่านเกณฑ์ \(passed.count) คน · ออกใบประกาศนียบัตรแล้ว \(certificates.count) ใบ"
      ).class("formula")
      ErrorSummary(messages: errors.messages.values.sorted())
      if !trainees.isEmpty { results(id) }
      H2("ลงทะเบียนผู้เข้ารับการอบรม")
      Form(url: Paths.paccSessionTrainees(id), method: .post) {
        CSRFField(token: shell.csrfToken)
        FormOrigin(path: Paths.paccSession(id))
        FormField(label: "ชื่อ-นามสกุล", name: "name", value: values["name"] ?? "", error: errors["name"], required: true)
        FormField(label: "ตำแหน่ง", name: "position", value: values["position"] ?? "")
        FormField(label: "หน่วยงาน", name: "unit", value: values["unit"] ?? "")
        FormField(label: "รหัส อปท. (ถ้ามี)", name: "org", value: values["org"] ?? "", inputMode: "numeric")
        Button("เพิ่ม").attribute(named: "type", value: "submit").class("button")
      }.class("stacked")
      Form(url: Paths.paccSessionImport(id), method: .post, contentType: .multipartData) {
        CSRFField(token: shell.csrfToken)
        Label("นำเข้ารายชื่อจากไฟล์ CSV (ชื่อ-นามสกุล, ตำแหน่ง, หน่วยงาน, รหัส อปท.)") {
          Input(type: .file, name: "file").attribute(named: "accept", value: ".csv,text/csv")
        }
        if let error = errors["file"] { Paragraph(error).class("field-error") }
        Button("นำเข้า").attribute(named: "type", value: "submit").class("button")
      }.class("stacked")
    }
  }

  private func results(_ id: UUID) -> Component {
    Div {
      Form(url: Paths.paccSessionResults(id), method: .post) {
        CSRFField(token: shell.csrfToken)
        FormOrigin(path: Paths.paccSession(id))
        Table(
          header: TableRow {
            for heading in ["ชื่อ-นามสกุล", "ตำแหน่ง", "หน่วยงาน", "เข้าอบรม", "คะแนน", "ผล", "ใบประกาศนียบัตร"] {
              TableHeaderCell(heading)
            }
          },
          rows: {
            for trainee in trainees { row(trainee) }
          }
        ).class("data")
        Button("บันทึกการเข้าอบรมและคะแนน").attribute(named: "type", value: "submit").class("button primary")
      }
      PostButton(
        action: Paths.paccSessionCertificates(id), label: "ออกใบประกาศนียบัตรให้ผู้ผ่านเกณฑ์", csrfToken: shell.csrfToken)
      revocations
    }
  }

  private func row(_ trainee: PaccTrainee) -> Component {
    let key = trainee.id?.uuidString ?? ""
    let certificate = trainee.id.flatMap { certificates[$0] }
    let passed = PaccTraining.passed(attended: trainee.attended, score: trainee.score, passMark: session.passMark)
    return TableRow {
      TableCell(trainee.name)
      TableCell(trainee.position)
      TableCell(trainee.unitName)
      TableCell {
        Input(type: .checkbox, name: "attended-\(key)", value: "1")
          .attribute(named: "checked", value: trainee.attended ? "checked" : "")
          .attribute(named: "disabled", value: certificate == nil ? "" : "disabled")
          .attribute(named: "aria-label", value: "เข้าอบรม: \(trainee.name)")
      }
      TableCell {
        Input(type: .text, name: "score-\(key)", value: values["score-\(key)"] ?? trainee.score.map(String.init) ?? "")
          .attribute(named: "inputmode", value: "numeric").attribute(named: "size", value: "4")
          .attribute(named: "readonly", value: certificate == nil ? "" : "readonly")
          .attribute(named: "aria-label", value: "คะแนน: \(trainee.name)")
      }
      TableCell(passed ? "ผ่าน" : (trainee.attended && trainee.score != nil ? "ไม่ผ่าน" : "—"))
      TableCell {
        if let certificate {
          Link(certificate.number, url: Paths.paccCertificatePrint(certificate.number))
          if certificate.revokedAt != nil { Span(" (เพิกถอนแล้ว)").class("status bad") }
        }
      }
    }
  }

  /// Revocation forms sit outside the results form (forms cannot nest).
  private var revocations: Component {
    let active = certificates.values.filter { $0.revokedAt == nil }.sorted { $0.number < $1.number }
    return Div {
      if !active.isEmpty {
        El("details") {
          El("summary") { Text("เพิกถอนใบประกาศนียบัตร") }
          for certificate in active {
            Form(url: Paths.paccCertificateRevoke(certificate.number), method: .post) {
              CSRFField(token: shell.csrfToken)
              Label("\(certificate.number) \(certificate.holderName): เหตุผล") {
                Input(type: .text, name: "reason", isRequired: true)
              }
              Button("เพิกถอน").attribute(named: "type", value: "submit").class("button danger")
                .attribute(named: "data-confirm", value: "เพิกถอนใบประกาศนียบัตร \(certificate.number)?")
            }.class("inline")
          }
        }
      }
    }
  }
}
