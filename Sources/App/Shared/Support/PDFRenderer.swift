import Foundation
import Vapor

/// Renders an HTML page to PDF with headless Chromium (Debian package `chromium`), when the
/// server has it. `SUJARIT_CHROMIUM` names the binary; otherwise the usual paths are tried.
struct PDFRenderer {
  let executable: String?

  static func fromEnvironment() -> PDFRenderer {
    let candidates =
      [Environment.get("SUJARIT_CHROMIUM")].compactMap { $0 }
      + ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"]
    return PDFRenderer(executable: candidates.first { FileManager.default.isExecutableFile(atPath: $0) })
  }

  static let missing = Abort(
    .serviceUnavailable,
    reason:
      "เซิร์ฟเวอร์นี้ไม่ได้ติดตั้ง Chromium จึงสร้างไฟล์ PDF ไม่ได้ — เปิดหน้า \"พิมพ์รายงาน\" แล้วเลือกเครื่องพิมพ์ \"บันทึกเป็น PDF\" แทน (ผู้ดูแลเซิร์ฟเวอร์: ติดตั้งแพ็กเกจ chromium)"
  )

  /// A self-contained page (styles inlined, no network) → PDF bytes. Runs off the event loop.
  func render(html: String, on pool: NIOThreadPool, timeout: TimeInterval = 60) async throws -> Data {
    guard let executable else { throw Self.missing }
    return try await pool.runIfActive {
      let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sujarit-pdf-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(at: folder) }
      let input = folder.appendingPathComponent("report.html")
      let output = folder.appendingPathComponent("report.pdf")
      try Data(html.utf8).write(to: input)
      let process = Process()
      process.executableURL = URL(fileURLWithPath: executable)
      process.arguments = [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-extensions", "--no-first-run",
        "--no-pdf-header-footer", "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
        "--print-to-pdf=\(output.path)", input.absoluteString,
      ]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      let killer = DispatchWorkItem { if process.isRunning { process.terminate() } }
      DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: killer)
      process.waitUntilExit()
      killer.cancel()
      guard let data = try? Data(contentsOf: output), data.starts(with: Array("%PDF".utf8)) else {
        throw Abort(.internalServerError, reason: "สร้างไฟล์ PDF ไม่สำเร็จ กรุณาลองใหม่ หรือใช้ปุ่มพิมพ์แล้วบันทึกเป็น PDF")
      }
      return data
    }
  }
}
