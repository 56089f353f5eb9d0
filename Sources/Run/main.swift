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

// `sujarit demo` = setup + demo accounts, then Vapor's own `serve` with any further flags.
let isDemo = env.arguments.count > 1 && env.arguments[1] == "demo"
if isDemo { env.arguments[1] = "serve" }

let app = try await Application.make(env)
do {
  try await configure(app)
  if isDemo { try await Setup.demo(app) }
  try await app.execute()
} catch let exit as ExitCode {
  try? await app.asyncShutdown()
  Foundation.exit(exit.code)
} catch {
  app.logger.report(error: error)
  try? await app.asyncShutdown()
  Foundation.exit(1)
}
try await app.asyncShutdown()
