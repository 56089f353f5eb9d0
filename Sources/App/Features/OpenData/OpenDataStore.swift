import Domain
import Foundation
import Vapor

/// What a built file pair (CSV and JSON Lines) of one partition holds.
struct OpenDataSnapshot: Codable, Sendable {
  let stamp: String
  let rows: Int
  let csvBytes: Int
  let jsonlBytes: Int
  let modified: Date
}

/// The open data files on disk, one CSV and one JSON Lines file per dataset partition, each
/// rebuilt when its stamp changes. A build streams rows from the database straight into the
/// files (written in small pieces), so memory stays flat however large the dataset; downloads
/// are then served from disk with a byte size, ranges (resumable on a slow link) and an ETag.
/// Builds of the same file wait for each other; a new file replaces the old one by rename,
/// so a download in progress keeps reading the old one.
actor OpenDataStore {
  let directory: URL
  private var running: [String: Task<OpenDataSnapshot, any Error>] = [:]

  init(directory: URL) {
    self.directory = directory
  }

  /// `dataset--partition`, both checked against the catalogue before they get here.
  static func key(_ dataset: OpenDataDataset, _ partition: OpenDataPartition) -> String {
    dataset.id + "--" + partition.id
  }

  nonisolated func path(_ key: String, _ format: OpenDataFormat) -> String {
    directory.appendingPathComponent(key + "." + format.rawValue).path
  }

  /// The last built snapshot, whatever its stamp.
  func latest(_ key: String) -> OpenDataSnapshot? {
    guard let data = FileManager.default.contents(atPath: path(key, .meta)) else { return nil }
    return try? JSONDecoder.iso.decode(OpenDataSnapshot.self, from: data)
  }

  /// The snapshot for `stamp`, building it first if the files on disk are older.
  func ensure(
    _ key: String, stamp: String, fields: [OpenDataField],
    rows: @escaping @Sendable (_ emit: @escaping OpenDataRowQueries.Emit) async throws -> Void
  ) async throws -> OpenDataSnapshot {
    if let current = latest(key), current.stamp == stamp { return current }
    // A build already running may have started before the data changed: wait for it, and use
    // it only if it was for this stamp.
    while let build = running[key] {
      if let done = try? await build.value, done.stamp == stamp { return done }
      if running[key] == build { running[key] = nil }
    }
    let task = Task { [directory] in
      try await Self.build(key, stamp: stamp, fields: fields, in: directory, rows: rows)
    }
    running[key] = task
    defer { running[key] = nil }
    return try await task.value
  }

  private static func build(
    _ key: String, stamp: String, fields: [OpenDataField], in directory: URL,
    rows: @Sendable (_ emit: @escaping OpenDataRowQueries.Emit) async throws -> Void
  ) async throws -> OpenDataSnapshot {
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let temporary = UUID().uuidString
    let csvPath = directory.appendingPathComponent("\(key).csv.\(temporary)")
    let jsonlPath = directory.appendingPathComponent("\(key).jsonl.\(temporary)")
    let writer = try OpenDataFileWriter(csv: csvPath, jsonl: jsonlPath, fields: fields)
    do {
      try await rows { values in try writer.write(values) }
      let sizes = try writer.close()
      let snapshot = OpenDataSnapshot(
        stamp: stamp, rows: writer.rows, csvBytes: sizes.csv, jsonlBytes: sizes.jsonl, modified: Date())
      try replace(directory.appendingPathComponent("\(key).csv"), with: csvPath)
      try replace(directory.appendingPathComponent("\(key).jsonl"), with: jsonlPath)
      let meta = directory.appendingPathComponent("\(key).meta")
      try JSONEncoder.iso.encode(snapshot).write(to: meta, options: .atomic)
      return snapshot
    } catch {
      _ = try? writer.close()
      try? FileManager.default.removeItem(at: csvPath)
      try? FileManager.default.removeItem(at: jsonlPath)
      throw error
    }
  }

  /// POSIX rename: atomic, and readers of the old file keep reading it.
  private static func replace(_ target: URL, with source: URL) throws {
    guard rename(source.path, target.path) == 0 else {
      throw Abort(.internalServerError, reason: "บันทึกไฟล์ข้อมูลเปิดไม่สำเร็จ")
    }
  }
}

enum OpenDataFormat: String, CaseIterable, Sendable {
  case csv, jsonl, meta

  var mediaType: HTTPMediaType {
    switch self {
    case .csv: return HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
    case .jsonl: return HTTPMediaType(type: "application", subType: "jsonl", parameters: ["charset": "utf-8"])
    case .meta: return .json
    }
  }

  /// The media type the catalogue names (IANA).
  var mediaTypeName: String { self == .csv ? "text/csv" : "application/jsonl" }
  var title: String { self == .csv ? "CSV" : "JSON Lines" }
}

/// Writes a partition's rows to its CSV (UTF-8 with BOM, field names as the header) and JSON
/// Lines files, 64 KB at a time.
final class OpenDataFileWriter: @unchecked Sendable {
  private let csv: FileHandle
  private let jsonl: FileHandle
  private let fields: [OpenDataField]
  private var csvBuffer = Data()
  private var jsonlBuffer = Data()
  private var csvBytes = 0
  private var jsonlBytes = 0
  private(set) var rows = 0
  private var closed = false
  static let flushAt = 64 * 1024

  init(csv csvURL: URL, jsonl jsonlURL: URL, fields: [OpenDataField]) throws {
    guard FileManager.default.createFile(atPath: csvURL.path, contents: nil),
      FileManager.default.createFile(atPath: jsonlURL.path, contents: nil)
    else { throw Abort(.internalServerError, reason: "สร้างไฟล์ข้อมูลเปิดไม่สำเร็จ") }
    csv = try FileHandle(forWritingTo: csvURL)
    jsonl = try FileHandle(forWritingTo: jsonlURL)
    self.fields = fields
    csvBuffer.append(contentsOf: Array((CSVTable.byteOrderMark + CSVTable.line(fields.map(\.name))).utf8))
  }

  func write(_ values: [OpenDataValue]) throws {
    csvBuffer.append(contentsOf: Array(OpenDataLine.csv(values).utf8))
    jsonlBuffer.append(contentsOf: Array(OpenDataLine.json(values, fields: fields).utf8))
    rows += 1
    if csvBuffer.count >= Self.flushAt || jsonlBuffer.count >= Self.flushAt { try flush() }
  }

  private func flush() throws {
    try csv.write(contentsOf: csvBuffer)
    try jsonl.write(contentsOf: jsonlBuffer)
    csvBytes += csvBuffer.count
    jsonlBytes += jsonlBuffer.count
    csvBuffer.removeAll(keepingCapacity: true)
    jsonlBuffer.removeAll(keepingCapacity: true)
  }

  func close() throws -> (csv: Int, jsonl: Int) {
    guard !closed else { return (csvBytes, jsonlBytes) }
    closed = true
    try flush()
    try csv.close()
    try jsonl.close()
    return (csvBytes, jsonlBytes)
  }
}

extension JSONEncoder {
  static let iso: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .iso8601
    return encoder
  }()
}

extension JSONDecoder {
  static let iso: JSONDecoder = {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    return decoder
  }()
}

extension Application {
  private struct OpenDataStoreKey: StorageKey {
    typealias Value = OpenDataStore
  }

  /// Where the open data files live: `SUJARIT_OPEN_DATA_DIR`, else `open-data` beside the
  /// SQLite file (or the working directory); tests get a fresh temporary directory.
  var openData: OpenDataStore {
    get {
      guard let store = storage[OpenDataStoreKey.self] else { fatalError("configure() sets app.openData") }
      return store
    }
    set { storage[OpenDataStoreKey.self] = newValue }
  }

  static func openDataDirectory(_ environment: Environment) -> URL {
    if let configured = Environment.get("SUJARIT_OPEN_DATA_DIR"), !configured.isEmpty {
      return URL(fileURLWithPath: configured)
    }
    if environment == .testing {
      return FileManager.default.temporaryDirectory.appendingPathComponent("sujarit-open-data-\(UUID().uuidString)")
    }
    let database = Environment.get("SUJARIT_DATABASE_PATH") ?? "./sujarit.sqlite"
    let base =
      Environment.get("DATABASE_URL").map { $0.isEmpty } ?? true
      ? URL(fileURLWithPath: database).deletingLastPathComponent() : URL(fileURLWithPath: ".")
    return base.appendingPathComponent("open-data")
  }
}
