import Foundation

/// A small RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF, an optional UTF-8 BOM.
public struct CSVTable: Sendable {
  public let header: [String]
  public let rows: [[String]]

  public init(parsing text: String) {
    var records = CSVTable.records(in: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
    header = records.isEmpty ? [] : records.removeFirst().map { $0.trimmingCharacters(in: .whitespaces) }
    rows = records.filter { !($0.count == 1 && $0[0].isEmpty) }
  }

  /// Each row as column name → value; missing trailing cells read as "".
  public var dictionaries: [[String: String]] {
    rows.map { row in
      var item: [String: String] = [:]
      for (index, name) in header.enumerated() { item[name] = index < row.count ? row[index] : "" }
      return item
    }
  }

  /// Writes CSV the way Excel opens Thai text correctly: UTF-8 with a BOM, CRLF line ends,
  /// fields quoted when they hold a comma, quote or line break.
  public static func render(header: [String], rows: [[String]]) -> String {
    func field(_ text: String) -> String {
      text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
    return "\u{FEFF}" + ([header] + rows).map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
  }

  private static func records(in text: String) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var iterator = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = nil
    while let scalar = pending ?? iterator.next() {
      pending = nil
      if quoted {
        if scalar == "\"" {
          let next = iterator.next()
          if next == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = next }
        } else {
          field.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"": quoted = true
      case ",": record.append(field); field = ""
      case "\r": continue
      case "\n": record.append(field); records.append(record); record = []; field = ""
      default: field.unicodeScalars.append(scalar)
      }
    }
    if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
    return records
  }
}
