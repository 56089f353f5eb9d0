import Fluent
import SQLKit
import Vapor

/// Numbers that run on (case numbers, certificate numbers) are read as MAX + 1 inside the
/// write; two people writing at the same moment on PostgreSQL can pick the same one, and the
/// unique index refuses the second. The whole transaction is then tried again; after a few
/// tries the person gets a Thai 409 instead of a 500.
enum PaccRetry {
  enum Sequence: Int64 { case cases = 7_101, certificates = 7_102 }

  /// On PostgreSQL, waits inside the current transaction until no other transaction numbers
  /// the same sequence (an advisory lock released at commit); SQLite has one writer anyway.
  static func lock(_ sequence: Sequence, year: Int, office: Int, on db: Database) async throws {
    guard let sql = db as? any SQLDatabase, sql.dialect.name != "sqlite" else { return }
    let key = sequence.rawValue * 1_000_000 + Int64(year) * 100 + Int64(office)
    try await sql.raw("SELECT pg_advisory_xact_lock(\(bind: key))").run()
  }

  static func onNumberClash<T>(attempts: Int = 5, _ body: () async throws -> T) async throws -> T {
    for _ in 1..<attempts {
      do { return try await body() } catch let error as any DatabaseError where error.isConstraintFailure { continue }
    }
    do {
      return try await body()
    } catch let error as any DatabaseError where error.isConstraintFailure {
      throw Abort(.conflict, reason: "มีผู้บันทึกพร้อมกันหลายคน กรุณาลองอีกครั้ง")
    }
  }
}
