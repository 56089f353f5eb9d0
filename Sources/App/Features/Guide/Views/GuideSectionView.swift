import Domain

/// One guide section as HTML, the same on the role page, the print page and the PDF: its
/// anchor, numbered steps, what the screen shows, messages and their meaning, tips, and the
/// screenshot (`imageBase` is `/static/guide/` on the site, `guide/` beside the PDF's page).
struct GuideSectionView {
  let section: GuideSection
  let imageBase: String
  /// The print document nests one level deeper (a book is an h2 there).
  var printed = false

  var component: Component {
    Article {
      if printed { H3(section.title) } else { H2(section.title) }
      Paragraph(section.summary)
      if let shot = section.shot { figure(shot) }
      if !section.steps.isEmpty {
        subheading("ขั้นตอน")
        El("ol") { for step in section.steps { ListItem(step) } }.class("steps")
      }
      if !section.screen.isEmpty {
        subheading("สิ่งที่เห็นบนหน้าจอ")
        List(section.screen)
      }
      if !section.problems.isEmpty {
        subheading("ถ้าระบบแสดงข้อความเหล่านี้")
        Table(
          header: TableRow {
            TableHeaderCell("ข้อความ"); TableHeaderCell("ความหมายและวิธีแก้")
          }
        ) {
          for problem in section.problems {
            TableRow {
              TableHeaderCell(problem.message); TableCell(problem.meaning)
            }
          }
        }.class("guide-problems")
      }
      if !section.tips.isEmpty {
        subheading("ข้อแนะนำ")
        List(section.tips)
      }
    }.class("guide-section").id(section.id)
  }

  private func subheading(_ text: String) -> Component {
    if printed { return El("h4") { Text(text) } }
    return H3(text)
  }

  private func figure(_ shot: GuideShot) -> Component {
    El("figure") {
      Image(url: imageBase + shot.fileName, description: shot.caption).attribute(named: "loading", value: "lazy")
      El("figcaption") { Text("ภาพ: " + shot.caption) }
    }.class("guide-figure")
  }
}

/// A book's frequent questions.
struct GuideQuestionsView {
  let book: GuideBook
  var printed = false

  var component: Component {
    Article {
      if printed { H3("คำถามที่พบบ่อย") } else { H2("คำถามที่พบบ่อย") }
      for item in book.questions {
        if printed { El("h4") { Text(item.question) } } else { H3(item.question) }
        Paragraph(item.answer)
      }
    }.class("guide-section").id(book.questionsID)
  }
}

/// Whom to call: the national line and e-mail, and the reader's provincial monitors.
struct GuideContactsView {
  let support: GuideSupport

  var component: Component {
    Div {
      H2("ติดต่อขอความช่วยเหลือ")
      if !support.offices.isEmpty {
        Paragraph("ผู้กำกับดูแลระดับจังหวัด\(support.provinceName.map { " (จังหวัด\($0))" } ?? "") ที่ท่านติดต่อได้:")
        List(support.offices.map { office in office.name + (office.position.map { " — " + $0 } ?? "") })
      } else {
        Paragraph(
          "ติดต่อสำนักงาน ป.ป.ช. ประจำจังหวัด หรือสำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดของท่าน (เมื่อเข้าสู่ระบบแล้ว หน้านี้จะแสดงชื่อผู้กำกับดูแลในจังหวัดของท่าน)"
        )
      }
      Paragraph {
        Text("ศูนย์ช่วยเหลือระดับประเทศ: โทร ")
        Link(support.phone, url: "tel:" + support.phone.filter { $0.isNumber || $0 == "+" })
        if let email = support.email {
          Text(" · อีเมล ")
          Link(email, url: "mailto:" + email)
        }
      }
    }.class("guide-contacts").id("contacts")
  }
}
