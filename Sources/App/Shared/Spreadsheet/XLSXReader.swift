import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads the first worksheet of an .xlsx file into rows of text. Refuses archives that
/// unpack to more than `maxBytes` (zip bombs: the bytes actually inflated are counted, not
/// the size the archive claims), sheets wider than `maxColumns` or longer than `maxRows`.
enum XLSXReader {
  struct Unreadable: Error {}
  static let maxColumns = 256
  static let maxRows = 50_000

  static func rows(from data: Data, maxBytes: Int = 64 * 1024 * 1024) throws -> [[String]] {
    let archive = try Archive(data: data, accessMode: .read)
    func text(_ path: String) throws -> Data? {
      guard let entry = archive[path] else { return nil }
      guard entry.uncompressedSize <= Int64(maxBytes) else { throw Unreadable() }
      var out = Data()
      _ = try archive.extract(entry, skipCRC32: true) { chunk in
        guard out.count + chunk.count <= maxBytes else { throw Unreadable() }
        out.append(chunk)
      }
      // Excel never writes a DOCTYPE; one can only be there to declare entities (which the
      // XML parser would expand), so such a file is refused.
      guard out.range(of: Data("<!DOCTYPE".utf8)) == nil, out.range(of: Data("<!ENTITY".utf8)) == nil else {
        throw Unreadable()
      }
      return out
    }
    let sheetPath =
      archive["xl/worksheets/sheet1.xml"] != nil
      ? "xl/worksheets/sheet1.xml"
      : archive.first { $0.path.hasPrefix("xl/worksheets/") && $0.path.hasSuffix(".xml") }?.path
    guard let sheetPath, let sheet = try text(sheetPath) else { throw Unreadable() }
    let shared = try text("xl/sharedStrings.xml").map(SharedStrings.parse) ?? []
    return try SheetParser.parse(sheet, shared: shared)
  }

  /// Column letters of a cell reference ("AB12") → zero-based index; anything past Excel's
  /// last column (XFD, 16,384) reads as 16,384, which the sheet parser refuses.
  static func columnIndex(_ reference: String) -> Int {
    var index = 0
    for scalar in reference.unicodeScalars {
      guard (65...90).contains(scalar.value) else { break }
      index = index * 26 + Int(scalar.value - 64)
      if index > 16_384 { return 16_384 }
    }
    return max(index - 1, 0)
  }
}

private final class SharedStrings: NSObject, XMLParserDelegate {
  var strings: [String] = []
  private var current = ""
  private var inItem = false
  private var inText = false

  static func parse(_ data: Data) -> [String] {
    let delegate = SharedStrings()
    let parser = XMLParser(data: data)
    parser.delegate = delegate
    parser.parse()
    return delegate.strings
  }

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    if name == "si" { inItem = true; current = "" }
    if name == "t" && inItem { inText = true }
    if name == "rPh" { inItem = false }  // phonetic runs are not part of the text
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if inText && inItem { current += string }
  }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    if name == "t" { inText = false }
    if name == "rPh" { inItem = true }
    if name == "si" { strings.append(current); inItem = false }
  }
}

private final class SheetParser: NSObject, XMLParserDelegate {
  let shared: [String]
  var rows: [[String]] = []
  private var row: [String] = []
  private var cellType = ""
  private var cellColumn = 0
  private var value = ""
  private var collecting = false

  init(shared: [String]) { self.shared = shared }

  private var tooLarge = false

  static func parse(_ data: Data, shared: [String]) throws -> [[String]] {
    let delegate = SheetParser(shared: shared)
    let parser = XMLParser(data: data)
    parser.delegate = delegate
    guard parser.parse(), !delegate.tooLarge else { throw XLSXReader.Unreadable() }
    return delegate.rows
  }

  private func refuse(_ parser: XMLParser) {
    tooLarge = true
    parser.abortParsing()
  }

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    switch name {
    case "row": row = []
    case "c":
      cellType = attributes["t"] ?? "n"
      cellColumn = attributes["r"].map(XLSXReader.columnIndex) ?? row.count
      if cellColumn >= XLSXReader.maxColumns { refuse(parser) }
      value = ""
    case "v", "t": collecting = true
    default: break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if collecting { value += string }
  }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    switch name {
    case "v", "t": collecting = false
    case "c":
      guard cellColumn < XLSXReader.maxColumns else { return refuse(parser) }
      while row.count < cellColumn { row.append("") }
      row.append(text())
    case "row":
      rows.append(row)
      if rows.count > XLSXReader.maxRows { refuse(parser) }
    default: break
    }
  }

  private func text() -> String {
    switch cellType {
    case "s": return Int(value).flatMap { shared.indices.contains($0) ? shared[$0] : nil } ?? ""
    case "n":
      // Excel keeps numbers as doubles ("1.2E+7", "50000.000000001"); read them as decimals.
      guard let number = Decimal(string: value) else { return value }
      var rounded = Decimal()
      var source = number
      NSDecimalRound(&rounded, &source, 2, .plain)
      return "\(rounded)"
    case "b": return value == "1" ? "TRUE" : "FALSE"
    default: return value
    }
  }
}
