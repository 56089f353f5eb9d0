import Foundation
import Logging

/// One JSON object per line (SUJARIT_LOG_FORMAT=json), for log collectors.
public struct JSONLogHandler: LogHandler {
  public var metadata: Logger.Metadata = [:]
  public var logLevel: Logger.Level
  private let label: String

  public init(label: String, level: Logger.Level) {
    self.label = label
    self.logLevel = level
  }

  public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  public func log(
    level: Logger.Level, message: Logger.Message, metadata extra: Logger.Metadata?, source: String,
    file: String, function: String, line: UInt
  ) {
    var fields: [String: String] = [
      "ts": ISO8601DateFormatter().string(from: Date()), "level": level.rawValue, "logger": label,
      "msg": message.description,
    ]
    for (key, value) in metadata.merging(extra ?? [:], uniquingKeysWith: { $1 }) { fields[key] = "\(value)" }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(fields) else { return }
    // `write(contentsOf:)` throws on a closed stderr; the older `write(_:)` would trap.
    try? FileHandle.standardError.write(contentsOf: data + Data("\n".utf8))
  }
}
