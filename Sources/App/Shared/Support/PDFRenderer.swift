import Foundation
import Vapor

/// Renders an HTML page to PDF with headless Chromium (Debian package `chromium`), when the
/// server has it. `SUJARIT_CHROMIUM` names the binary; otherwise the usual paths are tried.
/// Renders wait their turn in `PDFQueue`; Chromium runs under coreutils' `timeout`, which
/// kills its whole process group when it takes too long.
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

  /// A self-contained page (styles inlined, no network) → PDF bytes. No thread waits on
  /// Chromium: the process is awaited through its termination handler.
  /// `files` are written beside the page (relative name → bytes), for images it refers to
  /// by relative address (the guide's screenshots).
  func render(html: String, files: [String: Data] = [:], queue: PDFQueue, timeout: Int = 60) async throws -> Data {
    guard let executable else { throw Self.missing }
    try await queue.acquire()
    do {
      let data = try await run(executable: executable, html: html, files: files, timeout: timeout)
      await queue.release()
      return data
    } catch {
      await queue.release()
      throw error
    }
  }

  private func run(executable: String, html: String, files: [String: Data], timeout: Int) async throws -> Data {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sujarit-pdf-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("report.html")
    let output = folder.appendingPathComponent("report.pdf")
    try Data(html.utf8).write(to: input)
    for (name, data) in files where !name.contains("..") && !name.hasPrefix("/") {
      let file = folder.appendingPathComponent(name)
      try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
      try data.write(to: file)
    }
    let chromium = [
      executable, "--headless", "--no-sandbox", "--disable-gpu", "--disable-extensions", "--no-first-run",
      "--no-pdf-header-footer",
      "--user-data-dir=\(folder.appendingPathComponent("profile").path)", "--print-to-pdf=\(output.path)",
      input.absoluteString,
    ]
    let process = Process()
    let hasTimeout = FileManager.default.isExecutableFile(atPath: "/usr/bin/timeout")
    process.executableURL = URL(fileURLWithPath: hasTimeout ? "/usr/bin/timeout" : executable)
    process.arguments = hasTimeout ? ["--kill-after=5", String(timeout)] + chromium : Array(chromium.dropFirst())
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
      process.terminationHandler = { _ in done.resume() }
      do { try process.run() } catch {
        process.terminationHandler = nil
        done.resume()
      }
    }
    guard let data = try? Data(contentsOf: output), data.starts(with: Array("%PDF".utf8)) else {
      throw Abort(.internalServerError, reason: "สร้างไฟล์ PDF ไม่สำเร็จ กรุณาลองใหม่ หรือใช้ปุ่มพิมพ์แล้วบันทึกเป็น PDF")
    }
    return data
  }
}

/// At most `slots` PDFs are rendered at once (each is a Chromium); up to `maxWaiting` more
/// wait their turn, and beyond that the answer is a Thai 503 with Retry-After.
actor PDFQueue {
  let slots: Int
  let maxWaiting: Int
  private var running = 0
  private var waiting: [CheckedContinuation<Void, Never>] = []

  init(slots: Int, maxWaiting: Int) {
    self.slots = max(1, slots)
    self.maxWaiting = max(0, maxWaiting)
  }

  static let busy: Abort = {
    var headers = HTTPHeaders()
    headers.replaceOrAdd(name: .retryAfter, value: "30")
    return Abort(
      .serviceUnavailable, headers: headers,
      reason: "ขณะนี้มีผู้ขอไฟล์ PDF จำนวนมาก กรุณาลองใหม่ในอีกครึ่งนาที หรือเปิดหน้า \"พิมพ์รายงาน\" แล้วบันทึกเป็น PDF")
  }()

  func acquire() async throws {
    if running < slots {
      running += 1
      return
    }
    guard waiting.count < maxWaiting else { throw Self.busy }
    await withCheckedContinuation { waiting.append($0) }
  }

  /// Hands the slot to the next in line, or frees it.
  func release() {
    if waiting.isEmpty {
      running -= 1
    } else {
      waiting.removeFirst().resume()
    }
  }
}

extension Application {
  private struct PDFQueueKey: StorageKey { typealias Value = PDFQueue }

  /// `SUJARIT_PDF_SLOTS` renders at once (default: half the cores, at least 1) and
  /// `SUJARIT_PDF_QUEUE` waiting (default 8).
  var pdfQueue: PDFQueue {
    get {
      storage[PDFQueueKey.self]
        ?? PDFQueue(slots: 1, maxWaiting: 0)
    }
    set { storage[PDFQueueKey.self] = newValue }
  }

  static func pdfQueueFromEnvironment() -> PDFQueue {
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let slots = Environment.get("SUJARIT_PDF_SLOTS").flatMap(Int.init).map { min(max($0, 1), 16) } ?? max(1, cores / 2)
    let waiting = Environment.get("SUJARIT_PDF_QUEUE").flatMap(Int.init).map { min(max($0, 0), 100) } ?? 8
    return PDFQueue(slots: slots, maxWaiting: waiting)
  }
}
