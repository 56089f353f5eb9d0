/// A whole HTML document: the head's title, metadata, stylesheets and scripts, and the body.
struct HTML {
  struct Head {
    var title: String
    /// `<meta name="…" content="…">`
    var meta: [(name: StaticString, content: String)] = []
    var stylesheets: [String] = []
    /// CSS placed inside the page (for PDF rendering, where nothing is fetched).
    var inlineStyle: String? = nil
    /// Scripts loaded with `defer`, from this site only.
    var scripts: [String] = []
    /// `<meta property="…" content="…">` (Open Graph, for links shared on social media).
    var properties: [(property: StaticString, content: String)] = []
    /// `<link rel="canonical">`: the page's stable address.
    var canonical: String? = nil
  }

  let head: Head
  let body: Component

  init(head: Head, @ComponentBuilder body: () -> Component) {
    self.head = head
    self.body = body()
  }

  func render() -> String {
    var out = HTMLWriter(capacity: 32_768)
    out.doctype()
    out.open("html", ["lang": "th"])
    out.open("head")
    out.open("meta", ["charset": "UTF-8"])
    for meta in head.meta {
      out.startTag("meta")
      out.attribute("name", meta.name.description)
      out.attribute("content", meta.content)
      out.endTag()
    }
    for property in head.properties {
      out.startTag("meta")
      out.attribute("property", property.property.description)
      out.attribute("content", property.content)
      out.endTag()
    }
    out.element("title", text: head.title)
    if let canonical = head.canonical { out.open("link", ["rel": "canonical", "href": canonical]) }
    for sheet in head.stylesheets { out.open("link", ["rel": "stylesheet", "href": sheet]) }
    if let css = head.inlineStyle { out.styleSheet(css) }
    for script in head.scripts {
      out.startTag("script")
      out.attribute("src", script)
      out.flag("defer")
      out.endTag()
      out.close("script")
    }
    out.close("head")
    out.open("body")
    body.render(into: &out)
    out.close("body")
    out.close("html")
    return out.string
  }
}
