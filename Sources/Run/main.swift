import App
import Logging
import NIOCore
import NIOPosix
import Vapor

// Swift concurrency runs on the NIO event loop threads instead of a pool of its own: a request
// no longer hops between the two for each database round trip (measured in bench/).
_ = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()

var env = try Environment.detect()
if Environment.get("SUJARIT_LOG_FORMAT") == "json" {
  let level = Logger.Level(rawValue: Environment.get("LOG_LEVEL") ?? "info") ?? .info
  LoggingSystem.bootstrap { JSONLogHandler(label: $0, level: level) }
} else {
  try LoggingSystem.bootstrap(from: &env)
}

// `sujarit demo [--empty]` = setup + demo accounts (+ the demo dataset), then Vapor's own
// `serve` with any further flags; the address is printed once the server really listens.
let demo = DemoArguments(env.arguments)
env.arguments = demo.serveArguments

let app = try await Application.make(env)
do {
  try await configure(app)
  if demo.isDemo { try await Setup.demo(app, dataset: !demo.empty) }
  // What `app.execute()` does, without its English log line for a command's own exit code.
  try await app.startup()
  if demo.isDemo { Setup.openLine(app).map { print($0) } }
  try await app.running?.onStop.get()
} catch let exit as ExitCode {
  try? await app.asyncShutdown()
  Foundation.exit(exit.code)
} catch let error as CommandError {
  // Unknown options, a missing value, an unknown command: one Thai line, not a trace.
  FileHandle.standardError.write(Data("คำสั่งไม่ถูกต้อง: \(error) (ดูวิธีใช้ด้วย --help)\n".utf8))
  try? await app.asyncShutdown()
  Foundation.exit(2)
} catch {
  app.logger.report(error: error)
  try? await app.asyncShutdown()
  Foundation.exit(1)
}
try await app.asyncShutdown()
