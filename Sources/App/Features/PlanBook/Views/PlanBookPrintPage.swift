import Domain
import Foundation

struct PlanBookPrintModel {
  struct Section {
    let anchor: String
    let title: String
    let text: String
  }

  let code: String
  let periodCode: String
  let organizationName: String
  let placeLine: String
  let title: String
  let versionLine: String
  let preface: Section?
  let partOne: [Section]
  let table: PlanOutlineModel
  let tableTitle: String
  let thaiDigits: Bool
  /// Where the toolbar's PDF link goes (the same book as a file).
  let pdfPath: String
  /// Page of each anchor, once a first rendering has been measured (PDF only).
  var pages: [String: Int] = [:]
  /// For the PDF: both stylesheets inlined and no toolbar.
  var inlineStyle: String? = nil

  static let partOneAnchor = "part-1"
  static let partTwoAnchor = "part-2"
  static let tocAnchor = "contents"

  /// The table of contents' entries: (anchor, title, indented).
  var contents: [(anchor: String, title: String, indented: Bool)] {
    var entries: [(String, String, Bool)] = []
    if let preface { entries.append((preface.anchor, preface.title, false)) }
    if !partOne.isEmpty {
      entries.append((Self.partOneAnchor, "ส่วนที่ 1 บทนำ", false))
      entries += partOne.map { ($0.anchor, $0.title, true) }
    }
    entries.append((Self.partTwoAnchor, "ส่วนที่ 2 แผนปฏิบัติการป้องกันการทุจริต", false))
    return entries
  }

  func d(_ text: String) -> String { thaiDigits ? ThaiDigits.convert(text) : text }
}

/// The whole plan book as LAOs attach it to their memo and publish it: cover, contents with page
/// numbers, คำนำ, ส่วนที่ 1 (A4 portrait) and ส่วนที่ 2, the project table (A4 landscape).
struct PlanBookPrintPage {
  let model: PlanBookPrintModel

  /// Page numbers in Thai digits need their own rule: `@page` cannot look at the body's class.
  static func pageNumberStyle(thaiDigits: Bool) -> String {
    let counter = thaiDigits ? "counter(page, thai)" : "counter(page)"
    return "@page { @bottom-center { content: \(counter); } } @page wide { @bottom-right { content: none; } "
      + "@bottom-center { content: \(counter); } } @page cover { @bottom-center { content: none; } @bottom-right { content: none; } }"
  }

  var html: HTML {
    let screen = model.inlineStyle == nil
    let d = model.d
    let head = HTML.Head(
      title: "\(model.title) \(model.organizationName)",
      stylesheets: screen ? ["/static/print.css", "/static/book.css"] : [],
      inlineStyle: (model.inlineStyle ?? "") + Self.pageNumberStyle(thaiDigits: model.thaiDigits),
      scripts: screen ? ["/static/app.js"] : [])
    return HTML(head: head) {
      if screen {
        Div {
          Button("พิมพ์").attribute(named: "type", value: "button").class("button primary").attribute(
            named: "data-print", value: "1")
          Link("ดาวน์โหลด PDF (มีเลขหน้าในสารบัญ)", url: model.pdfPath)
          Link("กลับไปที่เล่มแผน", url: Paths.planBook(model.code, model.periodCode))
        }.class("toolbar")
      }
      Div {
        Paragraph(d(model.title)).class("cover-title")
        Paragraph(d(model.organizationName)).class("cover-organization")
        Paragraph(d(model.placeLine)).class("cover-place")
        Paragraph(d(model.versionLine)).class("cover-version")
      }.class("book-cover")
      Div {
        H2("สารบัญ").id(PlanBookPrintModel.tocAnchor)
        Div {
          Span("หัวข้อ")
          Span("หน้า")
        }.class("toc-head")
        for entry in model.contents {
          Paragraph {
            Link(d(entry.title), url: "#" + entry.anchor)
            Span(model.pages[entry.anchor].map { d(String($0)) } ?? "").class("toc-page")
          }.class(entry.indented ? "toc-entry indented" : "toc-entry")
        }
      }.class("book-toc")
      if let preface = model.preface {
        Div {
          H2(d(preface.title)).id(preface.anchor)
          SafeTextView(preface.text, headingLevel: 3, convert: d)
        }.class("book-front")
      }
      if !model.partOne.isEmpty {
        Div {
          H2("ส่วนที่ 1 บทนำ").id(PlanBookPrintModel.partOneAnchor).class("part-title")
          for section in model.partOne {
            Div {
              H3(d(section.title)).id(section.anchor)
              SafeTextView(section.text, headingLevel: 4, convert: d)
            }.class("book-section")
          }
        }.class("book-front")
      }
      Div {
        H2("ส่วนที่ 2 แผนปฏิบัติการป้องกันการทุจริต").id(PlanBookPrintModel.partTwoAnchor).class("part-title")
        PlanTableView(
          title: model.tableTitle, subtitle: model.organizationName + " " + model.placeLine, outline: model.table,
          thaiDigits: model.thaiDigits)
      }.class("book-table")
    }
  }
}
