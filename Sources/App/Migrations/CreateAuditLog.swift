import Fluent
import SQLKit

/// The append-only audit log. Triggers refuse UPDATE and DELETE on both databases.
struct CreateAuditLog: AsyncMigration {
  func prepare(on database: Database) async throws {
    try await database.schema("audit_events")
      .id()
      .field("at", .datetime, .required)
      .field("actor_id", .uuid)
      .field("actor_name", .string, .required)
      .field("action", .string, .required)
      .field("entity", .string, .required)
      .field("entity_id", .string, .required)
      .field("org_code", .string)
      .field("before", .string)
      .field("after", .string)
      .field("address", .string)
      .create()

    let sql = database as! SQLDatabase
    try await sql.create(index: "audit_events_at_idx").on("audit_events").column("at").run()
    try await sql.create(index: "audit_events_org_idx").on("audit_events").column("org_code").run()

    if sql.dialect.name == "sqlite" {
      for operation in ["UPDATE", "DELETE"] {
        try await sql.raw(
          """
          CREATE TRIGGER audit_events_no_\(unsafeRaw: operation.lowercased()) BEFORE \(unsafeRaw: operation)
          ON audit_events BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END
          """
        ).run()
      }
    } else {
      try await sql.raw(
        """
        CREATE FUNCTION audit_events_append_only() RETURNS trigger AS $$
        BEGIN RAISE EXCEPTION 'audit log is append-only'; END; $$ LANGUAGE plpgsql
        """
      ).run()
      try await sql.raw(
        """
        CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
        FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()
        """
      ).run()
    }
  }

  func revert(on database: Database) async throws {
    let sql = database as! SQLDatabase
    try await database.schema("audit_events").delete()
    if sql.dialect.name != "sqlite" {
      try await sql.raw("DROP FUNCTION IF EXISTS audit_events_append_only()").run()
    }
  }
}
