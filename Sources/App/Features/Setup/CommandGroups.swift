import Vapor

extension AsyncCommandGroup {
  /// Runs the subcommand the first argument names; a missing or unknown one is the Thai
  /// `usage` line and exit 2 (not ConsoleKit's English).
  func runSubcommand(using context: inout CommandContext, usage: String) async throws {
    guard let name = context.input.arguments.first, let command = commands[name] else {
      context.console.error(usage)
      throw ExitCode(2)
    }
    context.input.arguments.removeFirst()
    context.input.executablePath.append(name)
    try await command.run(using: &context)
  }
}
