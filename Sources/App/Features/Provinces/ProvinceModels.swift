import Fluent
import Foundation

/// One of Thailand's 77 provinces; `region` is the NACC regional office (1–9), nil for central.
final class Province: Model, @unchecked Sendable {
  static let schema = "provinces"

  @ID(custom: "code", generatedBy: .user) var id: String?
  @Field(key: "name_th") var nameTH: String
  @Field(key: "name_en") var nameEN: String
  @OptionalField(key: "region") var region: Int?

  init() {}

  init(code: String, nameTH: String, nameEN: String, region: Int?) {
    self.id = code
    self.nameTH = nameTH
    self.nameEN = nameEN
    self.region = region
  }
}

enum NACCRegion {
  static let numbers = Array(1...9)

  /// "สำนักงาน ป.ป.ช. ภาค 3", or the central office for nil.
  static func name(_ region: Int?) -> String {
    guard let region else { return "ส่วนกลาง" }
    return "สำนักงาน ป.ป.ช. ภาค \(region)"
  }
}
