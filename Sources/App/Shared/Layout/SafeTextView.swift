import Domain

/// Renders `Domain.SafeText` blocks with this view's own tags; every piece of text is escaped
/// by `Text`, so whatever was typed can never become markup. `convert` rewrites each piece of
/// text (e.g. to Thai digits) before it is written.
struct SafeTextView: ElementConvertible {
  let element: Element

  init(_ text: String, headingLevel: Int = 3, convert: @escaping (String) -> String = { $0 }) {
    var element = Element("div", content: Self.render(SafeText.parse(text), base: headingLevel, convert))
    element.add(HTMLAttribute(name: "class", value: "safe-text"))
    self.element = element
  }

  private static func render(_ blocks: [SafeText.Block], base: Int, _ t: @escaping (String) -> String) -> Component {
    ComponentGroup(
      members: blocks.map { block -> Component in
        switch block {
        case .heading(let level, let text):
          switch min(base + level - 1, 5) {
          case ...3: return El("h3") { Text(t(text)) }
          case 4: return El("h4") { Text(t(text)) }
          default: return El("h5") { Text(t(text)) }
          }
        case .paragraph(let lines):
          return Paragraph { lineBroken(lines, t) }
        case .numbered(let start, let items):
          return El("ol") { for item in items { ListItem { lineBroken(item.components(separatedBy: "\n"), t) } } }
            .attribute(named: "start", value: start == 1 ? nil : String(start))
        case .bullets(let items):
          return El("ul") { for item in items { ListItem { lineBroken(item.components(separatedBy: "\n"), t) } } }
        case .table(let header, let rows):
          let width = max(header?.count ?? 0, rows.map(\.count).max() ?? 0)
          return El("table") {
            if let header {
              El("thead") { El("tr") { for index in 0..<width { El("th") { Text(t(cell(header, index))) } } } }
            }
            El("tbody") {
              for row in rows { El("tr") { for index in 0..<width { El("td") { Text(t(cell(row, index))) } } } }
            }
          }.class("safe-table")
        }
      })
  }

  private static func cell(_ row: [String], _ index: Int) -> String { index < row.count ? row[index] : "" }

  private static func lineBroken(_ lines: [String], _ t: (String) -> String) -> Component {
    ComponentGroup(
      members: lines.enumerated().flatMap { index, line -> [Component] in
        index == 0 ? [Text(t(line))] : [El("br"), Text(t(line))]
      })
  }
}
