import Domain
import Fluent
import Foundation
import SQLKit
import Vapor

/// A case as a list shows it.
struct PaccCaseRow {
  let record: PaccCase
  let unitName: String
}

/// A step with its files' names.
struct PaccStepView {
  let step: PaccCaseStep
  let files: [(id: UUID, name: String)]
}

/// A file to attach to a step (already checked for size and type).
struct PaccUpload {
  let fileName: String
  let contentType: String
  let data: Data
}

/// Field-surveillance cases: opening, the steps, the LAO's report back, the closure.
struct PaccCaseQueries {
  let db: Database
  static let entity = "pacc_case"

  func find(_ id: UUID?) async throws -> PaccCase {
    guard let id, let found = try await PaccCase.find(id, on: db) else {
      throw Abort(.notFound, reason: "ไม่พบเรื่องเฝ้าระวังนี้")
    }
    return found
  }

  /// Cases of the offices given (nil = all) by office and newest first: one page (nil = every
  /// case, for the CSV), with the total and the paging clamped to it.
  func list(fiscalYear: Int, offices: [Int]?, state: PaccCaseState? = nil, paging: Paging? = nil) async throws
    -> (rows: [PaccCaseRow], total: Int, paging: Paging?)
  {
    var query = PaccCase.query(on: db).filter(\.$fiscalYear == fiscalYear)
    if let offices { query = query.filter(\.$office ~~ offices) }
    if let state { query = query.filter(\.$stateKey == state.rawValue) }
    let total = try await query.copy().count()
    let page = paging?.within(total: total)
    query = query.sort(\.$office).sort(\.$number, .descending)
    if let page { query = query.range(page.range) }
    return (try await rows(query.all()), total, page)
  }

  /// The organization's own cases, every year, newest first.
  func list(organization code: String) async throws -> [PaccCaseRow] {
    try await rows(
      PaccCase.query(on: db).filter(\.$orgCode == code).sort(\.$fiscalYear, .descending).sort(\.$number, .descending)
        .all())
  }

  /// The name of the LAO or agency a case is about.
  func unitName(of record: PaccCase) async throws -> String {
    try await rows([record]).first?.unitName ?? "—"
  }

  private func rows(_ cases: [PaccCase]) async throws -> [PaccCaseRow] {
    let codes = Set(cases.compactMap(\.orgCode))
    let unitIDs = Set(cases.compactMap(\.unitID))
    var names: [String: String] = [:]
    if !codes.isEmpty {
      for org in try await Organization.query(on: db).filter(\.$id ~~ codes).all() {
        names[org.code] = org.fullName
      }
    }
    var units: [UUID: String] = [:]
    if !unitIDs.isEmpty {
      for unit in try await PaccUnit.query(on: db).filter(\.$id ~~ unitIDs).all() { units[unit.id!] = unit.name }
    }
    return cases.map { item in
      PaccCaseRow(
        record: item, unitName: item.orgCode.flatMap { names[$0] } ?? item.unitID.flatMap { units[$0] } ?? "—")
    }
  }

  func steps(of caseID: UUID) async throws -> [PaccStepView] {
    let steps = try await PaccCaseStep.query(on: db).filter(\.$caseID == caseID).sort(\.$createdAt).all()
    let ids = steps.compactMap(\.id)
    var files: [UUID: [(UUID, String)]] = [:]
    if !ids.isEmpty {
      let rows = try await PaccCaseFile.query(on: db).filter(\.$stepID ~~ ids).field(\.$id).field(\.$stepID)
        .field(\.$fileName).all()
      for row in rows { if let id = row.id { files[row.stepID, default: []].append((id, row.fileName)) } }
    }
    return steps.map { PaccStepView(step: $0, files: ($0.id.flatMap { files[$0] } ?? []).map { ($0.0, $0.1) }) }
  }

  func file(_ id: UUID?) async throws -> (PaccCaseFile, PaccCase) {
    guard let id, let file = try await PaccCaseFile.find(id, on: db),
      let step = try await PaccCaseStep.find(file.stepID, on: db)
    else { throw Abort(.notFound, reason: "ไม่พบไฟล์นี้") }
    return (file, try await find(step.caseID))
  }

  /// Opens a case with the next number of its office and year.
  func open(_ input: PaccCaseInput, office: PaccOffice, fiscalYear: Int, actor: AuditActor) async throws -> PaccCase {
    try await PaccRetry.onNumberClash {
      try await openOnce(input, office: office, fiscalYear: fiscalYear, actor: actor)
    }
  }

  private func openOnce(_ input: PaccCaseInput, office: PaccOffice, fiscalYear: Int, actor: AuditActor) async throws
    -> PaccCase
  {
    try await db.writeTransaction { db in
      try await PaccRetry.lock(.cases, year: fiscalYear, office: office.number, on: db)
      let last = try await PaccCase.query(on: db).filter(\.$fiscalYear == fiscalYear)
        .filter(\.$office == office.number).max(\.$number)
      let record = PaccCase()
      record.id = UUID()
      record.fiscalYear = fiscalYear
      record.office = office.number
      record.number = (last ?? 0) + 1
      record.sourceKey = input.source.rawValue
      record.orgCode = input.orgCode
      record.unitID = input.unitID
      record.projectID = input.projectID
      record.projectName = input.projectName
      record.budgetSatang = input.budget?.satang
      record.risksKey = input.risks.map(\.rawValue).joined(separator: ",")
      record.description = input.description
      record.stateKey = PaccCaseState.opened.rawValue
      record.visited = false
      record.reportedBack = false
      record.openedBy = actor.name
      try await record.create(on: db)
      try await AuditLog.record(
        on: db, actor: actor, action: "เปิดเรื่องเฝ้าระวังการทุจริต", entity: Self.entity,
        entityID: record.id?.uuidString ?? "", orgCode: record.orgCode, after: record.auditFields)
      return record
    }
  }

  /// Adds a step and moves the case on, only if its state is still the one it was judged
  /// from (a second person acting at the same moment gets a 409).
  func addStep(
    _ step: PaccStepInput, to record: PaccCase, actor: AuditActor, username: String, files: [PaccUpload]
  ) async throws {
    let next: PaccCaseState
    switch PaccCaseWorkflow.next(step.action, from: record.state) {
    case .failure(let refusal): throw Abort(.conflict, reason: refusal.reason)
    case .success(let state): next = state
    }
    if step.action == .close, let outcome = step.outcome,
      !PaccCaseWorkflow.allows(outcome, reportedBack: record.reportedBack)
    {
      throw Abort(.conflict, reason: "ปิดว่า \"ปรับปรุงแก้ไขแล้ว\" ได้เมื่อหน่วยงานรายงานผลแล้วเท่านั้น")
    }
    let before = record.auditFields
    try await db.writeTransaction { db in
      guard let caseID = record.id else { throw Abort(.notFound, reason: "ไม่พบเรื่องเฝ้าระวังนี้") }
      let sql = db as! any SQLDatabase
      var update = sql.update(PaccCase.schema).set("state", to: next.rawValue)
      switch step.action {
      case .visit: update = update.set("visited", to: true)
      case .recommend: update = update.set("recommendation", to: step.choice ?? "")
      case .reportBack: update = update.set("reported_back", to: true)
      case .close: update = update.set("outcome", to: step.choice ?? "").set("closed_at", to: Date())
      }
      let changed = try await update.where("id", .equal, caseID).where("state", .equal, record.stateKey)
        .returning("id").all()
      guard !changed.isEmpty else {
        throw Abort(.conflict, reason: "เรื่องนี้เพิ่งถูกดำเนินการโดยผู้อื่น กรุณาเปิดหน้าใหม่แล้วลองอีกครั้ง")
      }
      let row = PaccCaseStep()
      row.id = UUID()
      row.caseID = caseID
      row.kindKey = step.action.rawValue
      row.day = step.day
      row.team = step.team
      row.text = step.text
      row.choice = step.choice
      row.byName = actor.name
      row.byUsername = username
      try await row.create(on: db)
      for upload in files {
        let file = PaccCaseFile()
        file.stepID = row.id!
        file.fileName = upload.fileName
        file.contentType = upload.contentType
        file.sizeBytes = upload.data.count
        file.data = upload.data
        try await file.create(on: db)
      }
      var after = before
      after["สถานะ"] = next.thaiName
      after["ขั้นตอน"] = step.thaiName
      after["ไฟล์แนบ"] = files.isEmpty ? nil : files.map(\.fileName).joined(separator: ", ")
      try await AuditLog.record(
        on: db, actor: actor, action: "เรื่องเฝ้าระวัง: \(step.thaiName)", entity: Self.entity,
        entityID: caseID.uuidString, orgCode: record.orgCode, before: before, after: after)
    }
  }

  /// An LAO's projects in the plan covering `fiscalYear`, with that year's budget.
  func projects(of code: String, fiscalYear: Int) async throws -> [(id: UUID, label: String, budget: Money?)] {
    guard let period = try? await FrameworkQueries(db: db).period(covering: fiscalYear), let periodID = period.id,
      let plan = try await PlanQueries(db: db).plan(org: code, periodID: periodID), let planID = plan.id
    else { return [] }
    let projects = try await PlanProject.query(on: db).filter(\.$plan.$id == planID).filter(\.$deletedAt == nil)
      .with(\.$budgets).sort(\.$number).all()
    return projects.compactMap { project in
      guard let id = project.id else { return nil }
      let budget = project.budgets.first { $0.fiscalYear == fiscalYear }.map { Money(satang: $0.amountSatang) }
      return (id, "\(project.number). \(project.name)", budget)
    }
  }
}
