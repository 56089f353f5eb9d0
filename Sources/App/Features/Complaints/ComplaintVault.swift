import Crypto
import Domain
import Foundation
import Vapor

/// Encryption at rest for complaints (contents, identity, messages, files): AES-256-GCM with
/// a key the database never holds. Each sealed value names the key that sealed it (the first
/// 8 hex digits of the key's SHA-256), so after a rotation old values still open while they
/// are being re-sealed. The sealed value is bound to the row and field it belongs to
/// (authenticated data), so a value copied into another case does not open.
///
/// Keys: `SUJARIT_COMPLAINT_KEYS` (base64 keys, newest first, separated by commas or new
/// lines) or the key file `SUJARIT_COMPLAINT_KEY_FILE` (default: `sujarit-complaints.key`
/// beside the SQLite file), one base64 key per line, which `setup` creates with mode 0600.
struct ComplaintVault: Sendable {
  struct Key: @unchecked Sendable {
    let id: String
    let key: SymmetricKey
  }

  static let keySize = 32
  let keys: [Key]
  /// Where the keys came from (the key file's path), for rotation.
  let file: String?

  var current: Key { keys[0] }

  init(keys raw: [Data], file: String?) throws {
    guard !raw.isEmpty else { throw VaultError.noKey }
    keys = try raw.map { data in
      guard data.count == Self.keySize else { throw VaultError.badKey }
      return Key(id: Self.keyID(data), key: SymmetricKey(data: data))
    }
    self.file = file
  }

  static func keyID(_ data: Data) -> String {
    SHA256.hash(data: data).prefix(4).map { String(format: "%02x", $0) }.joined()
  }

  static func newKey() -> Data { SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) } }

  /// Parses keys as the environment variable or the file holds them.
  static func parse(_ text: String) throws -> [Data] {
    let lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" })
      .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.hasPrefix("#") }
      .flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty }
    return try lines.map {
      guard let data = Data(base64Encoded: $0), data.count == keySize else { throw VaultError.badKey }
      return data
    }
  }

  // MARK: sealing

  /// "<key id>:<base64 of nonce‖ciphertext‖tag>" for a text column.
  func seal(_ text: String, for context: String) throws -> String {
    current.id + ":" + (try sealData(Data(text.utf8), for: context)).base64EncodedString()
  }

  func open(_ sealed: String, for context: String) throws -> String {
    guard let colon = sealed.firstIndex(of: ":"),
      let data = Data(base64Encoded: String(sealed[sealed.index(after: colon)...]))
    else { throw VaultError.damaged }
    let opened = try openData(data, keyID: String(sealed[..<colon]), for: context)
    guard let text = String(data: opened, encoding: .utf8) else { throw VaultError.damaged }
    return text
  }

  /// A file's bytes: key id (8 ASCII bytes) then nonce‖ciphertext‖tag.
  func sealFile(_ bytes: Data, for context: String) throws -> Data {
    Data(current.id.utf8) + (try sealData(bytes, for: context))
  }

  func openFile(_ sealed: Data, for context: String) throws -> Data {
    guard sealed.count > 8, let id = String(data: sealed.prefix(8), encoding: .ascii) else { throw VaultError.damaged }
    return try openData(Data(sealed.dropFirst(8)), keyID: id, for: context)
  }

  /// The key id a sealed text or file names.
  static func keyID(ofText sealed: String) -> String { String(sealed.prefix(8)) }
  static func keyID(ofFile sealed: Data) -> String { String(decoding: sealed.prefix(8), as: UTF8.self) }

  private func sealData(_ data: Data, for context: String) throws -> Data {
    let box = try AES.GCM.seal(data, using: current.key, authenticating: Data(context.utf8))
    guard let combined = box.combined else { throw VaultError.damaged }
    return combined
  }

  private func openData(_ data: Data, keyID: String, for context: String) throws -> Data {
    guard let key = keys.first(where: { $0.id == keyID }) else { throw VaultError.unknownKey }
    do {
      return try AES.GCM.open(AES.GCM.SealedBox(combined: data), using: key.key, authenticating: Data(context.utf8))
    } catch {
      throw VaultError.damaged
    }
  }

  /// The stored form of a receipt: its SHA-256. A receipt holds 100 random bits, so the
  /// digest cannot be reversed or guessed, and it stays the same across key rotations.
  static func receiptDigest(_ receipt: ComplaintReceipt) -> String {
    SHA256.hash(data: Data(("sujarit-receipt|" + receipt.code).utf8)).map { String(format: "%02x", $0) }.joined()
  }

  enum VaultError: Error, AbortError {
    case noKey, badKey, unknownKey, damaged
    var status: HTTPResponseStatus { .internalServerError }
    var reason: String {
      switch self {
      case .noKey: return "ยังไม่มีกุญแจเข้ารหัสเรื่องร้องเรียน"
      case .badKey: return "กุญแจเข้ารหัสเรื่องร้องเรียนไม่ถูกต้อง (ต้องเป็น base64 ยาว 32 ไบต์)"
      case .unknownKey: return "ไม่พบกุญแจที่ใช้เข้ารหัสเรื่องนี้"
      case .damaged: return "ข้อมูลเรื่องร้องเรียนเสียหายหรือถูกแก้ไข ถอดรหัสไม่ได้"
      }
    }
  }
}
