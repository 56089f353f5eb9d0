/// An HTML element: a literal tag name, attributes and content.
struct Element: ElementConvertible {
  let name: StaticString
  var attributes: [HTMLAttribute] = []
  var content: Component?
  /// `<input>`, `<img>`, `<col>`… have no content and no closing tag.
  var isVoid = false

  init(_ name: StaticString, attributes: [HTMLAttribute] = [], content: Component? = nil, isVoid: Bool = false) {
    self.name = name
    self.attributes = attributes
    self.content = content
    self.isVoid = isVoid || Self.voidTags.contains { HTMLWriter.same($0, name) }
  }

  static let voidTags: [StaticString] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
  ]

  init(_ name: StaticString, text: String) { self.init(name, content: Text(text)) }

  var element: Element { self }

  /// Whether `component` is, at its root, an element with this tag name.
  static func isElement(_ component: Component, named tag: StaticString) -> Bool {
    guard let element = (component as? ElementConvertible)?.element else { return false }
    return HTMLWriter.same(element.name, tag)
  }

  mutating func add(_ attribute: HTMLAttribute) {
    if let index = attributes.firstIndex(where: { HTMLWriter.same($0.name, attribute.name) }) {
      if HTMLWriter.same(attribute.name, "class"), !attribute.value.isEmpty, !attributes[index].value.isEmpty {
        attributes[index].value += " " + attribute.value
      } else {
        attributes[index] = attribute
      }
    } else {
      attributes.append(attribute)
    }
  }

  func render(into writer: inout HTMLWriter) {
    writer.startTag(name)
    for attribute in attributes where attribute.keepEmpty || !attribute.value.isEmpty {
      writer.attribute(attribute.name, attribute.value)
    }
    writer.endTag()
    if isVoid { return }
    content?.render(into: &writer)
    writer.close(name)
  }
}

/// Any element by name, for those without a component of their own (main, dl, thead …).
struct El: ElementConvertible {
  let element: Element
  init(_ name: StaticString, @ComponentBuilder content: () -> Component = { EmptyComponent() }) {
    element = Element(name, content: content())
  }
}

/// Declares an element component with text and builder initializers.
protocol ContainerElement: ElementConvertible {
  static var tag: StaticString { get }
  init(element: Element)
}

extension ContainerElement {
  init(_ text: String) { self.init(element: Element(Self.tag, text: text)) }
  init(@ComponentBuilder _ content: () -> Component) { self.init(element: Element(Self.tag, content: content())) }
}

struct Div: ContainerElement {
  static let tag: StaticString = "div"
  let element: Element
}

struct Paragraph: ContainerElement {
  static let tag: StaticString = "p"
  let element: Element
}

struct Span: ContainerElement {
  static let tag: StaticString = "span"
  let element: Element
}

struct H1: ContainerElement {
  static let tag: StaticString = "h1"
  let element: Element
}

struct H2: ContainerElement {
  static let tag: StaticString = "h2"
  let element: Element
}

struct H3: ContainerElement {
  static let tag: StaticString = "h3"
  let element: Element
}

struct Navigation: ContainerElement {
  static let tag: StaticString = "nav"
  let element: Element
}

struct Header: ContainerElement {
  static let tag: StaticString = "header"
  let element: Element
}

struct Footer: ContainerElement {
  static let tag: StaticString = "footer"
  let element: Element
}

struct Article: ContainerElement {
  static let tag: StaticString = "article"
  let element: Element
}

struct FieldSet: ContainerElement {
  static let tag: StaticString = "fieldset"
  let element: Element
}

struct ListItem: ContainerElement {
  static let tag: StaticString = "li"
  let element: Element
}

struct TableRow: ContainerElement {
  static let tag: StaticString = "tr"
  let element: Element
}

struct TableCell: ContainerElement {
  static let tag: StaticString = "td"
  let element: Element
}

struct TableHeaderCell: ContainerElement {
  static let tag: StaticString = "th"
  let element: Element
}

/// `<button>`; set its `type` with `.attribute(named: "type", …)`.
struct Button: ElementConvertible {
  let element: Element
  init(_ text: String) { element = Element("button", text: text) }
}

/// `<a href>`: the URL's scheme is checked when written (see `HTMLWriter`).
struct Link: ElementConvertible {
  let element: Element
  init(_ text: String, url: String) {
    element = Element("a", attributes: [HTMLAttribute(name: "href", value: url, keepEmpty: true)], content: Text(text))
  }
  init(url: String, @ComponentBuilder content: () -> Component) {
    element = Element("a", attributes: [HTMLAttribute(name: "href", value: url, keepEmpty: true)], content: content())
  }
}

struct Image: ElementConvertible {
  let element: Element
  init(url: String, description: String) {
    element = Element(
      "img", attributes: [HTMLAttribute(name: "src", value: url), HTMLAttribute(name: "alt", value: description)],
      isVoid: true)
  }
}

enum HTMLFormMethod: String {
  case get, post
}

enum HTMLFormContentType: String {
  case urlEncoded = "application/x-www-form-urlencoded"
  case multipartData = "multipart/form-data"
}

struct Form: ElementConvertible {
  let element: Element
  init(
    url: String, method: HTMLFormMethod = .get, contentType: HTMLFormContentType? = nil,
    @ComponentBuilder content: () -> Component
  ) {
    var attributes = [
      HTMLAttribute(name: "action", value: url, keepEmpty: true), HTMLAttribute(name: "method", value: method.rawValue),
    ]
    if let contentType { attributes.append(HTMLAttribute(name: "enctype", value: contentType.rawValue)) }
    element = Element("form", attributes: attributes, content: content())
  }
}

enum HTMLInputType: String {
  case text, hidden, file, search, password, email, number, date, tel, url, checkbox, radio, submit
}

struct Input: ElementConvertible {
  let element: Element
  init(type: HTMLInputType, name: String? = nil, value: String? = nil, isRequired: Bool = false) {
    var attributes = [HTMLAttribute(name: "type", value: type.rawValue)]
    if let name { attributes.append(HTMLAttribute(name: "name", value: name)) }
    if let value { attributes.append(HTMLAttribute(name: "value", value: value)) }
    if isRequired { attributes.append(HTMLAttribute(name: "required", value: "required")) }
    element = Element("input", attributes: attributes, isVoid: true)
  }
}

/// `<label>` with its text first, then any content (a control, a hint).
struct Label: ElementConvertible {
  let element: Element
  init(_ text: String, @ComponentBuilder content: () -> Component = { EmptyComponent() }) {
    element = Element("label", content: ComponentGroup(members: [Text(text), content()]))
  }
}

struct TextArea: ElementConvertible {
  let element: Element
  init(text: String, name: String, numberOfRows: Int = 3) {
    element = Element(
      "textarea",
      attributes: [HTMLAttribute(name: "name", value: name), HTMLAttribute(name: "rows", value: String(numberOfRows))],
      content: Text(text))
  }
}

/// `<ul>` of strings, or of components made from items (each put in an `<li>` unless it is one).
struct List: ElementConvertible {
  let element: Element

  init<Items: Sequence>(_ items: Items) where Items.Element == String {
    element = Element("ul", content: ComponentGroup(members: items.map { ListItem($0) }))
  }

  init<Items: Sequence>(_ items: Items, content: (Items.Element) -> Component) {
    element = Element(
      "ul",
      content: ComponentGroup(
        members: items.map { item in
          let component = content(item)
          return Element.isElement(component, named: "li") ? component : ListItem { component }
        }))
  }
}

/// `<table>` with a `<thead>` header row, the rows in `<tbody>` and a `<tfoot>` footer row.
struct Table: ElementConvertible {
  let element: Element
  init(header: Component? = nil, footer: Component? = nil, @ComponentBuilder rows: () -> Component) {
    var parts: [Component] = []
    if let header { parts.append(Element("thead", content: header)) }
    parts.append(Element("tbody", content: rows()))
    if let footer { parts.append(Element("tfoot", content: footer)) }
    element = Element("table", content: ComponentGroup(members: parts))
  }
}
