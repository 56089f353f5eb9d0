import Vapor

struct ProvinceJSON: Content {
  let code: String
  let nameTH: String
  let nameEN: String
  let region: Int?
  let organizations: Int
}
