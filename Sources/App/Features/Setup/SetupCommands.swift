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

/// `sujarit demo [--empty]`: setup, demo accounts and (unless `--empty`) the demo dataset, then
/// serve. main.swift turns it into `serve` (with the remaining flags) and runs `Setup.demo`
/// first; this command is what `sujarit demo` does without serving (and its help).
struct DemoCommand: AsyncCommand {
  struct Signature: CommandSignature {
    @Flag(name: "empty", help: "only reference data and the demo accounts, no generated dataset") var empty: Bool
  }
  var help: String {
    "Sets up the database, creates demo accounts and a small dataset (not with --empty), then serves (--hostname, --port)."
  }

  func run(using context: CommandContext, signature: Signature) async throws {
    try await Setup.demo(context.application, dataset: !signature.empty)
  }
}

/// How main.swift reads `sujarit demo …`: the flag it takes itself (`--empty`) and the
/// arguments to run Vapor's `serve` with.
public struct DemoArguments: Equatable, Sendable {
  public let isDemo: Bool
  public let empty: Bool
  /// The process arguments with `demo` turned into `serve` and `--empty` taken out.
  public let serveArguments: [String]

  public init(_ arguments: [String]) {
    // `demo --help` is answered by DemoCommand's help, without setting anything up.
    guard arguments.count > 1, arguments[1] == "demo", !arguments.contains("--help"), !arguments.contains("-h") else {
      (isDemo, empty, serveArguments) = (false, false, arguments)
      return
    }
    isDemo = true
    empty = arguments.dropFirst(2).contains("--empty")
    serveArguments = [arguments[0], "serve"] + arguments.dropFirst(2).filter { $0 != "--empty" }
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
    if app.environment != .testing, Environment.get("SUJARIT_COMPLAINT_KEYS") == nil {
      let path = try ComplaintKeyStore.ensureFile(app)
      print("กุญแจเข้ารหัสเรื่องร้องเรียน: \(path) (สำรองแยกจากฐานข้อมูล)")
    }
  }

  /// Setup, the demo accounts and (with `dataset`) the demo dataset, printing what was made.
  /// The address to open is printed by main.swift once the server listens (`ServedAddress`).
  public static func demo(_ app: Application, dataset: Bool = true) async throws {
    try await run(app)
    let lines = try await DemoAccounts.create(
      on: app.db, hasher: app.password.async, validity: app.config.activationValidity)
    lines.forEach { print($0) }
    guard dataset else { return }
    let started = Date()
    let summary = try await DemoData.load(on: app.db)
    var done = "ข้อมูลทดลอง: อปท. ในจังหวัดชลบุรีที่สร้างแผนและรายงานรอบที่ผ่านมาเพิ่ม \(summary.organizations) แห่ง"
    if let round = summary.round {
      done += ", \(round.title) \(round.windowOpen ? "เปิดรับรายงาน" : "ปิดรับรายงาน")"
    }
    if summary.entries > 0 { done += ", รายงานของ \(DemoData.officerOrg) กรอกแล้ว \(summary.entries) โครงการ" }
    if summary.itaResults > 0 { done += ", ผล ITA ปีที่ผ่านมา \(summary.itaResults) แห่ง" }
    let risks = try await DemoBook.load(on: app.db)
    if risks > 0 { done += ", ทะเบียนความเสี่ยงที่เผยแพร่แล้วของ \(DemoData.officerOrg) \(risks) เรื่อง" }
    let complaints = try await DemoComplaints.load(app)
    if complaints > 0 {
      done += ", เรื่องร้องเรียนตัวอย่างของ \(DemoData.officerOrg) \(complaints) เรื่อง (ผู้รับผิดชอบ \(DemoData.officerOrg)-3)"
    }
    print(
      done
        + " (\(String(format: "%.1f", Date().timeIntervalSince(started))) วินาที; ไม่ต้องการข้อมูลทดลอง ใช้ sujarit demo --empty)"
    )
  }

  /// The line to print once the server is listening (the port really served).
  public static func openLine(_ app: Application) -> String? { ServedAddress.openLine(app) }
}
