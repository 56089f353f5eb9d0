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
  /// fields quoted when they hold a comma, semicolon, tab, quote or line break. Every cell goes through
  /// `neutralized`, so text typed by someone can never run as a spreadsheet formula.
  public static func render(header: [String], rows: [[String]]) -> String {
    byteOrderMark + ([header] + rows).map(line).joined()
  }

  /// Excel needs it to read the file as UTF-8.
  public static let byteOrderMark = "\u{FEFF}"

  /// One CSV line with its CRLF (what `render` writes per row; for files written in pieces).
  public static func line(_ cells: [String]) -> String {
    cells.map(field).joined(separator: ",") + "\r\n"
  }

  static func field(_ text: String) -> String {
    let safe = neutralized(text)
    // A `;` or tab is quoted too: a spreadsheet may take either as the separator.
    return safe.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" || $0 == "\t" }
      ? "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : safe
  }

  /// Characters that make Excel or LibreOffice read a cell as a formula (OWASP's list).
  static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

  /// A text cell that starts like a formula gets a leading `'` (shown as text, never run);
  /// numbers ("-1,250.50") and a lone "-" stay as they are. A cell that already starts with
  /// `'` and then a formula character gets one more, so reading it back (`restored`) gives
  /// exactly what was typed.
  public static func neutralized(_ cell: String) -> String {
    var scalars = cell.unicodeScalars.makeIterator()
    guard let first = scalars.next() else { return cell }
    if first == "'", let second = scalars.next(), formulaStarts.contains(second) { return "'" + cell }
    guard formulaStarts.contains(first), cell != "-", !isPlainNumber(cell) else { return cell }
    return "'" + cell
  }

  /// A plain decimal number as exports write it: optional minus, digits (with or without
  /// thousands commas), up to four decimals. No exponents, no `nan`/`inf`.
  public static func isPlainNumber(_ text: String) -> Bool {
    var scalars = Substring(text).unicodeScalars[...]
    if scalars.first == "-" { scalars = scalars.dropFirst() }
    let parts = String(String.UnicodeScalarView(scalars)).split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let whole = parts.first, (1...24).contains(whole.count),
      whole.first != ",", whole.last != ",", whole.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "," })
    else { return false }
    guard parts.count == 2 else { return true }
    return (1...4).contains(parts[1].count) && parts[1].allSatisfy { $0.isASCII && $0.isNumber }
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
    return records.map { $0.map(restored) }
  }

  /// Reading our own exports back: the `'` that `neutralized` put before a formula-like
  /// text is taken off again.
  static func restored(_ field: String) -> String {
    guard field.hasPrefix("'") else { return field }
    let typed = String(field.dropFirst())
    return neutralized(typed) == field ? typed : field
  }
}
