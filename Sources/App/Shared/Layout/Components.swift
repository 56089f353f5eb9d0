/// The hidden field that carries the CSRF token in every form.
struct CSRFField: Component {
  let token: String
  var body: Component { Input(type: .hidden, name: "_csrf", value: token) }
}

/// Names the page a form lives on, so its content can be restored after an expired session.
struct FormOrigin: Component {
  let path: String
  var body: Component { Input(type: .hidden, name: DraftQueries.originField, value: path) }
}

/// A one-button form for actions that change something (logout, disable …).
struct PostButton: Component {
  let action: String
  let label: String
  let csrfToken: String
  var style = "button"
  var confirm: String? = nil

  var body: Component {
    Form(url: action, method: .post) {
      CSRFField(token: csrfToken)
      Button(label).attribute(named: "type", value: "submit").class(style)
        .attribute(named: "data-confirm", value: confirm ?? "")
    }.class("inline")
  }
}

/// A labelled input with its Thai error message beside it; keeps what the user typed.
struct FormField: Component {
  let label: String
  let name: String
  var value: String = ""
  var error: String? = nil
  var type: HTMLInputType = .text
  var hint: String? = nil
  var required = false
  var autocomplete: String? = nil
  var inputMode: String? = nil

  var body: Component {
    Div {
      Label(label + (required ? " *" : "")) {}.attribute(named: "for", value: name)
      Input(type: type, name: name, value: value, isRequired: required)
        .id(name)
        .attribute(named: "autocomplete", value: autocomplete ?? "")
        .attribute(named: "inputmode", value: inputMode ?? "")
        .attribute(named: "aria-invalid", value: error == nil ? "" : "true")
        .attribute(named: "aria-describedby", value: error == nil ? "" : name + "-error")
      if let hint { Paragraph(hint).class("hint") }
      if let error { Paragraph(error).class("field-error").id(name + "-error") }
    }.class(error == nil ? "field" : "field has-error")
  }
}

struct TextAreaField: Component {
  let label: String
  let name: String
  var value: String = ""
  var error: String? = nil
  var rows = 3

  var body: Component {
    Div {
      Label(label) {}.attribute(named: "for", value: name)
      TextArea(text: value, name: name, numberOfRows: rows).id(name)
      if let error { Paragraph(error).class("field-error") }
    }.class(error == nil ? "field" : "field has-error")
  }
}

/// A labelled drop-down; `options` are (value, label) pairs.
struct SelectField: Component {
  let label: String
  let name: String
  let options: [(value: String, label: String)]
  var selected: String = ""
  var error: String? = nil

  var body: Component {
    Div {
      Label(label) {}.attribute(named: "for", value: name)
      Select(name: name, options: options, selected: selected).id(name)
      if let error { Paragraph(error).class("field-error") }
    }.class(error == nil ? "field" : "field has-error")
  }
}

struct Select: Component {
  let name: String
  let options: [(value: String, label: String)]
  var selected: String = ""

  var body: Component {
    El("select") {
      for option in options {
        El("option") { Text(option.label) }
          .attribute(named: "value", value: option.value, ignoreValueIfEmpty: false)
          .attribute(named: "selected", value: option.value == selected ? "selected" : "")
      }
    }.attribute(named: "name", value: name)
  }
}

/// "หน้า 2 จาก 9" with previous/next links.
struct Pager: Component {
  let page: Int
  let pageCount: Int
  let link: (Int) -> String

  var body: Component {
    Navigation {
      if page > 1 { Link("« ก่อนหน้า", url: link(page - 1)) }
      Span("หน้า \(page) จาก \(max(pageCount, 1))")
      if page < pageCount { Link("ถัดไป »", url: link(page + 1)) }
    }.class("pager").accessibilityLabel("เลื่อนหน้า")
  }
}

/// A Thai message box for a form's overall problem.
struct ErrorSummary: Component {
  let messages: [String]
  var body: Component {
    if messages.isEmpty { return EmptyComponent() }
    return Div {
      Paragraph("กรุณาแก้ไขข้อมูลต่อไปนี้").class("title")
      List(messages)
    }.class("error-summary").attribute(named: "role", value: "alert")
  }
}
