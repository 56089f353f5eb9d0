import Foundation
import Logging
import NIOConcurrencyHelpers

/// Every log line of the test process, at trace level, while `capture` runs: installed once
/// (swift-log can be bootstrapped once per process); outside `capture` lines are dropped.
enum LogCapture {
  private static let lines = NIOLockedValueBox<[String]?>(nil)
  private static let installed: Void = LoggingSystem.bootstrap { label in CapturingHandler(label: label) }

  /// Call before the application is made: its loggers (and its requests', which copy the
  /// application's) are made by the factory in place at that moment.
  static func install() { _ = installed }

  /// Runs `body` with every line logged meanwhile kept; returns them with what `body` returns.
  static func capture<T>(_ body: () async throws -> T) async rethrows -> (T, [String]) {
    _ = installed
    lines.withLockedValue { $0 = [] }
    let value = try await body()
    let captured = lines.withLockedValue { current -> [String] in
      defer { current = nil }
      return current ?? []
    }
    return (value, captured)
  }

  struct CapturingHandler: LogHandler {
    let label: String
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
      get { metadata[key] }
      set { metadata[key] = newValue }
    }

    func log(
      level: Logger.Level, message: Logger.Message, metadata extra: Logger.Metadata?, source: String, file: String,
      function: String, line: UInt
    ) {
      let all = metadata.merging(extra ?? [:]) { _, new in new }
      let text = "\(level) \(label) \(message) \(all.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: " "))"
      LogCapture.lines.withLockedValue { $0?.append(text) }
    }
  }
}
