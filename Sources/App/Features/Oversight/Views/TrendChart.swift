import Domain
import Foundation

/// Reporting rate (bars) and implementation % (line) per round as inline SVG drawn on the
/// server: readable without JavaScript; the page also lists the numbers in a table.
enum TrendChart {
  struct Point {
    let label: String
    let rate: Percent?
    let implementation: Percent?
  }

  /// `barLegend`: what the bars show (the reporting rate on dashboards, disbursement for one
  /// organization).
  static func svg(_ points: [Point], barLegend: String = "อัตราการรายงาน") -> TrustedHTML {
    guard !points.isEmpty else { return .empty }
    let step = 64.0, left = 40.0, top = 10.0, plot = 160.0
    let width = left + step * Double(points.count) + 10, height = top + plot + 40
    func y(_ percent: Percent?) -> Double {
      top + plot - plot * Double(min(max(percent?.hundredths ?? 0, 0), 10_000)) / 10_000
    }
    func n(_ value: Double) -> String { String(format: "%.1f", value) }
    var svg = HTMLWriter(capacity: 4_096 + points.count * 600)
    svg.open(
      "svg",
      [
        "xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 \(n(width)) \(n(height))", "class": "trend-chart",
        "role": "img", "aria-label": "แนวโน้ม\(barLegend)และการนำแผนไปปฏิบัติ",
      ])
    for tick in stride(from: 0, through: 100, by: 25) {
      let ty = top + plot - plot * Double(tick) / 100
      svg.open(
        "line",
        [
          "x1": n(left), "x2": n(width - 10), "y1": n(ty), "y2": n(ty), "stroke": "#ccd", "stroke-width": "0.5",
        ])
      svg.close("line")
      svg.element("text", ["x": n(left - 6), "y": n(ty + 4), "text-anchor": "end", "font-size": "10"], text: "\(tick)")
    }
    var line: [String] = []
    for (index, point) in points.enumerated() {
      let x = left + step * Double(index)
      let barTop = y(point.rate)
      svg.open(
        "rect", ["x": n(x + 14), "y": n(barTop), "width": "28", "height": n(top + plot - barTop), "fill": "#2b8cbe"])
      svg.element("title", text: "\(point.label): \(barLegend) \(point.rate.map { "ร้อยละ \($0)" } ?? "—")")
      svg.close("rect")
      svg.element(
        "text", ["x": n(x + 28), "y": n(top + plot + 14), "text-anchor": "middle", "font-size": "10"],
        text: point.label)
      if let implementation = point.implementation {
        let py = y(implementation)
        line.append("\(n(x + 28)),\(n(py))")
        svg.open("circle", ["cx": n(x + 28), "cy": n(py), "r": "3.5", "fill": "#e6550d"])
        svg.element("title", text: "\(point.label): การนำแผนไปปฏิบัติ ร้อยละ \(implementation)")
        svg.close("circle")
      }
    }
    if line.count > 1 {
      svg.open(
        "polyline",
        ["points": line.joined(separator: " "), "fill": "none", "stroke": "#e6550d", "stroke-width": "2"])
      svg.close("polyline")
    }
    svg.open("rect", ["x": n(left), "y": n(top + plot + 24), "width": "10", "height": "10", "fill": "#2b8cbe"])
    svg.close("rect")
    svg.element("text", ["x": n(left + 14), "y": n(top + plot + 33), "font-size": "10"], text: "\(barLegend) (%)")
    svg.open("circle", ["cx": n(left + 135), "cy": n(top + plot + 29), "r": "4", "fill": "#e6550d"])
    svg.close("circle")
    svg.element(
      "text", ["x": n(left + 143), "y": n(top + plot + 33), "font-size": "10"], text: "การนำแผนไปปฏิบัติ (%)")
    svg.close("svg")
    return svg.result
  }
}
