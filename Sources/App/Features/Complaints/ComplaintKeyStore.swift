import Foundation
import Vapor

/// Where the complaint vault's keys come from, and the key file `setup` creates.
enum ComplaintKeyStore {
  static let fileName = "sujarit-complaints.key"

  /// The key file's path: `SUJARIT_COMPLAINT_KEY_FILE`, else beside the SQLite file.
  static var filePath: String {
    if let path = Environment.get("SUJARIT_COMPLAINT_KEY_FILE"), !path.isEmpty { return path }
    let database = Environment.get("SUJARIT_DATABASE_PATH") ?? "./sujarit.sqlite"
    return URL(fileURLWithPath: database).deletingLastPathComponent().appendingPathComponent(fileName).path
  }

  static var usesPostgres: Bool { !(Environment.get("DATABASE_URL") ?? "").isEmpty }

  /// The vault at start-up: keys from the environment, else the key file. Tests without keys
  /// get a key of their own in memory. A single machine (SQLite) without a key file gets one
  /// made now; with PostgreSQL (several app nodes) every node must share one key, so none
  /// is made behind the operator's back: `setup` makes it, or the environment gives it.
  static func load(_ app: Application) throws -> ComplaintVault? {
    if let text = Environment.get("SUJARIT_COMPLAINT_KEYS"), !text.isEmpty {
      return try ComplaintVault(keys: ComplaintVault.parse(text), file: nil)
    }
    if app.environment == .testing { return try ComplaintVault(keys: [ComplaintVault.newKey()], file: nil) }
    let path = filePath
    if FileManager.default.fileExists(atPath: path) { return try read(path, logger: app.logger) }
    guard !usesPostgres else {
      app.logger.warning("no complaint key: run `sujarit setup` or set SUJARIT_COMPLAINT_KEYS; complaints are closed")
      return nil
    }
    try create(path)
    app.logger.notice("complaint key file created", metadata: ["path": .string(path)])
    return try read(path, logger: app.logger)
  }

  /// Makes the key file if it is missing (`setup`); says where it is.
  static func ensureFile(_ app: Application) throws -> String {
    let path = filePath
    if !FileManager.default.fileExists(atPath: path) { try create(path) }
    if app.complaintVault == nil { app.complaintVault = try read(path, logger: app.logger) }
    return path
  }

  static func read(_ path: String, logger: Logger) throws -> ComplaintVault {
    if let mode = (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int,
      mode & 0o077 != 0
    {
      logger.warning("complaint key file is readable by others; chmod 600 it", metadata: ["path": .string(path)])
    }
    let text = try String(contentsOfFile: path, encoding: .utf8)
    return try ComplaintVault(keys: ComplaintVault.parse(text), file: path)
  }

  /// Writes keys (newest first) to the file, readable by its owner only.
  static func write(_ keys: [Data], to path: String) throws {
    let text =
      "# Sujarit: keys of the complaint vault, newest first. Back this file up apart from the database.\n"
      + keys.map { $0.base64EncodedString() }.joined(separator: "\n") + "\n"
    let temporary = path + ".new"
    FileManager.default.createFile(
      atPath: temporary, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: temporary)
    if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
    try FileManager.default.moveItem(atPath: temporary, toPath: path)
  }

  private static func create(_ path: String) throws { try write([ComplaintVault.newKey()], to: path) }
}

extension Application {
  private struct VaultKey: StorageKey { typealias Value = ComplaintVault }

  /// The complaint vault; nil when no key is configured (complaint routes then answer 503).
  var complaintVault: ComplaintVault? {
    get { storage[VaultKey.self] }
    set { storage[VaultKey.self] = newValue }
  }
}

extension Request {
  /// The vault, or a Thai 503 when the server has no complaint key yet.
  func requireVault() throws -> ComplaintVault {
    guard let vault = application.complaintVault else {
      throw Abort(
        .serviceUnavailable,
        reason: "ช่องทางร้องเรียนยังไม่พร้อมใช้ ผู้ดูแลระบบยังไม่ได้ตั้งกุญแจเข้ารหัส กรุณาแจ้งหน่วยงานทางช่องทางอื่นไปก่อน")
    }
    return vault
  }
}
