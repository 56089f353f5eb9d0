import Domain

struct OrganizationSearchModel {
  struct Row {
    let code: String
    let name: String
    let type: String
    let district: String
    let province: String
  }

  var provinces: [(code: String, name: String)]
  var filter = OrganizationFilter()
  var rows: [Row] = []
  var total = 0
  var error: String?

  var pageCount: Int { filter.paging.pageCount(total: total) }
}

/// Search all 7,900 organizations by any part of the name, code, district or province.
struct OrganizationSearchPage {
  let shell: PageShell
  let model: OrganizationSearchModel

  var html: HTML {
    let filter = model.filter
    return Layout.page(shell) {
      H1("ค้นหาองค์กรปกครองส่วนท้องถิ่น")
      Form(url: Paths.organizations, method: .get) {
        Div {
          FormField(
            label: "ชื่อ รหัส อำเภอ หรือจังหวัด", name: "q", value: filter.text, type: .search,
            hint: "พิมพ์ส่วนใดส่วนหนึ่งของชื่อ เช่น \"บางละมุง\" หรือรหัส 7 หลัก")
          SelectField(
            label: "จังหวัด", name: "province",
            options: [("", "ทุกจังหวัด")] + model.provinces.map { ($0.code, $0.name) },
            selected: filter.provinceCode ?? "")
          SelectField(
            label: "ประเภท", name: "type",
            options: [("", "ทุกประเภท")] + OrganizationType.allCases.map { ($0.rawValue, $0.rawValue) },
            selected: filter.type?.rawValue ?? "")
          Button("ค้นหา").attribute(named: "type", value: "submit").class("button primary")
        }.class("filters")
      }.attribute(named: "role", value: "search")
      if let error = model.error {
        Paragraph(error).class("error-message")
      } else {
        Paragraph("พบ \(model.total.formatted) แห่ง").class("count")
        Table(
          header: TableRow {
            TableHeaderCell("รหัส")
            TableHeaderCell("ชื่อ")
            TableHeaderCell("ประเภท")
            TableHeaderCell("อำเภอ")
            TableHeaderCell("จังหวัด")
          },
          rows: {
            for row in model.rows {
              TableRow {
                TableCell(row.code).class("code")
                TableCell { Link(row.name, url: Paths.organization(row.code)) }
                TableCell(row.type)
                TableCell(row.district)
                TableCell(row.province)
              }
            }
          }
        ).class("data")
        Pager(page: filter.paging.page, pageCount: model.pageCount) { page in
          Paths.organizationSearch(
            query: filter.text, province: filter.provinceCode ?? "", type: filter.type?.rawValue ?? "", page: page)
        }
      }
    }
  }
}

extension Int {
  /// 7,849
  var formatted: String {
    let digits = String(Swift.abs(self))
    var out = ""
    for (index, ch) in digits.reversed().enumerated() {
      if index > 0 && index % 3 == 0 { out.append(",") }
      out.append(ch)
    }
    return (self < 0 ? "-" : "") + String(out.reversed())
  }
}
