import Domain

/// `/guide`: every role's guide with its table of contents, the printable document, contacts.
struct GuideIndexPage {
  let shell: PageShell
  let books: [GuideBook]
  let own: GuideAudience?
  let support: GuideSupport

  var html: HTML {
    Layout.page(shell) {
      H1("คู่มือการใช้งานระบบสุจริต")
      Paragraph(
        "คู่มือนี้อธิบายการใช้งานทีละขั้นตอนสำหรับผู้ใช้แต่ละบทบาท พร้อมภาพหน้าจอจริงของระบบ ข้อความที่ระบบอาจแสดงและความหมาย และคำถามที่พบบ่อย อ่านได้โดยไม่ต้องเข้าสู่ระบบ"
      )
      if let own, let book = books.first(where: { $0.audience == own }) {
        Paragraph {
          Text("คู่มือสำหรับบทบาทของท่าน: ")
          Link("คู่มือ" + book.audience.thaiName, url: Paths.guide(book.audience.rawValue))
        }.class("notice")
      }
      Paragraph {
        Link("พิมพ์คู่มือทั้งเล่ม", url: Paths.guidePrint)
        Text(" · ")
        Link("ดาวน์โหลดคู่มือเป็น PDF", url: Paths.guidePDF)
      }
      for book in books {
        Div {
          H2 { Link("คู่มือ" + book.audience.thaiName, url: Paths.guide(book.audience.rawValue)) }
          Paragraph(book.intro)
          GuideTableOfContents(book: book, local: false).component
        }.class("guide-toc").id(book.audience.rawValue)
      }
      GuideContactsView(support: support).component
      H2("เอกสารและช่องทางของสำนักงาน ป.ป.ช.")
      List(GuideContent.naccPointers)
    }
  }
}

/// A book's numbered list of sections (anchors on its own page, or full addresses).
struct GuideTableOfContents {
  let book: GuideBook
  let local: Bool

  var component: Component {
    El("ol") {
      for section in book.sections {
        ListItem { Link(section.title, url: target(section.id)) }
      }
      if !book.questions.isEmpty { ListItem { Link("คำถามที่พบบ่อย", url: target(book.questionsID)) } }
    }
  }

  private func target(_ id: String) -> String {
    local ? "#" + id : Paths.guideSection(book.audience.rawValue, id)
  }
}

/// `/guide/{role}`: one role's guide, every section with its anchor.
struct GuideRolePage {
  let shell: PageShell
  let book: GuideBook
  let support: GuideSupport

  var html: HTML {
    Layout.page(shell) {
      Paragraph {
        Link("คู่มือการใช้งาน", url: Paths.guide)
        Text(" › " + book.audience.thaiName)
      }.class("breadcrumbs")
      H1("คู่มือการใช้งาน: " + book.audience.thaiName)
      Paragraph(book.intro)
      Div {
        H2("สารบัญ")
        GuideTableOfContents(book: book, local: true).component
        Paragraph {
          Link("พิมพ์คู่มือทั้งเล่ม", url: Paths.guidePrint)
          Text(" · ")
          Link("ดาวน์โหลด PDF", url: Paths.guidePDF)
        }
      }.class("guide-toc")
      for section in book.sections {
        GuideSectionView(section: section, imageBase: Paths.guideImage("")).component
      }
      if !book.questions.isEmpty { GuideQuestionsView(book: book).component }
      GuideContactsView(support: support).component
      Paragraph {
        Text("คู่มือของบทบาทอื่น: ")
        for (index, other) in GuideContent.books.filter({ $0.audience != book.audience }).enumerated() {
          if index > 0 { Text(" · ") }
          Link(other.audience.thaiName, url: Paths.guide(other.audience.rawValue))
        }
      }
    }
  }
}

/// `/guide/print` and the PDF: every book in one A4 portrait document with page numbers.
struct GuidePrintPage {
  let books: [GuideBook]
  let support: GuideSupport
  /// Set for the PDF: the styles inside the page, images beside it (`guide/…`).
  var inlineStyle: String? = nil

  var html: HTML {
    let screen = inlineStyle == nil
    let head = HTML.Head(
      title: "คู่มือการใช้งานระบบสุจริต", stylesheets: screen ? ["/static/print.css", "/static/guide.css"] : [],
      inlineStyle: inlineStyle, scripts: screen ? ["/static/app.js"] : [])
    return HTML(head: head) {
      if screen {
        Div {
          Button("พิมพ์").attribute(named: "type", value: "button").class("button primary").attribute(
            named: "data-print", value: "1")
          Link("ดาวน์โหลด PDF", url: Paths.guidePDF)
          Link("กลับไปที่คู่มือ", url: Paths.guide)
        }.class("toolbar")
      }
      Div {
        H1("คู่มือการใช้งานระบบสุจริต")
        Paragraph("ระบบติดตามแผนปฏิบัติการป้องกันการทุจริตขององค์กรปกครองส่วนท้องถิ่น").class("guide-subtitle")
        H2("สารบัญ")
        El("ol") {
          for book in books {
            ListItem {
              Link("คู่มือ" + book.audience.thaiName, url: "#" + book.audience.rawValue)
              El("ol") { for section in book.sections { ListItem(section.title) } }
            }
          }
        }.class("guide-toc")
        for book in books {
          H2("คู่มือ" + book.audience.thaiName).class("book-title").id(book.audience.rawValue)
          Paragraph(book.intro)
          for section in book.sections {
            GuideSectionView(section: section, imageBase: screen ? Paths.guideImage("") : "guide/", printed: true)
              .component
          }
          if !book.questions.isEmpty { GuideQuestionsView(book: book, printed: true).component }
        }
        GuideContactsView(support: support).component
      }.class("guide-print")
    }
  }
}
