import Domain
import Foundation

struct PaccDashboardModel {
  struct Row {
    let office: PaccOffice
    let indicators: [PaccIndicator]
  }

  let year: Int
  let programmeName: String?
  let isCentral: Bool
  let office: PaccOffice
  let rows: [Row]
  let total: [PaccIndicator]
}

/// `/pacc`: every seed-003 indicator, target against achieved, per office and in total.
struct PaccDashboardPage {
  let shell: PageShell
  let model: PaccDashboardModel

  var html: HTML {
    Layout.page(shell) {
      H1("โครงการขับเคลื่อนระบบเฝ้าระวังการทุจริตเชิงรุกในหน่วยงานภาครัฐ ปีงบประมาณ พ.ศ. \(model.year)")
      Paragraph(model.isCentral ? "ทุกสำนักงาน (กปก. และ ปปท. เขต 1–9)" : model.office.fullName).class("hint")
      Div {
        Link("เรื่องเฝ้าระวัง", url: Paths.paccCases(year: model.year)).class("button")
        Link("เปิดเรื่องใหม่", url: Paths.paccNewCase).class("button")
        Link("การอบรมและใบประกาศนียบัตร", url: Paths.paccSessions).class("button")
        Link("กิจกรรมและงบประมาณ", url: Paths.paccProgramme(model.year)).class("button")
        Link("คลินิกธรรมาภิบาล", url: Paths.paccClinic).class("button")
        Link("หน่วยงานเป้าหมาย ITA/No Gift", url: Paths.paccAgencies(year: model.year)).class("button")
        Link("พิมพ์รายงานผลโครงการ", url: Paths.paccReport(model.year)).class("button")
        Link("ดาวน์โหลด CSV", url: Paths.paccIndicatorsCSV(model.year))
        Link("ดาวน์โหลด XLSX", url: Paths.paccIndicatorsXLSX(model.year))
      }.class("actions")
      Form(url: Paths.pacc, method: .get) {
        FormField(label: "ปีงบประมาณ", name: "fy", value: String(model.year), inputMode: "numeric")
        Button("แสดง").attribute(named: "type", value: "submit").class("button")
      }.class("inline")
      if model.programmeName == nil {
        Paragraph("ยังไม่ได้เปิดโครงการของปีนี้ ตัวชี้วัดใช้เป้าหมายตามโครงการปี 2567").class("notice warning")
      }
      H2("ตัวชี้วัดรวม")
      Table(
        header: TableRow {
          for heading in ["ข้อ", "ตัวชี้วัด", "เป้าหมาย", "ผล", "บรรลุ", "วิธีนับ"] { TableHeaderCell(heading) }
        },
        rows: {
          for indicator in model.total {
            TableRow {
              TableCell(indicator.key.seedNumber)
              TableCell { Link(indicator.key.title, url: Self.drillDown(indicator.key, year: model.year)) }
              TableCell(indicator.targetText)
              TableCell(indicator.achievedText).class("number")
              TableCell(Self.met(indicator)).class(indicator.met == false ? "status bad" : "status")
              TableCell(indicator.key.formula).class("hint")
            }
          }
        }
      ).class("data")
      if model.rows.count > 1 {
        H2("รายสำนักงาน")
        Table(
          header: TableRow {
            TableHeaderCell("สำนักงาน")
            for key in PaccIndicatorKey.allCases { TableHeaderCell(key.seedNumber) }
          },
          rows: {
            for row in model.rows {
              TableRow {
                TableCell(row.office.shortName)
                for indicator in row.indicators { TableCell(indicator.achievedText).class("number") }
              }
            }
          }
        ).class("data")
        Paragraph("เป้าหมายจำนวน (แห่ง เรื่อง คน) เป็นเป้าหมายรวมของโครงการ ส่วนเป้าหมายร้อยละใช้กับทุกสำนักงาน").class("hint")
      }
    }
  }

  /// Where the records behind a figure are listed.
  static func drillDown(_ key: PaccIndicatorKey, year: Int) -> String {
    switch key {
    case .units, .cases: return Paths.paccCases(year: year)
    case .improved:
      return Paths.withQuery(Paths.paccCases, [("fy", String(year)), ("state", PaccCaseState.closed.rawValue)])
    case .trainees, .passed: return Paths.withQuery(Paths.paccSessions, [("fy", String(year))])
    case .ita, .noGift: return Paths.paccAgencies(year: year)
    }
  }

  static func met(_ indicator: PaccIndicator) -> String {
    indicator.met.map { $0 ? "บรรลุ" : "ยังไม่บรรลุ" } ?? "ยังไม่มีข้อมูล"
  }
}

/// `/pacc/{year}/programme`: activities with each office's allocation, plan and summary.
struct PaccProgrammePage {
  let shell: PageShell
  let year: Int
  let programme: PaccProgramme?
  let activities: [PaccActivity]
  let reports: [PaccActivityReport]
  let access: PaccAccess

  var html: HTML {
    Layout.page(shell) {
      Paragraph { Link("โครงการเฝ้าระวังการทุจริตเชิงรุก", url: Paths.pacc(year: year)) }.class("breadcrumbs")
      if let programme {
        H1("\(programme.name) ปีงบประมาณ พ.ศ. \(year)")
        Paragraph("งบประมาณทั้งสิ้น \(Money(satang: programme.budgetSatang).formatted) บาท").class("formula")
        for activity in activities { section(activity) }
      } else {
        H1("ยังไม่ได้เปิดโครงการปีงบประมาณ พ.ศ. \(year)")
        if access.isCentral {
          PostButton(
            action: Paths.paccInstall, label: "เปิดโครงการปี 2567 ตามหนังสือ สำนักงาน ป.ป.ท.", csrfToken: shell.csrfToken)
        }
      }
    }
  }

  private func section(_ activity: PaccActivity) -> Component {
    let allocations = activity.allocations
    let offices = access.isCentral ? PaccOffice.reportOrder : [access.office]
    let mine = reports.filter { $0.activityID == activity.id }
    let spent = mine.filter { r in offices.contains { $0.number == r.office } }.compactMap(\.spentSatang)
    let footer = TableRow {
      TableCell("รวม")
      TableCell(Money.sum(offices.compactMap { allocations[$0.number] }).formatted).class("number")
      TableCell(Money.sum(spent.map(Money.init)).formatted).class("number")
      TableCell("")
      TableCell("")
    }
    return Div {
      H2("กิจกรรมที่ \(activity.number) \(activity.name)")
      Paragraph(activity.description).class("hint")
      Table(
        header: TableRow {
          for heading in ["สำนักงาน", "งบประมาณที่ได้รับจัดสรร (บาท)", "ใช้จ่าย (บาท)", "ผู้เข้าร่วม", "สรุปผล"] {
            TableHeaderCell(heading)
          }
        }, footer: footer,
        rows: {
          for office in offices {
            let report = mine.first { $0.office == office.number }
            TableRow {
              TableCell(office.shortName)
              TableCell(allocations[office.number]?.formatted ?? "—").class("number")
              TableCell(report?.spentSatang.map { Money(satang: $0).formatted } ?? "—").class("number")
              TableCell(report?.participants.map(String.init) ?? "—").class("number")
              TableCell {
                if office == access.office {
                  Link(report == nil ? "บันทึกแผน/สรุปผล" : "แก้ไขสรุปผล", url: Paths.paccActivity(year, activity.number))
                } else {
                  Text(report.map { $0.done.isEmpty ? "มีแผนแล้ว" : "สรุปผลแล้ว" } ?? "ยังไม่บันทึก")
                }
              }
            }
          }
        }
      ).class("data")
    }
  }
}

/// An office's plan and summary (สรุปผลการดำเนินกิจกรรม) of one activity.
struct PaccActivityPage {
  let shell: PageShell
  let year: Int
  let activity: PaccActivity
  let office: PaccOffice
  let values: [String: String]
  let errors: FieldErrors
  var files: [(id: UUID, name: String)] = []

  static func values(_ report: PaccActivityReport?) -> [String: String] {
    guard let report else { return [:] }
    return [
      "plannedFrom": report.plannedFrom.map(ThaiCalendar.numericDate) ?? "",
      "plannedTo": report.plannedTo.map(ThaiCalendar.numericDate) ?? "", "place": report.place,
      "targetParticipants": report.targetParticipants.map(String.init) ?? "", "done": report.done,
      "participants": report.participants.map(String.init) ?? "",
      "spent": report.spentSatang.map { Money(satang: $0).decimalString } ?? "", "problems": report.problems,
    ]
  }

  var html: HTML {
    let path = Paths.paccActivity(year, activity.number)
    return Layout.page(shell) {
      Paragraph { Link("กิจกรรมและงบประมาณ", url: Paths.paccProgramme(year)) }.class("breadcrumbs")
      H1("กิจกรรมที่ \(activity.number) \(activity.name)")
      Paragraph(
        "\(office.fullName) · งบประมาณที่ได้รับจัดสรร \(activity.allocations[office.number]?.formatted ?? "0.00") บาท"
      )
      .class("formula")
      ErrorSummary(messages: errors.messages.values.sorted())
      Form(url: path, method: .post, contentType: .multipartData) {
        CSRFField(token: shell.csrfToken)
        FormOrigin(path: path)
        H2("แผนการดำเนินกิจกรรม")
        FormField(
          label: "วันเริ่ม (วว/ดด/ปปปป พ.ศ.)", name: "plannedFrom", value: values["plannedFrom"] ?? "",
          error: errors["plannedFrom"])
        FormField(label: "วันสิ้นสุด", name: "plannedTo", value: values["plannedTo"] ?? "", error: errors["plannedTo"])
        FormField(label: "สถานที่", name: "place", value: values["place"] ?? "")
        FormField(
          label: "กลุ่มเป้าหมาย (คน)", name: "targetParticipants", value: values["targetParticipants"] ?? "",
          error: errors["targetParticipants"], inputMode: "numeric")
        H2("สรุปผลการดำเนินกิจกรรม")
        TextAreaField(label: "ผลการดำเนินงาน", name: "done", value: values["done"] ?? "", rows: 6)
        FormField(
          label: "ผู้เข้าร่วม (คน)", name: "participants", value: values["participants"] ?? "",
          error: errors["participants"],
          inputMode: "numeric")
        FormField(
          label: "ใช้จ่ายงบประมาณ (บาท)", name: "spent", value: values["spent"] ?? "", error: errors["spent"],
          inputMode: "decimal")
        TextAreaField(label: "ปัญหา อุปสรรค และข้อเสนอแนะ", name: "problems", value: values["problems"] ?? "", rows: 4)
        if !files.isEmpty {
          Paragraph("ไฟล์แนบ")
          List(files) { file in Link(file.name, url: Paths.paccAttachment(file.id)) }
        }
        Div {
          Label("แนบภาพกิจกรรม/เอกสาร (ไม่เกิน 5 ไฟล์ต่อครั้ง ไฟล์ละไม่เกิน 5 MB)") {}.attribute(named: "for", value: "files")
          Input(type: .file, name: "files[]").id("files").attribute(named: "multiple", value: "multiple")
          if let error = errors["files"] { Paragraph(error).class("field-error") }
        }.class("field")
        Button("บันทึก").attribute(named: "type", value: "submit").class("button primary")
      }.class("stacked")
    }
  }
}
