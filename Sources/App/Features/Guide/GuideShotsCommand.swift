import Domain
import Foundation
import Vapor

/// `sujarit guide-shots`: the guide's screenshot list as JSON, for `e2e/guide.py` (which signs
/// in as each account, opens each page, checks the element and saves the PNG). The guide's
/// sections are the only list: this prints what they name, with today's demo placeholders.
struct GuideShotsCommand: AsyncCommand {
  struct Signature: CommandSignature {}

  struct Shot: Encodable {
    let name: String
    let file: String
    let account: String?
    let path: String
    let element: String
    let caption: String
    let section: String
  }

  struct Output: Encodable {
    let password: String
    let shots: [Shot]
  }

  var help: String { "Prints the user guide's screenshot list as JSON (for e2e/guide.sh)." }

  func run(using context: CommandContext, signature: Signature) async throws {
    context.console.output(.init(stringLiteral: try Self.json()))
  }

  static func json(now: Date = Date()) throws -> String {
    let values = GuideContent.placeholders(now: now)
    let shots = GuideContent.books.flatMap { book in
      book.sections.compactMap { section in
        section.shot.map {
          Shot(
            name: $0.name, file: $0.fileName, account: $0.account, path: $0.resolvedPath(values), element: $0.element,
            caption: $0.caption, section: section.id)
        }
      }
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(Output(password: DemoAccounts.password, shots: shots)), as: UTF8.self)
  }
}
