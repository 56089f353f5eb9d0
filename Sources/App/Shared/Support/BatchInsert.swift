import SQLKit

/// Multi-row INSERTs, kept under SQLite's 32,766 bound values per statement (PostgreSQL
/// allows 65,535).
enum BatchInsert {
  static func run(_ table: String, _ columns: [String], _ rows: [[any SQLExpression]], on sql: any SQLDatabase)
    async throws
  {
    for chunk in rows.chunked(max(1, 30_000 / max(columns.count, 1))) {
      var insert = sql.insert(into: table).columns(columns)
      for row in chunk { insert = insert.values(row) }
      try await insert.run()
    }
  }
}
