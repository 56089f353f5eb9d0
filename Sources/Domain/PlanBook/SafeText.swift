import Foundation

/// The plan book's rich-but-safe text: headings, paragraphs, numbered and bulleted lists and
/// simple tables, written as plain lines. There is no way to write markup: a view renders the
/// blocks with its own tags and escapes every piece of text.
///
///     # หัวข้อ            ## หัวข้อย่อย        ### หัวข้อย่อยลงไป
///     1. ข้อที่มีเลข      (also "1)" and Thai digits "๑.")
///     - ข้อย่อย           (also "*" and "•")
///     | หัวตาราง | ... |  then a row of |---|---| makes the row above the header
///     a blank line ends a paragraph; lines inside a paragraph keep their line breaks
public enum SafeText {
  public static let maxCharacters = 60_000
  public static let maxTableColumns = 12
  public static let maxBlocks = 3_000

  public enum Block: Equatable, Sendable {
    case heading(level: Int, text: String)
    /// The lines of one paragraph.
    case paragraph([String])
    /// `start`: the first item's number as written (a list may continue after a paragraph).
    case numbered(start: Int, items: [String])
    case bullets([String])
    case table(header: [String]?, rows: [[String]])
  }

  /// A Thai reason when the text cannot be stored.
  public static func problem(_ text: String) -> String? {
    if text.count > maxCharacters {
      return "ข้อความยาวเกิน \(maxCharacters.formatted()) ตัวอักษร กรุณาแบ่งเป็นหลายหัวข้อหรือย่อให้สั้นลง"
    }
    return nil
  }

  /// The text as stored: line ends unified, control characters (other than line breaks and
  /// tabs) removed, trailing blanks trimmed.
  public static func normalize(_ text: String) -> String {
    let unified = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    let cleaned = String(
      String.UnicodeScalarView(
        unified.unicodeScalars.filter { scalar in
          scalar == "\n" || scalar == "\t" || !(scalar.properties.generalCategory == .control)
        }))
    return cleaned.split(separator: "\n", omittingEmptySubsequences: false)
      .map { line in String(line.reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed()) }
      .joined(separator: "\n").trimmingCharacters(in: .newlines)
  }

  public static func parse(_ text: String) -> [Block] {
    var blocks: [Block] = []
    var paragraph: [String] = []
    var numbered: (start: Int, items: [String])?
    var bullets: [String] = []
    var table: (header: [String]?, rows: [[String]])?

    func flush() {
      if !paragraph.isEmpty { blocks.append(.paragraph(paragraph)) }
      if let list = numbered { blocks.append(.numbered(start: list.start, items: list.items)) }
      if !bullets.isEmpty { blocks.append(.bullets(bullets)) }
      if let table { blocks.append(.table(header: table.header, rows: table.rows)) }
      paragraph = []
      numbered = nil
      bullets = []
      table = nil
    }

    for raw in String(text.prefix(maxCharacters)).split(separator: "\n", omittingEmptySubsequences: false) {
      guard blocks.count < maxBlocks else { break }
      let line = raw.trimmingCharacters(in: .whitespaces)
      if line.isEmpty {
        flush()
        continue
      }
      if let heading = heading(line) {
        flush()
        blocks.append(heading)
      } else if line.hasPrefix("|") {
        let cells = tableCells(line)
        if table == nil { flush() }
        if cells.allSatisfy(isRuleCell), var current = table, current.header == nil, current.rows.count == 1 {
          current.header = current.rows[0]
          current.rows = []
          table = current
        } else if !cells.allSatisfy(isRuleCell) {
          table = (table?.header, (table?.rows ?? []) + [cells])
        }
      } else if let (number, item) = numberedItem(line) {
        if numbered == nil { flush() }
        numbered = (numbered?.start ?? number, (numbered?.items ?? []) + [item])
      } else if let item = bulletItem(line) {
        if bullets.isEmpty { flush() }
        bullets.append(item)
      } else if numbered != nil || !bullets.isEmpty || table != nil {
        // A line right under a list item continues it; under a table it starts a paragraph.
        if var list = numbered, let last = list.items.popLast() {
          list.items.append(last + "\n" + line)
          numbered = list
        } else if let last = bullets.popLast() {
          bullets.append(last + "\n" + line)
        } else {
          flush()
          paragraph = [line]
        }
      } else {
        paragraph.append(line)
      }
    }
    flush()
    return blocks
  }

  /// Every word without the marks, for comparing and searching.
  public static func plainLines(_ text: String) -> [String] {
    normalize(text).split(separator: "\n").map { String($0) }
  }

  private static func heading(_ line: String) -> Block? {
    let hashes = line.prefix(while: { $0 == "#" }).count
    guard (1...3).contains(hashes) else { return nil }
    let rest = line.dropFirst(hashes)
    guard rest.first == " " else { return nil }
    let text = rest.trimmingCharacters(in: .whitespaces)
    return text.isEmpty ? nil : .heading(level: hashes, text: text)
  }

  private static func numberedItem(_ line: String) -> (Int, String)? {
    let digits = line.prefix(while: { $0.isWholeNumber })
    guard !digits.isEmpty, digits.count <= 4 else { return nil }
    let rest = line.dropFirst(digits.count)
    guard let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " else { return nil }
    let number = Int(ThaiDigits.toArabic(String(digits))) ?? 1
    let item = rest.dropFirst(2).trimmingCharacters(in: .whitespaces)
    return item.isEmpty ? nil : (number, item)
  }

  private static func bulletItem(_ line: String) -> String? {
    guard let mark = line.first, mark == "-" || mark == "*" || mark == "•", line.dropFirst().first == " " else {
      return nil
    }
    let item = line.dropFirst(2).trimmingCharacters(in: .whitespaces)
    return item.isEmpty ? nil : item
  }

  private static func tableCells(_ line: String) -> [String] {
    var body = Substring(line).dropFirst()
    if body.hasSuffix("|") { body = body.dropLast() }
    return body.split(separator: "|", omittingEmptySubsequences: false).prefix(maxTableColumns)
      .map { $0.trimmingCharacters(in: .whitespaces) }
  }

  private static func isRuleCell(_ cell: String) -> Bool {
    !cell.isEmpty && cell.allSatisfy { $0 == "-" || $0 == ":" }
  }
}
