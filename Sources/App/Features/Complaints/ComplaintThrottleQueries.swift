import Crypto
import Domain
import Fluent
import Foundation
import NIOConcurrencyHelpers
import SQLKit
import Vapor

/// Rate limits of the public channel, per address, without keeping the address: a counter's
/// key is an HMAC of the address under a random key that lives in this process's memory for
/// one clock hour and is then forgotten, and its window is that hour (no finer time is
/// stored). Once the hour has passed nobody — not even with the database and the complaint
/// key — can tell which address a counter was, or link it to a case filed then. Counting is
/// one atomic upsert before any work, so parallel requests cannot slip past a limit. Each
/// app node counts on its own (its key is its own).
struct ComplaintThrottleQueries {
  let db: Database

  static let window: Double = 3600
  /// Generous: many phones share one carrier address.
  static let maxFilings = 20
  static let maxWrongReceipts = 30

  enum Counter: String { case filing = "f", receipt = "r", clinic = "c", certificate = "v" }

  /// The counter key of an address in the current hour.
  static func key(_ counter: Counter, address: String, now: Date = Date()) -> String {
    let hour = Int64(now.timeIntervalSince1970 / window)
    let secret = HourKey.shared.key(for: hour)
    let mac = HMAC<SHA256>.authenticationCode(
      for: Data((counter.rawValue + "|" + LoginThrottlePolicy.addressKey(address)).utf8), using: secret)
    return counter.rawValue + "|" + String(hour) + "|" + mac.map { String(format: "%02x", $0) }.joined()
  }

  struct Row: Decodable { let attempts: Int }

  /// Counts one more try now; when that passes `limit` in this hour, the seconds to wait.
  func admit(_ key: String, limit: Int, now: Date = Date()) async throws -> Double? {
    let clock = now.timeIntervalSince1970
    let hourStart = (clock / Self.window).rounded(.down) * Self.window
    let attempts = try await db.writeTransaction { db in
      let sql = db as! any SQLDatabase
      // Past hours' counters are of no use and must not stay.
      try await sql.raw("DELETE FROM complaint_throttle WHERE window_start < \(bind: hourStart)").run()
      return try await sql.raw(
        """
        INSERT INTO complaint_throttle (key, attempts, window_start) VALUES (\(bind: key), 1, \(bind: hourStart))
        ON CONFLICT (key) DO UPDATE SET attempts = complaint_throttle.attempts + 1
        RETURNING attempts
        """
      ).first(decoding: Row.self)?.attempts ?? 1
    }
    return attempts > limit ? max(1, hourStart + Self.window - clock) : nil
  }

  /// Gives a counted try back (a filing refused for its fields, a right receipt).
  func giveBack(_ key: String) async throws {
    try await (db as! any SQLDatabase).raw(
      "UPDATE complaint_throttle SET attempts = attempts - 1 WHERE key = \(bind: key) AND attempts > 0"
    ).run()
  }

  static func tooMany(_ wait: Double) -> Abort {
    let minutes = max(1, Int((wait / 60).rounded(.up)))
    return Abort(
      .tooManyRequests, headers: ["Retry-After": String(Int(wait.rounded(.up)))],
      reason: "มีการส่งจากเครื่องนี้มากเกินไป กรุณาลองใหม่ในอีกประมาณ \(minutes) นาที")
  }
}

/// This process's HMAC key for each clock hour, made at random on first use; the previous
/// hour's is dropped as soon as a new hour's is made.
final class HourKey: @unchecked Sendable {
  static let shared = HourKey()
  private let current = NIOLockedValueBox<(hour: Int64, key: SymmetricKey)?>(nil)

  func key(for hour: Int64) -> SymmetricKey {
    current.withLockedValue { current in
      if let current, current.hour == hour { return current.key }
      let fresh = SymmetricKey(size: .bits256)
      current = (hour, fresh)
      return fresh
    }
  }
}
