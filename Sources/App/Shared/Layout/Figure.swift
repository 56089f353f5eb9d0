/// A headline figure in a `dl.summary-figures`: label, value, and the formula it comes from
/// (shown below the value and as its tooltip).
struct Figure: Component {
  let label: String
  let value: String
  let formula: String?

  init(_ label: String, _ value: String, _ formula: String? = nil) {
    self.label = label
    self.value = value
    self.formula = formula
  }

  var body: Component {
    ComponentGroup {
      El("dt") { Text(label) }
      El("dd") {
        Span(value).class("figure").attribute(named: "title", value: formula ?? "")
        if let formula { Span(formula).class("formula") }
      }
    }
  }
}
