import Domain
import Fluent
import Vapor

struct FrameworkQueries {
  let db: Database

  func periods() async throws -> [PlanPeriod] {
    try await PlanPeriod.query(on: db).sort(\.$startYear, .descending).all()
  }

  /// A period with its dimensions and sub-missions, or a Thai 404.
  func require(_ code: String) async throws -> PlanPeriod {
    guard
      let period = try await PlanPeriod.query(on: db).filter(\.$code == code)
        .with(\.$dimensions, { $0.with(\.$subMissions) }).first()
    else { throw Abort(.notFound, reason: "ไม่พบแผนช่วงปี \(code)") }
    return period
  }

  /// The plan period whose years include the fiscal year, with its framework loaded.
  func period(covering year: Int) async throws -> PlanPeriod {
    guard
      let period = try await PlanPeriod.query(on: db).filter(\.$startYear <= year).filter(\.$endYear >= year)
        .sort(\.$startYear, .descending).with(\.$dimensions, { $0.with(\.$subMissions) }).first()
    else { throw Abort(.notFound, reason: "ไม่มีแผนช่วงใดครอบคลุมปีงบประมาณ \(year)") }
    return period
  }

  func fullPeriods() async throws -> [PlanPeriod] {
    try await PlanPeriod.query(on: db).with(\.$dimensions, { $0.with(\.$subMissions) })
      .sort(\.$startYear, .descending).all()
  }

  /// Adds what the shipped framework has and the database lacks; never overwrites edits.
  func loadSeed(_ seeds: [PeriodJSON]) async throws -> Int {
    var added = 0
    for seed in seeds {
      let period: PlanPeriod
      if let existing = try await PlanPeriod.query(on: db).filter(\.$code == seed.code).first() {
        period = existing
      } else {
        period = PlanPeriod(code: seed.code, name: seed.name, startYear: seed.startYear, endYear: seed.originalEndYear)
        period.endYear = seed.endYear
        period.planDueDate = seed.planDueDate.flatMap(ThaiCalendar.parse)
        try await period.create(on: db)
        added += 1
      }
      try await addMissing(seed.dimensions, to: period.requireID())
    }
    return added
  }

  private func addMissing(_ dimensions: [PeriodJSON.Dimension], to periodID: UUID) async throws {
    let existing = try await PlanDimension.query(on: db).filter(\.$period.$id == periodID).with(\.$subMissions).all()
    for seed in dimensions {
      let dimension: PlanDimension
      if let found = existing.first(where: { $0.number == seed.number }) {
        dimension = found
      } else {
        dimension = PlanDimension(periodID: periodID, number: seed.number, name: seed.name)
        try await dimension.create(on: db)
      }
      let have = Set((dimension.$subMissions.value ?? []).map(\.number))
      for (index, sub) in seed.subMissions.enumerated() where !have.contains(sub.number) {
        try await PlanSubMission(
          dimensionID: dimension.requireID(), number: sub.number, name: sub.name, sortOrder: index + 1
        )
        .create(on: db)
      }
    }
  }

  func createPeriod(start: Int, end: Int, name: String, copyFrom: PlanPeriod?, actor: AuditActor) async throws
    -> PlanPeriod
  {
    try await db.writeTransaction { db in
      let period = PlanPeriod(code: "\(start)-\(end)", name: name, startYear: start, endYear: end)
      try await period.create(on: db)
      if let source = copyFrom {
        try await FrameworkQueries(db: db).addMissing(PeriodJSON(source).dimensions, to: period.requireID())
      }
      try await AuditLog.record(
        on: db, actor: actor, action: "เพิ่มช่วงแผน", entity: "plan_period", entityID: period.code,
        after: ["name": name, "start_year": "\(start)", "end_year": "\(end)", "copied_from": copyFrom?.code ?? ""])
      return period
    }
  }

  func extend(_ period: PlanPeriod, to endYear: Int, actor: AuditActor) async throws {
    try await db.writeTransaction { db in
      let before = ["end_year": "\(period.endYear)"]
      period.endYear = endYear
      period.version += 1
      try await period.update(on: db)
      try await AuditLog.record(
        on: db, actor: actor, action: "ขยายระยะเวลาแผน", entity: "plan_period", entityID: period.code,
        before: before, after: ["end_year": "\(endYear)"])
    }
  }

  /// Sets (or clears, nil) the date by which the period's plans are due.
  func setPlanDueDate(_ period: PlanPeriod, to date: Date?, actor: AuditActor) async throws {
    try await db.writeTransaction { db in
      let show = { (date: Date?) in date.map(ThaiCalendar.isoDate) ?? "" }
      let before = ["plan_due_date": show(period.planDueDate)]
      period.planDueDate = date
      period.version += 1
      try await period.update(on: db)
      try await AuditLog.record(
        on: db, actor: actor, action: date == nil ? "ยกเลิกกำหนดส่งแผน" : "กำหนดวันส่งแผน", entity: "plan_period",
        entityID: period.code, before: before, after: ["plan_due_date": show(date)])
    }
  }

  func addDimension(to period: PlanPeriod, name: String, actor: AuditActor) async throws {
    try await db.writeTransaction { db in
      let next = (period.dimensions.map(\.number).max() ?? 0) + 1
      try await PlanDimension(periodID: period.requireID(), number: next, name: name).create(on: db)
      try await AuditLog.record(
        on: db, actor: actor, action: "เพิ่มมิติ", entity: "plan_period", entityID: period.code,
        after: ["dimension": "\(next)", "name": name])
    }
  }

  func renameDimension(_ dimension: PlanDimension, in period: PlanPeriod, to name: String, actor: AuditActor)
    async throws
  {
    try await db.writeTransaction { db in
      let before = ["dimension_\(dimension.number)": dimension.name]
      dimension.name = name
      try await dimension.update(on: db)
      try await AuditLog.record(
        on: db, actor: actor, action: "แก้ไขชื่อมิติ", entity: "plan_period", entityID: period.code,
        before: before, after: ["dimension_\(dimension.number)": name])
    }
  }

  func addSubMission(
    to dimension: PlanDimension, in period: PlanPeriod, number: String, name: String, actor: AuditActor
  ) async throws {
    try await db.writeTransaction { db in
      let order = (dimension.subMissions.map(\.sortOrder).max() ?? 0) + 1
      try await PlanSubMission(dimensionID: dimension.requireID(), number: number, name: name, sortOrder: order).create(
        on: db)
      try await AuditLog.record(
        on: db, actor: actor, action: "เพิ่มภารกิจตามมิติ", entity: "plan_period", entityID: period.code,
        after: ["sub_mission": number, "name": name])
    }
  }

  func renameSubMission(_ sub: PlanSubMission, in period: PlanPeriod, to name: String, actor: AuditActor) async throws {
    try await db.writeTransaction { db in
      let before = ["sub_mission_\(sub.number)": sub.name]
      sub.name = name
      try await sub.update(on: db)
      try await AuditLog.record(
        on: db, actor: actor, action: "แก้ไขชื่อภารกิจตามมิติ", entity: "plan_period", entityID: period.code,
        before: before, after: ["sub_mission_\(sub.number)": name])
    }
  }
}
