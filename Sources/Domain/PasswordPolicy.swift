import Foundation

/// Rules for a password a person chooses. Messages are shown to users as they are.
public enum PasswordPolicy {
  public static let minimumLength = 10

  /// Returns a Thai message when the password is not acceptable, nil when it is.
  public static func problem(password: String, confirmation: String, username: String) -> String? {
    if password.count < minimumLength {
      return "รหัสผ่านต้องยาวอย่างน้อย \(minimumLength) ตัวอักษร"
    }
    let lowered = password.lowercased()
    if lowered.contains(username.lowercased()) || ThaiDigits.toArabic(password).contains(username) {
      return "รหัสผ่านต้องไม่มีชื่อผู้ใช้หรือรหัส อปท. อยู่ในนั้น"
    }
    if Set(password).count < 4 {
      return "รหัสผ่านง่ายเกินไป กรุณาใช้ตัวอักษรที่หลากหลายกว่านี้"
    }
    if password != confirmation {
      return "รหัสผ่านทั้งสองช่องไม่ตรงกัน"
    }
    return nil
  }
}

/// Throttling of sign-in attempts. Every attempt is counted *before* its password is
/// checked, per (account, address) pair, per account and per address, each in a rolling
/// window; an attempt over a limit is refused without checking the password, and each
/// further one doubles the wait. The pair's limit is low and the account's is high, so one
/// address guessing at an officer's account (DLA codes are public) is stopped without
/// locking the officer out from their own office before a deadline.
public struct LoginThrottlePolicy: Sendable {
  public let window: Double
  public let maxPerPair: Int
  public let maxPerAccount: Int
  public let maxPerAddress: Int
  /// The first wait after a limit is passed; it doubles with each further attempt, up to `maxDelay`.
  public let firstDelay: Double
  public let maxDelay: Double

  public init(
    window: Double = 15 * 60, maxPerPair: Int = 5, maxPerAccount: Int = 50, maxPerAddress: Int = 100,
    firstDelay: Double = 60, maxDelay: Double = 30 * 60
  ) {
    self.window = window
    self.maxPerPair = maxPerPair
    self.maxPerAccount = maxPerAccount
    self.maxPerAddress = maxPerAddress
    self.firstDelay = firstDelay
    self.maxDelay = maxDelay
  }

  /// Which counter an attempt is counted in.
  public enum Scope: Sendable {
    case pair, account, address
  }

  public func limit(_ scope: Scope) -> Int {
    switch scope {
    case .pair: return maxPerPair
    case .account: return maxPerAccount
    case .address: return maxPerAddress
    }
  }

  /// How long a counter that has reached `attempts` (this one included) must wait before the
  /// next attempt, or nil while it is within its limit.
  public func delay(_ scope: Scope, attempts: Int) -> Double? {
    guard attempts > limit(scope) else { return nil }
    let doublings = min(attempts - limit(scope) - 1, 20)
    return min(firstDelay * Double(1 << doublings), maxDelay)
  }

  /// The part of a client address that stands for one place: an IPv4 address as it is, an
  /// IPv6 address by its /64 (one household or office is handed a whole /64, so the rest of
  /// the address is free for an attacker to vary).
  public static func addressKey(_ address: String) -> String {
    guard address.contains(":") else { return address }
    let halves = address.lowercased().split(separator: "::", maxSplits: 1, omittingEmptySubsequences: false)
    let head = halves.first.map { $0.split(separator: ":").map(String.init) } ?? []
    let tail = halves.count > 1 ? halves[1].split(separator: ":").map(String.init) : []
    let missing = max(0, 8 - head.count - tail.count)
    let groups = head + Array(repeating: "0", count: halves.count > 1 ? missing : 0) + tail
    return groups.prefix(4).map { group in
      let trimmed = group.drop { $0 == "0" }
      return trimmed.isEmpty ? "0" : String(trimmed)
    }.joined(separator: ":") + "::/64"
  }

  public static func blockedMessage(wait: Double) -> String {
    let minutes = max(1, Int((wait / 60).rounded(.up)))
    return "เข้าสู่ระบบไม่สำเร็จหลายครั้งเกินไป กรุณารอ \(minutes) นาทีแล้วลองใหม่ หรือติดต่อผู้ดูแลเพื่อขอรหัสเปิดใช้งานใหม่"
  }
}
