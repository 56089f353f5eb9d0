import Domain
import Foundation
import Vapor

/// The user guide (คู่มือการใช้งาน): public pages, no sign-in and no private data.
/// `/guide` (every role), `/guide/{role}` (one role's sections with anchors), `/guide/print`
/// (the whole guide, A4 portrait) and `/guide/guide.pdf` (the same through `PDFRenderer`).
struct GuideRoutes: RouteCollection {
  /// The styles the PDF's page carries inside it (read once).
  static let printStyle =
    ((try? BundledResource.text("print.css", in: "Resources/Public/static")) ?? "") + "\n"
    + ((try? BundledResource.text("guide.css", in: "Resources/Public/static")) ?? "")

  func boot(routes: any RoutesBuilder) throws {
    routes.get("guide", use: index)
    routes.get("guide", "print", use: printView)
    routes.get("guide", "guide.pdf", use: pdf)
    routes.get("guide", ":role", use: role)
  }

  func index(req: Request) async throws -> Response {
    let own = req.currentUser.map { GuideAudience.of($0.role) }
    let page = GuideIndexPage(
      shell: req.shell("คู่มือการใช้งาน"), books: GuideContent.books, own: own, support: try await GuideSupport.load(req))
    return req.page(page.html)
  }

  func role(req: Request) async throws -> Response {
    let raw = req.parameters.get("role") ?? ""
    guard let book = GuideContent.book(named: raw) else {
      throw Abort(.notFound, reason: "ไม่พบคู่มือของบทบาท \"\(raw.prefix(40))\" — เลือกคู่มือจากหน้าคู่มือการใช้งาน")
    }
    let page = GuideRolePage(
      shell: req.shell("คู่มือ" + book.audience.thaiName), book: book, support: try await GuideSupport.load(req))
    return req.page(page.html)
  }

  func printView(req: Request) async throws -> Response {
    req.page(GuidePrintPage(books: GuideContent.books, support: try await GuideSupport.load(req)).html)
  }

  func pdf(req: Request) async throws -> Response {
    // The PDF is the same for everyone (no provincial contacts), so it may be shared.
    let page = GuidePrintPage(books: GuideContent.books, support: .fromEnvironment(), inlineStyle: Self.printStyle)
    let data = try await PDFRenderer.fromEnvironment().render(
      html: page.html.render(), files: GuideImages.files, queue: req.application.pdfQueue, timeout: 120)
    return FileDownload.response(body: data, type: "application/pdf", name: "คู่มือการใช้งานระบบสุจริต.pdf", inline: true)
  }
}

/// The guide's screenshots as shipped in the bundle (`Public/static/guide/`), by the relative
/// name the PDF's page uses (`guide/<name>.png`).
enum GuideImages {
  static let folder: URL? = Bundle.module.url(forResource: "Public", withExtension: nil, subdirectory: "Resources")?
    .appendingPathComponent("static").appendingPathComponent("guide")

  /// Names of the PNG files present.
  static var names: Set<String> {
    guard let folder else { return [] }
    return Set(
      ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".png") })
  }

  static let files: [String: Data] = {
    guard let folder else { return [:] }
    var files: [String: Data] = [:]
    for shot in GuideContent.shots {
      if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(shot.fileName).path) {
        files["guide/" + shot.fileName] = data
      }
    }
    return files
  }()
}
