import Domain
import Fluent
import XCTVapor

@testable import App

/// The national system's project fields (target groups, in the ordinance budget) through
/// forms, files, the API and the dashboards; level thresholds per round kind.
final class NationalFieldsTests: XCTestCase {
  private var planImport: String { Paths.planAction(Fixtures.nongprue, PlanFixtures.period, "import") }

  func testTargetGroupsRoundTripThroughThePlanFilesAndTheForm() async throws {
    try await withApp { app in
      let officer = try await PlanFixtures.officerWithPlan(app, projects: 0)
      let csv = """
        no,name,dimension,budget_2566,target_groups,target_group
        1,อบรมเยาวชน,1,1000,เด็กและเยาวชน;สถานศึกษา,นักเรียน 50 คน
        2,ประกาศเจตจำนง,2,0,,
        """
      let imported = try await officer.upload(planImport, fileName: "p.csv", data: Data(csv.utf8))
      XCTAssertEqual(imported.status, .seeOther, imported.body.string)
      let export = CSVTable(
        parsing: try await officer.get(Paths.planAction(Fixtures.nongprue, PlanFixtures.period, "export.csv")).body
          .string)
      let column = try XCTUnwrap(export.header.firstIndex(of: "target_groups"))
      XCTAssertEqual(export.rows.map { $0[column] }, ["เด็กและเยาวชน;สถานศึกษา", ""])
      let again = try await officer.upload(
        planImport, fileName: "p.csv", data: Data(CSVTable.render(header: export.header, rows: export.rows).utf8))
      XCTAssertEqual(again.status, .seeOther)
      let projects = try await PlanFixtures.projects(app)
      XCTAssertEqual(projects.first.map { TargetGroup.fromStored($0.targetGroupCodes) }, [.youth, .schools])

      // The form's checkboxes: none ticked clears them, an unknown name in a file is a Thai row error.
      let project = projects[0]
      let form = PlanFixtures.project("อบรมเยาวชน", budget2566: "1,000").merging([
        "no": "1", "version": String(project.version), ProjectFormFields.marker: "1",
        ProjectFormFields.name(.localStaff): "1",
      ]) { $1 }
      let saved = try await officer.post(
        Paths.project(Fixtures.nongprue, PlanFixtures.period, project.id!.uuidString), form)
      XCTAssertEqual(saved.status, .seeOther, saved.body.string)
      let page = try await officer.get(Paths.project(Fixtures.nongprue, PlanFixtures.period, project.id!.uuidString))
      XCTAssertContains(page.body.string, "ข้าราชการ/พนักงาน/ลูกจ้าง ส่วนท้องถิ่น")
      let api = try await officer.get("/api/v1/organizations/\(Fixtures.nongprue)/plans/\(PlanFixtures.period)")
      let json = try api.content.decode(PlanJSON.self)
      XCTAssertEqual(json.projects.first?.targetGroups, ["ข้าราชการ/พนักงาน/ลูกจ้าง ส่วนท้องถิ่น"])
      let bad = try await officer.upload(
        planImport, fileName: "p.csv", data: Data("no,name,dimension,target_groups\n1,ก,1,นักท่องเที่ยว\n".utf8))
      XCTAssertEqual(bad.status, .unprocessableEntity)
      XCTAssertContains(bad.body.string, "ไม่รู้จักกลุ่มเป้าหมาย")
    }
  }

  func testInOrdinanceRoundTripsThroughTheReportFilesAndIsKeptWhenAFileLeavesItOut() async throws {
    try await withApp { app in
      let officer = try await ReportFixtures.officerInOpenRound(app)
      let path = ReportFixtures.path()
      let csv = "no,status,in_ordinance\n1,ดำเนินการแล้วเสร็จ,ใช่\n2,อยู่ระหว่างดำเนินการ,ไม่ใช่\n"
      try await XCTAssertEqualAsync(
        try await officer.upload(path + "/import", fileName: "r.csv", data: Data(csv.utf8)).status, .seeOther)
      let withoutColumn = "no,status\n1,ดำเนินการแล้วเสร็จ\n2,ดำเนินการแล้วเสร็จ\n"
      try await XCTAssertEqualAsync(
        try await officer.upload(path + "/import", fileName: "r.csv", data: Data(withoutColumn.utf8)).status, .seeOther)
      let export = CSVTable(parsing: try await officer.get(path + "/export.csv").body.string)
      let column = try XCTUnwrap(export.header.firstIndex(of: "in_ordinance"))
      XCTAssertEqual(export.rows.map { $0[column] }, ["ใช่", "ไม่ใช่", ""])
      let bad = try await officer.upload(
        path + "/import", fileName: "r.csv", data: Data("no,status,in_ordinance\n1,,บางส่วน\n".utf8))
      XCTAssertEqual(bad.status, .unprocessableEntity)
      XCTAssertContains(bad.body.string, "ใช่ หรือ ไม่ใช่")
    }
  }

  func testTheDashboardCountsProjectsByTargetGroupFromFiledReports() async throws {
    try await withApp { app in
      let officer = try await PlanFixtures.officerWithPlan(app, projects: 0)
      let csv = "no,name,dimension,budget_2566,target_groups\n1,ก,1,1000,เด็กและเยาวชน;สถานศึกษา\n2,ข,2,1000,สถานศึกษา\n"
      try await XCTAssertEqualAsync(
        try await officer.upload(planImport, fileName: "p.csv", data: Data(csv.utf8)).status, .seeOther)
      try await ReportFixtures.openRound(app)
      var form: [String: String] = [:]
      for project in try await PlanFixtures.projects(app) {
        form.merge(ReportFixtures.row(project, status: "ดำเนินการแล้วเสร็จ")) { $1 }
      }
      try await XCTAssertEqualAsync(try await officer.post(ReportFixtures.path() + "/entries", form).status, .seeOther)
      try await officer.post(ReportFixtures.path() + "/overall", ["reporterName": "ก", "reporterPosition": "ข"])
      try await XCTAssertEqualAsync(try await officer.post(ReportFixtures.path() + "/send").status, .seeOther)
      try await XCTAssertEqualAsync(
        try await Browser.signedIn(app, as: "\(Fixtures.nongprue)-2").post(ReportFixtures.path() + "/confirm").status,
        .seeOther)
      let monitor = try await Browser.signedIn(app, as: "chonburi")
      let page = try await monitor.get(Paths.dashboardProvince("20") + "?round=2566-6").body.string
      XCTAssertContains(page, "แยกตามกลุ่มเป้าหมาย")
      let table = CSVTable(
        parsing: try await monitor.get(Paths.dashboardProvince("20") + "?round=2566-6&table=targets&format=csv").body
          .string)
      XCTAssertEqual(table.rows.map { [$0[0], $0[1]] }, [["เด็กและเยาวชน", "1"], ["สถานศึกษา", "2"]])
    }
  }

  func testLevelThresholdsPerRoundKindAreTheNationalAdminsToChange() async throws {
    try await withApp { app in
      for who in ["chonburi", Fixtures.nongprue] {
        try await XCTAssertEqualAsync(
          try await Browser.signedIn(app, as: who).get(Paths.levels).status, .forbidden, who)
        try await XCTAssertEqualAsync(
          try await Browser.signedIn(app, as: who).post(Paths.levels, ["high_6": "60", "medium_6": "30"]).status,
          .forbidden, who)
      }
      try await XCTAssertEqualAsync(try await Browser(app).get(Paths.levels).status, .seeOther)
      let admin = try await Browser.signedIn(app, as: "admin")
      let page = try await admin.get(Paths.levels).body.string
      XCTAssertContains(page, "ตั้งแต่ร้อยละ 50 = มาก, ร้อยละ 20–49.99 = ปานกลาง")
      let bad = try await admin.post(
        Paths.levels, ["high_6": "30", "medium_6": "40", "high_12": "80", "medium_12": "50"])
      XCTAssertEqual(bad.status, .unprocessableEntity)
      XCTAssertContains(bad.body.string, "ต้องต่ำกว่าเกณฑ์ระดับมาก")
      XCTAssertContains(bad.body.string, "value=\"30\"")  // what was typed stays
      let saved = try await admin.post(
        Paths.levels, ["high_6": "60", "medium_6": "30", "high_12": "80", "medium_12": "50"])
      XCTAssertEqual(saved.status, .seeOther)
      let thresholds = try await LevelQueries(db: app.db).all()
      XCTAssertEqual(thresholds[.sixMonth], LevelThresholds(high: 6_000, medium: 3_000))
      XCTAssertEqual(thresholds[.twelveMonth], .defaults(for: .twelveMonth))
      let audit = try await AuditEvent.query(on: app.db).filter(\.$entity == LevelQueries.entity).count()
      XCTAssertEqual(audit, 1, "only the changed kind is written")
    }
  }
}
