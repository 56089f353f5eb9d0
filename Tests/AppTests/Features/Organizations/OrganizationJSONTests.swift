import XCTVapor

@testable import App

final class OrganizationJSONTests: XCTestCase {
  func testEveryInterfaceKeyIsPresentEvenWhenNull() async throws {
    try await withApp { app in
      let body = try await Browser(app).get("/api/v1/organizations/\(Fixtures.pattaya)").body.string
      let json = try JSONSerialization.jsonObject(with: Data(body.utf8)) as! [String: Any]
      for key in ["code", "name", "type", "provinceCode", "provinceName", "district", "parentCode"] {
        XCTAssertTrue(json.keys.contains(key), key)
      }
      XCTAssertTrue(json["parentCode"] is NSNull)
    }
  }
}
