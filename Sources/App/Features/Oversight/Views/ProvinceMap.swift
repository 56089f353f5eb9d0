import Domain
import Foundation

/// A choropleth of Thailand's provinces as inline SVG, drawn on the server from the bundled
/// OpenStreetMap outlines (projected and thinned once, at first use). Each province links
/// to its dashboard and names its value in a tooltip; a legend explains the colours.
enum ProvinceMap {
  struct Outline {
    let code: String
    let name: String
    let path: String
    let minX: Double, minY: Double, maxX: Double, maxY: Double
  }

  static let buckets: [(from: Int64, color: String, label: String)] = [
    (9_000, "#045a8d", "ตั้งแต่ 90"), (7_000, "#2b8cbe", "70–89.99"), (5_000, "#74a9cf", "50–69.99"),
    (0, "#bdc9e1", "ต่ำกว่า 50"),
  ]
  static let noData = "#e5e5e5"

  /// For implementation %: one colour per level, by the round kind's thresholds.
  static func levelBuckets(_ thresholds: LevelThresholds) -> [(from: Int64, color: String, label: String)] {
    let high = Percent(hundredths: thresholds.high)
    let medium = Percent(hundredths: thresholds.medium)
    return [
      (thresholds.high, "#045a8d", "มาก (ตั้งแต่ร้อยละ \(high.trimmed))"),
      (thresholds.medium, "#74a9cf", "ปานกลาง (ร้อยละ \(medium.trimmed)–\(Percent(hundredths: thresholds.high - 1)))"),
      (Int64.min, "#bdc9e1", "น้อย (ต่ำกว่าร้อยละ \(medium.trimmed))"),
    ]
  }

  /// `values` by province code (nil = no figure); `only` limits the map to some provinces.
  static func svg(
    values: [String: Percent?], links: [String: String], only: Set<String>? = nil,
    buckets: [(from: Int64, color: String, label: String)] = buckets
  ) -> TrustedHTML {
    let shown = outlines.filter { only?.contains($0.code) ?? true }
    guard let first = shown.first else { return .empty }
    let minX = shown.reduce(first.minX) { min($0, $1.minX) } - 4
    let minY = shown.reduce(first.minY) { min($0, $1.minY) } - 4
    let width = shown.reduce(first.maxX) { max($0, $1.maxX) } + 4 - minX
    let height = shown.reduce(first.maxY) { max($0, $1.maxY) } + 4 - minY
    var svg = HTMLWriter(capacity: 200_000)
    svg.open(
      "svg",
      [
        "xmlns": "http://www.w3.org/2000/svg", "viewBox": "\(fmt(minX)) \(fmt(minY)) \(fmt(width)) \(fmt(height))",
        "role": "img", "aria-label": "แผนที่จังหวัด", "class": "province-map",
      ])
    for outline in shown {
      let value = values[outline.code] ?? nil
      let color = value.map { value in buckets.first { value.hundredths >= $0.from }?.color ?? noData } ?? noData
      let label = "\(outline.name): " + (value.map { "ร้อยละ \($0)" } ?? "ไม่มีข้อมูล")
      let link = links[outline.code]
      if let link { svg.open("a", ["href": link, "aria-label": label]) }
      svg.open("path", ["d": outline.path, "fill": color, "stroke": "#fff", "stroke-width": "0.6"])
      svg.element("title", text: label)
      svg.close("path")
      if link != nil { svg.close("a") }
    }
    svg.close("svg")
    svg.open("ul", ["class": "map-legend"])
    // Swatches are tiny SVGs: the content security policy forbids inline styles.
    for (color, label) in buckets.map({ ($0.color, $0.label) }) + [(noData, "ไม่มีข้อมูล")] {
      svg.open("li")
      svg.open("svg", ["width": "14", "height": "14", "aria-hidden": "true"])
      svg.open("rect", ["width": "14", "height": "14", "fill": color, "stroke": "#999"])
      svg.close("rect")
      svg.close("svg")
      svg.text(" " + label)
      svg.close("li")
    }
    svg.close("ul")
    return svg.result
  }

  /// Outlines projected to pixels (equirectangular at Thailand's middle latitude, 40 px per
  /// degree of latitude), with points closer than a pixel to the previous one dropped.
  static let outlines: [Outline] = {
    struct File: Decodable {
      struct Province: Decodable {
        let code: String
        let name_th: String
        let rings: [[Double]]
      }
      let provinces: [Province]
    }
    guard let text = try? BundledResource.text("province-boundaries.json"),
      let file = try? JSONDecoder().decode(File.self, from: Data(text.utf8))
    else { return [] }
    let scale = 40.0, xScale = 40.0 * cos(13.0 * .pi / 180), west = 97.0, north = 21.0
    return file.provinces.map { province in
      var path = ""
      var xs: [Double] = [], ys: [Double] = []
      for ring in province.rings {
        var last: (Double, Double)?
        var count = 0
        for index in stride(from: 0, to: ring.count - 1, by: 2) {
          let x = (ring[index] - west) * xScale, y = (north - ring[index + 1]) * scale
          if let (lx, ly) = last, abs(x - lx) < 1, abs(y - ly) < 1 { continue }
          path += (count == 0 ? "M" : "L") + fmt(x) + " " + fmt(y)
          last = (x, y)
          xs.append(x)
          ys.append(y)
          count += 1
        }
        if count > 0 { path += "Z" }
      }
      return Outline(
        code: province.code, name: province.name_th, path: path, minX: xs.min() ?? 0, minY: ys.min() ?? 0,
        maxX: xs.max() ?? 0, maxY: ys.max() ?? 0)
    }
  }()

  private static func fmt(_ value: Double) -> String { String(format: "%.1f", value) }
}
