import Foundation

/// The copy of a complaint sent to the accused's superior for a secret inquiry has the
/// complainant's name and contact hidden (seed 004 §8.1.2). Wherever the name (whole, or any
/// word of it), the contact (whole) or any phone number or e-mail address appears in the text,
/// it is masked: complainants often write theirs into the story. Amounts, dates and other
/// numbers stay as written.
public enum ComplaintMasking {
  public static let mark = "[ปกปิด]"

  /// `names` are masked whole and word by word; `contacts` only whole (their words, such as a
  /// house number, would mask ordinary text).
  public static func masked(_ text: String, names: [String], contacts: [String] = []) -> String {
    var pieces: [String] = []
    for name in names.map(visible) {
      let whole = name.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !whole.isEmpty else { continue }
      pieces.append(whole)
      for word in whole.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "/" }).map(String.init) {
        // Thai writes the title on the name ("นายสมชาย"): the name alone is hidden too.
        let bare = honorifics.sorted(by: { $0.count > $1.count }).first { word.hasPrefix($0) && word.count > $0.count }
          .map { String(word.dropFirst($0.count)) }
        pieces += [word, bare].compactMap { $0 }.filter {
          $0.unicodeScalars.count >= 2 && !honorifics.contains($0) && !$0.contains(where: \.isNumber)
        }
      }
    }
    pieces += contacts.map(visible).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { $0.count >= 3 }
    var result = visible(text)
    // Longest first, so a full name goes before its parts.
    for piece in Set(pieces).sorted(by: { $0.count > $1.count }) {
      result = result.replacingOccurrences(of: piece, with: mark, options: [.caseInsensitive])
    }
    return maskingPhonesAndEmails(result)
  }

  /// The names in a witnesses field ("นายดำ ขยัน (ผู้รับเหมา), นางแดง ใจดี"): each entry up to
  /// its first bracket, so a role in brackets ("ผู้รับเหมา") is not masked everywhere.
  public static func witnessNames(_ witnesses: String) -> [String] {
    witnesses.replacingOccurrences(of: " และ", with: ",")
      .split(whereSeparator: { $0 == "\n" || $0 == "," || $0 == ";" })
      .compactMap { entry in
        let name = entry.split(separator: "(", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
      }
  }

  /// Titles that are not part of what identifies a person.
  static let honorifics: Set<String> = ["นาย", "นาง", "นางสาว", "น.ส.", "ด.ช.", "ด.ญ.", "Mr.", "Mrs.", "Ms."]

  /// The text without invisible characters (zero-width spaces and joiners, soft hyphens),
  /// which would otherwise let a name slip past.
  static func visible(_ text: String) -> String { ThaiText.withoutInvisibles(text) }

  /// E-mail addresses and runs of 9 or more digits (Thai or Arabic, with spaces, dashes or
  /// dots between them) become the mark.
  static func maskingPhonesAndEmails(_ text: String) -> String {
    var output = ""
    let characters = Array(text)
    var index = 0
    while index < characters.count {
      if let end = emailEnd(characters, from: index) {
        output += mark
        index = end
      } else if let end = phoneEnd(characters, from: index) {
        output += mark
        index = end
      } else {
        output.append(characters[index])
        index += 1
      }
    }
    return output
  }

  private static func isDigit(_ c: Character) -> Bool {
    ("0"..."9").contains(c) || ("๐"..."๙").contains(c)
  }

  private static func isMailCharacter(_ c: Character) -> Bool {
    c.isASCII && (c.isLetter || c.isNumber || "._%+-".contains(c))
  }

  /// Where a phone-like run starting here ends (9+ digits, single separators between them).
  private static func phoneEnd(_ chars: [Character], from start: Int) -> Int? {
    guard isDigit(chars[start]), start == 0 || !isDigit(chars[start - 1]) else { return nil }
    var digits = 0
    var index = start
    var lastDigitEnd = start
    while index < chars.count {
      if isDigit(chars[index]) {
        digits += 1
        lastDigitEnd = index + 1
      } else if !(chars[index] == " " || chars[index] == "-" || chars[index] == ".") {
        break
      } else if index + 1 >= chars.count || !isDigit(chars[index + 1]) {
        break
      }
      index += 1
    }
    return digits >= 9 ? lastDigitEnd : nil
  }

  /// Where an e-mail address starting here ends, if one does.
  private static func emailEnd(_ chars: [Character], from start: Int) -> Int? {
    guard isMailCharacter(chars[start]), start == 0 || !isMailCharacter(chars[start - 1]) else { return nil }
    var index = start
    while index < chars.count, isMailCharacter(chars[index]) { index += 1 }
    guard index > start, index < chars.count, chars[index] == "@" else { return nil }
    index += 1
    let domainStart = index
    while index < chars.count, isMailCharacter(chars[index]) || chars[index] == "-" { index += 1 }
    let domain = String(chars[domainStart..<index])
    guard domain.contains("."), !domain.hasPrefix("."), !domain.hasSuffix(".") else { return nil }
    return index
  }
}
