import Domain
import Foundation

/// Server-drawn SVG for the ITA pages (no JavaScript; each page also lists the numbers).
enum ItaCharts {
  private static func n(_ value: Double) -> String { String(format: "%.1f", value) }
  /// Drawn at its natural size × this (never stretched to the page width: few bars would be huge).
  private static let scale = 1.6

  /// Total per year as bars, the pass mark (85) as a dashed line.
  static func history(_ years: [(label: String, total: Int64?)]) -> TrustedHTML {
    guard !years.isEmpty else { return .empty }
    let step = 64.0, left = 40.0, top = 10.0, plot = 160.0
    let width = left + step * Double(years.count) + 10, height = top + plot + 24
    func y(_ hundredths: Int64) -> Double { top + plot - plot * Double(min(max(hundredths, 0), 10_000)) / 10_000 }
    var svg = HTMLWriter(capacity: 2_048 + years.count * 400)
    svg.open(
      "svg",
      [
        "xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 \(n(width)) \(n(height))", "class": "ita-chart",
        "width": n(width * scale), "height": n(height * scale),
        "role": "img", "aria-label": "คะแนนรวม ITA รายปี",
      ])
    for tick in stride(from: 0, through: 100, by: 25) {
      let ty = y(Int64(tick) * 100)
      svg.open(
        "line", ["x1": n(left), "x2": n(width - 10), "y1": n(ty), "y2": n(ty), "stroke": "#ccd", "stroke-width": "0.5"])
      svg.close("line")
      svg.element("text", ["x": n(left - 6), "y": n(ty + 4), "text-anchor": "end", "font-size": "10"], text: "\(tick)")
    }
    for (index, year) in years.enumerated() {
      let x = left + step * Double(index)
      if let total = year.total {
        let barTop = y(total)
        svg.open(
          "rect",
          [
            "x": n(x + 14), "y": n(barTop), "width": "28", "height": n(top + plot - barTop),
            "fill": total >= ItaSummary.passMark ? "#31a354" : "#e6550d",
          ])
        svg.element("title", text: "\(year.label): คะแนนรวม \(ItaScore.text(total))")
        svg.close("rect")
      }
      svg.element(
        "text", ["x": n(x + 28), "y": n(top + plot + 14), "text-anchor": "middle", "font-size": "10"], text: year.label)
    }
    let pass = y(ItaSummary.passMark)
    svg.open(
      "line",
      [
        "x1": n(left), "x2": n(width - 10), "y1": n(pass), "y2": n(pass), "stroke": "#555", "stroke-width": "1",
        "stroke-dasharray": "4 3",
      ])
    svg.element("title", text: "เกณฑ์ผ่าน 85 คะแนน")
    svg.close("line")
    svg.close("svg")
    return svg.result
  }

  /// Count per level as horizontal bars.
  static func distribution(_ counts: [(level: ItaLevel, count: Int64)]) -> TrustedHTML {
    let maximum = max(counts.map(\.count).max() ?? 0, 1)
    let row = 22.0, left = 40.0, plot = 300.0
    let height = row * Double(counts.count) + 10
    var svg = HTMLWriter(capacity: 2_048)
    svg.open(
      "svg",
      [
        "xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 \(n(left + plot + 60)) \(n(height))",
        "class": "ita-chart", "width": n((left + plot + 60) * scale), "height": n(height * scale), "role": "img",
        "aria-label": "จำนวนหน่วยงานตามระดับผลการประเมิน",
      ])
    for (index, item) in counts.enumerated() {
      let y = 5 + row * Double(index)
      svg.element(
        "text", ["x": n(left - 6), "y": n(y + 14), "text-anchor": "end", "font-size": "11"], text: item.level.rawValue)
      let width = plot * Double(item.count) / Double(maximum)
      svg.open("rect", ["x": n(left), "y": n(y + 3), "width": n(width), "height": "14", "fill": "#2b8cbe"])
      svg.element("title", text: "\(item.level.label): \(item.count) หน่วยงาน")
      svg.close("rect")
      svg.element("text", ["x": n(left + width + 4), "y": n(y + 14), "font-size": "11"], text: "\(item.count)")
    }
    svg.close("svg")
    return svg.result
  }

  /// Implementation % (x) against ITA total (y), one dot per organization.
  static func scatter(_ points: [(label: String, x: Percent, y: Int64)]) -> TrustedHTML {
    let left = 40.0, top = 10.0, plot = 240.0
    let width = left + plot + 60, height = top + plot + 36
    func px(_ value: Percent) -> Double { left + plot * Double(min(max(value.hundredths, 0), 10_000)) / 10_000 }
    func py(_ value: Int64) -> Double { top + plot - plot * Double(min(max(value, 0), 10_000)) / 10_000 }
    var svg = HTMLWriter(capacity: 2_048 + points.count * 200)
    svg.open(
      "svg",
      [
        "xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 \(n(width)) \(n(height))", "class": "ita-chart",
        "width": n(width * scale), "height": n(height * scale),
        "role": "img", "aria-label": "ร้อยละการนำแผนไปปฏิบัติเทียบกับคะแนนรวม ITA",
      ])
    for tick in stride(from: 0, through: 100, by: 25) {
      let t = Double(tick)
      svg.open(
        "line",
        [
          "x1": n(left), "x2": n(left + plot), "y1": n(top + plot - plot * t / 100),
          "y2": n(top + plot - plot * t / 100), "stroke": "#ccd", "stroke-width": "0.5",
        ])
      svg.close("line")
      svg.element(
        "text", ["x": n(left - 6), "y": n(top + plot - plot * t / 100 + 4), "text-anchor": "end", "font-size": "10"],
        text: "\(tick)")
      svg.element(
        "text", ["x": n(left + plot * t / 100), "y": n(top + plot + 14), "text-anchor": "middle", "font-size": "10"],
        text: "\(tick)")
    }
    for point in points {
      svg.open(
        "circle", ["cx": n(px(point.x)), "cy": n(py(point.y)), "r": "3", "fill": "#2b8cbe", "fill-opacity": "0.7"])
      svg.element("title", text: "\(point.label): การนำแผนไปปฏิบัติ ร้อยละ \(point.x), ITA \(ItaScore.text(point.y))")
      svg.close("circle")
    }
    svg.element(
      "text", ["x": n(left + plot / 2), "y": n(top + plot + 30), "text-anchor": "middle", "font-size": "10"],
      text: "แกนนอน: ร้อยละการนำแผนไปปฏิบัติ (รอบ 12 เดือน) · แกนตั้ง: คะแนน ITA")
    svg.close("svg")
    return svg.result
  }
}
