import Domain

struct ProvincePageModel {
  struct District {
    let name: String
    let organizations: [(code: String, name: String, type: String)]
  }

  let code: String
  let name: String
  let region: String
  let typeCounts: [(type: String, count: Int)]
  let districts: [District]
  let total: Int

  init(province: Province, organizations: [Organization]) {
    code = province.id!
    name = province.nameTH
    region = NACCRegion.name(province.region)
    total = organizations.count
    let byType = Dictionary(grouping: organizations, by: \.type)
    typeCounts = (OrganizationType.allCases.map(\.rawValue)).compactMap { type in
      byType[type].map { (type, $0.count) }
    }
    let rank = Dictionary(uniqueKeysWithValues: OrganizationType.allCases.enumerated().map { ($1.rawValue, $0) })
    districts = Dictionary(grouping: organizations, by: \.district)
      .map { district, members in
        let ordered = members.sorted { (rank[$0.type] ?? 99, $0.name) < (rank[$1.type] ?? 99, $1.name) }
        return District(name: district, organizations: ordered.map { ($0.code, $0.fullName, $0.type) })
      }
      .sorted { $0.name < $1.name }
  }
}

/// Every organization of a province, grouped by district.
struct ProvincePage {
  let shell: PageShell
  let model: ProvincePageModel

  var html: HTML {
    Layout.page(shell) {
      Paragraph {
        Link("จังหวัด", url: Paths.provinces); Text(" › \(model.region)")
      }.class("breadcrumbs")
      H1("จังหวัด\(model.name)")
      Paragraph(
        "องค์กรปกครองส่วนท้องถิ่น \(model.total.formatted) แห่ง: "
          + model.typeCounts.map { "\($0.type) \($0.count.formatted)" }.joined(separator: " · ")
      ).class("count")
      for district in model.districts {
        H2("อำเภอ\(district.name) (\(district.organizations.count))").id("d-\(district.name)")
        Table(
          header: TableRow {
            TableHeaderCell("รหัส")
            TableHeaderCell("ชื่อ")
            TableHeaderCell("ประเภท")
          },
          rows: {
            for org in district.organizations {
              TableRow {
                TableCell(org.code).class("code")
                TableCell { Link(org.name, url: Paths.organization(org.code)) }
                TableCell(org.type)
              }
            }
          }
        ).class("data compact")
      }
    }
  }
}
