import Domain
import Foundation
import Vapor

/// Sends plain-text e-mail. Configured by environment variables; without them the app has no
/// mailer and reminders are in-app notices only.
protocol Mailer: Sendable {
  func send(to: String, subject: String, body: String) async throws
}

/// SMTP through the `curl` program: `SUJARIT_SMTP_URL` (smtp://mail.example.go.th:587 with
/// STARTTLS, required unless `SUJARIT_SMTP_TLS=optional`, or smtps://…:465), `SUJARIT_SMTP_FROM`,
/// and optionally `SUJARIT_SMTP_USER` / `SUJARIT_SMTP_PASSWORD` (handed to curl in a
/// private config file, never on its command line, where any local user could read it).
struct CurlSMTPMailer: Mailer {
  let url: String
  let from: EmailAddress
  let user: String?
  let password: String?
  let requireTLS: Bool
  let pool: NIOThreadPool

  static func fromEnvironment(pool: NIOThreadPool) -> CurlSMTPMailer? {
    guard let url = Environment.get("SUJARIT_SMTP_URL"), url.hasPrefix("smtp://") || url.hasPrefix("smtps://"),
      HeaderValue.isSafe(url), let from = Environment.get("SUJARIT_SMTP_FROM").flatMap(EmailAddress.init),
      FileManager.default.isExecutableFile(atPath: "/usr/bin/curl")
    else { return nil }
    return CurlSMTPMailer(
      url: url, from: from, user: Environment.get("SUJARIT_SMTP_USER"),
      password: Environment.get("SUJARIT_SMTP_PASSWORD"), requireTLS: Environment.get("SUJARIT_SMTP_TLS") != "optional",
      pool: pool)
  }

  /// The message as sent: the address checked again here (whatever the caller did), the
  /// subject as an encoded word, the body without control characters but line breaks.
  static func message(from: EmailAddress, to: EmailAddress, subject: String, body: String) -> String {
    let encodedSubject = "=?UTF-8?B?\(Data(subject.utf8).base64EncodedString())?="
    let text = String(
      String.UnicodeScalarView(body.unicodeScalars.filter { $0 == "\n" || $0 == "\t" || !SafeURL.isControl($0) }))
    return "From: \(from)\r\nTo: \(to)\r\nSubject: \(encodedSubject)\r\nMIME-Version: 1.0\r\n"
      + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
      + text.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n"
  }

  func send(to: String, subject: String, body: String) async throws {
    guard let recipient = EmailAddress(to) else {
      throw Abort(.unprocessableEntity, reason: "ไม่ได้ส่งอีเมล: " + EmailAddress.invalidMessage)
    }
    let message = Self.message(from: from, to: recipient, subject: subject, body: body)
    var arguments = ["--silent", "--show-error", requireTLS ? "--ssl-reqd" : "--ssl", "--max-time", "30"]
    arguments += ["--url", url, "--mail-from", from.value, "--mail-rcpt", recipient.value, "--upload-file", "-"]
    let credentials = try user.flatMap { user in try password.map { try CurlConfig.write(user: user, password: $0) } }
    if let credentials { arguments += ["--config", credentials.path] }
    let args = arguments
    defer { if let credentials { try? FileManager.default.removeItem(at: credentials) } }
    try await pool.runIfActive {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
      process.arguments = args
      let input = Pipe()
      process.standardInput = input
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      // `write(contentsOf:)` throws if curl has gone; the older `write(_:)` would trap.
      try? input.fileHandleForWriting.write(contentsOf: Data(message.utf8))
      try? input.fileHandleForWriting.close()
      process.waitUntilExit()
      guard process.terminationStatus == 0 else {
        throw Abort(.badGateway, reason: "ส่งอีเมลไม่สำเร็จ (curl exit \(process.terminationStatus))")
      }
    }
  }
}

/// A curl config file readable by this user only, holding the SMTP login.
enum CurlConfig {
  static func write(user: String, password: String) throws -> URL {
    func quoted(_ text: String) -> String {
      "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
    guard HeaderValue.isSafe(user), HeaderValue.isSafe(password) else {
      throw Abort(.internalServerError, reason: "SUJARIT_SMTP_USER/PASSWORD มีอักขระควบคุม")
    }
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("sujarit-smtp-\(UUID().uuidString).conf")
    // Created with mode 0600 from the start (O_EXCL: never someone else's file).
    let descriptor = open(url.path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
    guard descriptor >= 0 else { throw Abort(.internalServerError, reason: "เขียนไฟล์ตั้งค่าอีเมลไม่ได้") }
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    try handle.write(contentsOf: Data("user = \(quoted(user + ":" + password))\n".utf8))
    try handle.close()
    return url
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
