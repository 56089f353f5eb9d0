import Domain

struct RiskAreaModel {
  let areaName: String
  let year: Int
  let years: [Int]
  let state: String
  let totals: RiskAreaTotals
  let byCategory: [RiskFrequentRow]
  let byEvent: [RiskFrequentRow]
  let rows: [RiskAreaRow]
  let total: Int
  let paging: Paging
}

/// Who in the monitor's area has published a register, and the high risks that come up most.
struct RiskAreaPage {
  let shell: PageShell
  let model: RiskAreaModel

  var html: HTML {
    let year = model.year
    return Layout.page(shell) {
      H1("ทะเบียนความเสี่ยงการทุจริตใน\(model.areaName) ปีงบประมาณ พ.ศ. \(year)")
      Paragraph {
        Text("ปีงบประมาณ: ")
        for option in model.years {
          if option == year {
            Span("พ.ศ. \(option)").class("current")
          } else {
            Link("พ.ศ. \(option)", url: Paths.riskAreaList(year: option))
          }
          Text(" ")
        }
      }
      Paragraph(
        "เผยแพร่ทะเบียนความเสี่ยงแล้ว \(model.totals.published) จาก \(model.totals.organizations) องค์กร"
      ).class("count")
      H2("ประเภทความเสี่ยงระดับสูงและสูงมากที่พบบ่อย")
      frequency(model.byCategory) { RiskCategory(rawValue: $0)?.thaiName ?? $0 }
      H2("เหตุการณ์ความเสี่ยงระดับสูงที่พบบ่อย (เขียนตรงกัน)")
      frequency(model.byEvent) { $0 }
      H2("รายชื่อองค์กร")
      Paragraph {
        for (value, label) in [("", "ทั้งหมด"), ("published", "เผยแพร่แล้ว"), ("missing", "ยังไม่เผยแพร่")] {
          if value == model.state {
            Span(label).class("current")
          } else {
            Link(label, url: Paths.riskAreaList(year: year, state: value))
          }
          Text(" ")
        }
      }
      Table(
        header: TableRow {
          for heading in ["รหัส", "องค์กร", "อำเภอ", "จังหวัด", "ทะเบียน", "ความเสี่ยงระดับสูงขึ้นไป"] { TableHeaderCell(heading) }
        }
      ) {
        for row in model.rows {
          TableRow {
            TableCell(row.code)
            TableCell { Link(row.name, url: Paths.riskRegister(row.code, year)) }
            TableCell(row.district)
            TableCell(row.province)
            TableCell((row.copies ?? 0) > 0 ? "เผยแพร่แล้ว (ครั้งที่ \(row.copies ?? 0))" : "ยังไม่เผยแพร่")
            TableCell(String(row.high)).class("number")
          }
        }
      }.class("data")
      Pager(page: model.paging.page, pageCount: model.paging.pageCount(total: model.total)) { page in
        Paths.riskAreaList(year: year, state: model.state, page: page)
      }
    }
  }

  private func frequency(_ rows: [RiskFrequentRow], label: @escaping (String) -> String) -> Component {
    if rows.isEmpty { return Paragraph("ยังไม่มีความเสี่ยงระดับสูงในทะเบียนที่เผยแพร่").class("hint") }
    return Table(
      header: TableRow {
        TableHeaderCell("เรื่อง")
        TableHeaderCell("จำนวนองค์กร")
        TableHeaderCell("จำนวนความเสี่ยง")
      }
    ) {
      for row in rows {
        TableRow {
          TableCell(label(row.label))
          TableCell(String(row.organizations)).class("number")
          TableCell(String(row.risks)).class("number")
        }
      }
    }.class("data")
  }
}
