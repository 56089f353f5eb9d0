import Domain
import Foundation

/// A certificate to print (A4 portrait) with its number and verification code.
struct PaccCertificatePrintPage {
  let certificate: PaccCertificate
  let checkURL: String

  var html: HTML {
    let head = HTML.Head(
      title: "ใบประกาศนียบัตร \(certificate.number)", stylesheets: ["/static/certificate.css"],
      scripts: ["/static/app.js"])
    return HTML(head: head) {
      Div {
        Button("พิมพ์").attribute(named: "type", value: "button").class("button primary").attribute(
          named: "data-print", value: "1")
        Link("กลับไปที่การอบรม", url: Paths.paccSessions)
      }.class("toolbar")
      Div {
        Paragraph("สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตในภาครัฐ (สำนักงาน ป.ป.ท.)").class("issuer")
        Paragraph(certificate.paccOffice.fullName).class("lead")
        Paragraph("ประกาศนียบัตรฉบับนี้ให้ไว้เพื่อแสดงว่า").class("kind")
        Paragraph(certificate.holderName).class("holder")
        if !certificate.unitName.isEmpty { Paragraph(certificate.unitName).class("lead") }
        Paragraph("ได้ผ่านการอบรม").class("lead")
        Paragraph(certificate.course.thaiName).class("course")
        Paragraph("ระหว่างวันที่ \(certificate.sessionDates)").class("lead")
        Paragraph("ให้ไว้ ณ วันที่ \(ThaiCalendar.longDate(certificate.issuedOn))").class("lead")
        if let revoked = certificate.revokedAt {
          Paragraph("เพิกถอนแล้วเมื่อ \(ThaiCalendar.longDate(revoked))").class("revoked")
        }
        Div {
          Paragraph("เลขที่ \(certificate.number)")
          Paragraph {
            Text("รหัสตรวจสอบ "); El("code") { Text(PaccCertificateNumber.printed(certificate.code)) }
          }
          Paragraph("ตรวจสอบได้ที่ \(checkURL)")
        }.class("check")
      }.class("certificate")
    }
  }
}

struct PaccCertificateCheckModel {
  var number: String
  var code: String
  var asked = false
  var found: PaccCertificateJSON?
}

/// `/certificates`: anyone checks a certificate by its number and code.
struct PaccCertificateCheckPage {
  let shell: PageShell
  let model: PaccCertificateCheckModel

  var html: HTML {
    Layout.page(shell) {
      H1("ตรวจสอบใบประกาศนียบัตร สำนักงาน ป.ป.ท.")
      Paragraph("กรอกเลขที่และรหัสตรวจสอบตามที่พิมพ์อยู่ท้ายใบประกาศนียบัตร").class("hint")
      Form(url: Paths.certificateCheck, method: .get) {
        FormField(label: "เลขที่ (เช่น 2567-05-00012)", name: "number", value: model.number)
        FormField(label: "รหัสตรวจสอบ (10 ตัวอักษร)", name: "code", value: model.code, autocomplete: "off")
        Button("ตรวจสอบ").attribute(named: "type", value: "submit").class("button primary")
      }.class("stacked")
      if model.asked {
        if let found = model.found {
          Div {
            H2(found.valid ? "ใบประกาศนียบัตรนี้ออกโดยสำนักงาน ป.ป.ท. และยังใช้ได้" : "ใบประกาศนียบัตรนี้ถูกเพิกถอนแล้ว")
            El("dl") {
              for (term, value) in [
                ("เลขที่", found.number), ("ชื่อ-นามสกุล", found.holderName), ("หน่วยงาน", found.unitName),
                ("หลักสูตร", found.course), ("ผู้ออก", found.office), ("วันที่อบรม", found.sessionDates),
              ] {
                El("dt") { Text(term) }
                El("dd") { Text(value.isEmpty ? "—" : value) }
              }
              if let reason = found.revokeReason {
                El("dt") { Text("เหตุผลที่เพิกถอน") }
                El("dd") { Text(reason) }
              }
            }.class("facts")
          }.class(found.valid ? "notice" : "notice warning")
        } else {
          Paragraph("ไม่พบใบประกาศนียบัตรที่ตรงกับเลขที่และรหัสตรวจสอบนี้ กรุณาตรวจสอบอีกครั้ง").class("notice warning")
            .attribute(named: "role", value: "alert")
        }
      }
    }
  }
}
