import Domain
import Fluent
import XCTVapor

@testable import App

/// Shortcuts for plan tests: the current period and a plan of หนองปรือ built through the UI.
enum PlanFixtures {
  static let period = "2566-2570"
  static var plan: String { Paths.plan(Fixtures.nongprue, period) }

  static func project(_ name: String, dimension: String = "1", sub: String = "1.1", budget2566: String = "") -> [String:
    String]
  {
    [
      "name": name, "type": "โครงการ", "dimension": dimension, "sub_mission": sub, "budget_2566": budget2566,
      "objectives": "1) เพื่อสร้างจิตสำนึก\n2) เพื่อป้องกัน", "method": "ประชุม\nอบรม", "target_group": "ประชาชน",
      "responsible_unit": "สำนักปลัด",
    ]
  }

  /// Signs in หนองปรือ's officer, creates the plan and adds `count` projects.
  static func officerWithPlan(_ app: Application, projects count: Int = 3) async throws -> Browser {
    let officer = try await Browser.signedIn(app, as: Fixtures.nongprue)
    let created = try await officer.post(Paths.organizationPlans(Fixtures.nongprue), ["period": period])
    XCTAssertEqual(created.status, .seeOther, created.body.string)
    for index in 0..<count {
      let dimension = String(index % 4 + 1)
      let sub = ["1.1", "2.1", "3.1", "4.1"][index % 4]
      let response = try await officer.post(
        Paths.projects(Fixtures.nongprue, period),
        project("โครงการที่ \(index + 1)", dimension: dimension, sub: sub, budget2566: "10,000"))
      XCTAssertEqual(response.status, .seeOther, response.body.string)
    }
    return officer
  }

  static func projects(_ app: Application) async throws -> [PlanProject] {
    try await PlanProject.query(on: app.db).filter(\.$deletedAt == nil).with(\.$budgets).sort(\.$number).all()
  }

  static func currentPlan(_ app: Application) async throws -> Plan {
    try await Plan.query(on: app.db).filter(\.$orgCode == Fixtures.nongprue).first()!
  }
}
