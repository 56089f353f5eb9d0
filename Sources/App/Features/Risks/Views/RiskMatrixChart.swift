import Domain
import Foundation

/// The 5 × 5 risk matrix drawn on the server: likelihood up, impact across, each cell in its
/// level's colour with the number of risks in it, and the levels' legend.
enum RiskMatrixChart {
  static func color(_ level: RiskLevel) -> String {
    switch level {
    case .low: return "#a6d96a"
    case .medium: return "#fee08b"
    case .high: return "#fdae61"
    case .veryHigh: return "#e34a33"
    }
  }

  private static func n(_ value: Double) -> String { String(format: "%.1f", value) }

  static func svg(_ matrix: RiskMatrix, thaiDigits: Bool = false) -> TrustedHTML {
    func d(_ text: String) -> String { thaiDigits ? ThaiDigits.convert(text) : text }
    let cell = 46.0, left = 92.0, top = 10.0
    let width = left + cell * 5 + 150, height = top + cell * 5 + 58
    var svg = HTMLWriter(capacity: 8_192)
    svg.open(
      "svg",
      [
        "xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 \(n(width)) \(n(height))", "class": "risk-matrix",
        "width": n(width), "height": n(height), "role": "img",
        "aria-label": "แผนภูมิความเสี่ยง โอกาสที่จะเกิดกับผลกระทบ",
      ])
    for likelihood in 1...5 {
      let y = top + cell * Double(5 - likelihood)
      svg.element(
        "text", ["x": n(left - 6), "y": n(y + cell / 2 + 4), "text-anchor": "end", "font-size": "11"],
        text: d("\(likelihood) \(RiskScale.likelihoodNames[likelihood - 1])"))
      for impact in 1...5 {
        guard let l = RiskScale(likelihood), let i = RiskScale(impact) else { continue }
        let level = RiskLevel(likelihood: l, impact: i)
        let x = left + cell * Double(impact - 1)
        let count = matrix.count(likelihood: likelihood, impact: impact)
        svg.open(
          "rect",
          [
            "x": n(x), "y": n(y), "width": n(cell), "height": n(cell), "fill": color(level), "stroke": "#fff",
            "stroke-width": "2",
          ])
        svg.element(
          "title",
          text:
            "โอกาส \(likelihood) × ผลกระทบ \(impact) = \(likelihood * impact) ระดับ\(level.thaiName): \(count) ความเสี่ยง")
        svg.close("rect")
        if count > 0 {
          svg.element(
            "text",
            [
              "x": n(x + cell / 2), "y": n(y + cell / 2 + 6), "text-anchor": "middle", "font-size": "17",
              "font-weight": "bold",
            ], text: d(String(count)))
        }
      }
    }
    for impact in 1...5 {
      svg.element(
        "text",
        [
          "x": n(left + cell * (Double(impact) - 0.5)), "y": n(top + cell * 5 + 15), "text-anchor": "middle",
          "font-size": "11",
        ], text: d(String(impact)))
    }
    svg.element(
      "text", ["x": n(left + cell * 2.5), "y": n(top + cell * 5 + 32), "text-anchor": "middle", "font-size": "12"],
      text: "ผลกระทบ (1 น้อยมาก – 5 รุนแรงมาก)")
    svg.element(
      "text", ["x": "12", "y": n(top + cell * 5 + 50), "font-size": "12"], text: "แนวตั้ง: โอกาสที่จะเกิด")
    for (index, level) in RiskLevel.allCases.reversed().enumerated() {
      let y = top + 8 + 24 * Double(index)
      let x = left + cell * 5 + 14
      svg.open("rect", ["x": n(x), "y": n(y), "width": "16", "height": "16", "fill": color(level)])
      svg.close("rect")
      svg.element(
        "text", ["x": n(x + 22), "y": n(y + 13), "font-size": "12"],
        text: d("\(level.thaiName) (\(level.range.lowerBound)–\(level.range.upperBound))"))
    }
    svg.close("svg")
    return svg.result
  }
}

extension RiskMatrix {
  /// The matrix of a register's (or a published copy's) risks.
  init(risks: [RiskCopy.Item]) {
    self.init(
      risks.compactMap { item in
        guard let l = RiskScale(item.likelihood), let i = RiskScale(item.impact) else { return nil }
        return (likelihood: l, impact: i)
      })
  }
}
