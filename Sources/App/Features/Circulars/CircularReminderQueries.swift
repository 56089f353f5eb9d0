import Domain
import Fluent
import Vapor

/// Reminders to acknowledge a circular: `reminders.topic` `circular`, so the one-a-day limit
/// is per organization for circulars, apart from report and plan reminders.
extension ReminderQueries {
  static let circularTopic = "circular"

  static func message(circular: Circular, by sender: String) -> String {
    "\(sender) (\(circular.senderOffice)) ขอให้รับทราบหนังสือเวียน \(circular.citation) เรื่อง \(circular.title)"
      + (circular.dueDate.map { " (กำหนด \(ThaiCalendar.longDate($0)))" } ?? "") + " ในระบบสุจริต"
  }

  /// Records (and e-mails) a reminder to each organization that has not had a circular
  /// reminder today; the others are counted as skipped.
  func send(
    circular: Circular, to organizations: [(code: String, email: String?)], by user: CurrentUser,
    mailer: (any Mailer)?, actor: AuditActor
  ) async throws -> Result {
    let today = Self.day(Date())
    let message = Self.message(circular: circular, by: user.displayName)
    let entityID = try circular.requireID().uuidString
    let hasMailer = mailer != nil
    let codes = organizations.map(\.code)
    var (result, emails) = try await db.writeTransaction { db -> (Result, [String]) in
      var result = Result()
      var emails: [String] = []
      var already = Set<String>()
      for chunk in codes.chunked(PlanImportQueries.batchSize) {
        already.formUnion(
          try await Reminder.query(on: db).filter(\.$day == today).filter(\.$topic == Self.circularTopic)
            .filter(\.$orgCode ~~ Array(chunk)).all().map(\.orgCode))
      }
      var reminders: [Reminder] = []
      var events: [AuditEvent] = []
      for org in organizations {
        guard !already.contains(org.code) else {
          result.skipped += 1
          continue
        }
        let email = org.email.flatMap { $0.isEmpty ? nil : $0 }
        let reminder = Reminder()
        reminder.orgCode = org.code
        reminder.topic = Self.circularTopic
        reminder.day = today
        reminder.sentAt = Date()
        reminder.sentBy = user.displayName
        reminder.channel = hasMailer && email != nil ? "email" : "in-app"
        reminder.message = message
        reminders.append(reminder)
        events.append(
          AuditLog.event(
            actor: actor, action: "เตือนให้รับทราบหนังสือเวียน", entity: Self.entity, entityID: entityID,
            orgCode: org.code, after: ["ช่องทาง": reminder.channel == "email" ? "อีเมลและในระบบ" : "ในระบบ"]))
        if reminder.channel == "email", let email { emails.append(email) }
      }
      for chunk in reminders.chunked(PlanImportQueries.batchSize) { try await chunk.create(on: db) }
      for chunk in events.chunked(PlanImportQueries.batchSize) { try await chunk.create(on: db) }
      result.sent = reminders.count
      return (result, emails)
    }
    if let mailer {
      for address in emails {
        if (try? await mailer.send(to: address, subject: "เตือนรับทราบหนังสือเวียน", body: message)) != nil {
          result.emailed += 1
        }
      }
    }
    return result
  }
}
