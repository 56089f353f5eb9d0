import Domain
import Foundation
import ZIPFoundation

/// Writes a one-sheet .xlsx workbook (Office Open XML) with inline strings, so no shared-string
/// table is needed. Columns listed in `numeric` are written as numbers when they parse.
enum XLSXWriter {
  static func workbook(sheetName: String, header: [String], rows: [[String]], numeric: Set<Int> = []) throws -> Data {
    let archive = try Archive(accessMode: .create)
    let files: [(String, String)] = [
      ("[Content_Types].xml", contentTypes),
      ("_rels/.rels", rootRelationships),
      ("xl/workbook.xml", workbookXML(sheetName)),
      ("xl/_rels/workbook.xml.rels", workbookRelationships),
      ("xl/styles.xml", styles),
      ("xl/worksheets/sheet1.xml", sheet(header: header, rows: rows, numeric: numeric)),
    ]
    for (path, text) in files {
      let data = Data(text.utf8)
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
      ) { position, size in
        data.subdata(in: Int(position)..<Int(position) + size)
      }
    }
    guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
    return data
  }

  static func column(_ index: Int) -> String {
    var index = index
    var name = ""
    repeat {
      name = String(UnicodeScalar(UInt8(65 + index % 26))) + name
      index = index / 26 - 1
    } while index >= 0
    return name
  }

  private static func sheet(header: [String], rows: [[String]], numeric: Set<Int>) -> String {
    var xml =
      #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
    for (rowIndex, row) in ([header] + rows).enumerated() {
      xml += "<row r=\"\(rowIndex + 1)\">"
      for (columnIndex, value) in row.enumerated() where !value.isEmpty {
        let reference = column(columnIndex) + String(rowIndex + 1)
        if rowIndex > 0, numeric.contains(columnIndex), CSVTable.isPlainNumber(value), !value.contains(",") {
          xml += "<c r=\"\(reference)\"><v>\(value)</v></c>"
        } else {
          xml +=
            "<c r=\"\(reference)\" t=\"inlineStr\"" + (rowIndex == 0 ? " s=\"1\"" : "")
            + "><is><t xml:space=\"preserve\">\(escape(value))</t></is></c>"
        }
      }
      xml += "</row>"
    }
    return xml + "</sheetData></worksheet>"
  }

  static func escape(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "\n", "\t": out.unicodeScalars.append(scalar)
      default:
        // XML 1.0 forbids most control characters and U+FFFE/U+FFFF (Swift strings hold no
        // lone surrogates); drop them rather than write a file Excel refuses to open.
        if scalar.value >= 0x20, scalar.value != 0xFFFE, scalar.value != 0xFFFF { out.unicodeScalars.append(scalar) }
      }
    }
    return out
  }

  private static let contentTypes =
    #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>"#
  private static let rootRelationships =
    #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
  private static let workbookRelationships =
    #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#
  private static let styles =
    #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="14"/><name val="TH Sarabun New"/></font><font><b/><sz val="14"/><name val="TH Sarabun New"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf fontId="0"/><xf fontId="1" applyFont="1"/></cellXfs></styleSheet>"#

  private static func workbookXML(_ name: String) -> String {
    #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name=""#
      + escape(String(name.filter { !"[]:*?/\\".contains($0) }.prefix(31)))
      + #"" sheetId="1" r:id="rId1"/></sheets></workbook>"#
  }
}
