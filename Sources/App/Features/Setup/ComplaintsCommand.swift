import Domain
import Fluent
import Vapor

/// `sujarit complaints erase-expired` (what the server also does once a day) and
/// `sujarit complaints rotate-key` (a new key for the complaint vault; every sealed value is
/// re-sealed with it, then the key file keeps only the new key).
struct ComplaintsCommand: AsyncCommandGroup {
  var commands: [String: any AnyAsyncCommand] {
    ["erase-expired": EraseExpiredComplaintsCommand(), "rotate-key": RotateComplaintKeyCommand()]
  }
  var help: String { "Complaint vault upkeep (erase-expired; rotate-key)." }

  static let usage = "ใช้: sujarit complaints erase-expired หรือ sujarit complaints rotate-key"

  func run(using context: inout CommandContext) async throws {
    try await runSubcommand(using: &context, usage: Self.usage)
  }

  static func vault(_ context: CommandContext) throws -> ComplaintVault {
    guard let vault = context.application.complaintVault else {
      context.console.error("ยังไม่มีกุญแจเข้ารหัสเรื่องร้องเรียน: รัน sujarit setup หรือตั้ง SUJARIT_COMPLAINT_KEYS")
      throw ExitCode(1)
    }
    return vault
  }
}

/// How long closed cases keep who filed them: `SUJARIT_COMPLAINT_RETENTION_YEARS` (1–50, default 5).
enum ComplaintRetentionSetting {
  static var years: Int {
    guard let typed = Environment.get("SUJARIT_COMPLAINT_RETENTION_YEARS"), let years = Int(typed),
      ComplaintRetention.allowedYears.contains(years)
    else { return ComplaintRetention.defaultYears }
    return years
  }
}

struct EraseExpiredComplaintsCommand: AsyncCommand {
  struct Signature: CommandSignature {}
  var help: String { "Erases the complainant's identity from cases closed longer ago than the retention." }

  func run(using context: CommandContext, signature: Signature) async throws {
    let app = context.application
    try await app.autoMigrate()
    let years = ComplaintRetentionSetting.years
    let count = try await ComplaintMaintenanceQueries(db: app.db, vault: try ComplaintsCommand.vault(context))
      .eraseExpired(years: years)
    context.console.print("ลบข้อมูลผู้ร้องเรียนของเรื่องที่ปิดเกิน \(years) ปีแล้ว \(count) เรื่อง")
  }
}

struct RotateComplaintKeyCommand: AsyncCommand {
  struct Signature: CommandSignature {}
  var help: String { "Makes a new complaint key, re-seals everything with it and keeps only the new key." }

  func run(using context: CommandContext, signature: Signature) async throws {
    let app = context.application
    let vault = try ComplaintsCommand.vault(context)
    guard let path = vault.file else {
      // Keys from the environment: the operator has put the new key first; re-seal with it.
      guard vault.keys.count > 1 else {
        context.console.error(
          "กุญแจมาจาก SUJARIT_COMPLAINT_KEYS: ใส่กุญแจใหม่ (openssl rand -base64 32) ไว้หน้ากุญแจเดิมบนทุกเครื่องก่อน แล้วรันคำสั่งนี้")
        throw ExitCode(2)
      }
      try await app.autoMigrate()
      let changed = try await ComplaintMaintenanceQueries(db: app.db, vault: vault).resealAll()
      context.console.print(
        "เข้ารหัสใหม่ด้วยกุญแจ \(vault.current.id) แล้ว \(changed) รายการ ลบกุญแจเก่าออกจาก SUJARIT_COMPLAINT_KEYS บนทุกเครื่องได้")
      return
    }
    try await app.autoMigrate()
    let fresh = ComplaintVault.newKey()
    let old = try ComplaintVault.parse(try String(contentsOfFile: path, encoding: .utf8))
    // The new key is on disk before anything is sealed with it.
    try ComplaintKeyStore.write([fresh] + old, to: path)
    let rotated = try ComplaintVault(keys: [fresh] + old, file: path)
    let changed = try await ComplaintMaintenanceQueries(db: app.db, vault: rotated).resealAll()
    let inUse = try await ComplaintMaintenanceQueries(db: app.db, vault: rotated).keysInUse()
    guard inUse.keys.allSatisfy({ $0 == rotated.current.id }) else {
      context.console.error("ยังมีข้อมูลที่ใช้กุญแจเก่า จึงเก็บกุญแจเก่าไว้ในไฟล์ รันคำสั่งนี้อีกครั้ง")
      throw ExitCode(1)
    }
    try ComplaintKeyStore.write([fresh], to: path)
    app.complaintVault = try ComplaintVault(keys: [fresh], file: path)
    context.console.print(
      "เปลี่ยนกุญแจแล้ว (\(rotated.current.id)) เข้ารหัสใหม่ \(changed) รายการ สำรองไฟล์ \(path) ใหม่ และแจกให้ทุกเครื่องก่อนเปิดบริการ")
  }
}
