import Foundation

/// Finds on which page each named destination (an element's `id` that a link points to) of a
/// PDF lands, so a book's table of contents can print page numbers. It reads the classic
/// cross-reference table and plain-dictionary objects that Chromium writes; for anything else it
/// answers nothing and the contents are printed without numbers.
public enum PDFDestinations {
  /// 1-based page numbers by destination name.
  public static func pages(in pdf: [UInt8]) -> [String: Int] {
    guard let objects = objectTable(pdf), let root = rootPages(objects) else { return [:] }
    var order: [Int] = []
    var visited = Set<Int>()
    collectPages(root, objects, &order, &visited)
    let index = Dictionary(order.enumerated().map { ($1, $0 + 1) }, uniquingKeysWith: { first, _ in first })
    var result: [String: Int] = [:]
    for (_, body) in objects where body.contains("/XYZ") {
      // A /Dests dictionary: <</name [12 0 R /XYZ x y 0] …>>
      let scanner = body[...]
      var rest = scanner
      while let slash = rest.firstIndex(of: "/") {
        let afterSlash = rest[rest.index(after: slash)...]
        let name = afterSlash.prefix { !" \n\r\t[]<>/()".contains($0) }
        let tail = afterSlash.dropFirst(name.count).drop { $0 == " " || $0 == "\n" }
        if tail.first == "[", let reference = firstReference(tail.dropFirst()), let page = index[reference],
          tail.prefix(40).contains("/XYZ")
        {
          result[String(name)] = result[String(name)] ?? page
        }
        rest = afterSlash.dropFirst(max(name.count, 1))
      }
    }
    return result
  }

  /// Object number → its dictionary text (streams cut off), from the xref table.
  static func objectTable(_ pdf: [UInt8]) -> [Int: String]? {
    guard pdf.count < 200_000_000, let start = lastStartXref(pdf), start < pdf.count else { return nil }
    let tail = String(decoding: pdf[start..<min(pdf.count, start + 4_000_000)], as: UTF8.self)
    let lines = tail.split(whereSeparator: \.isNewline).map(String.init)
    guard lines.first == "xref" else { return nil }
    var objects: [Int: String] = [:]
    var number = 0
    for line in lines.dropFirst() {
      let parts = line.split(separator: " ")
      if parts.first == "trailer" { break }
      if parts.count == 2, let first = Int(parts[0]) {
        number = first
        continue
      }
      guard parts.count >= 3, let offset = Int(parts[0]) else { break }
      defer { number += 1 }
      guard parts[2] == "n", offset >= 0, offset < pdf.count else { continue }
      objects[number] = dictionaryText(pdf, from: offset)
    }
    return objects
  }

  private static func lastStartXref(_ pdf: [UInt8]) -> Int? {
    let window = String(decoding: pdf.suffix(1024), as: UTF8.self)
    guard let range = window.range(of: "startxref", options: .backwards) else { return nil }
    let digits = window[range.upperBound...].drop { $0.isWhitespace }.prefix { $0.isNumber }
    return Int(digits)
  }

  private static func dictionaryText(_ pdf: [UInt8], from offset: Int) -> String {
    let end = min(pdf.count, offset + 64_000)
    let text = String(decoding: pdf[offset..<end], as: UTF8.self)
    let stop = [text.range(of: "endobj"), text.range(of: "stream")].compactMap { $0?.lowerBound }.min()
    return String(text[..<(stop ?? text.endIndex)])
  }

  private static func rootPages(_ objects: [Int: String]) -> Int? {
    objects.first { $0.value.contains("/Type /Pages") && !$0.value.contains("/Parent") }?.key
  }

  private static func collectPages(
    _ number: Int, _ objects: [Int: String], _ order: inout [Int], _ seen: inout Set<Int>
  ) {
    guard seen.insert(number).inserted, let body = objects[number] else { return }
    if body.contains("/Type /Pages"), let kids = body.range(of: "/Kids") {
      let list = body[kids.upperBound...].drop { $0 != "[" }.dropFirst().prefix { $0 != "]" }
      let numbers = list.split(separator: " ").enumerated().compactMap { index, part in
        index % 3 == 0 ? Int(part) : nil
      }
      for kid in numbers { collectPages(kid, objects, &order, &seen) }
    } else if body.contains("/Type /Page") {
      order.append(number)
    }
  }

  private static func firstReference(_ text: Substring) -> Int? {
    let parts = text.prefix(30).split(separator: " ")
    guard parts.count >= 3, parts[2].hasPrefix("R"), let number = Int(parts[0]) else { return nil }
    return number
  }
}
