import Domain
import Fluent
import Vapor

/// Reminders to report: at most one per organization per Bangkok day, recorded, audited,
/// shown in the app until the officer has seen them, and e-mailed when a mailer is set up.
struct ReminderQueries {
  let db: Database
  static let entity = "reminder"

  struct Result {
    var sent = 0
    var skipped = 0
    var emailed = 0
  }

  static func day(_ date: Date) -> String {
    let parts = ThaiCalendar.components(of: date)
    return String(format: "%04d-%02d-%02d", parts.year, parts.month, parts.day)
  }

  static func message(round: ReportRound, by sender: String) -> String {
    "\(sender) ขอให้ส่งรายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต \(round.title) "
      + "(กำหนดส่ง \(ThaiCalendar.longDate(round.dueDate))) ผ่านระบบสุจริต"
  }

  func send(
    to organizations: [OversightOrgRow], round: ReportRound, by user: CurrentUser, mailer: (any Mailer)?,
    actor: AuditActor
  ) async throws -> Result {
    let today = Self.day(Date())
    let roundID = try round.requireID()
    let message = Self.message(round: round, by: user.displayName)
    let hasMailer = mailer != nil
    var (result, emails) = try await db.writeTransaction { db -> (Result, [String]) in
      var result = Result()
      var emails: [String] = []
      let already = Set(
        try await Reminder.query(on: db).filter(\.$day == today).filter(\.$orgCode ~~ organizations.map(\.code)).all()
          .map(\.orgCode))
      var reminders: [Reminder] = []
      var events: [AuditEvent] = []
      for org in organizations {
        guard !already.contains(org.code) else {
          result.skipped += 1
          continue
        }
        let email = org.coordinator_email.flatMap { $0.isEmpty ? nil : $0 }
        let reminder = Reminder()
        reminder.orgCode = org.code
        reminder.roundID = roundID
        reminder.day = today
        reminder.sentAt = Date()
        reminder.sentBy = user.displayName
        reminder.channel = hasMailer && email != nil ? "email" : "in-app"
        reminder.message = message
        reminders.append(reminder)
        events.append(
          AuditLog.event(
            actor: actor, action: "เตือนให้ส่งรายงาน", entity: Self.entity, entityID: round.slug, orgCode: org.code,
            after: ["ช่องทาง": reminder.channel == "email" ? "อีเมลและในระบบ" : "ในระบบ"]))
        if reminder.channel == "email", let email { emails.append(email) }
      }
      for chunk in reminders.chunked(PlanImportQueries.batchSize) { try await chunk.create(on: db) }
      for chunk in events.chunked(PlanImportQueries.batchSize) { try await chunk.create(on: db) }
      result.sent = reminders.count
      return (result, emails)
    }
    // E-mail after the records are safe; a failed delivery still leaves the in-app notice.
    if let mailer {
      for address in emails {
        if (try? await mailer.send(to: address, subject: "เตือนส่งรายงาน \(round.title)", body: message)) != nil {
          result.emailed += 1
        }
      }
    }
    return result
  }

  /// The latest reminder of each organization in the round.
  func latest(round: ReportRound, orgs: [String]) async throws -> [String: Date] {
    guard !orgs.isEmpty else { return [:] }
    let reminders = try await Reminder.query(on: db).filter(\.$roundID == round.requireID())
      .filter(\.$orgCode ~~ orgs).all()
    var latest: [String: Date] = [:]
    for reminder in reminders where reminder.sentAt > (latest[reminder.orgCode] ?? .distantPast) {
      latest[reminder.orgCode] = reminder.sentAt
    }
    return latest
  }

  /// Reminders the organization's officers have not seen yet, newest first; marks them seen.
  func takeUnseen(org: String) async throws -> [Reminder] {
    let unseen = try await Reminder.query(on: db).filter(\.$orgCode == org).filter(\.$seenAt == nil)
      .sort(\.$sentAt, .descending).all()
    if !unseen.isEmpty {
      try await Reminder.query(on: db).filter(\.$id ~~ unseen.compactMap(\.id)).set(\.$seenAt, to: Date()).update()
    }
    return unseen
  }
}
