import Domain
import XCTest

final class PlanImportTests: XCTestCase {
  let framework = FrameworkOutline(
    code: "2566-2570", years: [2566, 2567, 2568, 2569, 2570],
    dimensions: [
      .init(number: 1, name: "การสร้างวัฒนธรรมสุจริต", subMissions: [("1.1", "ประชาชน"), ("1.2", "บุคลากร")]),
      .init(number: 2, name: "การบริหารราชการด้วยความโปร่งใส", subMissions: [("2.1", "เปิดเผยข้อมูล")]),
    ])

  func parse(_ csv: String) -> Result<[ImportedProject], ImportProblems> {
    let table = CSVTable(parsing: csv)
    return PlanImport.parse(header: table.header, rows: table.rows, framework: framework)
  }

  func problems(_ csv: String) -> [String] {
    if case .failure(let problems) = parse(csv) { return problems.items.map(\.description) }
    return []
  }

  func testCanonicalColumns() throws {
    let projects = try parse(
      "no,name,type,dimension,sub_mission,budget_2566,budget_2567\n1,อบรมคุณธรรม,กิจกรรม,1,1.2,\"50,000\",0\n2,ประกาศเจตจำนง,,2,,,\n"
    ).get()
    XCTAssertEqual(projects.count, 2)
    XCTAssertEqual(projects[0].type, .activity)
    XCTAssertEqual(projects[0].subMission, "1.2")
    XCTAssertEqual(projects[0].budgets, [2566: 5_000_000])
    XCTAssertEqual(projects[1].type, .project)
    XCTAssertNil(projects[1].subMission)
    XCTAssertEqual(projects[1].budgets, [:])
  }

  func testThaiHeadersWithBOMAndThaiDigits() throws {
    let projects = try parse(
      "\u{FEFF}ลำดับ,ชื่อโครงการ,ประเภท,มิติ,ภารกิจ,งบประมาณ พ.ศ. ๒๕๖๖\n๑,โครงการ,มาตรการ,มิติที่ 1,ประชาชน,๑๐๐\n"
    ).get()
    XCTAssertEqual(projects[0].number, 1)
    XCTAssertEqual(projects[0].subMission, "1.1")
    XCTAssertEqual(projects[0].budgets[2566], 10_000)
  }

  func testEveryBadCellIsListedWithRowAndColumn() {
    let found = problems("no,name,dimension,sub_mission,budget_2566\n1,ก,7,,100\n1,ข,1,9.9,-5\nx,,2,1.1,abc\n")
    XCTAssertTrue(found.contains("แถวที่ 2 คอลัมน์ dimension: ไม่มีมิติ \"7\" ในแผน 2566-2570"), "\(found)")
    XCTAssertTrue(found.contains("แถวที่ 3 คอลัมน์ no: ลำดับ 1 ซ้ำกับแถวที่ 2"))
    XCTAssertTrue(found.contains("แถวที่ 3 คอลัมน์ sub_mission: ไม่มีภารกิจ \"9.9\" ในแผน 2566-2570"))
    XCTAssertTrue(found.contains { $0.hasPrefix("แถวที่ 3 คอลัมน์ budget_2566: งบประมาณต้องเป็นจำนวนเงินไม่ติดลบ") })
    XCTAssertTrue(found.contains("แถวที่ 4 คอลัมน์ no: ลำดับต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป"))
    XCTAssertTrue(found.contains("แถวที่ 4 คอลัมน์ name: ต้องมีชื่อโครงการ"))
    XCTAssertTrue(found.contains("แถวที่ 4 คอลัมน์ sub_mission: ภารกิจ 1.1 ไม่อยู่ในมิติที่ 2"))
    XCTAssertTrue(found.contains { $0.hasPrefix("แถวที่ 4 คอลัมน์ budget_2566") })
  }

  func testMissingColumnsAndYearsOutsideThePeriod() {
    let found = problems("no,title,budget_2575\n1,ก,5\n")
    XCTAssertTrue(found.contains("แถวที่ 1 คอลัมน์ budget_2575: ปี 2575 อยู่นอกช่วงแผน 2566-2570"))
    XCTAssertTrue(found.contains { $0.contains("ไม่พบคอลัมน์ name") })
    XCTAssertTrue(found.contains { $0.contains("ไม่พบคอลัมน์ dimension") })
  }

  func testEmptyFileIsRefused() {
    XCTAssertEqual(problems("no,name,dimension\n"), ["ไม่มีโครงการในไฟล์"])
  }

  func testExportRowsReadBackUnchanged() throws {
    let original = ProjectSnapshot(
      id: "x", number: 7, type: .measure, name: "มาตรการ \"โปร่งใส\", ทุกกอง", dimension: 2, subMission: "2.1",
      objectives: ["เพื่อเปิดเผย", "เพื่อลดดุลพินิจ"], method: ["ประกาศ", "รายงาน"], targetGroup: "บุคลากร",
      responsibleUnit: "สำนักปลัด", budgets: [2566: 1_234_550, 2568: 10_000], note: "บรรทัด 1\nบรรทัด 2")
    let header = PlanImport.header(years: framework.years)
    let row = PlanImport.row(original, years: framework.years)
    let back = try PlanImport.parse(header: header, rows: [row], framework: framework).get()[0]
    XCTAssertEqual(back.name, original.name)
    XCTAssertEqual(back.type, original.type)
    XCTAssertEqual(back.subMission, original.subMission)
    XCTAssertEqual(back.objectives, original.objectives)
    XCTAssertEqual(back.method, original.method)
    XCTAssertEqual(back.budgets, original.budgets)
    XCTAssertEqual(back.note, original.note)
    XCTAssertEqual(back.responsibleUnit, original.responsibleUnit)
  }

  func testTheLargestPlanIsAcceptedAndNoMore() throws {
    func table(_ rows: Int) -> String {
      var csv = "no,name,dimension,budget_2566\n"
      for number in 1...rows { csv += "\(number),โครงการที่ \(number),\(number % 2 + 1),\(number * 10)\n" }
      return csv
    }
    XCTAssertEqual(try parse(table(PlanImport.maxProjects)).get().count, PlanImport.maxProjects)
    XCTAssertThrowsError(try parse(table(PlanImport.maxProjects + 1)).get())
  }

  func testTwoColumnsForOneBudgetYearAreAProblemNotACrash() throws {
    let csv = "no,name,dimension,budget_2566,งบประมาณ 2566\n1,โครงการ,1,100,200\n"
    switch parse(csv) {
    case .success: XCTFail("two budget columns for 2566 were accepted")
    case .failure(let problems): XCTAssertTrue(problems.items.contains { $0.message.contains("ซ้ำ") })
    }
  }

  func testAmountsAboveTheMaximumAreNamedAsSuch() throws {
    switch parse("no,name,dimension,budget_2566\n1,โครงการ,1,4611686018427\n") {
    case .success: XCTFail("13-digit budget accepted")
    case .failure(let problems):
      XCTAssertTrue(problems.items.contains { $0.message.contains("ไม่เกิน 999,999,999,999.99") })
    }
  }
}

final class PlanImportMergeTests: XCTestCase {
  func testAbsentOptionalColumnsKeepTheExistingValues() {
    let existing = ProjectSnapshot(
      id: "a", number: 1, type: .activity, name: "เดิม", dimension: 1, subMission: "1.2", objectives: ["ก"],
      method: ["ข"], targetGroup: "ประชาชน", responsibleUnit: "กองคลัง", budgets: [2566: 100, 2567: 200], note: "n")
    let row = ImportedProject(
      number: 1, type: .project, name: "ใหม่", dimension: 1, subMission: nil, objectives: [], method: [],
      targetGroup: "",
      responsibleUnit: "", budgets: [2566: 500], note: "")
    let columns = PlanImport.columns(in: ["ลำดับ", "ชื่อโครงการ", "มิติ", "งบประมาณ 2566"])
    XCTAssertEqual(columns, ["no", "name", "dimension", "budget_2566"])
    let merged = row.keeping(existing, absentFrom: columns, years: [2566, 2567])
    XCTAssertEqual(merged.name, "ใหม่")
    XCTAssertEqual(merged.type, .activity)
    XCTAssertEqual(merged.subMission, "1.2")
    XCTAssertEqual(merged.objectives, ["ก"])
    XCTAssertEqual(merged.budgets, [2566: 500, 2567: 200])
  }
}
