import Domain
import Foundation

/// The open data catalogue: every dataset with what it holds, how often it changes, its
/// dictionary and its files (CSV for Excel, JSON Lines for programs).
struct OpenDataCatalogPage {
  let shell: PageShell
  let listings: [OpenDataListing]

  var html: HTML {
    Layout.page(shell) {
      H1("ข้อมูลเปิด (Open Data)")
      Paragraph(
        "ดาวน์โหลดแผนปฏิบัติการป้องกันการทุจริตที่อนุมัติแล้ว ผลการดำเนินงานที่ผู้บริหารยืนยันแล้ว อัตราการรายงาน ผล ITA และสถิติเรื่องร้องเรียนขององค์กรปกครองส่วนท้องถิ่นทั่วประเทศ ได้โดยไม่ต้องมีบัญชีผู้ใช้ ไม่มีข้อมูลที่ยังเป็นร่าง ข้อมูลติดต่อบุคคล หรือเนื้อหาเรื่องร้องเรียน"
      )
      Paragraph {
        Text("ใช้ได้ตาม")
        Link(OpenDataCatalogue.licence.title, url: OpenDataCatalogue.licence.url)
        Text(" · ไฟล์ CSV เข้ารหัส UTF-8 (มี BOM) เปิดด้วย Excel ได้ทันที · รายการทั้งหมดสำหรับโปรแกรม: ")
        Link("catalog.json (DCAT)", url: Paths.openDataCatalog)
      }.class("hint")
      for listing in listings {
        El("section") {
          H2 { Link(listing.dataset.title, url: Paths.openDataDataset(listing.dataset.id)) }
          Paragraph(listing.dataset.description)
          Paragraph {
            Text("ปรับปรุง: \(listing.dataset.frequency.thai) · ")
            Link("พจนานุกรมข้อมูล (\(listing.dataset.fields.count) ช่อง)", url: Paths.openDataDataset(listing.dataset.id))
          }.class("hint")
          OpenDataFilesTable(listing: listing)
        }.class("dataset")
      }
    }
  }
}

/// A dataset's files: one line per partition with its CSV and JSON Lines links and sizes.
struct OpenDataFilesTable: Component {
  let listing: OpenDataListing

  var body: Component {
    guard !listing.files.isEmpty else { return Paragraph("ยังไม่มีข้อมูลชุดนี้").class("notice") }
    return Table(
      header: TableRow {
        TableHeaderCell("ไฟล์")
        TableHeaderCell("แถว")
        TableHeaderCell("CSV")
        TableHeaderCell("JSON Lines")
        TableHeaderCell("ข้อมูล ณ")
      },
      rows: {
        for file in listing.files {
          TableRow {
            TableCell(file.partition.title)
            TableCell(file.snapshot.map { $0.rows.formatted } ?? "—").class("number")
            TableCell {
              Link(
                "CSV" + (file.snapshot.map { " " + Self.size($0.csvBytes) } ?? ""),
                url: Paths.openDataFile(listing.dataset.id, file.partition.id, .csv))
            }
            TableCell {
              Link(
                "JSONL" + (file.snapshot.map { " " + Self.size($0.jsonlBytes) } ?? ""),
                url: Paths.openDataFile(listing.dataset.id, file.partition.id, .jsonl))
            }
            TableCell(file.snapshot.map { ThaiCalendar.shortDateTime($0.modified) } ?? "—")
          }
        }
      }
    ).class("data compact")
  }

  /// 1.2 MB, 340 KB, 900 B
  static func size(_ bytes: Int) -> String {
    if bytes >= 1_000_000 { return String(format: "%.1f MB", Double(bytes) / 1_000_000) }
    if bytes >= 1_000 { return "\(bytes / 1_000) KB" }
    return "\(bytes) B"
  }
}
