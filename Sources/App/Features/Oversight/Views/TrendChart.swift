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

  static func svg(_ points: [Point]) -> String {
    guard !points.isEmpty else { return "" }
    let step = 64.0, left = 40.0, top = 10.0, plot = 160.0
    let width = left + step * Double(points.count) + 10, height = top + plot + 40
    func y(_ percent: Percent?) -> Double { top + plot - plot * Double(percent?.hundredths ?? 0) / 10_000 }
    var svg =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" class=\"trend-chart\" role=\"img\" aria-label=\"แนวโน้มอัตราการรายงานและการนำแผนไปปฏิบัติ\">"
    for tick in stride(from: 0, through: 100, by: 25) {
      let ty = top + plot - plot * Double(tick) / 100
      svg +=
        "<line x1=\"\(Int(left))\" x2=\"\(Int(width - 10))\" y1=\"\(ty)\" y2=\"\(ty)\" stroke=\"#ccd\" stroke-width=\"0.5\"/>"
      svg += "<text x=\"\(Int(left - 6))\" y=\"\(ty + 4)\" text-anchor=\"end\" font-size=\"10\">\(tick)</text>"
    }
    var line: [String] = []
    for (index, point) in points.enumerated() {
      let x = left + step * Double(index)
      let barTop = y(point.rate)
      svg += "<rect x=\"\(x + 14)\" y=\"\(barTop)\" width=\"28\" height=\"\(top + plot - barTop)\" fill=\"#2b8cbe\">"
      svg += "<title>\(point.label): อัตราการรายงาน \(point.rate.map { "ร้อยละ \($0)" } ?? "—")</title></rect>"
      svg +=
        "<text x=\"\(x + 28)\" y=\"\(top + plot + 14)\" text-anchor=\"middle\" font-size=\"10\">\(point.label)</text>"
      if let implementation = point.implementation {
        let py = y(implementation)
        line.append("\(x + 28),\(py)")
        svg +=
          "<circle cx=\"\(x + 28)\" cy=\"\(py)\" r=\"3.5\" fill=\"#e6550d\"><title>\(point.label): การนำแผนไปปฏิบัติ ร้อยละ \(implementation)</title></circle>"
      }
    }
    if line.count > 1 {
      svg += "<polyline points=\"\(line.joined(separator: " "))\" fill=\"none\" stroke=\"#e6550d\" stroke-width=\"2\"/>"
    }
    svg += "<rect x=\"\(Int(left))\" y=\"\(Int(top + plot + 24))\" width=\"10\" height=\"10\" fill=\"#2b8cbe\"/>"
    svg += "<text x=\"\(Int(left + 14))\" y=\"\(Int(top + plot + 33))\" font-size=\"10\">อัตราการรายงาน (%)</text>"
    svg += "<circle cx=\"\(Int(left + 135))\" cy=\"\(Int(top + plot + 29))\" r=\"4\" fill=\"#e6550d\"/>"
    svg += "<text x=\"\(Int(left + 143))\" y=\"\(Int(top + plot + 33))\" font-size=\"10\">การนำแผนไปปฏิบัติ (%)</text>"
    return svg + "</svg>"
  }
}
