import Foundation
import XCTVapor

@testable import App

/// Runs `sujarit <arguments>` through the app's registered commands, as the binary would,
/// and returns the exit code (an `ExitCode` thrown, else 0) with what the command printed.
func runCommand(_ app: Application, _ arguments: [String]) async throws -> (code: Int32, output: String) {
  let console = CapturingConsole()
  var context = CommandContext(console: console, input: CommandInput(arguments: ["sujarit"] + arguments))
  context.application = app
  do {
    try await console.run(app.asyncCommands.group(), with: context)
    return (0, console.text)
  } catch let exit as ExitCode {
    return (exit.code, console.text)
  }
}

/// A console that keeps everything written to it (output and errors) in order.
final class CapturingConsole: Console, @unchecked Sendable {
  private let lock = NSLock()
  private var lines: [String] = []
  private var info: [AnySendableHashable: any Sendable] = [:]

  var text: String { lock.withLock { lines.joined() } }
  var userInfo: [AnySendableHashable: any Sendable] {
    get { lock.withLock { info } }
    set { lock.withLock { info = newValue } }
  }
  var size: (width: Int, height: Int) { (120, 40) }

  func input(isSecure: Bool) -> String { "" }
  func output(_ text: ConsoleText, newLine: Bool) {
    lock.withLock { lines.append(text.description + (newLine ? "\n" : "")) }
  }
  func report(error: String, newLine: Bool) { lock.withLock { lines.append(error + (newLine ? "\n" : "")) } }
  func clear(_ type: ConsoleClear) {}
}
