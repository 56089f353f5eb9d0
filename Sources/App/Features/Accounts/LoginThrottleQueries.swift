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
  /// transaction (on SQLite it queues behind the other writers instead of spinning on the
  /// lock) whose usual case is one statement: the three counters are raised together, then
  /// read in order; when one refuses, the ones after it are given their count back.
  func admit(username: String, address: String, now: Date = Date()) async throws -> Double? {
    let policy = policy
    let keys = Self.keys(username: username, address: address)
    let clock = now.timeIntervalSince1970
    return try await db.writeTransaction { db in
      let queries = LoginThrottleQueries(db: db, policy: policy)
      if Self.isPurgeTurn() { try await queries.purge(now: now) }
      let counters = try await queries.raise(keys.map(\.1), now: clock)
      for (index, (scope, key)) in keys.enumerated() {
        guard let counter = counters[key] else { continue }
        let blocked = counter.blocked_until > clock
        let delay = blocked ? nil : policy.delay(scope, attempts: counter.attempts)
        guard blocked || delay != nil else { continue }
        if let delay { try await queries.block(key, until: clock + delay) }
        let counted = keys.dropFirst(index + 1).map(\.1).filter { (counters[$0]?.blocked_until ?? 0) <= clock }
        try await queries.lower(counted)
        return blocked ? counter.blocked_until - clock : delay
      }
      return nil
    }
  }

  struct Counter: Decodable {
    let key: String
    let attempts: Int
    let blocked_until: Double
  }

  /// Raises each counter (a blocked one keeps its count; one past its window starts again).
  private func raise(_ keys: [String], now clock: Double) async throws -> [String: Counter] {
    let windowStart = clock - policy.window
    var query: SQLQueryString = "INSERT INTO login_throttle (key, attempts, window_start, blocked_until) VALUES "
    for (index, key) in keys.enumerated() {
      query += (index == 0 ? "" : ", ") + "(\(bind: key), 1, \(bind: clock), 0)"
    }
    query += """
       ON CONFLICT (key) DO UPDATE SET
        attempts = CASE WHEN login_throttle.blocked_until > \(bind: clock) THEN login_throttle.attempts
          WHEN login_throttle.window_start < \(bind: windowStart) THEN 1 ELSE login_throttle.attempts + 1 END,
        window_start = CASE WHEN login_throttle.blocked_until > \(bind: clock) THEN login_throttle.window_start
          WHEN login_throttle.window_start < \(bind: windowStart) THEN \(bind: clock) ELSE login_throttle.window_start END
      RETURNING key, attempts, blocked_until
      """
    let rows = try await sql.raw(query).all(decoding: Counter.self)
    return Dictionary(rows.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// Blocks a counter until `until` (a block already longer is kept).
  private func block(_ key: String, until: Double) async throws {
    try await sql.raw(
      """
      UPDATE login_throttle SET blocked_until = CASE WHEN blocked_until < \(bind: until) THEN \(bind: until) \
      ELSE blocked_until END WHERE key = \(bind: key)
      """
    ).run()
  }

  /// Takes one attempt back from each counter.
  private func lower(_ keys: [String]) async throws {
    guard !keys.isEmpty else { return }
    try await sql.raw(
      "UPDATE login_throttle SET attempts = attempts - 1 WHERE key IN (\(binds: keys)) AND attempts > 0"
    ).run()
  }

  /// A successful sign-in: the pair starts afresh and this attempt no longer counts against
  /// the account or the address.
  func succeeded(username: String, address: String) async throws {
    let keys = Self.keys(username: username, address: address)
    let pair = keys.filter { $0.0 == .pair }.map(\.1)
    try await sql.raw("DELETE FROM login_throttle WHERE key IN (\(binds: pair))").run()
    try await lower(keys.filter { $0.0 != .pair }.map(\.1))
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
