import Foundation

extension Paths {
  static let riskArea = "/risks"
  static func riskAreaList(year: Int, state: String = "", page: Int = 1) -> String {
    withQuery(riskArea, [("fy", String(year)), ("state", state), ("page", page > 1 ? String(page) : "")])
  }
  static func risks(_ code: String) -> String { "/organizations/\(code)/risks" }
  static func riskRegister(_ code: String, _ year: Int) -> String { risks(code) + "/\(year)" }
  static func riskItem(_ code: String, _ year: Int, _ id: UUID) -> String {
    riskRegister(code, year) + "/items/\(id.uuidString)"
  }
  static func riskItemDelete(_ code: String, _ year: Int, _ id: UUID) -> String { riskItem(code, year, id) + "/delete" }
  static func riskPublish(_ code: String, _ year: Int) -> String { riskRegister(code, year) + "/publish" }
  /// `copy`: a published copy's number; none = the working register for insiders, else the latest copy.
  static func riskPrint(_ code: String, _ year: Int, copy: Int? = nil, pdf: Bool = false) -> String {
    withQuery(riskRegister(code, year) + (pdf ? "/register.pdf" : "/print"), [("copy", copy.map(String.init) ?? "")])
  }
  static func riskAPI(_ code: String, _ year: Int) -> String { "/api/v1/organizations/\(code)/risks/\(year)" }
}
