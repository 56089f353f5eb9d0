import Fluent
import SQLKit

/// The public copy of every approved plan's projects (`public_projects`), which the nationwide
/// search and the open data read, with a substring index over name and objectives: SQLite
/// FTS5 with the trigram tokenizer (kept in step by triggers), PostgreSQL pg_trgm. Filled
/// from the plans already approved.
struct CreatePublicProjects: AsyncMigration {
  func prepare(on database: Database) async throws {
    try await database.schema(ProjectIndexQueries.table)
      .field("id", .int64, .identifier(auto: true))
      .field("plan_id", .uuid, .required, .references("plans", "id", onDelete: .cascade))
      .field("project_id", .string, .required)
      .field("org_code", .string, .required)
      .field("province_code", .string, .required)
      .field("org_type", .string, .required)
      .field("period_code", .string, .required)
      .field("plan_version", .int, .required)
      .field("approved_at", .datetime)
      .field("number", .int, .required)
      .field("type", .string, .required)
      .field("name", .string, .required)
      .field("objectives", .string, .required)
      .field("dimension", .int, .required)
      .field("sub_mission", .string, .required)
      .field("target_groups", .string, .required)
      .field("years", .string, .required)
      .field("budgets", .string, .required)
      .field("budget_satang", .int64, .required)
      .field("inconsistent", .bool, .required)
      .field("search_text", .string, .required)
      .create()
    let sql = database as! any SQLDatabase
    for column in ["plan_id", "org_code", "province_code", "dimension"] {
      try await sql.create(index: "public_projects_\(column)_idx").on(ProjectIndexQueries.table).column(column).run()
    }
    // What the search's counts and filters read, without the long texts: a common word's
    // tens of thousands of matches are counted from this index, not from the rows.
    try await sql.create(index: ProjectIndexQueries.facetsIndex).on(ProjectIndexQueries.table)
      .column("id").column("inconsistent").column("dimension").column("province_code").column("org_type")
      .column("sub_mission").column("budget_satang").column("years").column("target_groups").run()
    if sql.dialect.name == "sqlite" {
      try await sql.raw(
        """
        CREATE VIRTUAL TABLE public_project_search USING fts5(search_text, content='public_projects',
        content_rowid='id', tokenize='trigram')
        """
      ).run()
      try await sql.raw(
        """
        CREATE TRIGGER public_projects_ai AFTER INSERT ON public_projects BEGIN
        INSERT INTO public_project_search(rowid, search_text) VALUES (new.id, new.search_text); END
        """
      ).run()
      try await sql.raw(
        """
        CREATE TRIGGER public_projects_ad AFTER DELETE ON public_projects BEGIN
        INSERT INTO public_project_search(public_project_search, rowid, search_text)
        VALUES ('delete', old.id, old.search_text); END
        """
      ).run()
    } else {
      try await ProjectIndexQueries.createTrigramIndex(on: sql, logger: database.logger)
    }
    try await ProjectIndexQueries(db: database).rebuildAll()
  }

  func revert(on database: Database) async throws {
    let sql = database as! any SQLDatabase
    if sql.dialect.name == "sqlite" { try await sql.raw("DROP TABLE IF EXISTS public_project_search").run() }
    try await database.schema(ProjectIndexQueries.table).delete()
  }
}
