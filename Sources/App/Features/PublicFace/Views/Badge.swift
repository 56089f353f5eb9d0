import Domain

/// A small SVG an LAO can put on its website: its latest implementation % and ITA level.
/// Written with `HTMLWriter`, so every text is escaped.
enum Badge {
  static func svg(name: String, record: PublicRecord) -> String {
    let latest = record.latest
    let implementation =
      latest.map { "นำแผนไปปฏิบัติ \($0.implementation.map { "\($0)%" } ?? "—") (\($0.fiscalYear)/\($0.kind.rawValue))" }
      ?? "ยังไม่มีรายงานผล"
    let ita = record.ita.first.map { "ITA \($0.year): \($0.level ?? "—")" } ?? "ITA: —"
    var svg = HTMLWriter(capacity: 2_048)
    svg.open(
      "svg",
      [
        "xmlns": "http://www.w3.org/2000/svg", "width": "320", "height": "64", "viewBox": "0 0 320 64", "role": "img",
        "aria-label": "\(name): \(implementation) · \(ita)",
      ])
    svg.element("title", text: "\(name): \(implementation) · \(ita)")
    svg.open("rect", ["width": "320", "height": "64", "rx": "8", "fill": "#0b4f9c"])
    svg.close("rect")
    svg.open("rect", ["x": "72", "y": "4", "width": "244", "height": "56", "rx": "6", "fill": "#ffffff"])
    svg.close("rect")
    let font = "Sarabun, Loma, Garuda, sans-serif"
    svg.element(
      "text",
      ["x": "36", "y": "38", "text-anchor": "middle", "font-size": "15", "fill": "#ffffff", "font-family": font],
      text: "สุจริต")
    svg.element(
      "text", ["x": "82", "y": "24", "font-size": "12", "fill": "#1d2330", "font-family": font],
      text: String(name.prefix(36)))
    svg.element(
      "text", ["x": "82", "y": "40", "font-size": "12", "fill": "#1d2330", "font-family": font], text: implementation)
    svg.element("text", ["x": "82", "y": "55", "font-size": "12", "fill": "#1d2330", "font-family": font], text: ita)
    svg.close("svg")
    return svg.string
  }
}
