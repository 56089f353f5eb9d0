import Domain
import Foundation

struct ComplaintStatisticsModel {
  let code: String
  let organizationName: String
  let statistics: ComplaintYearStatistics
  let years: [Int]

  var year: Int { statistics.fiscalYear }
  var periods: [(title: String, counts: ComplaintCounts)] {
    [
      (ComplaintYearStatistics.halfTitle(1, fiscalYear: year), statistics.firstHalf),
      (ComplaintYearStatistics.halfTitle(2, fiscalYear: year), statistics.secondHalf),
      ("ทั้งปีงบประมาณ \(year)", statistics.year),
    ]
  }

  static let header =
    ["ช่วง", "เรื่องที่รับ", "อยู่ระหว่างดำเนินการ", "ดำเนินการแล้วเสร็จ", "ไม่รับไว้พิจารณา", "เกินกำหนด 15 วัน"]
    + ComplaintOutcome.allCases.map { "ยุติ: " + $0.thaiName }
    + ComplaintConcern.allCases.map { "เกี่ยวกับ: " + $0.thaiName }

  var rows: [[String]] {
    periods.map { period in
      let counts = period.counts
      return [period.title]
        + [counts.received, counts.inProgress, counts.completed, counts.notTakenUp, counts.overdue].map(String.init)
        + ComplaintOutcome.allCases.map { String(counts.byOutcome[$0.rawValue] ?? 0) }
        + ComplaintConcern.allCases.map { String(counts.byConcern[$0.rawValue] ?? 0) }
    }
  }
}

/// The public statistics page: each half and the whole year, by outcome and by subject.
struct ComplaintStatisticsPage {
  let shell: PageShell
  let model: ComplaintStatisticsModel

  var html: HTML {
    Layout.page(shell) {
      Paragraph {
        Link(model.organizationName, url: Paths.organization(model.code)); Text(" › สถิติเรื่องร้องเรียน")
      }
      .class("breadcrumbs")
      H1("ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. \(model.year)")
      Paragraph(model.organizationName + " · นับเรื่องตามวันที่รับเรื่อง สถานะ ณ " + ThaiCalendar.longDateTime(Date()))
        .class("hint")
      Table(
        header: TableRow {
          for heading in ComplaintStatisticsModel.header.prefix(6) { TableHeaderCell(heading) }
        }
      ) {
        for period in model.periods {
          TableRow {
            TableCell(period.title)
            for value in [
              period.counts.received, period.counts.inProgress, period.counts.completed, period.counts.notTakenUp,
              period.counts.overdue,
            ] {
              TableCell(String(value)).class("number")
            }
          }
        }
      }.class("data")
      H2("เรื่องที่ยุติแล้ว แยกตามผล")
      Self.breakdown(ComplaintOutcome.allCases.map { ($0.thaiName, model.statistics.year.byOutcome[$0.rawValue] ?? 0) })
      H2("แยกตามเรื่องที่ร้อง")
      Self.breakdown(ComplaintConcern.allCases.map { ($0.thaiName, model.statistics.year.byConcern[$0.rawValue] ?? 0) })
      Paragraph {
        Link("ดาวน์โหลด CSV", url: Paths.complaintStatisticsCSV(model.code, model.year)).class("button")
        Text(" ")
        Link(
          "ดาวน์โหลด Excel",
          url: Paths.withQuery(Paths.complaintStatistics(model.code, model.year), [("format", "xlsx")])
        ).class("button")
        Text(" ")
        Link("ร้องเรียนการทุจริต", url: Paths.complaintForm(model.code)).class("button")
      }
      if model.years.count > 1 {
        Paragraph {
          Text("ปีอื่น: ")
          for year in model.years where year != model.year {
            Link(String(year), url: Paths.complaintStatistics(model.code, year))
            Text(" ")
          }
        }
      }
    }
  }

  static func breakdown(_ pairs: [(String, Int)]) -> Component {
    Table {
      for (label, count) in pairs {
        TableRow {
          TableCell(label)
          TableCell(String(count)).class("number")
        }
      }
    }.class("data compact")
  }
}

struct ComplaintAreaModel {
  let areaPath: String
  let areaName: String
  let breadcrumbs: [(label: String, path: String)]
  let year: Int
  let rows: [ComplaintStatisticsQueries.AreaRow]

  static let header = ["รหัส", "องค์กร", "รับ", "อยู่ระหว่างดำเนินการ", "แล้วเสร็จ", "ไม่รับไว้พิจารณา", "เกินกำหนด"]

  var tableRows: [[String]] {
    rows.map {
      [$0.code, $0.fullName]
        + [$0.received, $0.in_progress, $0.completed, $0.not_taken_up, $0.overdue].map(String.init)
    }
  }

  var totals: [Int64] {
    rows.reduce(into: [Int64](repeating: 0, count: 5)) { sums, row in
      for (index, value) in [row.received, row.in_progress, row.completed, row.not_taken_up, row.overdue].enumerated() {
        sums[index] = sums[index].addingReportingOverflow(value).overflow ? Int64.max : sums[index] + value
      }
    }
  }
}

/// Monitors' totals for their area: counts only, never a case's contents.
struct ComplaintAreaPage {
  let shell: PageShell
  let model: ComplaintAreaModel

  var html: HTML {
    Layout.page(shell) {
      Paragraph {
        for crumb in model.breadcrumbs {
          Link(crumb.label, url: crumb.path)
          Text(" › ")
        }
        Text("เรื่องร้องเรียน")
      }.class("breadcrumbs")
      H1("เรื่องร้องเรียนการทุจริต \(model.areaName) ปีงบประมาณ \(model.year)")
      Form(url: Paths.complaintDashboard(model.areaPath), method: .get) {
        FormField(label: "ปีงบประมาณ พ.ศ.", name: "fy", value: String(model.year), inputMode: "numeric")
        Button("แสดง").attribute(named: "type", value: "submit").class("button")
      }.class("inline-form")
      let totals = model.totals
      Paragraph(
        "รวม: รับ \(totals[0]) เรื่อง อยู่ระหว่างดำเนินการ \(totals[1]) แล้วเสร็จ \(totals[2]) ไม่รับไว้พิจารณา \(totals[3]) เกินกำหนด \(totals[4])"
      ).class("summary")
      if model.rows.isEmpty {
        Paragraph("ยังไม่มีเรื่องร้องเรียนในปีนี้")
      } else {
        Table(header: TableRow { for heading in ComplaintAreaModel.header + [""] { TableHeaderCell(heading) } }) {
          for row in model.rows {
            TableRow {
              TableCell(row.code)
              TableCell { Link(row.fullName, url: Paths.complaintStatistics(row.code, model.year)) }
              for value in [row.received, row.in_progress, row.completed, row.not_taken_up, row.overdue] {
                TableCell(String(value)).class("number")
              }
              TableCell(row.unattended > 0 ? "ยังไม่มีผู้รับผิดชอบเรื่องร้องเรียน กรุณาออกบัญชีให้" : "").class("late")
            }.class(row.overdue > 0 || row.unattended > 0 ? "overdue" : "")
          }
        }.class("data")
      }
      Paragraph {
        Link(
          "ดาวน์โหลด CSV",
          url: Paths.withQuery(
            Paths.complaintDashboard(model.areaPath), [("fy", String(model.year)), ("format", "csv")])
        ).class("button")
        Text(" ")
        Link(
          "ดาวน์โหลด Excel",
          url: Paths.withQuery(
            Paths.complaintDashboard(model.areaPath), [("fy", String(model.year)), ("format", "xlsx")])
        ).class("button")
      }
    }
  }
}
