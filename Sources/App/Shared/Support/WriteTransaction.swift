import Fluent
import SQLKit

/// SQLite takes one writer at a time, and its driver answers "busy" by retrying at once in a
/// loop: two write transactions of this process then burn a core waiting on each other (seen in
/// the deadline-surge profile). So on SQLite, write transactions queue here — suspended, not
/// spinning — and run one after another. On PostgreSQL they run side by side; row locks order
/// them (multi-node safe).
actor SQLiteWriteGate {
  static let shared = SQLiteWriteGate()
  private var held = false
  private var waiting: [CheckedContinuation<Void, Never>] = []

  func acquire() async {
    guard held else {
      held = true
      return
    }
    await withCheckedContinuation { waiting.append($0) }
  }

  func release() {
    if waiting.isEmpty { held = false } else { waiting.removeFirst().resume() }
  }
}

extension Database {
  /// A transaction for writing: queued behind other writers on SQLite, plain otherwise.
  func writeTransaction<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
    guard !inTransaction, (self as? any SQLDatabase)?.dialect.name == "sqlite" else {
      return try await transaction(body)
    }
    await SQLiteWriteGate.shared.acquire()
    do {
      let result = try await transaction(body)
      await SQLiteWriteGate.shared.release()
      return result
    } catch {
      await SQLiteWriteGate.shared.release()
      throw error
    }
  }
}
