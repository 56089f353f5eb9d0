import Foundation

/// One page of a long list. Page numbers come from URLs, so they are clamped here: to
/// 1 … `maxPage` when read, and to the last page once the total is known. Offsets are
/// then at most `maxPage × maxPerPage`, far from overflowing.
public struct Paging: Equatable, Sendable {
  public static let maxPage = 1_000_000
  public static let maxPerPage = 1_000

  public let page: Int
  public let perPage: Int

  /// `requested` as typed in the URL (nil, 0, negative or huge are all fine).
  public init(page requested: Int?, perPage: Int) {
    self.perPage = min(max(perPage, 1), Self.maxPerPage)
    page = min(max(requested ?? 1, 1), Self.maxPage)
  }

  /// Reads a page number from URL text: none (or empty) means page 1, a number too large
  /// for an Int the last page, a minus sign page 1; nil when the text is not a number at all.
  public init?(pageText: String?, perPage: Int) {
    let text = ThaiDigits.toArabic(pageText ?? "").trimmingCharacters(in: .whitespaces)
    guard !text.isEmpty else {
      self.init(page: 1, perPage: perPage)
      return
    }
    var digits = Substring(text)
    let negative = digits.first == "-"
    if negative || digits.first == "+" { digits = digits.dropFirst() }
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    self.init(page: negative ? 1 : (Int(digits) ?? Self.maxPage), perPage: perPage)
  }

  public static let notANumberMessage = "เลขหน้าต้องเป็นตัวเลข เช่น 2"

  /// Whether `text` is an integer as a JSON API reads one: an optional minus sign and ASCII
  /// digits, nothing else (not empty, no spaces, no Thai digits).
  public static func isIntegerText(_ text: String) -> Bool {
    let digits = text.first == "-" ? Substring(text).dropFirst() : Substring(text)
    return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
  }

  /// How many pages `total` items fill (at least 1, so "หน้า 1 จาก 1" for an empty list).
  public func pageCount(total: Int) -> Int {
    max(1, total / perPage + (total % perPage == 0 ? 0 : 1))
  }

  /// The same paging, moved back to the last page if it was past it.
  public func within(total: Int) -> Paging {
    Paging(page: min(page, pageCount(total: max(total, 0))), perPage: perPage)
  }

  public var offset: Int { (page - 1) * perPage }
  public var range: Range<Int> { offset..<(offset + perPage) }
}
