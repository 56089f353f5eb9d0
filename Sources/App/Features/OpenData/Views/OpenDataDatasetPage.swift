import Domain

/// One dataset: what it holds, its data dictionary (field, Thai label, type, unit, meaning)
/// and its files.
struct OpenDataDatasetPage {
  let shell: PageShell
  let listing: OpenDataListing
  let publisher: String

  var html: HTML {
    let dataset = listing.dataset
    return Layout.page(shell) {
      Paragraph { Link("ข้อมูลเปิด", url: Paths.openData) }.class("breadcrumbs")
      H1(dataset.title)
      Paragraph(dataset.description)
      DefinitionList(rows: [
        ("รหัสชุดข้อมูล", dataset.id), ("ผู้เผยแพร่", publisher), ("สัญญาอนุญาต", OpenDataCatalogue.licence.title),
        ("ความถี่ในการปรับปรุง", dataset.frequency.thai), ("ขอบเขตพื้นที่", "ทั่วประเทศ"),
      ])
      H2("ไฟล์")
      OpenDataFilesTable(listing: listing)
      H2("พจนานุกรมข้อมูล")
      Paragraph {
        Text("ชื่อช่องเหล่านี้เป็นหัวตารางของไฟล์ CSV และชื่อช่องใน JSON Lines · ")
        Link("ดาวน์โหลดพจนานุกรม (CSV)", url: Paths.openDataDictionary(dataset.id))
      }.class("hint")
      Table(
        header: TableRow {
          TableHeaderCell("ชื่อช่อง")
          TableHeaderCell("ความหมาย (ไทย)")
          TableHeaderCell("ชนิด")
          TableHeaderCell("หน่วย")
          TableHeaderCell("คำอธิบาย")
        },
        rows: {
          for field in dataset.fields {
            TableRow {
              TableCell(field.name).class("code")
              TableCell(field.label)
              TableCell(field.kind.thaiName)
              TableCell(field.unit.isEmpty ? "—" : field.unit)
              TableCell(field.meaning.isEmpty ? "—" : field.meaning)
            }
          }
        }
      ).class("data")
    }
  }
}
