import Domain
import Fluent
import SQLKit

/// Plan periods get a due date for plans (2566–2570: 30 September 2565, as in the national
/// system; other periods stay empty until a national admin sets one), and reminders carry a
/// topic — a round's report or a period's plan — so each topic keeps its own one-a-day limit.
/// The reminders table is rebuilt for that (SQLite cannot relax a NOT NULL column or drop a
/// unique constraint); the rows kept are the report reminders sent so far.
struct CreatePlanDeadlines: AsyncMigration {
  func prepare(on database: Database) async throws {
    let sql = database as! any SQLDatabase
    try await database.schema("plan_periods").field("plan_due_date", .datetime).update()
    if let due = ThaiCalendar.parse(PlanDeadline.default2566.date) {
      try await sql.raw(
        """
        UPDATE plan_periods SET plan_due_date = \(bind: due)
        WHERE code = \(bind: PlanDeadline.default2566.period) AND plan_due_date IS NULL
        """
      ).run()
    }

    try await database.schema("reminders_topics")
      .id()
      .field("org_code", .string, .required, .references("organizations", "code"))
      .field("topic", .string, .required)
      .field("round_id", .uuid, .references("report_rounds", "id", onDelete: .cascade))
      .field("period_id", .uuid, .references("plan_periods", "id", onDelete: .cascade))
      .field("day", .string, .required)
      .field("sent_at", .datetime, .required)
      .field("sent_by", .string, .required)
      .field("channel", .string, .required)
      .field("message", .string, .required)
      .field("seen_at", .datetime)
      .unique(on: "org_code", "topic", "day")
      .create()
    try await sql.raw(
      """
      INSERT INTO reminders_topics
        (id, org_code, topic, round_id, period_id, day, sent_at, sent_by, channel, message, seen_at)
      SELECT id, org_code, 'report', round_id, NULL, day, sent_at, sent_by, channel, message, seen_at FROM reminders
      """
    ).run()
    try await database.schema("reminders").delete()
    try await sql.raw("ALTER TABLE reminders_topics RENAME TO reminders").run()
    try await sql.create(index: "reminders_round_idx").on("reminders").column("round_id").run()
    try await sql.create(index: "reminders_period_idx").on("reminders").column("period_id").run()
    try await sql.create(index: "reminders_org_idx").on("reminders").column("org_code").column("topic").run()
  }

  func revert(on database: Database) async throws {
    let sql = database as! any SQLDatabase
    try await sql.raw("DELETE FROM reminders WHERE topic <> 'report'").run()
    try await database.schema("plan_periods").deleteField("plan_due_date").update()
  }
}
