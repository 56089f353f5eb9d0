/// The section editor's form: `action` is "preview" to look before saving.
struct PlanBookSectionForm: Decodable {
  var body: String?
  var action: String?
}

/// What a print of the book asks for, read strictly: a bad value is a Thai 400.
struct PlanBookPrintQuery {
  let year: Int?
  let version: Int?
  let thaiDigits: Bool
}
