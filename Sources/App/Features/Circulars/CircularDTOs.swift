import Domain
import Vapor

/// One circular as the JSON API shows it: the letter and its chain, never acknowledgements.
struct CircularJSON: Content {
  struct Link: Content {
    let id: UUID
    let senderOffice: String
    let number: String
    let letterDate: String
    let title: String
  }

  let id: UUID
  let title: String
  let number: String
  /// ISO day (ค.ศ.) of the letter, and the same day as Thai officials write it.
  let letterDate: String
  let letterDateThai: String
  let senderOffice: String
  let summary: String
  let actionRequested: String?
  let dueDate: String?
  let fileURL: String?
  /// The letters this one relays, the original first.
  let chain: [Link]

  init(_ circular: Circular, chain: [Circular], hasFile: Bool, fileURL: (UUID) -> String) {
    let id = circular.id ?? UUID()
    self.id = id
    title = circular.title
    number = circular.number
    letterDate = ThaiCalendar.isoDate(circular.letterDate)
    letterDateThai = ThaiCalendar.longDate(circular.letterDate)
    senderOffice = circular.senderOffice
    summary = circular.summary
    actionRequested = circular.actionRequested
    dueDate = circular.dueDate.map { ThaiCalendar.isoDate($0) }
    self.fileURL = hasFile ? fileURL(id) : nil
    self.chain = chain.filter { $0.id != circular.id }.map {
      Link(
        id: $0.id ?? UUID(), senderOffice: $0.senderOffice, number: $0.number,
        letterDate: ThaiCalendar.isoDate($0.letterDate), title: $0.title)
    }
  }
}

/// A page of circulars: the public archive, or the signed-in inbox (with the state).
struct CircularListJSON: Content {
  struct Item: Content {
    let id: UUID
    let title: String
    let number: String
    let letterDate: String
    let senderOffice: String
    let dueDate: String?
    /// Inbox only: unread, read, acknowledged or acted.
    let state: String?
  }

  let items: [Item]
  let total: Int
  let page: Int
  let perPage: Int

  init(_ rows: [CircularListRow], paging: Paging, withState: Bool) {
    items = rows.map {
      Item(
        id: $0.id, title: $0.title, number: $0.number, letterDate: ThaiCalendar.isoDate($0.letter_date),
        senderOffice: $0.sender_office, dueDate: $0.due_date.map { ThaiCalendar.isoDate($0) },
        state: withState ? $0.state.rawValue : nil)
    }
    total = rows.first?.total ?? 0
    page = paging.page
    perPage = paging.perPage
  }
}

/// The posting (or relay) form, multipart: read in one pass (each `req.content.get` would parse
/// the whole body, PDF included, again).
struct CircularUpload: Decodable {
  var values: [String: String] = [:]
  var file: File?

  private struct Key: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  static var names: [String] {
    CircularRoutes.textFields + OrganizationType.allCases.indices.map(CircularRoutes.typeField)
  }

  init() {}

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: Key.self)
    for name in Self.names {
      if let value = try? container.decodeIfPresent(String.self, forKey: Key(name)) { values[name] = value }
    }
    file = try? container.decodeIfPresent(File.self, forKey: Key("file"))
  }
}
