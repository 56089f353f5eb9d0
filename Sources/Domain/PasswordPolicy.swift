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

/// Throttling of failed logins, per account and per client address.
public struct LoginThrottlePolicy: Sendable {
  public let window: Double
  public let maxFailuresPerAccount: Int
  public let maxFailuresPerAddress: Int

  public init(window: Double = 15 * 60, maxFailuresPerAccount: Int = 5, maxFailuresPerAddress: Int = 30) {
    self.window = window
    self.maxFailuresPerAccount = maxFailuresPerAccount
    self.maxFailuresPerAddress = maxFailuresPerAddress
  }

  /// Whether another attempt must be refused, given failures counted within `window`.
  public func isBlocked(accountFailures: Int, addressFailures: Int) -> Bool {
    accountFailures >= maxFailuresPerAccount || addressFailures >= maxFailuresPerAddress
  }

  public var blockedMessage: String {
    "เข้าสู่ระบบไม่สำเร็จหลายครั้งเกินไป กรุณารอ \(Int(window / 60)) นาทีแล้วลองใหม่ หรือติดต่อผู้ดูแลเพื่อขอรหัสเปิดใช้งานใหม่"
  }
}
