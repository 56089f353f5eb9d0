import Domain

/// The one place HTML is produced. Every page, component, chart and map writes through it:
/// text and attribute values are always escaped, URL attributes are checked for their
/// scheme (`javascript:` and the like become `#`), tag and attribute names can only be
/// literals in the code, and the only way to place ready-made markup is a `TrustedHTML` that
/// another writer produced. So no call site can put an unescaped string into a page.
struct HTMLWriter {
  typealias Attributes = KeyValuePairs<StaticString, String?>
  private var html = ""

  init(capacity: Int = 4_096) { html.reserveCapacity(capacity) }

  /// What was written, to place inside another page or component.
  var result: TrustedHTML { TrustedHTML(writtenBy: html) }

  /// The finished document text.
  var string: String { html }

  /// `<tag a="v">`: an attribute whose value is nil is left out.
  mutating func open(_ tag: StaticString, _ attributes: Attributes = [:]) {
    startTag(tag)
    for (name, value) in attributes {
      guard let value else { continue }
      attribute(name, value)
    }
    endTag()
  }

  /// `<tag` — follow with `attribute` calls and `endTag()`.
  mutating func startTag(_ tag: StaticString) {
    html += "<"
    append(tag)
  }

  /// ` name="value"`, the value escaped (and, for URL attributes, its scheme checked).
  mutating func attribute(_ name: StaticString, _ value: String) {
    html += " "
    append(name)
    html += "=\""
    html += Self.escape(Self.isURLAttribute(name) ? SafeURL.attributeValue(value) : value)
    html += "\""
  }

  /// A boolean attribute written without a value (`selected`, `required`, `defer`).
  mutating func flag(_ name: StaticString) {
    html += " "
    append(name)
  }

  mutating func endTag() { html += ">" }

  mutating func doctype() { html += "<!DOCTYPE html>" }

  /// For XML documents written with the same escaping (the sitemap).
  mutating func xmlDeclaration() { html += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" }

  mutating func close(_ tag: StaticString) {
    html += "</"
    append(tag)
    html += ">"
  }

  mutating func text(_ text: String) { html += Self.escape(text) }

  /// Markup another writer produced (already escaped).
  mutating func trusted(_ markup: TrustedHTML) { html += markup.markup }

  /// `<tag …>text</tag>`
  mutating func element(_ tag: StaticString, _ attributes: Attributes = [:], text: String) {
    open(tag, attributes)
    self.text(text)
    close(tag)
  }

  /// The body of a `<style>` element: CSS is not HTML, so it is not entity-escaped, but it
  /// can never end the element early (`</` becomes `<\/`, which CSS reads the same).
  mutating func styleSheet(_ css: String) {
    html += "<style>"
    html += css.replacingOccurrences(of: "</", with: "<\\/")
    html += "</style>"
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

  private mutating func append(_ name: StaticString) {
    name.withUTF8Buffer { html += String(decoding: $0, as: UTF8.self) }
  }

  /// Attributes whose value the browser follows or loads as a URL.
  static let urlAttributes: [StaticString] = [
    "href", "src", "action", "formaction", "poster", "cite", "data", "xlink:href", "background",
  ]

  static func isURLAttribute(_ name: StaticString) -> Bool { urlAttributes.contains { same($0, name) } }

  /// Whether two literal names are the same text (compared in place, no String made).
  static func same(_ a: StaticString, _ b: StaticString) -> Bool {
    a.utf8CodeUnitCount == b.utf8CodeUnitCount
      && a.withUTF8Buffer { left in b.withUTF8Buffer { right in left.elementsEqual(right) } }
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

/// Markup that came out of an `HTMLWriter`, so everything in it was escaped there. It has no
/// public way to be made from a plain string.
struct TrustedHTML: Sendable {
  fileprivate let markup: String
  fileprivate init(writtenBy markup: String) { self.markup = markup }

  static let empty = TrustedHTML(writtenBy: "")
}
