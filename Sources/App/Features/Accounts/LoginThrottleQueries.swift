import Domain
import Fluent
import SQLKit
import Vapor

/// The counters behind `LoginThrottlePolicy`. An attempt is counted with one atomic upsert
/// per counter before the password is checked, so parallel attempts cannot slip past a limit:
/// the database hands each of them its own count. Counters are asked address first, then the
/// (account, address) pair, then the account, and the first that refuses ends the attempt:
/// so guesses one address makes past its own limit never count against the account, and one
/// address can add at most `maxPerPair` a window to an officer's account.
struct LoginThrottleQueries {
  let db: Database
  let policy: LoginThrottlePolicy

  private var sql: any SQLDatabase { db as! any SQLDatabase }

  static func keys(username: String, address: String) -> [(LoginThrottlePolicy.Scope, String)] {
    let place = LoginThrottlePolicy.addressKey(address)
    return [(.address, "a|\(place)"), (.pair, "p|\(username)|\(place)"), (.account, "u|\(username)")]
  }

  /// Counts this attempt; returns how many seconds to wait when it must be refused. One write
  /// transaction (on SQLite it queues behind the other writers instead of spinning on the lock).
  func admit(username: String, address: String, now: Date = Date()) async throws -> Double? {
    let policy = policy
    return try await db.writeTransaction { db in
      let queries = LoginThrottleQueries(db: db, policy: policy)
      if Self.isPurgeTurn() { try await queries.purge(now: now) }
      for (scope, key) in Self.keys(username: username, address: address) {
        if let wait = try await queries.count(scope, key: key, now: now.timeIntervalSince1970) { return wait }
      }
      return nil
    }
  }

  /// One counter: while it is blocked the attempt is refused and not counted (the wait does
  /// not grow by itself); otherwise it is counted, and past the limit it blocks for a wait
  /// that doubles with each attempt (a wait already longer is kept).
  private func count(_ scope: LoginThrottlePolicy.Scope, key: String, now clock: Double) async throws -> Double? {
    struct Counter: Decodable {
      let attempts: Int
      let blocked_until: Double
    }
    let windowStart = clock - policy.window
    let counter = try await sql.raw(
      """
      INSERT INTO login_throttle (key, attempts, window_start, blocked_until) VALUES (\(bind: key), 1, \(bind: clock), 0)
      ON CONFLICT (key) DO UPDATE SET
        attempts = CASE WHEN login_throttle.blocked_until > \(bind: clock) THEN login_throttle.attempts
          WHEN login_throttle.window_start < \(bind: windowStart) THEN 1 ELSE login_throttle.attempts + 1 END,
        window_start = CASE WHEN login_throttle.blocked_until > \(bind: clock) THEN login_throttle.window_start
          WHEN login_throttle.window_start < \(bind: windowStart) THEN \(bind: clock) ELSE login_throttle.window_start END
      RETURNING attempts, blocked_until
      """
    ).first(decoding: Counter.self)
    guard let counter else { return nil }
    if counter.blocked_until > clock { return counter.blocked_until - clock }
    guard let delay = policy.delay(scope, attempts: counter.attempts) else { return nil }
    let until = clock + delay
    try await sql.raw(
      """
      UPDATE login_throttle SET blocked_until = CASE WHEN blocked_until < \(bind: until) THEN \(bind: until) \
      ELSE blocked_until END WHERE key = \(bind: key)
      """
    ).run()
    return delay
  }

  /// A successful sign-in: the pair starts afresh and this attempt no longer counts against
  /// the account or the address.
  func succeeded(username: String, address: String) async throws {
    for (scope, key) in Self.keys(username: username, address: address) {
      if scope == .pair {
        try await sql.raw("DELETE FROM login_throttle WHERE key = \(bind: key)").run()
      } else {
        try await sql.raw(
          "UPDATE login_throttle SET attempts = attempts - 1 WHERE key = \(bind: key) AND attempts > 0"
        ).run()
      }
    }
  }

  /// Old rows are swept now and then (one attempt in a hundred), not on every sign-in: at a
  /// deadline hundreds of officers sign in each second.
  static func isPurgeTurn() -> Bool { Int.random(in: 0..<100) == 0 }

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
