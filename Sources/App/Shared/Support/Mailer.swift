import Foundation
import Vapor

/// Sends plain-text e-mail. Configured by environment variables; without them the app has no
/// mailer and reminders are in-app notices only.
protocol Mailer: Sendable {
  func send(to: String, subject: String, body: String) async throws
}

/// SMTP through the `curl` program (smtp:// with STARTTLS when offered, or smtps://):
/// `SUJARIT_SMTP_URL` (e.g. smtp://mail.example.go.th:587), `SUJARIT_SMTP_FROM`, and
/// optionally `SUJARIT_SMTP_USER` / `SUJARIT_SMTP_PASSWORD`.
struct CurlSMTPMailer: Mailer {
  let url: String
  let from: String
  let user: String?
  let password: String?
  let pool: NIOThreadPool

  static func fromEnvironment(pool: NIOThreadPool) -> CurlSMTPMailer? {
    guard let url = Environment.get("SUJARIT_SMTP_URL"), let from = Environment.get("SUJARIT_SMTP_FROM"),
      FileManager.default.isExecutableFile(atPath: "/usr/bin/curl")
    else { return nil }
    return CurlSMTPMailer(
      url: url, from: from, user: Environment.get("SUJARIT_SMTP_USER"),
      password: Environment.get("SUJARIT_SMTP_PASSWORD"), pool: pool)
  }

  func send(to: String, subject: String, body: String) async throws {
    let encodedSubject = "=?UTF-8?B?\(Data(subject.utf8).base64EncodedString())?="
    let message =
      "From: \(from)\r\nTo: \(to)\r\nSubject: \(encodedSubject)\r\nMIME-Version: 1.0\r\n"
      + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
      + body.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n"
    var arguments = ["--silent", "--show-error", "--ssl", "--max-time", "30", "--url", url, "--mail-from", from]
    arguments += ["--mail-rcpt", to, "--upload-file", "-"]
    if let user, let password { arguments += ["--user", "\(user):\(password)"] }
    let args = arguments
    try await pool.runIfActive {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
      process.arguments = args
      let input = Pipe()
      process.standardInput = input
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      input.fileHandleForWriting.write(Data(message.utf8))
      try input.fileHandleForWriting.close()
      process.waitUntilExit()
      guard process.terminationStatus == 0 else {
        throw Abort(.badGateway, reason: "ส่งอีเมลไม่สำเร็จ (curl exit \(process.terminationStatus))")
      }
    }
  }
}

extension Application {
  private struct MailerKey: StorageKey { typealias Value = any Mailer }

  /// The configured mailer, or nil (reminders then stay in-app).
  var mailer: (any Mailer)? {
    get { storage[MailerKey.self] }
    set { storage[MailerKey.self] = newValue }
  }
}
