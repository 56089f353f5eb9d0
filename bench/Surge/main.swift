// Deadline-surge load generator: N concurrent signed-in officers each take the next
// organization, open its round page, read the rows, save every row one by one (the autosave
// request), view the summary, fill the reporter, send, and have the executive confirm —
// then move to the next organization until the time is up. `--mode health` hammers /health
// with the same client and concurrency: the bare baseline. Prints one JSON object.
//
// usage: surge --base URL --sessions N --seconds S [--mode round|health]
//              [--codes FILE --offset K --password P --round 2570-6]
import AsyncHTTPClient
import Crypto
import Foundation
import NIOCore
import NIOHTTP1

struct Options {
  var base = "http://127.0.0.1:8080"
  var mode = "round"
  var sessions = 50
  var seconds = 30.0
  var codesFile = ""
  var offset = 0
  var password = ""
  var round = ""

  init(_ arguments: [String]) {
    var index = 1
    func value() -> String {
      index += 1
      return index < arguments.count ? arguments[index] : ""
    }
    while index < arguments.count {
      switch arguments[index] {
      case "--base": base = value()
      case "--mode": mode = value()
      case "--sessions": sessions = Int(value()) ?? sessions
      case "--seconds": seconds = Double(value()) ?? seconds
      case "--codes": codesFile = value()
      case "--offset": offset = Int(value()) ?? 0
      case "--password": password = value()
      case "--round": round = value()
      default: Self.fail("unknown option \(arguments[index])")
      }
      index += 1
    }
    sessions = min(max(sessions, 1), 100_000)
    offset = max(offset, 0)
    guard seconds.isFinite, seconds > 0, seconds < 86_400 else { Self.fail("--seconds must be between 0 and 86400") }
    if mode == "round" && round.split(separator: "-").count != 2 { Self.fail("--round must look like 2569-6") }
  }

  static func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("surge: \(message)\n".utf8))
    exit(2)
  }
}

/// Latencies (ms) and failures per kind of request.
actor Recorder {
  var latencies: [String: [Double]] = [:]
  var errors: [String: Int] = [:]
  var firstErrors: [String] = []
  var reportsSubmitted = 0

  func record(_ kind: String, _ milliseconds: Double, ok: Bool, detail: @autoclosure () -> String) {
    latencies[kind, default: []].append(milliseconds)
    if !ok {
      errors[kind, default: 0] += 1
      if firstErrors.count < 10 { firstErrors.append("\(kind): \(detail())") }
    }
  }

  func submitted() { reportsSubmitted += 1 }

  func summary(elapsed: Double) -> [String: Any] {
    var kinds: [String: Any] = [:]
    var all: [Double] = []
    for (kind, values) in latencies {
      all += values
      kinds[kind] = Self.stats(values, elapsed: elapsed, errors: errors[kind] ?? 0)
    }
    return [
      "elapsed_s": round(elapsed * 100) / 100,
      "all": Self.stats(all, elapsed: elapsed, errors: errors.values.reduce(0, +)),
      "kinds": kinds, "reports_submitted": reportsSubmitted, "first_errors": firstErrors,
    ]
  }

  static func stats(_ values: [Double], elapsed: Double, errors: Int) -> [String: Any] {
    let sorted = values.sorted()
    func percentile(_ p: Double) -> Double {
      guard !sorted.isEmpty else { return 0 }
      let rank = min(sorted.count - 1, Int((p * Double(sorted.count)).rounded(.up)) - 1)
      return (sorted[max(0, rank)] * 10).rounded() / 10
    }
    return [
      "count": values.count, "per_s": (Double(values.count) / elapsed * 10).rounded() / 10, "errors": errors,
      "p50_ms": percentile(0.5), "p95_ms": percentile(0.95), "p99_ms": percentile(0.99), "max_ms": percentile(1),
    ]
  }
}

/// Hands each organization to exactly one virtual officer.
actor Queue {
  var codes: [String]
  init(_ codes: [String]) { self.codes = codes.reversed() }
  func next() -> String? { codes.popLast() }
}

/// One browser: its cookies, a fixed CSRF token and its own client address.
struct Visitor {
  let client: HTTPClient
  let base: String
  let address: String
  let recorder: Recorder
  /// Requests are no longer sent after this moment (uptime nanoseconds).
  let deadline: UInt64
  var cookies: [String: String] = [:]
  /// A token the server accepts as a browser's own (32–64 token characters).
  let anonymousCSRF = (0..<2).map { _ in UUID().uuidString.replacingOccurrences(of: "-", with: "") }.joined()

  /// The token of the last page that carried one (its csrf-token meta tag), as a browser's
  /// scripts use it: the same client then measures any build of the server.
  var pageToken: String?
  /// The session the page token belongs to.
  var pageTokenSession: String?

  /// The form token the server expects: the page's, else bound to the session once signed in
  /// (a SHA-256 of "csrf|" + the session cookie, as CSRFMiddleware derives it), the CSRF
  /// cookie before.
  var csrf: String {
    let session = cookies["sujarit_session"] ?? ""
    if let pageToken, pageTokenSession == session { return pageToken }
    guard !session.isEmpty else { return anonymousCSRF }
    return SHA256.hash(data: Data("csrf|\(session)".utf8)).map { String(format: "%02x", $0) }.joined()
  }

  init(client: HTTPClient, base: String, number: Int, recorder: Recorder, deadline: UInt64) {
    self.deadline = deadline
    self.client = client
    self.base = base
    self.address = "10.\(number / 65_536 % 256).\(number / 256 % 256).\(number % 256)"
    self.recorder = recorder
    cookies["sujarit_csrf"] = anonymousCSRF
  }

  /// Sends one request and records it; returns status and body, or nil on a transport error.
  @discardableResult
  mutating func send(
    _ kind: String, _ method: HTTPMethod, _ path: String, form: [String: String]? = nil, json: Bool = false,
    expect: Set<Int> = [200]
  ) async -> (status: Int, body: ByteBuffer)? {
    guard DispatchTime.now().uptimeNanoseconds < deadline else { return nil }
    var request = HTTPClientRequest(url: base + path)
    request.method = method
    request.headers.add(name: "Cookie", value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
    request.headers.add(name: "Accept-Encoding", value: "gzip")
    request.headers.add(name: "X-Forwarded-For", value: address)
    if json { request.headers.add(name: "Accept", value: "application/json") }
    if var form {
      form["_csrf"] = csrf
      request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
      request.headers.add(name: "X-CSRF-Token", value: csrf)
      request.body = .bytes(ByteBuffer(string: Self.encode(form)))
    }
    let started = DispatchTime.now().uptimeNanoseconds
    do {
      let response = try await client.execute(request, timeout: .seconds(60))
      let body = try await response.body.collect(upTo: 10 << 20)
      let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
      for header in response.headers["Set-Cookie"] {
        let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
        if pair.count == 2 { cookies[String(pair[0])] = String(pair[1]) }
      }
      let status = Int(response.status.code)
      if method == .GET, let token = Self.metaToken(body) {
        pageToken = token
        pageTokenSession = cookies["sujarit_session"] ?? ""
      }
      await recorder.record(
        kind, milliseconds, ok: expect.contains(status),
        detail: "\(status) \(path) \(form?["username"] ?? "") \(Self.message(body))")
      return (status, body)
    } catch {
      let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
      await recorder.record(kind, milliseconds, ok: false, detail: "\(path) \(error)")
      return nil
    }
  }

  /// The csrf-token meta tag of a page, if it has one.
  static func metaToken(_ body: ByteBuffer) -> String? {
    let text = String(buffer: body.getSlice(at: body.readerIndex, length: min(body.readableBytes, 2_048)) ?? body)
    guard let start = text.range(of: "name=\"csrf-token\" content=\"") else { return nil }
    return text[start.upperBound...].split(separator: "\"", maxSplits: 1).first.map(String.init)
  }

  /// The Thai message of an error page (or the start of the body).
  static func message(_ body: ByteBuffer) -> String {
    let text = String(buffer: body)
    if let start = text.range(of: "class=\"error-summary\"") ?? text.range(of: "<main") {
      return String(text[start.upperBound...].prefix(300))
    }
    return String(text.prefix(200))
  }

  static func encode(_ form: [String: String]) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    return form.map {
      "\($0.key.addingPercentEncoding(withAllowedCharacters: allowed)!)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed)!)"
    }.joined(separator: "&")
  }
}

struct APIReport: Decodable {
  struct Row: Decodable {
    let projectId: String
    let budget: String
  }
  let rows: [Row]
}

/// One officer's whole round for one organization; returns false when it could not go on.
func reportRound(code: String, options: Options, visitor: inout Visitor) async -> Bool {
  let parts = options.round.split(separator: "-")
  let (year, kind) = (parts.first ?? "", parts.last ?? "")
  let report = "/organizations/\(code)/reports/\(year)/\(kind)"
  visitor.cookies["sujarit_session"] = nil
  let login = ["username": code, "secret": options.password]
  guard await visitor.send("login", .POST, "/login", form: login, expect: [303])?.status == 303 else { return false }
  guard await visitor.send("round_page", .GET, report)?.status == 200 else { return false }
  guard let api = await visitor.send("summary", .GET, "/api/v1" + report), api.status == 200,
    let rows = try? JSONDecoder().decode(APIReport.self, from: Data(api.body.readableBytesView)).rows
  else { return false }
  for (index, row) in rows.enumerated() {
    let id = row.projectId
    let status = index % 10 == 9 ? "ไม่สามารถดำเนินการได้" : index % 3 == 0 ? "อยู่ระหว่างดำเนินการ" : "ดำเนินการแล้วเสร็จ"
    let form = [
      "version_\(id)": "0", "status_\(id)": status,
      "reason_\(id)": status == "ไม่สามารถดำเนินการได้" ? "ไม่ได้รับงบประมาณ" : "", "reason_text_\(id)": "",
      "budget_\(id)": row.budget, "disbursed_\(id)": index % 2 == 0 ? row.budget : "0", "note_\(id)": "",
    ]
    guard await visitor.send("save_row", .POST, report + "/entries", form: form, json: true)?.status == 200 else {
      return false
    }
  }
  await visitor.send("summary", .GET, "/api/v1" + report)
  let overall = [
    "problems": "งบประมาณจำกัด", "suggestions": "", "reporterName": "นิติกร \(code)", "reporterPosition": "นิติกร",
  ]
  guard await visitor.send("overall", .POST, report + "/overall", form: overall, expect: [303])?.status == 303,
    await visitor.send("send", .POST, report + "/send", form: [:], expect: [303])?.status == 303
  else { return false }
  visitor.cookies["sujarit_session"] = nil
  let executive = ["username": "\(code)-2", "secret": options.password]
  guard await visitor.send("login", .POST, "/login", form: executive, expect: [303])?.status == 303,
    await visitor.send("confirm", .POST, report + "/confirm", form: [:], expect: [303])?.status == 303
  else { return false }
  await visitor.recorder.submitted()
  return true
}

let options = Options(CommandLine.arguments)
var configuration = HTTPClient.Configuration()
configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = options.sessions
configuration.decompression = .enabled(limit: .none)
configuration.redirectConfiguration = .disallow
let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
let recorder = Recorder()
let codes =
  options.mode == "round"
  ? Array(
    (try String(contentsOfFile: options.codesFile, encoding: .utf8)).split(separator: "\n").map(String.init)
      .dropFirst(options.offset)) : []
let queue = Queue(codes)
let start = DispatchTime.now().uptimeNanoseconds
let deadline = start + UInt64(options.seconds * 1e9)
await withTaskGroup(of: Void.self) { group in
  for number in 0..<options.sessions {
    group.addTask {
      var visitor = Visitor(
        client: client, base: options.base, number: number + 1, recorder: recorder, deadline: deadline)
      while DispatchTime.now().uptimeNanoseconds < deadline {
        if options.mode == "health" {
          await visitor.send("health", .GET, "/health")
          continue
        }
        guard let code = await queue.next() else { return }
        _ = await reportRound(code: code, options: options, visitor: &visitor)
      }
    }
  }
}
let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
try await client.shutdown().get()
var result = await recorder.summary(elapsed: elapsed)
result["mode"] = options.mode
result["sessions"] = options.sessions
result["organizations_used"] = options.mode == "round" ? codes.count - (await queue.codes.count) : 0
let data = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
print(String(decoding: data, as: UTF8.self))
