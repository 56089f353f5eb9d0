import Domain

extension Paths {
  static func planBook(_ code: String, _ period: String) -> String { plan(code, period) + "/book" }
  static func planBookSection(_ code: String, _ period: String, _ section: PlanBookSection) -> String {
    planBook(code, period) + "/sections/" + section.rawValue
  }
  /// `year`: an annual plan (one fiscal year); `version`: an approved version's frozen book.
  static func planBookPrint(
    _ code: String, _ period: String, year: Int? = nil, version: Int? = nil, thaiDigits: Bool = false, pdf: Bool = false
  ) -> String {
    withQuery(
      planBook(code, period) + (pdf ? "/book.pdf" : "/print"),
      [
        ("year", year.map(String.init) ?? ""), ("version", version.map(String.init) ?? ""),
        ("digits", thaiDigits ? "thai" : ""),
      ])
  }
}
