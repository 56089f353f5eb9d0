/// A piece of a page. Composite components describe themselves with `body`; the elements in
/// `Elements.swift` write themselves into an `HTMLWriter`, which escapes everything, so a
/// view can only ever produce escaped markup.
protocol Component {
  var body: Component { get }
  func render(into writer: inout HTMLWriter)
}

extension Component {
  func render(into writer: inout HTMLWriter) { body.render(into: &writer) }
}

/// A component that writes itself (it has no `body` of its own).
protocol PrimitiveComponent: Component {}

extension PrimitiveComponent {
  var body: Component { EmptyComponent() }
}

@resultBuilder
enum ComponentBuilder {
  static func buildBlock(_ components: Component...) -> Component { ComponentGroup(members: components) }
  static func buildExpression(_ component: Component) -> Component { component }
  static func buildOptional(_ component: Component?) -> Component { component ?? EmptyComponent() }
  static func buildEither(first component: Component) -> Component { component }
  static func buildEither(second component: Component) -> Component { component }
  static func buildArray(_ components: [Component]) -> Component { ComponentGroup(members: components) }
  static func buildLimitedAvailability(_ component: Component) -> Component { component }
}

struct EmptyComponent: PrimitiveComponent {
  func render(into writer: inout HTMLWriter) {}
}

/// Several components one after another, with no element around them.
struct ComponentGroup: PrimitiveComponent {
  let members: [Component]

  init(members: [Component]) { self.members = members }
  init(@ComponentBuilder _ content: () -> Component) { members = [content()] }

  func render(into writer: inout HTMLWriter) {
    for member in members { member.render(into: &writer) }
  }
}

/// Plain text, escaped.
struct Text: PrimitiveComponent {
  let text: String
  init(_ text: String) { self.text = text }
  func render(into writer: inout HTMLWriter) { writer.text(text) }
}

extension TrustedHTML: PrimitiveComponent {
  func render(into writer: inout HTMLWriter) { writer.trusted(self) }
}

// MARK: - Attributes

/// One attribute of an element. Names are literals in the code; values are escaped when written.
struct HTMLAttribute {
  let name: StaticString
  var value: String
  /// Written even when the value is empty (`value=""` of an empty option).
  var keepEmpty = false
}

/// A component that is, at its root, one element, so attributes can be added to it.
protocol ElementConvertible: PrimitiveComponent {
  var element: Element { get }
}

extension ElementConvertible {
  func render(into writer: inout HTMLWriter) { element.render(into: &writer) }
}

extension Component {
  /// Sets an attribute (replacing one of the same name). An empty value leaves it out,
  /// unless `ignoreValueIfEmpty` is false.
  func attribute(named name: StaticString, value: String?, ignoreValueIfEmpty: Bool = true) -> Component {
    adding(HTMLAttribute(name: name, value: value ?? "", keepEmpty: !ignoreValueIfEmpty))
  }

  /// Adds a class (classes accumulate).
  func `class`(_ name: String) -> Component { adding(HTMLAttribute(name: "class", value: name)) }
  func id(_ id: String) -> Component { adding(HTMLAttribute(name: "id", value: id)) }
  func accessibilityLabel(_ label: String) -> Component { adding(HTMLAttribute(name: "aria-label", value: label)) }

  private func adding(_ attribute: HTMLAttribute) -> Component {
    if let convertible = self as? ElementConvertible {
      var element = convertible.element
      element.add(attribute)
      return element
    }
    if var modified = self as? ModifiedComponent {
      modified.attributes.append(attribute)
      return modified
    }
    return ModifiedComponent(base: self, attributes: [attribute])
  }
}

/// A composite component with attributes for the element at its root.
struct ModifiedComponent: PrimitiveComponent {
  let base: Component
  var attributes: [HTMLAttribute]

  func render(into writer: inout HTMLWriter) {
    var inner = base
    // Look through composites (their `body`) to the element at the root.
    for _ in 0..<16 {
      if let convertible = inner as? ElementConvertible {
        var element = convertible.element
        for attribute in attributes { element.add(attribute) }
        element.render(into: &writer)
        return
      }
      if inner is PrimitiveComponent { break }
      inner = inner.body
    }
    inner.render(into: &writer)
  }
}
