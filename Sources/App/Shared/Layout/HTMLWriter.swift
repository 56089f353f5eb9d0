import Plot

/// Writes HTML straight into one string, for the few tables with hundreds of form controls
/// (a round's entry table: 65 rows are ~1,500 elements). Plot builds a renderer and reflects
/// every component, which took ~30 ms of CPU for such a page; this takes well under 1 ms.
/// Text and attribute values are always escaped. The result goes into a Plot page as `node`.
struct HTMLWriter {
  typealias Attributes = KeyValuePairs<String, String?>
  private(set) var html = ""

  init(capacity: Int = 4_096) { html.reserveCapacity(capacity) }

  var node: Node<HTML.BodyContext> { .raw(html) }

  /// `<tag a="v">`: an attribute whose value is nil is left out.
  mutating func open(_ tag: String, _ attributes: Attributes = [:]) {
    html += "<" + tag
    for (name, value) in attributes {
      guard let value else { continue }
      html += " " + name + "=\"" + Self.escape(value) + "\""
    }
    html += ">"
  }

  mutating func close(_ tag: String) { html += "</" + tag + ">" }

  mutating func text(_ text: String) { html += Self.escape(text) }

  /// `<tag …>text</tag>`
  mutating func element(_ tag: String, _ attributes: Attributes = [:], text: String) {
    open(tag, attributes)
    self.text(text)
    close(tag)
  }

  /// A `<select>` with the chosen option marked.
  mutating func select(
    name: String, options: [(value: String, label: String)], selected: String, label: String
  ) {
    open("select", ["name": name, "aria-label": label])
    for option in options {
      element(
        "option", ["value": option.value, "selected": option.value == selected ? "selected" : nil], text: option.label)
    }
    close("select")
  }

  /// `&`, `<`, `>` and quotes as entities; anything else (Thai included) as it is.
  static func escape(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
      return text
    }
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count + 16)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      case "'": escaped += "&#39;"
      default: escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped
  }
}
