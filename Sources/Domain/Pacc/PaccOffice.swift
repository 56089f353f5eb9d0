/// PACC's offices that run the proactive-surveillance programme (seed 003): the central
/// division กปก. (number 0) and the regional offices ปปท. เขต 1–9.
public struct PaccOffice: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let number: Int

  public init?(_ number: Int) {
    guard (0...9).contains(number) else { return nil }
    self.number = number
  }

  public static let central = PaccOffice(uncheckedNumber: 0)
  public static let all: [PaccOffice] = (0...9).map { PaccOffice(uncheckedNumber: $0) }
  /// The regional offices first, the central division last (the order of seed 003's tables).
  public static let reportOrder: [PaccOffice] = (1...9).map { PaccOffice(uncheckedNumber: $0) } + [.central]

  private init(uncheckedNumber: Int) { number = uncheckedNumber }

  public var isCentral: Bool { number == 0 }
  public var shortName: String { isCentral ? "กปก." : "ปปท. เขต \(number)" }
  public var fullName: String {
    isCentral ? "กองป้องกันการทุจริตในภาครัฐ (กปก.)" : "สำนักงาน ป.ป.ท. เขต \(number)"
  }
  public var description: String { shortName }

  /// Reads "0"…"9" (Thai digits too); nil for anything else.
  public static func parse(_ text: String) -> PaccOffice? {
    let digits = ThaiDigits.toArabic(text).trimmingCharacters(in: .whitespaces)
    guard digits.count == 1, let number = Int(digits) else { return nil }
    return PaccOffice(number)
  }

  public static func < (lhs: PaccOffice, rhs: PaccOffice) -> Bool {
    (lhs.isCentral ? 10 : lhs.number) < (rhs.isCentral ? 10 : rhs.number)
  }
}

/// Which office covers each province by default (PACC's published areas of responsibility:
/// Bangkok with the central division). The national admin can move a province; the
/// overrides live in the database and win over this table.
public enum PaccOfficeMap {
  public static let defaults: [String: Int] = {
    let areas: [Int: [String]] = [
      0: ["10"],
      1: ["12", "13", "14", "15", "16", "17", "18", "19"],
      2: ["11", "20", "21", "22", "23", "24", "25", "26", "27"],
      3: ["30", "31", "32", "33", "34", "35", "36", "37"],
      4: ["38", "39", "40", "41", "42", "43", "44", "45", "46", "47", "48", "49"],
      5: ["50", "51", "52", "54", "55", "56", "57", "58"],
      6: ["53", "60", "61", "62", "63", "64", "65", "66", "67"],
      7: ["70", "71", "72", "73", "74", "75", "76", "77"],
      8: ["80", "81", "82", "83", "84", "85", "86"],
      9: ["90", "91", "92", "93", "94", "95", "96"],
    ]
    var map: [String: Int] = [:]
    for (office, provinces) in areas { for province in provinces { map[province] = office } }
    return map
  }()

  /// The office of a province: the override when there is one, else the default; nil for a
  /// province code PACC's table does not know.
  public static func office(of province: String, overrides: [String: Int] = [:]) -> PaccOffice? {
    (overrides[province] ?? defaults[province]).flatMap(PaccOffice.init)
  }
}

/// What a PACC account may do. Regional officers act for their office and see only its
/// area; central officers (กปก.) act for the central division and see the whole country.
public struct PaccAccess: Sendable, Equatable {
  public let office: PaccOffice
  public let isCentral: Bool

  public init(office: PaccOffice, isCentral: Bool) {
    self.office = office
    self.isCentral = isCentral
  }

  public func sees(_ other: PaccOffice) -> Bool { isCentral || other == office }
  /// Offices whose figures and records this account reads.
  public var visibleOffices: [PaccOffice] { isCentral ? PaccOffice.all : [office] }
}
