import Domain
import Fluent
import SQLKit
import Vapor

/// The counters behind `LoginThrottlePolicy`. Each attempt is counted with one atomic
/// upsert per counter before the password is checked, so parallel attempts cannot slip
/// past a limit: the database hands each of them its own count.
struct LoginThrottleQueries {
  let db: Database
  let policy: LoginThrottlePolicy

  private var sql: any SQLDatabase { db as! any SQLDatabase }

  static func keys(username: String, address: String) -> [(LoginThrottlePolicy.Scope, String)] {
    [(.pair, "p|\(username)|\(address)"), (.account, "u|\(username)"), (.address, "a|\(address)")]
  }

  /// Counts this attempt; returns how many seconds to wait when it must be refused.
  func admit(username: String, address: String, now: Date = Date()) async throws -> Double? {
    struct Counter: Decodable {
      let attempts: Int
      let blocked_until: Double
    }
    let clock = now.timeIntervalSince1970
    var wait = 0.0
    for (scope, key) in Self.keys(username: username, address: address) {
      let counter = try await sql.raw(
        """
        INSERT INTO login_throttle (key, attempts, window_start, blocked_until) VALUES (\(bind: key), 1, \(bind: clock), 0)
        ON CONFLICT (key) DO UPDATE SET
          attempts = CASE WHEN login_throttle.window_start < \(bind: clock - policy.window) THEN 1 ELSE login_throttle.attempts + 1 END,
          window_start = CASE WHEN login_throttle.window_start < \(bind: clock - policy.window) THEN \(bind: clock) ELSE login_throttle.window_start END
        RETURNING attempts, blocked_until
        """
      ).first(decoding: Counter.self)
      guard let counter else { continue }
      if counter.blocked_until > clock {
        wait = max(wait, counter.blocked_until - clock)
      } else if let delay = policy.delay(scope, attempts: counter.attempts) {
        try await sql.raw(
          "UPDATE login_throttle SET blocked_until = \(bind: clock + delay) WHERE key = \(bind: key)"
        ).run()
        wait = max(wait, delay)
      }
    }
    if Int.random(in: 0..<200) == 0 { try await purge(now: now) }
    return wait > 0 ? wait : nil
  }

  /// A successful sign-in: the pair starts afresh and this attempt no longer counts against
  /// the account or the address.
  func succeeded(username: String, address: String, now: Date = Date()) async throws {
    let keys = Self.keys(username: username, address: address)
    try await sql.raw("DELETE FROM login_throttle WHERE key = \(bind: keys[0].1)").run()
    for (_, key) in keys.dropFirst() {
      try await sql.raw(
        "UPDATE login_throttle SET attempts = attempts - 1 WHERE key = \(bind: key) AND attempts > 0"
      ).run()
    }
    try await purge(now: now)
  }

  /// Counters long past their window and any block.
  func purge(now: Date) async throws {
    let clock = now.timeIntervalSince1970
    try await sql.raw(
      """
      DELETE FROM login_throttle WHERE window_start < \(bind: clock - 2 * policy.window) \
      AND blocked_until < \(bind: clock)
      """
    ).run()
  }
}
