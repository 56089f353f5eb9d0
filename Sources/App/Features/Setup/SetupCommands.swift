import Fluent
import Vapor

/// `sujarit setup`: migrate, then load or refresh reference data and frameworks.
struct SetupCommand: AsyncCommand {
  struct Signature: CommandSignature {}
  var help: String { "Migrates the database and loads/refreshes provinces, organizations and plan frameworks." }

  func run(using context: CommandContext, signature: Signature) async throws {
    try await Setup.run(context.application)
  }
}

/// `sujarit demo`: setup, demo accounts, then serve (main.swift turns it into `serve`).
struct DemoCommand: AsyncCommand {
  struct Signature: CommandSignature {}
  var help: String { "Sets up the database, creates demo accounts and serves on http://127.0.0.1:8080." }

  func run(using context: CommandContext, signature: Signature) async throws {
    try await Setup.demo(context.application)
  }
}

public enum Setup {
  public static func run(_ app: Application) async throws {
    try await app.autoMigrate()
    let summary = try await ReferenceDataLoader(db: app.db).run()
    app.logger.info(
      "reference data loaded",
      metadata: [
        "provinces": "\(summary.provinces)", "organizations": "\(summary.organizations)",
        "new_plan_periods": "\(summary.newPeriods)", "seconds": "\(String(format: "%.2f", summary.seconds))",
      ])
    print(
      "โหลดข้อมูลอ้างอิงแล้ว: \(summary.provinces) จังหวัด, \(summary.organizations) องค์กร ใน \(String(format: "%.2f", summary.seconds)) วินาที"
    )
  }

  public static func demo(_ app: Application) async throws {
    try await run(app)
    let lines = try await DemoAccounts.create(
      on: app.db, hasher: app.password.async, validity: app.config.activationValidity)
    lines.forEach { print($0) }
    print("เปิด http://127.0.0.1:8080 ในเบราว์เซอร์")
  }
}
